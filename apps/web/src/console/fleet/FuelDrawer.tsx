import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';
import { saveFuelRecord, updateFuelRecord } from './fleet.api';
import { KWH_ENERGIES, plateOf, toFen, type FuelRecord } from './types';
import { VehicleSelect } from './widgets';

interface Values { vehicleId: string; filledAt: Dayjs; odometerKm: number; unit: 'litres' | 'kwh'; qty: number; amountYuan: number; full: boolean; missedPrevious: boolean; station?: string; cardNo?: string }

/** The form values of an existing record (edit mode). */
const valuesOf = (r: FuelRecord): Partial<Values> => ({
  vehicleId: r.vehicleId, filledAt: dayjs(r.filledAt), odometerKm: r.odometerKm, unit: r.kwh !== null || (r.litres === null && KWH_ENERGIES.includes(r.energy)) ? 'kwh' : 'litres',
  qty: r.kwh ?? r.litres ?? undefined, amountYuan: r.amountFen / 100, full: r.full, missedPrevious: r.missedPrevious, station: r.station ?? undefined, cardNo: r.cardNo ?? undefined,
});

/**
 * 登记加油 / 修改加油记录: a fill (or charge) with its odometer reading; back-dated fills are checked against their
 * neighbours by the server. With `record` the drawer edits it (the vehicle cannot change).
 */
export function FuelDrawer({ open, onClose, onSaved, vehicleId, record }: { open: boolean; onClose(): void; onSaved(): void; vehicleId?: string; record?: FuelRecord | null }) {
  const { t } = useTranslation();
  return (
    <FormDrawer<Values>
      open={open}
      title={record ? `${t('fleet.fuel.edit')} · ${plateOf(record)}` : t('fleet.fuel.new')}
      onClose={onClose}
      testid={record ? 'fleet-fuel-edit-drawer' : 'fleet-fuel-drawer'}
      successText={t('fleet.fuel.saved')}
      initialValues={record ? valuesOf(record) : { vehicleId, filledAt: dayjs(), unit: 'litres', full: true, missedPrevious: false }}
      onSubmit={async (v) => {
        const body = { ...v, filledAt: v.filledAt.toDate(), amountFen: toFen(v.amountYuan) ?? 0 };
        if (record) await updateFuelRecord(record.id, body);
        else await saveFuelRecord(body);
        onSaved();
      }}
    >
      {!record && <Form.Item name="vehicleId" label={t('fleet.common.vehicle')} rules={[{ required: true }]}><VehicleSelect testid="fleet-fuel-vehicle" /></Form.Item>}
      <Form.Item name="filledAt" label={t('fleet.fuel.filledAt')} rules={[{ required: true }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="odometerKm" label={t('fleet.fuel.odometer')} rules={[{ required: true }]}><InputNumber min={0} precision={1} style={{ width: '100%' }} data-testid="fleet-fuel-odometer" /></Form.Item>
      <Form.Item name="unit" label={t('fleet.vehicle.energy')}>
        <Radio.Group options={[{ value: 'litres', label: t('fleet.fuel.litres') }, { value: 'kwh', label: t('fleet.fuel.kwh') }]} optionType="button" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}><Form.Item name="qty" label={`${t('fleet.fuel.litres')} / ${t('fleet.fuel.kwh')}`} rules={[{ required: true }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="fleet-fuel-qty" /></Form.Item></Col>
        <Col span={12}><Form.Item name="amountYuan" label={t('fleet.fuel.amount')} rules={[{ required: true }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="fleet-fuel-amount" /></Form.Item></Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}><Form.Item name="full" valuePropName="checked"><Checkbox>{t('fleet.fuel.full')}</Checkbox></Form.Item></Col>
        <Col span={12}><Form.Item name="missedPrevious" valuePropName="checked"><Checkbox>{t('fleet.fuel.missedPrevious')}</Checkbox></Form.Item></Col>
      </Row>
      <Form.Item name="station" label={t('fleet.fuel.station')}><Input maxLength={100} /></Form.Item>
      <Form.Item name="cardNo" label={t('fleet.fuel.card')}><Input maxLength={40} /></Form.Item>
    </FormDrawer>
  );
}
