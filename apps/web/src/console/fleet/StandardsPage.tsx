import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Form, Input, InputNumber, Progress, Row, Select, Statistic, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { get, post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { AgencySelect } from '../org/DepartmentsPage';
import { FP } from './menu';
import { isEn } from '../../shared/format';
import { SubTable } from './SubTable';
import { API, num, VEHICLE_KINDS, yuan } from './types';
import { useFleetOptions } from './widgets';

type Row = Record<string, unknown> & { id: string };
interface Share { nev: number; total: number; share: number; minShare: number; meets: boolean }
interface NevShare { year: number; minShare: number; source: string; fleet: Share; purchased: Share }

/** 编制与标准: quotas per agency and kind, the price/displacement standards with their sources, and the NEV share against the 30% rule. */
export default function StandardsPage() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const tab = sp.get('tab') ?? 'quotas';
  const can = useCan();
  const qc = useQueryClient();
  const options = useFleetOptions();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title={t('fleet.menu.standards')}
      data-testid="fleet-standards"
      extra={tab === 'quotas' && can(FP.standardWrite) ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="toolbar-create">{t('fleet.standard.newQuota')}</Button> : null}
    >
      <FormDrawer<{ agencyId: string; kind: string; quota: number; approvalRef?: string }>
        open={adding}
        title={t('fleet.standard.newQuota')}
        onClose={() => setAdding(false)}
        initialValues={{ kind: 'other', quota: 1 }}
        onSubmit={async (v) => {
          await post(`${API}/quotas`, { ...v, approvalRef: v.approvalRef?.trim() || null });
          await qc.invalidateQueries({ queryKey: [`${API}/quota-usage`] });
        }}
      >
        <Form.Item name="agencyId" label={t('fleet.standard.agency')} rules={[{ required: true }]}><AgencySelect /></Form.Item>
        <Form.Item name="kind" label={t('fleet.standard.kind')} rules={[{ required: true }]}><Select options={options('kind', VEHICLE_KINDS)} /></Form.Item>
        <Form.Item name="quota" label={t('fleet.standard.quota')} rules={[{ required: true }]}><InputNumber min={0} max={10000} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="approvalRef" label={t('fleet.standard.source')}><Input maxLength={100} /></Form.Item>
      </FormDrawer>
      <Tabs activeKey={tab} onChange={(k) => setSp({ tab: k }, { replace: true })} destroyOnHidden items={[
        {
          key: 'quotas', label: t('fleet.standard.quotas'),
          children: <SubTable<Row> path={`${API}/quota-usage`} rowKey={(r) => `${String(r.agencyId)}:${String(r.kind)}`} testid="fleet-quotas" pageSize={200} emptyText={t('fleet.standard.emptyQuota')} columns={[
            { title: t('fleet.standard.agency'), dataIndex: 'agencyName' },
            { title: t('fleet.standard.kind'), dataIndex: 'kind', render: (k: string) => t(`fleet.kind.${k}`, { defaultValue: k }) },
            { title: t('fleet.standard.quota'), dataIndex: 'quota', align: 'right' },
            { title: t('fleet.standard.used'), dataIndex: 'held', align: 'right', render: (v: number | undefined) => num(v) },
            {
              title: t('fleet.standard.free'), key: 'free', align: 'right',
              render: (_, r) => { const free = Number(r.quota) - Number(r.held ?? 0); return <Tag color={free < 0 ? 'red' : free === 0 ? 'orange' : 'green'}>{Number.isNaN(free) ? '—' : free}</Tag>; },
            },
          ]} />,
        },
        {
          key: 'standards', label: t('fleet.standard.standards'),
          children: <SubTable<Row> path={`${API}/standards`} testid="fleet-standard-list" pageSize={20} columns={[
            { title: t('fleet.driver.name'), key: 'name', render: (_, r) => String(isEn() ? r.nameEn : r.nameZh) },
            { title: t('fleet.standard.kind'), dataIndex: 'kind', render: (k: string | null) => (k ? t(`fleet.kind.${k}`, { defaultValue: k }) : t('fleet.common.all')) },
            { title: t('fleet.standard.energy'), dataIndex: 'energyClass', render: (e: string) => (e === 'nev' ? t('fleet.vehicle.nev') : e === 'ice' ? t('fleet.energy.gasoline') : t('fleet.common.all')) },
            { title: t('fleet.standard.maxPrice'), dataIndex: 'maxPriceFen', align: 'right', render: (v: number | null) => yuan(v) },
            { title: t('fleet.standard.maxDisplacement'), dataIndex: 'maxDisplacementL', align: 'right', render: (v: number | null) => v ?? '—' },
            { title: t('fleet.standard.effectiveFrom'), dataIndex: 'effectiveFrom' },
            { title: t('fleet.standard.source'), dataIndex: 'source', ellipsis: true },
          ]} />,
        },
        { key: 'nev', label: t('fleet.standard.nev'), children: <NevPanel /> },
      ]} />
    </Card>
  );
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
