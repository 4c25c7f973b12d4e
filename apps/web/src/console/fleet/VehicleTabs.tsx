import { useQuery } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatInstant } from '../../shared/format';
import { getVehicleCosts } from './fleet.api';
import { API, num, yuan } from './types';
import { SubTable } from './SubTable';
import { FP } from './menu';
import { VehicleRecordDrawer, type RecordKind } from './VehicleRecordDrawers';
import { DueDate, FleetTag } from './widgets';

type Row = Record<string, unknown> & { id: string };
const s = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

/** 维修保养 of one vehicle. */
export function MaintenancePanel({ vehicleId }: { vehicleId: string }) {
  const { t } = useTranslation();
  return (
    <SubTable<Row> path={`${API}/repairs`} query={{ vehicleId }} testid="fleet-vehicle-maintenance" emptyText={t('fleet.maintenance.empty')} columns={[
      { title: t('fleet.maintenance.kind'), dataIndex: 'kind', render: (k: string) => (k === 'maintenance' ? t('fleet.maintenance.service') : t('fleet.maintenance.repair')) },
      { title: t('fleet.maintenance.description'), dataIndex: 'description', render: s },
      { title: t('fleet.maintenance.shop'), dataIndex: 'shopName', render: s },
      { title: t('fleet.maintenance.estimate'), dataIndex: 'estimateFen', align: 'right', render: (v: number | null) => yuan(v) },
      { title: t('fleet.maintenance.actual'), dataIndex: 'invoiceFen', align: 'right', render: (v: number | null) => yuan(v) },
      { title: t('common.status'), dataIndex: 'status', render: (v: string) => <FleetTag family="maintenanceStatus" value={v} /> },
      { title: t('fleet.common.date'), dataIndex: 'requestedOn', render: s },
    ]} />
  );
}

/** A section title with the 登记 button of its record kind (for holders of fleet:record:write). */
function SectionTitle({ kind, onAdd }: { kind: RecordKind; onAdd(k: RecordKind): void }) {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      <Typography.Title level={5} style={{ margin: 0 }}>{t(`fleet.records.${kind}`)}</Typography.Title>
      {can(FP.recordWrite) && <Button size="small" icon={<PlusOutlined />} onClick={() => onAdd(kind)} data-testid={`fleet-record-add-${kind}`}>{t('fleet.records.add')}</Button>}
    </Space>
  );
}

/** 保险 and 年检 of one vehicle. */
export function InsurancePanel({ vehicleId }: { vehicleId: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<RecordKind | null>(null);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <VehicleRecordDrawer kind={adding} vehicleId={vehicleId} onClose={() => setAdding(null)} />
      <SectionTitle kind="insurance" onAdd={setAdding} />
      <SubTable<Row> path={`${API}/insurances`} query={{ vehicleId }} testid="fleet-vehicle-insurance" columns={[
        { title: t('fleet.records.insurer'), dataIndex: 'insurer', render: s },
        { title: t('fleet.records.policyNo'), dataIndex: 'policyNo', render: s },
        { title: t('fleet.records.premium'), dataIndex: 'premiumFen', align: 'right', render: (v: number | null) => yuan(v) },
        { title: t('fleet.records.validFrom'), dataIndex: 'startsOn', render: s },
        { title: t('fleet.records.validTo'), dataIndex: 'endsOn', render: (d: string) => <DueDate date={d} /> },
      ]} />
      <SectionTitle kind="inspection" onAdd={setAdding} />
      <SubTable<Row> path={`${API}/inspections`} query={{ vehicleId }} testid="fleet-vehicle-inspections" columns={[
        { title: t('fleet.records.inspectedAt'), dataIndex: 'inspectedOn', render: s },
        { title: t('fleet.records.nextDue'), dataIndex: 'nextDue', render: (d: string) => <DueDate date={d} /> },
        { title: t('fleet.records.result'), dataIndex: 'result', render: (v: string) => t(`fleet.records.results.${v}`, { defaultValue: s(v) }) },
        { title: t('fleet.records.cost'), dataIndex: 'costFen', align: 'right', render: (v: number | null) => yuan(v) },
      ]} />
    </Space>
  );
}

/** 违章 and 事故 of one vehicle. */
export function IncidentsPanel({ vehicleId }: { vehicleId: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<RecordKind | null>(null);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <VehicleRecordDrawer kind={adding} vehicleId={vehicleId} onClose={() => setAdding(null)} />
      <SectionTitle kind="violation" onAdd={setAdding} />
      <SubTable<Row> path={`${API}/violations`} query={{ vehicleId }} testid="fleet-vehicle-violations" columns={[
        { title: t('fleet.records.occurredAt'), dataIndex: 'occurredAt', render: (v: string) => formatInstant(v) },
        { title: t('fleet.records.location'), dataIndex: 'place', render: s },
        { title: t('fleet.common.driver'), dataIndex: 'driverName', render: s },
        { title: t('fleet.records.points'), dataIndex: 'points', align: 'right', render: s },
        { title: t('fleet.records.fine'), dataIndex: 'fineFen', align: 'right', render: (v: number | null) => yuan(v) },
        { title: t('common.status'), dataIndex: 'status', render: (v: string) => t(`fleet.records.violationStatus.${v}`, { defaultValue: s(v) }) },
      ]} />
      <SectionTitle kind="accident" onAdd={setAdding} />
      <SubTable<Row> path={`${API}/accidents`} query={{ vehicleId }} testid="fleet-vehicle-accidents" columns={[
        { title: t('fleet.records.occurredAt'), dataIndex: 'occurredAt', render: (v: string) => formatInstant(v) },
        { title: t('fleet.records.location'), dataIndex: 'place', render: s },
        { title: t('fleet.records.description'), dataIndex: 'description', render: s },
        { title: t('fleet.records.severity'), dataIndex: 'severity', render: (v: string) => t(`fleet.records.severities.${v}`, { defaultValue: s(v) }) },
        { title: t('fleet.records.responsibility'), dataIndex: 'liability', render: (v: string | null) => (v ? t(`fleet.records.liabilities.${v}`, { defaultValue: v }) : '—') },
        { title: t('fleet.records.loss'), dataIndex: 'lossFen', align: 'right', render: (v: number | null) => yuan(v) },
      ]} />
    </Space>
  );
}

/** 费用 TCO: the vehicle's whole cost by category (purchase spread over its depreciation years) and per km. */
export function CostPanel({ vehicleId }: { vehicleId: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: [`${API}/vehicles`, vehicleId, 'costs'], queryFn: () => getVehicleCosts(vehicleId) });
  const c = q.data;
  if (!c) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q.isError ? t('fleet.common.notReady') : t('common.emptyText')} />;
  const parts: Array<[string, number]> = [
    ['purchase', c.purchaseFen], ['fuel', c.fuelFen], ['maintenance', c.repairFen], ['insurance', c.insuranceFen + c.inspectionFen], ['tolls', c.tollFen + c.parkingFen],
  ];
  return (
    <Row gutter={[16, 16]} data-testid="fleet-vehicle-tco">
      <Col xs={24} md={8}><Card size="small"><Statistic title={`${t('fleet.tco.total')} · ${c.asOf}`} value={yuan(c.totalFen)} suffix={t('fleet.common.yuan')} /></Card></Col>
      <Col xs={12} md={8}><Card size="small"><Statistic title={t('fleet.tco.km')} value={num(c.km, 1)} suffix={t('fleet.common.km')} /></Card></Col>
      <Col xs={12} md={8}><Card size="small"><Statistic title={t('fleet.tco.perKm')} value={yuan(c.perKmFen)} /></Card></Col>
      {parts.map(([k, v]) => (
        <Col key={k} flex="1 1 160px"><Card size="small"><Statistic title={t(`fleet.tco.${k}`)} value={yuan(v)} styles={{ content: { fontSize: 18 } }} /></Card></Col>
      ))}
    </Row>
  );
}
