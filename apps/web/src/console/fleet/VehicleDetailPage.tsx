import { ArrowLeftOutlined, EditOutlined, ExportOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { ApiError } from '../../shared/api';
import { getVehicle } from './fleet.api';
import { formatInstant } from '../../shared/format';
import { FP } from './menu';
import { API, NEV_ENERGIES, num, yuan, type FuelRecord, type Trip } from './types';
import { SubTable } from './SubTable';
import { VehicleDrawer } from './VehicleDrawer';
import { CostPanel, IncidentsPanel, InsurancePanel, MaintenancePanel } from './VehicleTabs';
import { TimelinePanel } from './VehicleTimeline';
import { DisposeDrawer, MarkDisposalDrawer } from './VehicleDisposal';
import { DisposalInfo, FilesPanel, HeaderPhoto, useRefreshVehicle } from './VehicleFiles';
import { DueDate, Flags, FleetTag } from './widgets';

/** The statuses a vehicle may be marked for disposal from (the server's transitions). */
const MARKABLE: readonly string[] = ['in-use', 'repair', 'sealed', 'suspended'];

/** 车辆详情: the key facts, then one tab per kind of record (一车一档) and the whole life as a timeline. */
export default function VehicleDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const can = useCan();
  const [sp, setSp] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const [disposing, setDisposing] = useState<'mark' | 'dispose' | null>(null);
  const q = useQuery({ queryKey: [`${API}/vehicles`, id], queryFn: () => getVehicle(id), enabled: !!id });
  const refresh = useRefreshVehicle(id);
  const v = q.data;
  if (q.error instanceof ApiError) return <Result status="404" title={t('common.notFound')} extra={<Button onClick={() => navigate('/fleet/vehicles')}>{t('fleet.common.back')}</Button>} />;
  if (!v) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const electric = v.energy === 'bev' || v.energy === 'erev';
  const tab = sp.get('tab') ?? 'basic';
  const byVehicle = { vehicleId: id };

  const tabs = [
    {
      key: 'basic', label: t('fleet.tabs.basic'),
      children: (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="fleet-vehicle-basic">
          <Descriptions.Item label={t('fleet.vehicle.plate')}>{v.plate}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.vin')}>{v.vin ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.brand')}>{`${v.brand} ${v.model}`}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.kind')}>{t(`fleet.kind.${v.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.energy')}>{t(`fleet.energy.${v.energy}`)}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.displacement')}>{v.displacementL ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.price')}>{yuan(v.priceFen)}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.purchaseDate')}>{v.purchaseDate}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.agency')}>{v.agencyName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.seats')}>{v.seats}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.norm')}>{`${v.normPer100km} ${electric ? 'kWh' : 'L'}`}</Descriptions.Item>
          <Descriptions.Item label={electric ? t('fleet.vehicle.battery') : t('fleet.vehicle.tank')}>{(electric ? v.batteryKwh : v.tankLitres) ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.insuranceDue')}><DueDate date={v.insuranceDue} /></Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.inspectionDue')}><DueDate date={v.inspectionDue} /></Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.gps')}>{v.gpsTerminalId ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.nextServiceKm')}>{num(v.nextServiceKm)}</Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.nextServiceDate')}><DueDate date={v.nextServiceDate} /></Descriptions.Item>
          <Descriptions.Item label={t('fleet.vehicle.notes')}>{v.notes ?? '—'}</Descriptions.Item>
        </Descriptions>
      ),
    },
    {
      key: 'trips', label: t('fleet.tabs.trips'),
      children: (
        <SubTable<Trip> path={`${API}/trips`} query={byVehicle} testid="fleet-vehicle-trips" emptyText={t('fleet.trip.empty')} columns={[
          { title: t('fleet.request.purpose'), dataIndex: 'purpose', render: (p: string | null) => p ?? '—' },
          { title: t('fleet.common.driver'), dataIndex: 'driverName', render: (d: string | null) => d ?? '—' },
          { title: t('fleet.trip.departedAt'), dataIndex: 'departedAt', render: (d: string | null) => formatInstant(d ?? null) },
          { title: t('fleet.trip.returnedAt'), dataIndex: 'returnedAt', render: (d: string | null) => formatInstant(d ?? null) },
          { title: t('fleet.trip.distance'), dataIndex: 'distanceKm', align: 'right', render: (d: number | null) => num(d) },
          { title: t('fleet.common.flags'), dataIndex: 'flags', render: (f: string[]) => <Flags flags={f} /> },
          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <FleetTag family="tripStatus" value={s} /> },
        ]} />
      ),
    },
    {
      key: 'fuel', label: t('fleet.tabs.fuel'),
      children: (
        <SubTable<FuelRecord> path={`${API}/fuel-records`} query={byVehicle} testid="fleet-vehicle-fuel" emptyText={t('fleet.fuel.empty')} columns={[
          { title: t('fleet.fuel.filledAt'), dataIndex: 'filledAt', render: (d: string) => formatInstant(d) },
          { title: t('fleet.fuel.odometer'), dataIndex: 'odometerKm', align: 'right', render: (d: number) => num(d) },
          { title: electric ? t('fleet.fuel.kwh') : t('fleet.fuel.litres'), key: 'qty', align: 'right', render: (_, r) => num(r.litres ?? r.kwh, 2) },
          { title: t('fleet.fuel.amount'), dataIndex: 'amountFen', align: 'right', render: (a: number) => yuan(a) },
          { title: t('fleet.fuel.full'), dataIndex: 'full', render: (f: boolean) => (f ? t('fleet.common.yes') : t('fleet.common.no')) },
          { title: t('fleet.common.flags'), dataIndex: 'flags', render: (f: string[]) => <Flags flags={f} /> },
        ]} />
      ),
    },
    { key: 'maintenance', label: t('fleet.tabs.maintenance'), children: <MaintenancePanel vehicleId={id} /> },
    { key: 'insurance', label: t('fleet.tabs.insurance'), children: <InsurancePanel vehicleId={id} /> },
    { key: 'incidents', label: t('fleet.tabs.incidents'), children: <IncidentsPanel vehicleId={id} /> },
    { key: 'cost', label: t('fleet.tabs.cost'), children: <CostPanel vehicleId={id} /> },
    { key: 'files', label: t('fleet.admin.files.tab'), children: <FilesPanel vehicleId={id} /> },
    { key: 'timeline', label: t('fleet.tabs.timeline'), children: <TimelinePanel vehicleId={id} /> },
  ];
  const canStatus = can(FP.vehicleStatus);
  const markable = MARKABLE.includes(v.status);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="fleet-vehicle-detail">
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space size={12} wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/fleet/vehicles')} aria-label={t('fleet.common.back')} />
            <HeaderPhoto vehicleId={id} />
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="fleet-vehicle-title">{v.plate}</Typography.Title>
            <Typography.Text type="secondary">{`${v.brand} ${v.model} · ${t(`fleet.kind.${v.kind}`)} · ${v.agencyName ?? ''}`}</Typography.Text>
            <FleetTag family="vehicleStatus" value={v.status} testid="fleet-vehicle-status" />
            {NEV_ENERGIES.includes(v.energy) && <Tag color="green">{t('fleet.vehicle.nev')}</Tag>}
          </Space>
          <Space wrap>
            {canStatus && markable && <Button danger icon={<StopOutlined />} onClick={() => setDisposing('mark')} data-testid="fleet-vehicle-mark-disposal">{t('fleet.admin.disposal.mark')}</Button>}
            {canStatus && v.status === 'pending-disposal' && <Button type="primary" danger icon={<ExportOutlined />} onClick={() => setDisposing('dispose')} data-testid="fleet-vehicle-dispose">{t('fleet.admin.disposal.dispose')}</Button>}
            {can(FP.vehicleWrite) && v.status !== 'disposed' && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
          </Space>
        </Space>
        {v.status === 'disposed' && <div style={{ marginTop: 12 }}><DisposalInfo vehicleId={id} /></div>}
      </Card>
      <Card size="small">
        <Tabs activeKey={tab} onChange={(k) => setSp(k === 'basic' ? {} : { tab: k }, { replace: true })} items={tabs} destroyOnHidden />
      </Card>
      <VehicleDrawer open={editing} vehicle={v} onClose={() => setEditing(false)} onSaved={() => void q.refetch()} />
      <MarkDisposalDrawer vehicle={v} open={disposing === 'mark'} onClose={() => setDisposing(null)} onDone={() => void refresh()} />
      <DisposeDrawer vehicle={v} open={disposing === 'dispose'} onClose={() => setDisposing(null)} onDone={() => void refresh()} />
    </Space>
  );
}
