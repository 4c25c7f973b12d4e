import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { FormDrawer } from '../../shared/FormDrawer';
import { isEn } from '../../shared/format';
import { ApiError, get, type Page } from '../../shared/api';
import { errorText, showError, showSuccess } from '../../shared/notify';
import { createStandard, endStandard, newStandardVersion, type Standard } from './fleet.admin.api';
import { FP } from './menu';
import { API, toFen, VEHICLE_KINDS, yuan } from './types';
import { useFleetOptions } from './widgets';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const today = () => dayjs().format('YYYY-MM-DD');
const ALL = '__all';

/** 现行 / 已终止 / 未生效 of a version, today. */
export function stateOf(s: Pick<Standard, 'effectiveFrom' | 'effectiveTo'>, on = today()): 'current' | 'ended' | 'future' {
  if (s.effectiveFrom > on) return 'future';
  return s.effectiveTo && s.effectiveTo < on ? 'ended' : 'current';
}
const STATE_COLOURS = { current: 'green', ended: 'default', future: 'blue' } as const;

interface Limits { maxPriceYuan?: number | null; maxDisplacementL?: number | null; maxSeats?: number | null; effectiveFrom: Dayjs; effectiveTo?: Dayjs | null; source: string; note?: string }
interface NewValues extends Limits { code: string; nameZh: string; nameEn: string; kind: string; energyClass: 'any' | 'nev' | 'ice' }

/** The limit and date fields shared by a new standard and a new version (at least one limit; the end not before the start). */
function LimitFields({ minFrom }: { minFrom?: string }) {
  const { t } = useTranslation();
  const v = (k: string, o: Record<string, unknown> = {}) => t(`fleet.admin.std.${k}`, o);
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="maxPriceYuan" label={t('fleet.standard.maxPrice')} dependencies={['maxDisplacementL']}
            rules={[({ getFieldValue }) => ({ validator: async (_, x) => { if ((x ?? null) === null && (getFieldValue('maxDisplacementL') ?? null) === null) throw new Error(v('limitRequired')); } })]}>
            <InputNumber min={0} max={100_000_000} precision={2} style={{ width: '100%' }} data-testid="fleet-std-price" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="maxDisplacementL" label={t('fleet.standard.maxDisplacement')}><InputNumber min={0} max={99.99} step={0.1} precision={2} style={{ width: '100%' }} /></Form.Item>
        </Col>
      </Row>
      <Form.Item name="maxSeats" label={v('maxSeats')} extra={v('maxSeatsHint')}><InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} /></Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="effectiveFrom" label={t('fleet.standard.effectiveFrom')}
            rules={[{ required: true, message: v('fromRequired') }, { validator: async (_, d?: Dayjs) => { if (d && minFrom && day(d)! <= minFrom) throw new Error(v('fromAfter', { date: minFrom })); } }]}>
            <DatePicker style={{ width: '100%' }} data-testid="fleet-std-from" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="effectiveTo" label={v('effectiveTo')} dependencies={['effectiveFrom']}
            rules={[({ getFieldValue }) => ({ validator: async (_, d?: Dayjs | null) => { const f = getFieldValue('effectiveFrom') as Dayjs | undefined; if (d && f && d.isBefore(f, 'day')) throw new Error(v('toBeforeFrom')); } })]}>
            <DatePicker style={{ width: '100%' }} placeholder={v('open')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="source" label={t('fleet.standard.source')} rules={[{ required: true, whitespace: true, message: v('sourceRequired') }, { max: 500, message: t('fleet.admin.v.max', { max: 500 }) }]}>
        <Input.TextArea rows={2} placeholder={v('sourcePlaceholder')} data-testid="fleet-std-source" />
      </Form.Item>
      <Form.Item name="note" label={t('fleet.common.remark')} rules={[{ max: 500, message: t('fleet.admin.v.max', { max: 500 }) }]}><Input /></Form.Item>
    </>
  );
}

const limitsBody = (v: Limits) => ({
  maxPriceFen: toFen(v.maxPriceYuan ?? null), maxDisplacementL: v.maxDisplacementL ?? null, maxSeats: v.maxSeats ?? null,
  effectiveFrom: day(v.effectiveFrom)!, effectiveTo: day(v.effectiveTo), source: v.source.trim(), note: v.note?.trim() || null,
});

/** 配备标准: every version with its dates and source; a new standard, a new version (ending the old one the day before), ending one. */
export function StandardsTab({ creating, onCreated }: { creating: boolean; onCreated(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const options = useFleetOptions();
  const [versionOf, setVersionOf] = useState<Standard | null>(null);
  const [ending, setEnding] = useState<Standard | null>(null);
  const [endDate, setEndDate] = useState<Dayjs | null>(null);
  const canWrite = can(FP.standardWrite);
  const v = (k: string, o: Record<string, unknown> = {}) => t(`fleet.admin.std.${k}`, o);
  const refresh = () => qc.invalidateQueries({ queryKey: [`${API}/standards`] });
  // every version at once (a few dozen rows): the latest version of each code is the one that gets a new version
  const list = useQuery({ queryKey: [`${API}/standards`, 'all'], queryFn: () => get<Page<Standard>>(`${API}/standards`, { pageSize: 200, sort: 'code:asc,effectiveFrom:asc' }) });
  const rows = list.data?.items ?? [];
  const latest = new Set([...new Map(rows.map((r) => [r.code, r.id])).values()]);
  const name = (s: Standard) => (isEn() ? s.nameEn : s.nameZh);
  const energy = (e: string) => v(`energy.${e}`);

  const end = async () => {
    if (!ending || !endDate) return;
    try {
      await endStandard(ending.id, day(endDate)!);
      showSuccess(v('ended'));
      setEnding(null);
      await refresh();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      {list.error instanceof ApiError && <Alert type="error" showIcon title={errorText(list.error.body)} style={{ marginBottom: 12 }} />}
      <Table<Standard> size="small" rowKey="id" data-testid="table-fleet-standard-list" dataSource={rows} loading={list.isFetching} scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { total: n }) }}
        columns={[
          {
            title: v('name'), key: 'name', width: 170,
            render: (_, s) => <Space orientation="vertical" size={0}><span>{name(s)}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.code}</Typography.Text></Space>,
          },
          { title: t('fleet.standard.kind'), dataIndex: 'kind', render: (k: string | null) => (k ? t(`fleet.kind.${k}`, { defaultValue: k }) : v('kindAll')) },
          { title: t('fleet.standard.energy'), dataIndex: 'energyClass', render: energy },
          { title: v('maxSeats'), dataIndex: 'maxSeats', align: 'right', render: (x: number | null) => x ?? '—' },
          { title: t('fleet.standard.maxPrice'), dataIndex: 'maxPriceFen', align: 'right', render: (x: number | null) => yuan(x) },
          { title: t('fleet.standard.maxDisplacement'), dataIndex: 'maxDisplacementL', align: 'right', render: (x: number | null) => x ?? '—' },
          {
            title: v('validity'), key: 'validity',
            render: (_, s) => {
              const st = stateOf(s);
              return <span style={{ whiteSpace: 'nowrap' }}>{`${s.effectiveFrom} ~ ${s.effectiveTo ?? v('open')} `}<Tag color={STATE_COLOURS[st]} data-testid={`fleet-std-state-${s.id}`}>{v(`state.${st}`)}</Tag></span>;
            },
          },
          { title: t('fleet.standard.source'), dataIndex: 'source', width: 150, ellipsis: { showTitle: false }, render: (x: string) => <Tooltip title={x} placement="topLeft">{x}</Tooltip> },
          ...(canWrite ? [{
            title: t('common.actions'), key: 'actions', fixed: 'right' as const,
            render: (_: unknown, s: Standard) => (
              <Space size={0}>
                {latest.has(s.id) && stateOf(s) !== 'ended' && <Button type="link" size="small" onClick={() => setVersionOf(s)} data-testid={`fleet-std-version-${s.code}`}>{v('newVersion')}</Button>}
                {stateOf(s) !== 'ended' && (!s.effectiveTo || latest.has(s.id)) && (
                  <Button type="link" size="small" danger onClick={() => { setEnding(s); setEndDate(dayjs(s.effectiveFrom).isAfter(dayjs(), 'day') ? dayjs(s.effectiveFrom) : dayjs()); }} data-testid={`fleet-std-end-${s.code}`}>{v('end')}</Button>
                )}
              </Space>
            ),
          }] : []),
        ]} />

      <FormDrawer<Limits>
        open={!!versionOf}
        title={versionOf ? v('versionOf', { name: name(versionOf) }) : ''}
        onClose={() => setVersionOf(null)}
        testid="fleet-std-version-drawer"
        successText={v('versionSaved')}
        width={600}
        initialValues={versionOf ? {
          maxPriceYuan: versionOf.maxPriceFen === null ? null : versionOf.maxPriceFen / 100, maxDisplacementL: versionOf.maxDisplacementL, maxSeats: versionOf.maxSeats,
        } : {}}
        onSubmit={async (x) => { await newStandardVersion(versionOf!.id, limitsBody(x)); await refresh(); }}
      >
        {(form) => versionOf && (
          <>
            <Descriptions size="small" bordered column={1} title={v('current')} style={{ marginBottom: 16 }}>
              <Descriptions.Item label={v('validity')}>{`${versionOf.effectiveFrom} ~ ${versionOf.effectiveTo ?? v('open')}`}</Descriptions.Item>
              <Descriptions.Item label={t('fleet.standard.maxPrice')}>{yuan(versionOf.maxPriceFen)}</Descriptions.Item>
              <Descriptions.Item label={t('fleet.standard.source')}>{versionOf.source}</Descriptions.Item>
            </Descriptions>
            <SupersedeHint form={form} />
            <LimitFields minFrom={versionOf.effectiveFrom} />
          </>
        )}
      </FormDrawer>

      <FormDrawer<NewValues>
        open={creating}
        title={t('fleet.standard.newStandard')}
        onClose={onCreated}
        testid="fleet-std-new-drawer"
        successText={v('created')}
        width={600}
        initialValues={{ kind: ALL, energyClass: 'any', effectiveFrom: dayjs() }}
        onSubmit={async (x) => {
          await createStandard({ ...limitsBody(x), code: x.code.trim(), nameZh: x.nameZh.trim(), nameEn: x.nameEn.trim(), kind: x.kind === ALL ? null : x.kind, energyClass: x.energyClass });
          await refresh();
        }}
      >
        <Form.Item name="code" label={v('code')} extra={v('codeHint')} rules={[{ required: true, message: v('codeRequired') }, { pattern: /^[a-z][a-z0-9-]{1,40}$/, message: v('codeRule') }]}>
          <Input maxLength={41} placeholder="sedan-2027" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="nameZh" label={v('nameZh')} rules={[{ required: true, whitespace: true, message: v('nameRequired') }, { max: 100 }]}><Input /></Form.Item></Col>
          <Col span={12}><Form.Item name="nameEn" label={v('nameEn')} rules={[{ required: true, whitespace: true, message: v('nameEnRequired') }, { max: 100 }]}><Input /></Form.Item></Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="kind" label={t('fleet.standard.kind')}><Select options={[{ value: ALL, label: v('kindAll') }, ...options('kind', VEHICLE_KINDS)]} /></Form.Item></Col>
          <Col span={12}><Form.Item name="energyClass" label={t('fleet.standard.energy')}><Radio.Group optionType="button" options={(['any', 'nev', 'ice'] as const).map((e) => ({ value: e, label: energy(e) }))} /></Form.Item></Col>
        </Row>
        <LimitFields />
      </FormDrawer>

      <Modal open={!!ending} title={ending ? v('endTitle', { name: name(ending) }) : ''} onCancel={() => setEnding(null)} onOk={() => void end()}
        okText={v('end')} okButtonProps={{ danger: true, disabled: !endDate, 'data-testid': 'fleet-std-end-ok' } as never} destroyOnHidden>
        {ending && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert type="warning" showIcon title={v('endHint')} />
            <Typography.Text>{v('endDate')}</Typography.Text>
            <DatePicker value={endDate} onChange={setEndDate} style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(ending.effectiveFrom), 'day')} />
          </Space>
        )}
      </Modal>
    </>
  );
}

/** "The current version will end on <the day before>" as the new start is chosen. */
function SupersedeHint({ form }: { form: FormInstance<Limits> }) {
  const { t } = useTranslation();
  const from = Form.useWatch('effectiveFrom', form) as Dayjs | undefined;
  return <Alert type="info" showIcon style={{ marginBottom: 16 }} title={from ? t('fleet.admin.std.supersedeHint', { date: from.subtract(1, 'day').format('YYYY-MM-DD') }) : t('fleet.admin.std.supersedeHintNoDate')} />;
}
