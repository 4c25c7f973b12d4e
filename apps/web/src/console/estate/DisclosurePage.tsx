import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Space, Table, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, queryString } from '../../shared/api';
import { API } from './types';
import './estate.css';
import { m2 } from './widgets';

interface DisclosureRow { agencyId: string; agencyName: string; approvedM2: number; usedOfficeM2: number; overrunM2: number; buildings: { buildingName: string; rooms: string; roomCount: number; usableM2: number; officeM2: number }[] }
interface FilingRow { personId: string; name: string; post: string | null; agencyName: string; rankLabel: string | null; rooms: string; areaM2: number; standardLabel: string | null; standardM2: number | null; overrunM2: number }
interface Report<T> { year: number; asOf: string; total: number; items: T[] }

const Over = ({ v }: { v: number }) => (v > 0 ? <Typography.Text type="danger" strong>+{m2(v)}</Typography.Text> : <span>0.00</span>);

function Downloads({ path, year }: { path: string; year: number }) {
  const { t } = useTranslation();
  return (
    <Space>
      <Button icon={<DownloadOutlined />} href={`${path}${queryString({ year, format: 'xlsx' })}`}>{t('common.export')}</Button>
      <Button icon={<FilePdfOutlined />} href={`${path}${queryString({ year, format: 'pdf' })}`} target="_blank">{t('estate.disclosure.pdf')}</Button>
    </Space>
  );
}

/** 年度公示与备案: the yearly allocation list for internal publication and the leaders' room filing report, generated. */
export default function DisclosurePage() {
  const { t } = useTranslation();
  const [year, setYear] = useState<Dayjs>(dayjs());
  const [tab, setTab] = useState('disclosure');
  const y = year.year();
  const dPath = `${API}/reports/allocation-disclosure`;
  const fPath = `${API}/reports/leader-room-filing`;
  const d = useQuery({ queryKey: [dPath, y], queryFn: () => get<Report<DisclosureRow>>(dPath, { year: y, pageSize: 200 }), enabled: tab === 'disclosure' });
  const f = useQuery({ queryKey: [fPath, y], queryFn: () => get<Report<FilingRow>>(fPath, { year: y, pageSize: 200 }), enabled: tab === 'filing' });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.disclosure.empty')} />;
  return (
    <Card title={t('estate.menu.disclosure')} extra={<Space>{t('estate.disclosure.year')}<DatePicker picker="year" value={year} onChange={(v) => v && setYear(v)} allowClear={false} /></Space>}>
      <Tabs activeKey={tab} onChange={setTab} items={[
        {
          key: 'disclosure', label: t('estate.disclosure.allocation'), children: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <Typography.Text type="secondary">{d.data ? t('estate.disclosure.asOf', { date: d.data.asOf, total: d.data.total }) : ''}</Typography.Text>
                <Downloads path={dPath} year={y} />
              </Space>
              <Table<DisclosureRow> rowKey="agencyId" size="middle" loading={d.isFetching} dataSource={d.data?.items ?? []} pagination={{ pageSize: 20 }} locale={{ emptyText: empty }}
                data-testid="table-estate-disclosure"
                expandable={{
                  rowExpandable: (r) => r.buildings.length > 0,
                  expandedRowRender: (r) => (
                    <Table size="small" rowKey="buildingName" pagination={false} dataSource={r.buildings} columns={[
                      { title: t('estate.room.building'), dataIndex: 'buildingName' },
                      { title: t('estate.disclosure.rooms'), dataIndex: 'rooms' },
                      { title: t('estate.building.rooms'), dataIndex: 'roomCount', align: 'right' },
                      { title: t('estate.building.usableArea'), dataIndex: 'usableM2', align: 'right', render: m2 },
                      { title: t('estate.disclosure.officeM2'), dataIndex: 'officeM2', align: 'right', render: m2 },
                    ]} />
                  ),
                }}
                columns={[
                  { title: t('estate.room.agency'), dataIndex: 'agencyName' },
                  { title: t('estate.compliance.approved'), dataIndex: 'approvedM2', align: 'right', render: m2 },
                  { title: t('estate.disclosure.usedOfficeM2'), dataIndex: 'usedOfficeM2', align: 'right', render: m2 },
                  { title: t('estate.compliance.overrunM2'), dataIndex: 'overrunM2', align: 'right', render: (v: number) => <Over v={v} /> },
                  { title: t('estate.disclosure.buildingCount'), key: 'b', align: 'right', render: (_, r) => r.buildings.length },
                ]} />
            </Space>
          ),
        },
        {
          key: 'filing', label: t('estate.disclosure.filing'), children: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <Typography.Text type="secondary">{f.data ? t('estate.disclosure.asOf', { date: f.data.asOf, total: f.data.total }) : ''}</Typography.Text>
                <Downloads path={fPath} year={y} />
              </Space>
              <Table<FilingRow> rowKey="personId" size="middle" loading={f.isFetching} dataSource={f.data?.items ?? []} pagination={{ pageSize: 20 }} locale={{ emptyText: empty }}
                rowClassName={(r) => (r.overrunM2 > 0 ? 'zd-row-over' : '')}
                columns={[
                  { title: t('estate.compliance.name'), dataIndex: 'name' },
                  { title: t('estate.assignment.post'), dataIndex: 'post', render: (v: string | null) => v ?? '—' },
                  { title: t('estate.room.agency'), dataIndex: 'agencyName' },
                  { title: t('estate.disclosure.rank'), dataIndex: 'rankLabel', render: (v: string | null) => v ?? '—' },
                  { title: t('estate.disclosure.rooms'), dataIndex: 'rooms' },
                  { title: t('estate.compliance.actualM2'), dataIndex: 'areaM2', align: 'right', render: m2 },
                  { title: t('estate.compliance.standardM2'), dataIndex: 'standardM2', align: 'right', render: m2 },
                  { title: t('estate.compliance.overrunM2'), dataIndex: 'overrunM2', align: 'right', render: (v: number) => <Over v={v} /> },
                ]} />
            </Space>
          ),
        },
      ]} />
    </Card>
  );
}
