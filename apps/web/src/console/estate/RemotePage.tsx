import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, Select, Space, Table, Tabs, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { EP } from './menu';
import { API } from './types';
import { AgencyPick, m2, yuan } from './widgets';

const R = `${API}/remote-properties`;
interface Prop { id: string; name: string; city: string; address: string; agencyName: string; trusteeName: string; trusteeContact: string | null; currentUse: string; areaM2: string; titleCertNo: string | null; reportCycleMonths: number; nextReportDue: string; status: string }
interface Detail extends Prop {
  records: { id: string; kind: string; occurredOn: string; endsOn: string | null; counterparty: string | null; amountFen: number | null; description: string }[];
  reports: { id: string; dueOn: string; submittedOn: string; occupancy: string; content: string; issues: string | null }[];
}

function PropertyDrawer({ prop, onClose }: { prop: Prop | null; onClose(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const [rec, setRec] = useState(false);
  const [rep, setRep] = useState(false);
  const q = useQuery({ queryKey: [R, prop?.id], queryFn: () => get<Detail>(`${R}/${prop!.id}`), enabled: !!prop });
  const d = q.data;
  type RV = { kind: string; occurredOn: Dayjs; counterparty?: string; amountYuan?: number; description: string };
  type PV = { occupancy: string; content: string; issues?: string };
  return (
    <Drawer open={!!prop} onClose={onClose} size={860} title={prop?.name}
      extra={<Space>
        {can(EP.remoteWrite) && <Button onClick={() => setRec(true)}>{t('estate.remote.addRecord')}</Button>}
        {can('estate:remote:report') && <Button type="primary" onClick={() => setRep(true)}>{t('estate.remote.fileReport')}</Button>}
      </Space>}>
      {d && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={2} items={[
            { label: t('estate.remote.city'), children: d.city }, { label: t('estate.building.address'), children: d.address },
            { label: t('estate.room.agency'), children: d.agencyName }, { label: t('estate.remote.trustee'), children: `${d.trusteeName} ${d.trusteeContact ?? ''}` },
            { label: t('estate.remote.currentUse'), children: d.currentUse }, { label: t('estate.allocation.area'), children: `${m2(d.areaM2)} m²` },
            { label: t('estate.remote.cycle'), children: t('estate.leasing.cycleValue', { n: d.reportCycleMonths }) }, { label: t('estate.remote.nextDue'), children: d.nextReportDue },
          ]} />
          <Tabs items={[
            { key: 'records', label: t('estate.remote.records'), children: <Table rowKey="id" size="small" pagination={false} dataSource={d.records} columns={[
              { title: t('estate.remote.kind'), dataIndex: 'kind', render: (v: string) => <Tag>{t(`estate.remote.kindValue.${v}`, { defaultValue: v })}</Tag> },
              { title: t('estate.remote.occurredOn'), dataIndex: 'occurredOn' },
              { title: t('estate.remote.counterparty'), dataIndex: 'counterparty', render: (v: string | null) => v ?? '—' },
              { title: t('estate.housing.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
              { title: t('estate.inspection.description'), dataIndex: 'description' },
            ]} /> },
            { key: 'reports', label: t('estate.remote.reports'), children: <Table rowKey="id" size="small" pagination={false} dataSource={d.reports} columns={[
              { title: t('estate.remote.dueOn'), dataIndex: 'dueOn' },
              { title: t('estate.remote.submittedOn'), dataIndex: 'submittedOn', render: (v: string, r) => <Space size={4}>{v}{v > r.dueOn && <Tag color="red">{t('estate.remote.late')}</Tag>}</Space> },
              { title: t('estate.remote.occupancy'), dataIndex: 'occupancy' },
              { title: t('estate.remote.content'), dataIndex: 'content', ellipsis: true },
              { title: t('estate.remote.issues'), dataIndex: 'issues', render: (v: string | null) => v ?? '—' },
            ]} /> },
          ]} />
        </Space>
      )}
      <FormDrawer<RV> open={rec} onClose={() => setRec(false)} title={t('estate.remote.addRecord')} initialValues={{ kind: 'maintenance', occurredOn: dayjs() }}
        onSubmit={async ({ amountYuan, ...v }) => { await post(`${R}/${prop!.id}/records`, { ...v, occurredOn: v.occurredOn.format('YYYY-MM-DD'), amountFen: amountYuan ? Math.round(amountYuan * 100) : undefined, counterparty: v.counterparty || undefined }); void q.refetch(); }}>
        <Form.Item name="kind" label={t('estate.remote.kind')}><Select options={['use', 'maintenance', 'lease'].map((k) => ({ value: k, label: t(`estate.remote.kindValue.${k}`) }))} /></Form.Item>
        <Form.Item name="occurredOn" label={t('estate.remote.occurredOn')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="counterparty" label={t('estate.remote.counterparty')}><Input /></Form.Item>
        <Form.Item name="amountYuan" label={t('estate.leasing.amountYuan')}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="description" label={t('estate.inspection.description')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input.TextArea rows={3} /></Form.Item>
      </FormDrawer>
      <FormDrawer<PV> open={rep} onClose={() => setRep(false)} title={t('estate.remote.fileReport')} onSubmit={async (v) => { await post(`${R}/${prop!.id}/reports`, { ...v, issues: v.issues || undefined }); void q.refetch(); }}>
        <Form.Item name="occupancy" label={t('estate.remote.occupancy')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="content" label={t('estate.remote.content')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input.TextArea rows={4} /></Form.Item>
        <Form.Item name="issues" label={t('estate.remote.issues')}><Input.TextArea rows={2} /></Form.Item>
      </FormDrawer>
    </Drawer>
  );
}

/** 市外房产: properties outside the city entrusted to the city's offices there; records and periodic trustee reports. */
export default function RemotePage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<Prop>(R);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Prop | null>(null);
  type V = { name: string; city: string; address: string; agencyId: string; trusteeName: string; trusteeContact?: string; currentUse: string; areaM2: number; titleCertNo?: string; reportCycleMonths: number; firstReportDue: Dayjs };
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <>
      <ListPage<Prop> title={t('estate.menu.remote')} testid="estate-remote" list={list} rowKey="id" canExport emptyText={t('estate.remote.empty')}
        onCreate={can(EP.remoteWrite) ? () => setCreating(true) : undefined} createLabel={t('estate.remote.create')}
        query={[<Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>, <Form.Item key="city" name="city" label={t('estate.remote.city')}><Input allowClear /></Form.Item>]}
        columns={[
          { title: t('estate.remote.name'), dataIndex: 'name', render: (v: string, p) => <a onClick={() => setOpen(p)}>{v}</a> },
          { title: t('estate.remote.city'), dataIndex: 'city' },
          { title: t('estate.room.agency'), dataIndex: 'agencyName' },
          { title: t('estate.remote.trustee'), dataIndex: 'trusteeName' },
          { title: t('estate.remote.currentUse'), dataIndex: 'currentUse' },
          { title: t('estate.allocation.area'), dataIndex: 'areaM2', align: 'right', render: m2 },
          { title: t('estate.remote.nextDue'), dataIndex: 'nextReportDue', render: (v: string) => <Space size={4}>{v}{v < today && <Tag color="red">{t('estate.recovery.overdueTag')}</Tag>}</Space> },
          { title: t('common.actions'), key: 'a', render: (_, p) => <Button type="link" size="small" onClick={() => setOpen(p)}>{t('common.view')}</Button> },
        ]} />
      <FormDrawer<V> open={creating} onClose={() => setCreating(false)} title={t('estate.remote.create')} initialValues={{ reportCycleMonths: 6, firstReportDue: dayjs().add(6, 'month') }}
        onSubmit={async (v) => { await post(R, { ...v, firstReportDue: v.firstReportDue.format('YYYY-MM-DD'), trusteeContact: v.trusteeContact || undefined, titleCertNo: v.titleCertNo || undefined }); list.refetch(); }}>
        <Form.Item name="name" label={t('estate.remote.name')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="city" label={t('estate.remote.city')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="address" label={t('estate.building.address')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="agencyId" label={t('estate.room.agency')} rules={[{ required: true, message: t('estate.common.required') }]}><AgencyPick /></Form.Item>
        <Form.Item name="trusteeName" label={t('estate.remote.trustee')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="trusteeContact" label={t('estate.leasing.contactPhone')}><Input /></Form.Item>
        <Form.Item name="currentUse" label={t('estate.remote.currentUse')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="areaM2" label={t('estate.allocation.area')} rules={[{ required: true, message: t('estate.common.required') }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="titleCertNo" label={t('estate.building.titleCertNo')}><Input /></Form.Item>
        <Form.Item name="reportCycleMonths" label={t('estate.remote.cycle')}><Select options={[1, 3, 6, 12].map((n) => ({ value: n, label: t('estate.leasing.cycleValue', { n }) }))} /></Form.Item>
        <Form.Item name="firstReportDue" label={t('estate.remote.nextDue')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
      </FormDrawer>
      <PropertyDrawer prop={open} onClose={() => { setOpen(null); list.refetch(); }} />
    </>
  );
}
