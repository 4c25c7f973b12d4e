import { Button, Dropdown, Form, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { post } from '../../shared/api';
import { ListPage } from '../../shared/ListPage';
import { confirmAction, showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { AgencySelect } from '../org/DepartmentsPage';
import { listVehicles } from './fleet.api';
import { FP } from './menu';
import { API, ENERGIES, NEV_ENERGIES, VEHICLE_KINDS, VEHICLE_STATUSES, yuan, type Vehicle } from './types';
import { VehicleDrawer } from './VehicleDrawer';
import { DueDate, FleetTag, useFleetOptions } from './widgets';

/** The status actions the server offers from each status (处置 itself needs the hand-over documents: not offered here). */
const STATUS_ACTIONS: Record<string, string[]> = {
  'in-use': ['send-to-repair', 'seal', 'suspend', 'mark-for-disposal'], repair: ['return-from-repair'], sealed: ['unseal'], suspended: ['resume', 'mark-for-disposal'],
};

/** 车辆档案: the ledger of official vehicles (一车一档), with status changes and the vehicle's own page. */
export default function VehiclesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const options = useFleetOptions();
  const list = useList<Vehicle>(`${API}/vehicles`, { fetch: listVehicles });
  const [editing, setEditing] = useState<Vehicle | null | undefined>(undefined);
  const canWrite = can(FP.vehicleWrite);

  const changeStatus = async (v: Vehicle, action: string) => {
    if (!(await confirmAction(t('fleet.vehicle.confirmStatus', { plate: v.plate, status: t(`fleet.statusAction.${action}`) }), action !== 'unseal' && action !== 'resume' && action !== 'return-from-repair'))) return;
    try {
      await post(`${API}/vehicles/${v.id}/${action}`, { reason: null });
      showSuccess(t('common.saved'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<Vehicle>
        title={t('fleet.vehicle.title')}
        testid="fleet-vehicles"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setEditing(null) : undefined}
        createLabel={t('fleet.vehicle.new')}
        canExport={can(FP.vehicleExport)}
        emptyText={canWrite ? t('fleet.vehicle.empty') : t('common.emptyText')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear placeholder={t('fleet.vehicle.qPlaceholder')} data-testid="query-q" /></Form.Item>,
          <Form.Item key="kind" name="kind" label={t('fleet.vehicle.kind')}><Select allowClear options={options('kind', VEHICLE_KINDS)} /></Form.Item>,
          <Form.Item key="status" name="status" label={t('fleet.vehicle.status')}><Select allowClear options={options('vehicleStatus', VEHICLE_STATUSES)} /></Form.Item>,
          <Form.Item key="energy" name="energy" label={t('fleet.vehicle.energy')}><Select allowClear options={options('energy', ENERGIES)} /></Form.Item>,
          <Form.Item key="agencyId" name="agencyId" label={t('fleet.vehicle.agency')}><AgencySelect /></Form.Item>,
        ]}
        columns={[
          {
            title: t('fleet.vehicle.plate'), dataIndex: 'plate', sorter: true, fixed: 'left',
            render: (v: string, r) => <a onClick={() => navigate(`/fleet/vehicles/${r.id}`)} data-testid={`fleet-vehicle-${v}`}>{v}</a>,
          },
          { title: t('fleet.vehicle.status'), dataIndex: 'status', sorter: true, render: (s: string, r) => <FleetTag family="vehicleStatus" value={s} testid={`fleet-vehicle-status-${r.plate}`} /> },
          { title: t('fleet.vehicle.brand'), key: 'brand', render: (_, r) => `${r.brand} ${r.model}` },
          { title: t('fleet.vehicle.kind'), dataIndex: 'kind', sorter: true, render: (k: string) => t(`fleet.kind.${k}`) },
          {
            title: t('fleet.vehicle.energy'), dataIndex: 'energy',
            render: (e: string) => <Space size={4}>{t(`fleet.energy.${e}`)}{NEV_ENERGIES.includes(e) && <Tag color="green">{t('fleet.vehicle.nev')}</Tag>}</Space>,
          },
          { title: t('fleet.vehicle.agency'), dataIndex: 'agencyName', ellipsis: true, width: 200 },
          { title: t('fleet.vehicle.seats'), dataIndex: 'seats', align: 'right' },
          { title: t('fleet.vehicle.price'), dataIndex: 'priceFen', sorter: true, align: 'right', render: (v: number) => yuan(v) },
          { title: t('fleet.vehicle.insuranceDue'), dataIndex: 'insuranceDue', sorter: true, render: (d: string | null) => <DueDate date={d} /> },
          { title: t('fleet.vehicle.inspectionDue'), dataIndex: 'inspectionDue', sorter: true, render: (d: string | null) => <DueDate date={d} /> },
          {
            title: t('common.actions'), key: 'actions', fixed: 'right',
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => navigate(`/fleet/vehicles/${r.id}`)}>{t('common.view')}</Button>
                {canWrite && <Button type="link" size="small" onClick={() => setEditing(r)} data-testid="row-edit">{t('common.edit')}</Button>}
                {can(FP.vehicleStatus) && (STATUS_ACTIONS[r.status]?.length ?? 0) > 0 && (
                  <Dropdown menu={{
                    items: STATUS_ACTIONS[r.status]!.map((a) => ({ key: a, label: <span data-testid={`fleet-status-${a}`}>{t(`fleet.statusAction.${a}`)}</span>, danger: a === 'mark-for-disposal' })),
                    onClick: ({ key }) => void changeStatus(r, key),
                  }}>
                    <Button type="link" size="small">{t('fleet.vehicle.changeStatus')}</Button>
                  </Dropdown>
                )}
              </Space>
            ),
          },
        ]}
      />
      <VehicleDrawer open={editing !== undefined} vehicle={editing ?? null} onClose={() => setEditing(undefined)} onSaved={list.refetch} />
    </>
  );
}
