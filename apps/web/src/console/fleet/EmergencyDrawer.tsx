import { Alert, DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';
import { AgencySelect } from '../org/DepartmentsPage';
import { emergencyDispatch } from './fleet.api';
import { DriverSelect, VehicleSelect } from './widgets';

interface Values { vehicleId: string; driverId?: string; agencyId: string; window: [Dayjs, Dayjs]; origin: string; destination: string; purpose: string; passengerCount: number }

/** 应急派车: skips approval; the trip is flagged for the center's review afterwards. */
export function EmergencyDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer<Values>
      open={open}
      title={t('fleet.dispatch.emergency')}
      onClose={onClose}
      testid="fleet-emergency-drawer"
      successText={t('fleet.dispatch.emergencyDone')}
      initialValues={{ passengerCount: 1 }}
      onSubmit={(v) => emergencyDispatch({
        vehicleId: v.vehicleId, driverId: v.driverId ?? null, agencyId: v.agencyId, plannedStart: v.window[0].toISOString(), plannedEnd: v.window[1].toISOString(),
        origin: v.origin.trim(), destination: v.destination.trim(), purpose: v.purpose.trim(), passengerCount: v.passengerCount,
      })}
    >
      <Alert type="warning" showIcon title={t('fleet.dispatch.emergencyHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="purpose" label={t('fleet.request.purpose')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input /></Form.Item>
      <Form.Item name="window" label={t('fleet.request.window')} rules={[{ required: true }]}><DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="origin" label={t('fleet.request.origin')} rules={[{ required: true, whitespace: true }]}><Input /></Form.Item>
      <Form.Item name="destination" label={t('fleet.request.destinations')} rules={[{ required: true, whitespace: true }]}><Input /></Form.Item>
      <Form.Item name="passengerCount" label={t('fleet.request.passengers')} rules={[{ required: true }]}><InputNumber min={1} max={60} style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="agencyId" label={t('fleet.common.agency')} rules={[{ required: true }]}><AgencySelect /></Form.Item>
      <Form.Item name="vehicleId" label={t('fleet.dispatch.vehicle')} rules={[{ required: true }]}><VehicleSelect query={{ status: 'in-use' }} /></Form.Item>
      <Form.Item name="driverId" label={t('fleet.dispatch.driver')}><DriverSelect query={{ status: 'active' }} /></Form.Item>
    </FormDrawer>
  );
}
