import { Card, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { formatInstant } from '../../shared/format';
import { SubTable } from './SubTable';
import { API, num, yuan } from './types';
import { AgencyName, VehiclePlate } from './widgets';

type Row = Record<string, unknown> & { id: string };

/** 充电桩: stations and piles of the agencies, and the charging sessions (their kWh feed the energy module). */
export default function ChargingPage() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const tab = sp.get('tab') ?? 'stations';
  return (
    <Card size="small" title={t('fleet.menu.charging')} data-testid="fleet-charging">
      <Tabs activeKey={tab} onChange={(k) => setSp({ tab: k }, { replace: true })} destroyOnHidden items={[
        {
          key: 'stations', label: t('fleet.charging.stations'),
          children: <SubTable<Row> path={`${API}/charging-stations`} testid="fleet-stations" pageSize={20} columns={[
            { title: t('fleet.charging.name'), dataIndex: 'name' },
            { title: t('fleet.common.agency'), dataIndex: 'agencyId', render: (a: string) => <AgencyName id={a} /> },
            { title: t('fleet.charging.address'), dataIndex: 'address', render: (a: string | null) => a ?? '—' },
            { title: t('common.status'), dataIndex: 'active', render: (a: boolean) => <Tag color={a ? 'green' : 'default'}>{a ? t('status.active') : t('status.inactive')}</Tag> },
          ]} />,
        },
        {
          key: 'sessions', label: t('fleet.charging.sessions'),
          children: <SubTable<Row> path={`${API}/charging-sessions`} testid="fleet-sessions" pageSize={20} columns={[
            { title: t('fleet.common.plate'), dataIndex: 'vehicleId', render: (v: string | null) => <VehiclePlate id={v} /> },
                        { title: t('fleet.charging.startedAt'), dataIndex: 'startedAt', render: (v: string) => formatInstant(v) },
            { title: t('fleet.charging.endedAt'), dataIndex: 'endedAt', render: (v: string) => formatInstant(v) },
            { title: t('fleet.charging.kwh'), dataIndex: 'kwh', align: 'right', render: (v: number) => num(v, 2) },
            { title: t('fleet.fuel.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => yuan(v) },
          ]} />,
        },
      ]} />
    </Card>
  );
}
