import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Empty, Space, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { get } from '../../shared/api';
import { InspectionsPanel } from './InspectionsPanel';
import { SealingPanel } from './SealingPanel';
import { SubTable } from './SubTable';
import { API, num, thisMonth } from './types';

type Row = Record<string, unknown> & { id: string };
interface Bottom { rank: number; agencyId: string; agencyName: string; vehicles: number; km: number; trips: number; kmPerVehicle: number }

/** 监督检查: utilisation per vehicle, the bottom-ranked agencies by mileage, special inspections (with findings), holiday sealing lists. */
export default function SupervisionPage() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const tab = sp.get('tab') ?? 'utilisation';
  const month = sp.get('month') ?? thisMonth();
  const m = dayjs(`${month}-01`);
  const window = { from: m.startOf('month').format('YYYY-MM-DD'), to: m.endOf('month').format('YYYY-MM-DD') };
  const set = (k: string, v: string) => setSp((p) => { const n = new URLSearchParams(p); n.set(k, v); return n; }, { replace: true });
  const bottom = useQuery({
    queryKey: ['fleet-agency-mileage', month],
    queryFn: () => get<{ bottom: Bottom[] }>(`${API}/reports/agency-mileage`, window),
    enabled: tab === 'bottom',
  });
  return (
    <Card
      size="small"
      title={t('fleet.menu.supervision')}
      data-testid="fleet-supervision"
      // why: the month only scopes the two reports; inspections and sealing lists have their own dates.
      extra={tab === 'utilisation' || tab === 'bottom' ? <Space><span>{t('fleet.common.month')}</span><DatePicker picker="month" allowClear={false} value={m} onChange={(d) => d && set('month', d.format('YYYY-MM'))} /></Space> : undefined}
    >
      <Tabs activeKey={tab} onChange={(k) => set('tab', k)} destroyOnHidden items={[
        {
          key: 'utilisation', label: t('fleet.supervision.utilisation'),
          children: <SubTable<Row> path={`${API}/reports/utilisation`} query={window} rowKey={(r) => String(r.vehicleId)} testid="fleet-utilisation" pageSize={50} columns={[
            { title: t('fleet.common.plate'), dataIndex: 'plate' },
            { title: t('fleet.common.agency'), dataIndex: 'agencyName', ellipsis: true },
            { title: t('fleet.supervision.days'), dataIndex: 'daysUsed', align: 'right', render: (v: number, r) => `${v} / ${String(r.daysAvailable)}` },
            { title: t('fleet.supervision.kmTotal'), dataIndex: 'km', align: 'right', render: (v: number) => num(v, 1) },
            { title: t('fleet.supervision.rate'), dataIndex: 'utilisation', align: 'right', render: (v: number) => <Tag color={v < 0.2 ? 'red' : v < 0.5 ? 'orange' : 'green'}>{`${num(v * 100, 1)}%`}</Tag> },
          ]} />,
        },
        {
          key: 'bottom', label: t('fleet.supervision.bottom'),
          children: (
            <Table<Bottom>
              rowKey="agencyId"
              size="small"
              data-testid="table-fleet-bottom"
              loading={bottom.isFetching}
              dataSource={bottom.data?.bottom ?? []}
              pagination={false}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.emptyText')} /> }}
              columns={[
                { title: t('fleet.dispatch.rank'), dataIndex: 'rank', align: 'center', width: 64 },
                { title: t('fleet.common.agency'), dataIndex: 'agencyName' },
                { title: t('fleet.supervision.vehicles'), dataIndex: 'vehicles', align: 'right' },
                { title: t('fleet.supervision.kmTotal'), dataIndex: 'km', align: 'right', render: (v: number) => num(v, 1) },
                { title: t('fleet.supervision.kmPerVehicle'), dataIndex: 'kmPerVehicle', align: 'right', render: (v: number) => num(v, 1) },
              ]}
            />
          ),
        },
        { key: 'inspections', label: t('fleet.supervision.inspections'), children: <InspectionsPanel /> },
        { key: 'sealing', label: t('fleet.supervision.sealing'), children: <SealingPanel /> },
      ]} />
    </Card>
  );
}
