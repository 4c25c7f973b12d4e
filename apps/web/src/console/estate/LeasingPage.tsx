import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { useList } from '../../shared/useList';
import { ContractDrawer, type Contract } from './ContractDrawer';
import { EP } from './menu';
import { API } from './types';
import { AgencyPick, BuildingSelect, EstateTag, m2, yuan } from './widgets';

const L = `${API}/leasing`;
interface Listing { id: string; agencyName: string; buildingName: string; title: string; areaM2: string; askingMonthlyRentFen: number; status: string; description: string | null }
interface Lessee { id: string; name: string; kind: string; creditCode: string | null; contactName: string | null; contactPhone: string | null }
interface Arrears { contractId: string; code: string; agencyName: string; lesseeName: string; listingTitle: string; overdueFen: number; instalments: number; oldestDueOn: string; maxDaysOverdue: number }

function ContractsTab({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useList<Contract>(`${L}/contracts`);
  const [open, setOpen] = useState<Contract | null>(null);
  const [creating, setCreating] = useState(false);
  type V = { code: string; listingId: string; lesseeId: string; period: [Dayjs, Dayjs]; rentYuan: number; depositYuan?: number; cycleMonths: number };
  const submit = async (v: V) => {
    await post(`${L}/contracts`, { code: v.code, listingId: v.listingId, lesseeId: v.lesseeId, startsOn: v.period[0].format('YYYY-MM-DD'), endsOn: v.period[1].format('YYYY-MM-DD'),
      monthlyRentFen: Math.round(v.rentYuan * 100), depositFen: v.depositYuan ? Math.round(v.depositYuan * 100) : undefined, cycleMonths: v.cycleMonths });
    list.refetch();
  };
  return (
    <>
      <ListPage<Contract> title={t('estate.leasing.contracts')} testid="estate-lease-contracts" list={list} rowKey="id" canExport emptyText={t('estate.leasing.contractEmpty')}
        onCreate={canWrite ? () => setCreating(true) : undefined} createLabel={t('estate.leasing.contractCreate')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={['active', 'ended', 'terminated'].map((s) => ({ value: s, label: t(`estate.leasing.status.${s}`) }))} /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.leasing.code'), dataIndex: 'code', sorter: true, render: (v: string, c) => <a onClick={() => setOpen(c)}>{v}</a> },
          { title: t('estate.leasing.listing'), dataIndex: 'listingTitle' },
          { title: t('estate.leasing.lessee'), dataIndex: 'lesseeName' },
          { title: t('estate.leasing.period'), key: 'p', render: (_, c) => `${c.startsOn} ~ ${c.endsOn}` },
          { title: t('estate.leasing.monthlyRent'), dataIndex: 'monthlyRentFen', align: 'right', sorter: true, render: yuan },
          { title: t('estate.leasing.cycle'), dataIndex: 'cycleMonths', render: (v: number) => t('estate.leasing.cycleValue', { n: v }) },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="leasing.status" value={v} /> },
          { title: t('common.actions'), key: 'a', render: (_, c) => <Button type="link" size="small" onClick={() => setOpen(c)}>{t('estate.leasing.schedule')}</Button> },
        ]} />
      <FormDrawer<V> open={creating} onClose={() => setCreating(false)} title={t('estate.leasing.contractCreate')} onSubmit={submit} initialValues={{ cycleMonths: 3, period: [dayjs(), dayjs().add(3, 'year').subtract(1, 'day')] }}>
        <Form.Item name="code" label={t('estate.leasing.code')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="listingId" label={t('estate.leasing.listing')} rules={[{ required: true, message: t('estate.common.required') }]}>
          <RemoteSelect<Listing> path={`${L}/listings`} query={{ status: 'open' }} labelOf={(x) => `${x.title}（${x.buildingName}）`} />
        </Form.Item>
        <Form.Item name="lesseeId" label={t('estate.leasing.lessee')} rules={[{ required: true, message: t('estate.common.required') }]}><RemoteSelect<Lessee> path={`${L}/lessees`} labelOf={(x) => x.name} /></Form.Item>
        <Form.Item name="period" label={t('estate.leasing.period')} rules={[{ required: true }]}><DatePicker.RangePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="rentYuan" label={t('estate.leasing.monthlyRent')} rules={[{ required: true, message: t('estate.common.required') }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="depositYuan" label={t('estate.housing.deposit')}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="cycleMonths" label={t('estate.leasing.cycle')}><Select options={[1, 3, 6, 12].map((n) => ({ value: n, label: t('estate.leasing.cycleValue', { n }) }))} /></Form.Item>
      </FormDrawer>
      <ContractDrawer contract={open} onClose={() => { setOpen(null); list.refetch(); }} canWrite={canWrite} />
    </>
  );
}

function ListingsTab({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useList<Listing>(`${L}/listings`);
  const [creating, setCreating] = useState(false);
  type V = { agencyId: string; buildingId: string; title: string; areaM2: number; rentYuan: number; description?: string };
  const status = async (x: Listing, s: 'open' | 'withdrawn') => { await post(`${L}/listings/${x.id}/status`, { status: s }); list.refetch(); };
  return (
    <>
      <ListPage<Listing> title={t('estate.leasing.listings')} testid="estate-lease-listings" list={list} rowKey="id" canExport emptyText={t('estate.leasing.listingEmpty')}
        onCreate={canWrite ? () => setCreating(true) : undefined} createLabel={t('estate.leasing.listingCreate')}
        query={[<Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>]}
        columns={[
          { title: t('estate.leasing.listing'), dataIndex: 'title' },
          { title: t('estate.room.building'), dataIndex: 'buildingName' },
          { title: t('estate.room.agency'), dataIndex: 'agencyName' },
          { title: t('estate.allocation.area'), dataIndex: 'areaM2', align: 'right', render: m2 },
          { title: t('estate.leasing.askingRent'), dataIndex: 'askingMonthlyRentFen', align: 'right', render: yuan },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="leasing.listingStatus" value={v} /> },
          {
            title: t('common.actions'), key: 'a', render: (_, x) => canWrite && (
              x.status === 'open' ? <Button type="link" size="small" danger onClick={() => void status(x, 'withdrawn')}>{t('estate.leasing.withdraw')}</Button>
                : x.status === 'withdrawn' ? <Button type="link" size="small" onClick={() => void status(x, 'open')}>{t('estate.leasing.reopen')}</Button> : null
            ),
          },
        ]} />
      <FormDrawer<V> open={creating} onClose={() => setCreating(false)} title={t('estate.leasing.listingCreate')}
        onSubmit={async ({ rentYuan, ...v }) => { await post(`${L}/listings`, { ...v, askingMonthlyRentFen: Math.round(rentYuan * 100), description: v.description || undefined }); list.refetch(); }}>
        <Form.Item name="agencyId" label={t('estate.room.agency')} rules={[{ required: true, message: t('estate.common.required') }]}><AgencyPick /></Form.Item>
        <Form.Item name="buildingId" label={t('estate.room.building')} rules={[{ required: true, message: t('estate.common.required') }]}><BuildingSelect /></Form.Item>
        <Form.Item name="title" label={t('estate.leasing.listing')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="areaM2" label={t('estate.allocation.area')} rules={[{ required: true, message: t('estate.common.required') }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="rentYuan" label={t('estate.leasing.askingRent')} rules={[{ required: true, message: t('estate.common.required') }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="description" label={t('estate.common.note')}><Input.TextArea rows={2} /></Form.Item>
      </FormDrawer>
    </>
  );
}

function LesseesTab({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useList<Lessee>(`${L}/lessees`);
  const [creating, setCreating] = useState(false);
  type V = { agencyId: string; name: string; kind: string; creditCode?: string; contactName?: string; contactPhone?: string };
  return (
    <>
      <ListPage<Lessee> title={t('estate.leasing.lessees')} testid="estate-lessees" list={list} rowKey="id" canExport emptyText={t('estate.leasing.lesseeEmpty')}
        onCreate={canWrite ? () => setCreating(true) : undefined} createLabel={t('estate.leasing.lesseeCreate')}
        query={[<Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>]}
        columns={[
          { title: t('estate.leasing.lessee'), dataIndex: 'name' },
          { title: t('estate.leasing.kind'), dataIndex: 'kind', render: (v: string) => t(`estate.leasing.kindValue.${v}`, { defaultValue: v }) },
          { title: t('estate.leasing.creditCode'), dataIndex: 'creditCode', render: (v: string | null) => v ?? '—' },
          { title: t('estate.leasing.contact'), key: 'c', render: (_, x) => [x.contactName, x.contactPhone].filter(Boolean).join(' ') || '—' },
        ]} />
      <FormDrawer<V> open={creating} onClose={() => setCreating(false)} title={t('estate.leasing.lesseeCreate')} initialValues={{ kind: 'company' }}
        onSubmit={async (v) => { await post(`${L}/lessees`, v); list.refetch(); }}>
        <Form.Item name="agencyId" label={t('estate.room.agency')} rules={[{ required: true, message: t('estate.common.required') }]}><AgencyPick /></Form.Item>
        <Form.Item name="name" label={t('estate.leasing.lessee')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="kind" label={t('estate.leasing.kind')}><Select options={['company', 'person'].map((k) => ({ value: k, label: t(`estate.leasing.kindValue.${k}`) }))} /></Form.Item>
        <Form.Item name="creditCode" label={t('estate.leasing.creditCode')}><Input /></Form.Item>
        <Form.Item name="contactName" label={t('estate.leasing.contactName')}><Input /></Form.Item>
        <Form.Item name="contactPhone" label={t('estate.leasing.contactPhone')}><Input /></Form.Item>
      </FormDrawer>
    </>
  );
}

function ArrearsTab() {
  const { t } = useTranslation();
  const [sp] = useSearchParams();
  const list = useList<Arrears>(`${L}/arrears`, { fixed: { asOf: sp.get('asOf') ?? dayjs().format('YYYY-MM-DD') } });
  return (
    <ListPage<Arrears> title={t('estate.leasing.arrears')} testid="estate-arrears" list={list} rowKey="contractId" canExport emptyText={t('estate.leasing.arrearsEmpty')}
      tableProps={{ rowClassName: () => 'zd-row-over' }}
      extra={<Typography.Text type="secondary">{t('estate.leasing.asOf', { date: list.filters.asOf ?? dayjs().format('YYYY-MM-DD') })}</Typography.Text>}
      columns={[
        { title: t('estate.leasing.code'), dataIndex: 'code' },
        { title: t('estate.leasing.lessee'), dataIndex: 'lesseeName' },
        { title: t('estate.leasing.listing'), dataIndex: 'listingTitle' },
        { title: t('estate.leasing.overdue'), dataIndex: 'overdueFen', align: 'right', render: (v: number) => <Typography.Text type="danger" strong>{yuan(v)}</Typography.Text> },
        { title: t('estate.leasing.instalments'), dataIndex: 'instalments', align: 'right' },
        { title: t('estate.leasing.oldestDue'), dataIndex: 'oldestDueOn' },
        { title: t('estate.leasing.maxDays'), dataIndex: 'maxDaysOverdue', align: 'right' },
      ]} />
  );
}

/** 对外出租: listings, lessees, contracts with their rent schedule and receipts, arrears. */
export default function LeasingPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [, setSp] = useSearchParams();
  const [tab, setTab] = useState('contracts');
  const w = can(EP.leasingWrite);
  const tabs = [
    { key: 'contracts', label: t('estate.leasing.contracts'), el: <ContractsTab canWrite={w} /> },
    { key: 'listings', label: t('estate.leasing.listings'), el: <ListingsTab canWrite={w} /> },
    { key: 'lessees', label: t('estate.leasing.lessees'), el: <LesseesTab canWrite={w} /> },
    { key: 'arrears', label: t('estate.leasing.arrears'), el: <ArrearsTab /> },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Tabs activeKey={tab} onChange={(k) => { setSp({}, { replace: true }); setTab(k); }} items={tabs.map((x) => ({ key: x.key, label: x.label, children: tab === x.key && x.el }))} />
    </Space>
  );
}
