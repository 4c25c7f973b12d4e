import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Form, Input, InputNumber, Progress, Row, Select, Space, Statistic, Tabs, Tag } from 'antd';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { get } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { AgencySelect } from '../org/DepartmentsPage';
import { createQuota, updateQuota, type QuotaUsage } from './fleet.admin.api';
import { FP } from './menu';
import { SettingsTab } from './SettingsTab';
import { StandardsTab } from './StandardsTab';
import { SubTable } from './SubTable';
import { API, num, VEHICLE_KINDS } from './types';
import { useFleetOptions } from './widgets';

interface Share { nev: number; total: number; share: number; minShare: number; meets: boolean }
interface NevShare { year: number; minShare: number; source: string; fleet: Share; purchased: Share }
interface QuotaValues { agencyId: string; kind: string; quota: number; approvalRef?: string }

/** 编制与标准: quotas per agency and kind, the standards with their versions and sources, the fleet settings, and the NEV share against the 30% rule. */
export default function StandardsPage() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const tab = sp.get('tab') ?? 'quotas';
  const can = useCan();
  const canWrite = can(FP.standardWrite);
  const [creating, setCreating] = useState<'quota' | 'standard' | null>(null);
  const [editing, setEditing] = useState<QuotaUsage | null>(null);
  const [quotaAgency, setQuotaAgency] = useState<string | undefined>();
  const toolbar = !canWrite ? null
    : tab === 'quotas' ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating('quota')} data-testid="toolbar-create">{t('fleet.standard.newQuota')}</Button>
      : tab === 'standards' ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating('standard')} data-testid="toolbar-create">{t('fleet.standard.newStandard')}</Button>
        : null;
  return (
    <Card size="small" title={t('fleet.menu.standards')} data-testid="fleet-standards" extra={toolbar}>
      <QuotaDrawer open={creating === 'quota' || !!editing} quota={editing} onClose={() => { setCreating(null); setEditing(null); }} />
      <Tabs activeKey={tab} onChange={(k) => setSp({ tab: k }, { replace: true })} destroyOnHidden items={[
        {
          key: 'quotas', label: t('fleet.standard.quotas'),
          children: <>
            <Space style={{ marginBottom: 12 }}>{t('fleet.standard.agency')}<div style={{ width: 300 }}><AgencySelect value={quotaAgency} onChange={setQuotaAgency} testid="fleet-quota-filter" /></div></Space>
            <SubTable<QuotaUsage> path={`${API}/quota-usage`} query={{ agencyId: quotaAgency }} rowKey={(r) => `${r.agencyId}:${r.kind}`} testid="fleet-quotas" pageSize={20} emptyText={t('fleet.standard.emptyQuota')} columns={[
            { title: t('fleet.standard.agency'), dataIndex: 'agencyName' },
            { title: t('fleet.standard.kind'), dataIndex: 'kind', render: (k: string) => t(`fleet.kind.${k}`, { defaultValue: k }) },
            { title: t('fleet.standard.quota'), dataIndex: 'quota', align: 'right', render: (q: number, r) => <span data-testid={`fleet-quota-${r.agencyName}-${r.kind}`}>{q}</span> },
            { title: t('fleet.standard.used'), dataIndex: 'held', align: 'right', render: (v: number | undefined) => num(v) },
            {
              title: t('fleet.standard.free'), key: 'free', align: 'right',
              render: (_, r) => { const free = r.quota - r.held; return <Tag color={free < 0 ? 'red' : free === 0 ? 'orange' : 'green'}>{free}</Tag>; },
            },
            { title: t('fleet.admin.quota.approvalRef'), dataIndex: 'approvalRef', render: (a: string | null) => a ?? '—' },
            ...(canWrite ? [{
              title: t('common.actions'), key: 'actions', fixed: 'right' as const,
              render: (_: unknown, r: QuotaUsage) => <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(r)} data-testid={`fleet-quota-edit-${r.agencyName}-${r.kind}`}>{t('fleet.admin.quota.change')}</Button>,
            }] : []),
          ]} />
          </>,
        },
        { key: 'standards', label: t('fleet.standard.standards'), children: <StandardsTab creating={creating === 'standard'} onCreated={() => setCreating(null)} /> },
        { key: 'settings', label: t('fleet.admin.setting.tab'), children: <SettingsTab /> },
        { key: 'nev', label: t('fleet.standard.nev'), children: <NevPanel /> },
      ]} />
    </Card>
  );
}

/** 新增编制 / 修改编制: agency and kind fixed once set (a new quota otherwise); a quota below the vehicles held is allowed with a warning (超编). */
function QuotaDrawer({ open, quota, onClose }: { open: boolean; quota: QuotaUsage | null; onClose(): void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const options = useFleetOptions();
  const v = (k: string, o: Record<string, unknown> = {}) => t(`fleet.admin.quota.${k}`, o);
  return (
    <FormDrawer<QuotaValues>
      open={open}
      title={quota ? `${v('edit')} · ${quota.agencyName} · ${t(`fleet.kind.${quota.kind}`)}` : t('fleet.standard.newQuota')}
      onClose={onClose}
      testid="fleet-quota-drawer"
      successText={v('saved')}
      initialValues={quota ? { agencyId: quota.agencyId, kind: quota.kind, quota: quota.quota, approvalRef: quota.approvalRef ?? undefined } : { kind: 'other', quota: 1 }}
      onSubmit={async (x) => {
        const approvalRef = x.approvalRef?.trim() || null;
        if (quota) await updateQuota(quota.id, { quota: x.quota, approvalRef });
        else await createQuota({ agencyId: x.agencyId, kind: x.kind, quota: x.quota, approvalRef });
        await qc.invalidateQueries({ queryKey: [`${API}/quota-usage`] });
      }}
    >
      {(form) => (
        <>
          <Form.Item name="agencyId" label={t('fleet.standard.agency')} rules={[{ required: true, message: v('agencyRequired') }]}><AgencySelect disabled={!!quota} testid="fleet-quota-agency" /></Form.Item>
          <Form.Item name="kind" label={t('fleet.standard.kind')} rules={[{ required: true, message: v('kindRequired') }]}><Select disabled={!!quota} options={options('kind', VEHICLE_KINDS)} /></Form.Item>
          <Form.Item name="quota" label={t('fleet.standard.quota')} rules={[{ required: true, message: v('quotaRequired') }, { type: 'integer', min: 0, max: 10000, message: v('quotaRequired') }]}
            extra={quota ? v('held', { held: quota.held }) : undefined}>
            <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} data-testid="fleet-quota-value" />
          </Form.Item>
          {quota && <BelowHeld form={form} held={quota.held} />}
          <Form.Item name="approvalRef" label={v('approvalRef')} extra={v('approvalRefHint')} rules={[{ max: 100, message: t('fleet.admin.v.max', { max: 100 }) }]}>
            <Input data-testid="fleet-quota-ref" />
          </Form.Item>
        </>
      )}
    </FormDrawer>
  );
}

function BelowHeld({ form, held }: { form: FormInstance<QuotaValues>; held: number }) {
  const { t } = useTranslation();
  const quota = Form.useWatch('quota', form) as number | undefined;
  if (quota === undefined || quota === null || quota >= held) return null;
  return <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('fleet.admin.quota.belowHeld', { quota, held })} />;
}

function NevPanel() {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const q = useQuery({ queryKey: ['fleet-nev-share', year], queryFn: () => get<NevShare>(`${API}/reports/nev-share`, { year }) });
  const n = q.data;
  if (!n) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q.isError ? t('fleet.common.notReady') : t('common.emptyText')} />;
  const pct = (x: number) => Math.round(x * 1000) / 10;
  const gauge = (title: string, s: Share, testid: string) => (
    <Card size="small" title={title} data-testid={testid}>
      <Progress type="dashboard" percent={pct(s.share)} status={s.meets ? 'success' : 'exception'} format={(p) => `${p}%`} />
      <div>{`${s.nev} / ${s.total} · ${t('fleet.standard.target')} ${pct(s.minShare)}% `}<Tag color={s.meets ? 'green' : 'red'}>{s.meets ? t('fleet.standard.met') : t('fleet.standard.notMet')}</Tag></div>
    </Card>
  );
  return (
    <Row gutter={16} data-testid="fleet-nev-share">
      <Col xs={24} md={8}>{gauge(t('fleet.standard.fleetShare'), n.fleet, 'fleet-nev-fleet')}</Col>
      <Col xs={24} md={8}>{gauge(`${t('fleet.standard.purchaseShare')} · ${n.year}`, n.purchased, 'fleet-nev-purchased')}</Col>
      <Col xs={24} md={8}>
        <Card size="small" title={t('fleet.standard.source')}>
          <Statistic title={t('fleet.standard.fleetTotal')} value={n.fleet.total} />
          <Statistic title={t('fleet.standard.nevCount')} value={n.fleet.nev} />
          <div style={{ marginTop: 8, color: '#646a73' }}>{n.source}</div>
        </Card>
      </Col>
    </Row>
  );
}
