import { Card, Empty, Form, Select, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import './estate.css';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { EChart, type ChartOption } from '../../shared/EChart';
import { listAgencyCompliance, listBuildingCompliance, listPeopleCompliance } from './estate.api';
import { StandardsTab } from './StandardsTab';
import { API, type AgencyCompliance, type BuildingCompliance, type PersonCompliance } from './types';
import { AgencyPick, m2 } from './widgets';

const Over = ({ v }: { v: number }) => (v > 0 ? <Typography.Text type="danger" strong>+{m2(v)}</Typography.Text> : <span>0.00</span>);
const rowOver = (v: number) => (v > 0 ? 'zd-row-over' : '');
const onlyOverItem = (t: (k: string) => string) => (
  <Form.Item key="onlyOver" name="onlyOver" label={t('estate.compliance.onlyOver')}>
    <Select allowClear options={[{ value: 'true', label: t('estate.compliance.onlyOverYes') }]} />
  </Form.Item>
);

/** Approved vs used bars, the overrun stacked in red. */
function areaChart(title: string, rows: { name: string; approvedM2: number; usedM2: number; overrunM2: number }[], t: (k: string) => string): ChartOption {
  return {
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${m2(v as number)} m²` },
    legend: { top: 0, right: 0 },
    grid: { left: 60, right: 16, top: 56, bottom: 80 },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { rotate: rows.length > 6 ? 30 : 0, interval: 0, width: 90, overflow: 'truncate' } },
    yAxis: { type: 'value' },
    series: [
      { name: t('estate.compliance.approved'), type: 'bar', data: rows.map((r) => r.approvedM2), itemStyle: { color: '#90caf9' } },
      { name: t('estate.compliance.used'), type: 'bar', data: rows.map((r) => r.usedM2), itemStyle: { color: '#1565c0' } },
      { name: t('estate.compliance.overrun'), type: 'bar', data: rows.map((r) => r.overrunM2), itemStyle: { color: '#e5484d' } },
    ],
  };
}

function PeopleTab() {
  const { t } = useTranslation();
  const list = useList<PersonCompliance>(`${API}/compliance/people`, { fetch: listPeopleCompliance });
  return (
    <ListPage<PersonCompliance> title={t('estate.compliance.people')} testid="estate-compliance-people" list={list} rowKey="personId" canExport
      emptyText={t('estate.compliance.emptyPeople')} tableProps={{ rowClassName: (r) => rowOver(r.overrunM2) }}
      query={[<Form.Item key="agencyId" name="agencyId" label={t('estate.room.agency')}><AgencyPick /></Form.Item>, onlyOverItem(t)]}
      columns={[
        { title: t('estate.compliance.name'), dataIndex: 'name' },
        { title: t('estate.room.agency'), dataIndex: 'agencyName' },
        { title: t('estate.assignment.post'), dataIndex: 'post', render: (v: string | null) => v ?? '—' },
        { title: t('estate.compliance.standardClass'), dataIndex: 'standardLabel', render: (v: string | null) => v ?? '—' },
        { title: t('estate.compliance.standardM2'), dataIndex: 'standardM2', align: 'right', render: m2 },
        { title: t('estate.compliance.actualM2'), dataIndex: 'actualM2', align: 'right', render: m2 },
        { title: t('estate.compliance.overrunM2'), dataIndex: 'overrunM2', align: 'right', render: (v: number) => <Over v={v} /> },
        { title: t('estate.compliance.rooms'), dataIndex: 'rooms', align: 'right' },
        {
          title: t('estate.compliance.violations'), dataIndex: 'violations',
          render: (v: string[]) => (v.length ? <Space size={[0, 4]} wrap>{v.map((x) => <Tag key={x} color="red">{t(`estate.compliance.violation.${x}`, { defaultValue: x })}</Tag>)}</Space> : '—'),
        },
      ]} />
  );
}

function AgenciesTab() {
  const { t } = useTranslation();
  const list = useList<AgencyCompliance>(`${API}/compliance/agencies`, { fetch: listAgencyCompliance });
  const option = useMemo(() => areaChart(t('estate.compliance.agencyChart'), list.items, t), [list.items, t]);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">{list.items.length ? <EChart option={option} height={320} testid="estate-compliance-chart" /> : list.loading ? <Spin style={{ display: 'block', margin: 60 }} /> : <Empty description={t('estate.compliance.noChart')} />}</Card>
      <ListPage<AgencyCompliance> title={t('estate.compliance.agencies')} testid="estate-compliance-agencies" list={list} rowKey="agencyId" canExport
        emptyText={t('estate.compliance.emptyAgencies')} tableProps={{ rowClassName: (r) => rowOver(r.overrunM2) }}
        query={[onlyOverItem(t)]}
        columns={[
          { title: t('estate.compliance.agencyCode'), dataIndex: 'code' },
          { title: t('estate.room.agency'), dataIndex: 'name' },
          { title: t('estate.compliance.approved'), dataIndex: 'approvedM2', align: 'right', render: m2 },
          { title: t('estate.compliance.used'), dataIndex: 'usedM2', align: 'right', render: m2 },
          { title: t('estate.compliance.overrunM2'), dataIndex: 'overrunM2', align: 'right', render: (v: number) => <Over v={v} /> },
          { title: t('estate.compliance.peopleCount'), dataIndex: 'people', align: 'right' },
          { title: t('estate.compliance.overPeople'), dataIndex: 'overStandardPeople', align: 'right', render: (v: number) => (v > 0 ? <Tag color="red">{v}</Tag> : 0) },
          { title: t('estate.compliance.personOverrun'), dataIndex: 'personOverrunM2', align: 'right', render: (v: number) => <Over v={v} /> },
        ]} />
    </Space>
  );
}

function BuildingsTab() {
  const { t } = useTranslation();
  const list = useList<BuildingCompliance>(`${API}/compliance/buildings`, { fetch: listBuildingCompliance });
  const option = useMemo(() => areaChart(t('estate.compliance.buildingChart'), list.items, t), [list.items, t]);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">{list.items.length ? <EChart option={option} height={300} /> : list.loading ? <Spin style={{ display: 'block', margin: 60 }} /> : <Empty description={t('estate.compliance.noChart')} />}</Card>
      <ListPage<BuildingCompliance> title={t('estate.compliance.buildings')} testid="estate-compliance-buildings" list={list} rowKey="buildingId" canExport
        tableProps={{ rowClassName: (r) => rowOver(r.overrunM2) }}
        columns={[
          { title: t('estate.building.code'), dataIndex: 'code' },
          { title: t('estate.building.name'), dataIndex: 'name' },
          { title: t('estate.compliance.officeArea'), dataIndex: 'officeAreaM2', align: 'right', render: m2 },
          { title: t('estate.compliance.approved'), dataIndex: 'approvedM2', align: 'right', render: m2 },
          { title: t('estate.compliance.used'), dataIndex: 'usedM2', align: 'right', render: m2 },
          { title: t('estate.compliance.overrunM2'), dataIndex: 'overrunM2', align: 'right', render: (v: number) => <Over v={v} /> },
          { title: t('estate.compliance.peopleCount'), dataIndex: 'people', align: 'right' },
          { title: t('estate.compliance.overPeople'), dataIndex: 'overStandardPeople', align: 'right' },
        ]} />
    </Space>
  );
}

/** 合规分析: every person's office area against the standard of their rank, every agency's against its approved area. */
export default function CompliancePage() {
  const { t } = useTranslation();
  const [, setSp] = useSearchParams();
  const [tab, setTab] = useState('agencies');
  return (
    <Tabs activeKey={tab} onChange={(k) => { setSp({}, { replace: true }); setTab(k); }} data-testid="estate-compliance-tabs"
      items={[
        { key: 'agencies', label: t('estate.compliance.agencies'), children: tab === 'agencies' && <AgenciesTab /> },
        { key: 'people', label: t('estate.compliance.people'), children: tab === 'people' && <PeopleTab /> },
        { key: 'buildings', label: t('estate.compliance.buildings'), children: tab === 'buildings' && <BuildingsTab /> },
        { key: 'standards', label: t('estate.standard.title'), children: tab === 'standards' && <StandardsTab /> },
      ]} />
  );
}
