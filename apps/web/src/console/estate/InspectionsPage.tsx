import { FilePdfOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Tabs, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { FindingDrawer } from './FindingDrawer';
import { EP } from './menu';
import { useTextAction } from './TextAction';
import { API } from './types';
import { AgenciesPick, AgencyPick, EstateTag } from './widgets';

interface Plan { id: string; title: string; year: number; theme: string | null; withDiscipline: boolean; disciplineContact: string | null; startsOn: string; endsOn: string; agencyIds: string[]; status: string }
interface Finding { id: string; planId: string; agencyName: string; roomNumber: string | null; foundOn: string; category: string; description: string; severity: string; rectifyBy: string; status: string; reportText: string | null }

function PlansTab({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const list = useList<Plan>(`${API}/inspection-plans`);
  const [creating, setCreating] = useState(false);
  const [finding, setFinding] = useState<Plan | null>(null);
  type V = { title: string; year: number; theme?: string; withDiscipline: boolean; disciplineContact?: string; period: [Dayjs, Dayjs]; agencyIds: string[] };
  type F = { agencyId: string; foundOn: Dayjs; category: string; description: string; severity: string; rectifyBy: Dayjs };
  return (
    <>
      <ListPage<Plan> title={t('estate.inspection.plans')} testid="estate-inspection-plans" list={list} rowKey="id" canExport emptyText={t('estate.inspection.planEmpty')}
        onCreate={manage ? () => setCreating(true) : undefined} createLabel={t('estate.inspection.planCreate')}
        query={[<Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>]}
        columns={[
          { title: t('estate.inspection.title'), dataIndex: 'title' },
          { title: t('estate.census.year'), dataIndex: 'year', sorter: true },
          { title: t('estate.inspection.theme'), dataIndex: 'theme', render: (v: string | null) => v ?? '—' },
          { title: t('estate.inspection.period'), key: 'p', render: (_, p) => `${p.startsOn} ~ ${p.endsOn}` },
          { title: t('estate.inspection.discipline'), dataIndex: 'withDiscipline', render: (v: boolean, p) => (v ? <Tag color="red">{t('estate.inspection.joint')}{p.disciplineContact ? ` · ${p.disciplineContact}` : ''}</Tag> : '—') },
          { title: t('estate.inspection.agencies'), dataIndex: 'agencyIds', align: 'right', render: (v: string[]) => v.length },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="inspection.planStatus" value={v} /> },
          {
            title: t('common.actions'), key: 'a', render: (_, p) => (
              <Space size={0}>
                {manage && <Button type="link" size="small" onClick={() => setFinding(p)}>{t('estate.inspection.addFinding')}</Button>}
                <Button type="link" size="small" icon={<FilePdfOutlined />} href={`${API}/inspection-plans/${p.id}/notice?format=pdf`} target="_blank">{t('estate.inspection.notice')}</Button>
              </Space>
            ),
          },
        ]} />
      <FormDrawer<V> open={creating} onClose={() => setCreating(false)} title={t('estate.inspection.planCreate')} initialValues={{ year: dayjs().year(), withDiscipline: true, period: [dayjs(), dayjs().add(1, 'month')] }}
        onSubmit={async ({ period, ...v }) => { await post(`${API}/inspection-plans`, { ...v, startsOn: period[0].format('YYYY-MM-DD'), endsOn: period[1].format('YYYY-MM-DD') }); list.refetch(); }}>
        <Form.Item name="title" label={t('estate.inspection.title')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="year" label={t('estate.census.year')}><InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="theme" label={t('estate.inspection.theme')}><Input /></Form.Item>
        <Form.Item name="withDiscipline" label={t('estate.inspection.discipline')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="disciplineContact" label={t('estate.inspection.disciplineContact')}><Input /></Form.Item>
        <Form.Item name="period" label={t('estate.inspection.period')} rules={[{ required: true }]}><DatePicker.RangePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="agencyIds" label={t('estate.inspection.agencies')} rules={[{ required: true, message: t('estate.common.required') }]}>
          <AgenciesPick />
        </Form.Item>
      </FormDrawer>
      <FormDrawer<F> open={!!finding} onClose={() => setFinding(null)} title={finding ? `${t('estate.inspection.addFinding')} · ${finding.title}` : ''} initialValues={{ foundOn: dayjs(), severity: 'minor', rectifyBy: dayjs().add(30, 'day') }}
        onSubmit={async (v) => { await post(`${API}/inspection-plans/${finding!.id}/findings`, { ...v, foundOn: v.foundOn.format('YYYY-MM-DD'), rectifyBy: v.rectifyBy.format('YYYY-MM-DD') }); }}>
        <Form.Item name="agencyId" label={t('estate.room.agency')} rules={[{ required: true, message: t('estate.common.required') }]}><AgencyPick /></Form.Item>
        <Form.Item name="foundOn" label={t('estate.inspection.foundOn')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="category" label={t('estate.inspection.category')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input placeholder={t('estate.inspection.categoryPh')} /></Form.Item>
        <Form.Item name="severity" label={t('estate.inspection.severity')}><Select options={['minor', 'major'].map((s) => ({ value: s, label: t(`estate.inspection.severityKind.${s}`) }))} /></Form.Item>
        <Form.Item name="description" label={t('estate.inspection.description')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="rectifyBy" label={t('estate.inspection.rectifyBy')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
      </FormDrawer>
    </>
  );
}

function FindingsTab({ manage, report }: { manage: boolean; report: boolean }) {
  const { t } = useTranslation();
  const list = useList<Finding>(`${API}/inspection-findings`);
  const action = useTextAction();
  const [viewing, setViewing] = useState<string | null>(null);
  // /estate/inspections?id=… (the link of the rectification notices) opens that finding.
  const linked = list.filters.id && list.items.some((f) => f.id === list.filters.id) ? list.filters.id : null;
  useEffect(() => {
    if (linked) setViewing(linked);
  }, [linked]);
  const step = (f: Finding, verb: 'report' | 'close' | 'reopen', danger = false) => (
    <Button type="link" size="small" danger={danger} onClick={() => action.ask({
      title: t(`estate.inspection.${verb}`), label: t('estate.inspection.text'), required: true, successText: t('estate.inspection.done'),
      run: async (text) => { await post(`${API}/inspection-findings/${f.id}/${verb}`, { text }); list.refetch(); },
    })}>{t(`estate.inspection.${verb}`)}</Button>
  );
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <>
      <ListPage<Finding> title={t('estate.inspection.findings')} testid="estate-inspection-findings" list={list} rowKey="id" canExport emptyText={t('estate.inspection.findingEmpty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={['open', 'reported', 'closed'].map((s) => ({ value: s, label: t(`estate.inspection.status.${s}`) }))} /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.room.agency'), dataIndex: 'agencyName' },
          { title: t('estate.inspection.category'), dataIndex: 'category', render: (v: string, f) => <a onClick={() => setViewing(f.id)} data-testid={`estate-finding-open-${v}`}>{v}</a> },
          { title: t('estate.inspection.description'), dataIndex: 'description', ellipsis: true, width: 260 },
          { title: t('estate.inspection.severity'), dataIndex: 'severity', render: (v: string) => <Tag color={v === 'major' ? 'red' : 'orange'}>{t(`estate.inspection.severityKind.${v}`, { defaultValue: v })}</Tag> },
          { title: t('estate.inspection.foundOn'), dataIndex: 'foundOn' },
          { title: t('estate.inspection.rectifyBy'), dataIndex: 'rectifyBy', render: (v: string, f) => <Space size={4}>{v}{f.status !== 'closed' && v < today && <Tag color="red">{t('estate.recovery.overdueTag')}</Tag>}</Space> },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="inspection.status" value={v} /> },
          {
            title: t('common.actions'), key: 'a', fixed: 'right', render: (_, f) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setViewing(f.id)}>{t('estate.inspection.view')}</Button>
                {report && f.status === 'open' && step(f, 'report')}
                {manage && f.status === 'reported' && step(f, 'close')}
                {manage && f.status === 'reported' && step(f, 'reopen', true)}
              </Space>
            ),
          },
        ]} />
      {action.drawer}
      <FindingDrawer findingId={viewing} manage={manage} report={report} onClose={() => setViewing(null)} onChanged={list.refetch} />
    </>
  );
}

/** 专项检查: inspection plans with the discipline commission, on-site findings, rectification, notices. */
export default function InspectionsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [, setSp] = useSearchParams();
  const [tab, setTab] = useState('findings');
  const manage = can(EP.inspectionManage);
  const tabs = [
    { key: 'findings', label: t('estate.inspection.findings'), el: <FindingsTab manage={manage} report={can('estate:inspection:report')} /> },
    { key: 'plans', label: t('estate.inspection.plans'), el: <PlansTab manage={manage} /> },
  ];
  return <Tabs activeKey={tab} onChange={(k) => { setSp({}, { replace: true }); setTab(k); }} items={tabs.map((x) => ({ key: x.key, label: x.label, children: tab === x.key && x.el }))} />;
}
