import { Button, DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { ApiError, post } from '../../shared/api';
import { errorText } from '../../shared/notify';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { useList } from '../../shared/useList';
import { completeRepair } from './fleet.admin.api';
import { FP } from './menu';
import { API, toFen, yuan } from './types';
import { FleetTag, VehiclePlate, VehicleSelect } from './widgets';

interface Repair { id: string; vehicleId: string; kind: string; description: string; shopId: string | null; estimateFen: number; invoiceFen: number | null; status: string; requestedOn: string; completedOn: string | null }
interface Shop { id: string; name: string; designated: boolean }
interface NewValues { vehicleId: string; kind: string; description: string; estimateYuan: number; shopId?: string }
interface DoneValues { parts: number; labour: number; invoice: number; invoiceNo: string; odometerKm?: number | null; completedAt: Dayjs }

/** 维修保养: repair and service requests (approved by the workflow), designated shops, completion with parts, labour and invoice. */
export default function MaintenancePage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<Repair>(`${API}/repairs`);
  const [creating, setCreating] = useState(false);
  const [completing, setCompleting] = useState<Repair | null>(null);
  const doneForm = useRef<FormInstance<DoneValues> | null>(null);
  const canWrite = can(FP.maintenanceWrite);
  const kinds = [{ value: 'repair', label: t('fleet.maintenance.repair') }, { value: 'maintenance', label: t('fleet.maintenance.service') }];
  return (
    <>
      <ListPage<Repair>
        title={t('fleet.maintenance.title')}
        testid="fleet-maintenance"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setCreating(true) : undefined}
        createLabel={t('fleet.maintenance.new')}
        emptyText={t('fleet.maintenance.empty')}
        query={[
          <Form.Item key="vehicleId" name="vehicleId" label={t('fleet.common.vehicle')}><VehicleSelect /></Form.Item>,
          <Form.Item key="kind" name="kind" label={t('fleet.maintenance.kind')}><Select allowClear options={kinds} /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}>
            <Select allowClear options={['pending', 'approved', 'rejected', 'completed'].map((s) => ({ value: s, label: t(`fleet.maintenanceStatus.${s}`) }))} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('fleet.common.plate'), key: 'plate', fixed: 'left', render: (_, r) => <Typography.Text strong><VehiclePlate id={r.vehicleId} /></Typography.Text> },
          { title: t('fleet.maintenance.kind'), dataIndex: 'kind', render: (k: string) => (k === 'maintenance' ? t('fleet.maintenance.service') : t('fleet.maintenance.repair')) },
          { title: t('fleet.maintenance.description'), dataIndex: 'description', ellipsis: true, width: 280 },
          { title: t('fleet.maintenance.estimate'), dataIndex: 'estimateFen', align: 'right', render: (v: number) => yuan(v) },
          { title: t('fleet.maintenance.actual'), dataIndex: 'invoiceFen', align: 'right', render: (v: number | null) => yuan(v) },
          { title: t('fleet.common.date'), dataIndex: 'requestedOn' },
          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <FleetTag family="maintenanceStatus" value={s} /> },
          {
            title: t('common.actions'), key: 'actions', fixed: 'right',
            render: (_, r) => (canWrite && r.status === 'approved' ? <Button type="link" size="small" onClick={() => setCompleting(r)}>{t('fleet.maintenance.complete')}</Button> : null),
          },
        ]}
      />
      <FormDrawer<NewValues>
        open={creating}
        title={t('fleet.maintenance.new')}
        onClose={() => setCreating(false)}
        initialValues={{ kind: 'repair' }}
        onSubmit={async (v) => {
          await post(`${API}/repairs`, { vehicleId: v.vehicleId, kind: v.kind, description: v.description.trim(), estimateFen: toFen(v.estimateYuan), shopId: v.shopId ?? null });
          list.refetch();
        }}
      >
        <Form.Item name="vehicleId" label={t('fleet.common.vehicle')} rules={[{ required: true }]}><VehicleSelect /></Form.Item>
        <Form.Item name="kind" label={t('fleet.maintenance.kind')} rules={[{ required: true }]}><Select options={kinds} /></Form.Item>
        <Form.Item name="description" label={t('fleet.maintenance.description')} rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="estimateYuan" label={t('fleet.maintenance.estimate')} rules={[{ required: true }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="shopId" label={t('fleet.maintenance.shop')}>
          <RemoteSelect<Shop> path={`${API}/shops`} query={{ active: 'true' }} labelOf={(s) => s.name} />
        </Form.Item>
      </FormDrawer>
      <FormDrawer<DoneValues>
        open={!!completing}
        title={t('fleet.maintenance.complete')}
        onClose={() => setCompleting(null)}
        testid="fleet-repair-complete-drawer"
        successText={t('fleet.admin.repair.done')}
        initialValues={{ completedAt: dayjs() }}
        onSubmit={async (v) => {
          const km = v.odometerKm ?? null;
          try {
            await completeRepair(completing!.id, {
              partsFen: toFen(v.parts) ?? 0, labourFen: toFen(v.labour) ?? 0, invoiceFen: toFen(v.invoice) ?? 0, invoiceNo: v.invoiceNo.trim(),
              completedOn: v.completedAt.format('YYYY-MM-DD'), odometerKm: km, odometerAt: km === null ? null : v.completedAt.toDate().toISOString(),
            });
          } catch (e) {
            // the reading does not fit between its neighbours: say so under the field too (the toast names both)
            if (e instanceof ApiError && e.body.code === 'FLEET_ODOMETER_OUT_OF_ORDER') doneForm.current?.setFields([{ name: 'odometerKm', errors: [errorText(e.body)] }]);
            throw e;
          }
          list.refetch();
        }}
      >
        {(form) => { doneForm.current = form; return (<>
        <Form.Item name="parts" label={t('fleet.maintenance.parts')} rules={[{ required: true, message: t('fleet.admin.repair.amountRequired') }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="labour" label={t('fleet.maintenance.labour')} rules={[{ required: true, message: t('fleet.admin.repair.amountRequired') }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="invoice" label={t('fleet.maintenance.actual')} dependencies={['parts', 'labour']} rules={[
          { required: true, message: t('fleet.admin.repair.amountRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, x: number | null) => {
              const sum = (toFen(getFieldValue('parts') as number) ?? 0) + (toFen(getFieldValue('labour') as number) ?? 0);
              if (x !== null && x !== undefined && toFen(x) !== sum) throw new Error(t('fleet.admin.repair.invoiceSum', { sum: yuan(sum) }));
            },
          }),
        ]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="invoiceNo" label={t('fleet.maintenance.invoice')} rules={[{ required: true, whitespace: true, message: t('fleet.admin.repair.invoiceNoRequired') }, { max: 50, message: t('fleet.admin.v.max', { max: 50 }) }]}><Input /></Form.Item>
        <Form.Item name="completedAt" label={t('fleet.admin.repair.completedAt')} rules={[{ required: true, message: t('fleet.admin.repair.completedAtRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="odometerKm" label={t('fleet.fuel.odometer')} extra={t('fleet.admin.repair.odometerHint')}>
          <InputNumber min={0} max={2_000_000_000} precision={0} style={{ width: '100%' }} data-testid="fleet-repair-odometer" />
        </Form.Item>
      </>); }}
      </FormDrawer>
    </>
  );
}
