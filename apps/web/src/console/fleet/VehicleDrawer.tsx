import { Alert, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, patch, post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { errorText } from '../../shared/notify';
import { AgencySelect } from '../org/DepartmentsPage';
import { API, ENERGIES, KWH_ENERGIES, toFen, VEHICLE_KINDS, yuan, type Vehicle } from './types';
import { useFleetOptions } from './widgets';

interface Values {
  plate: string; vin?: string; brand: string; model: string; kind: string; energy: string; displacementL?: number | null;
  priceYuan: number; purchaseDate: Dayjs; agencyId: string; seats: number; tankLitres?: number | null; batteryKwh?: number | null;
  normPer100km: number; insuranceDue?: Dayjs | null; inspectionDue?: Dayjs | null; gpsTerminalId?: string; notes?: string;
}

/** The 422 refusals of 配备标准 and 编制 (the breaches in `ref.breaches`). */
const RULE_CODES = ['FLEET_STANDARD_EXCEEDED', 'FLEET_QUOTA_EXCEEDED'];

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const toDay = (s: string | null | undefined) => (s ? dayjs(s) : undefined);

/** 登记车辆 / 编辑车辆: the vehicle file's fields; the server refuses what breaks the quota or the standard, naming the rule. */
export function VehicleDrawer({ open, vehicle, onClose, onSaved }: { open: boolean; vehicle: Vehicle | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  // A 422 of the standards or the quota, kept in the form (a toast fades before the rule and the limit are read).
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  useEffect(() => { if (open) setRefusal(null); }, [open]);
  const submit = async (v: Values) => {
    setRefusal(null);
    try {
      await save(v);
    } catch (e) {
      if (e instanceof ApiError && RULE_CODES.includes(e.body.code)) setRefusal(e);
      throw e;
    }
  };
  const save = async (v: Values) => {
    const body = {
      plate: v.plate.trim().toUpperCase(), vin: v.vin?.trim() || null, brand: v.brand.trim(), model: v.model.trim(), kind: v.kind, energy: v.energy,
      displacementL: v.displacementL ?? null, priceFen: toFen(v.priceYuan), purchaseDate: day(v.purchaseDate), agencyId: v.agencyId, seats: v.seats,
      tankLitres: v.tankLitres ?? null, batteryKwh: v.batteryKwh ?? null, normPer100km: v.normPer100km,
      insuranceDue: day(v.insuranceDue), inspectionDue: day(v.inspectionDue), gpsTerminalId: v.gpsTerminalId?.trim() || null, notes: v.notes?.trim() || null,
    };
    if (vehicle) await patch(`${API}/vehicles/${vehicle.id}`, body);
    else await post(`${API}/vehicles`, body);
    onSaved();
  };
  const initial: Partial<Values> = vehicle
    ? {
      ...vehicle, vin: vehicle.vin ?? undefined, priceYuan: vehicle.priceFen / 100, purchaseDate: dayjs(vehicle.purchaseDate),
      insuranceDue: toDay(vehicle.insuranceDue), inspectionDue: toDay(vehicle.inspectionDue), gpsTerminalId: vehicle.gpsTerminalId ?? undefined,
      notes: vehicle.notes ?? undefined,
    }
    : { kind: 'other', energy: 'bev', seats: 5 };
  return (
    <FormDrawer<Values> open={open} title={vehicle ? t('fleet.vehicle.edit') : t('fleet.vehicle.new')} onClose={onClose} initialValues={initial} onSubmit={submit} testid="fleet-vehicle-drawer" width={640}>
      <VehicleFields refusal={refusal} />
    </FormDrawer>
  );
}

interface Breach { rule: string; limit: number; actual: number }

/** The form field a breached rule is about, with the limit in words. */
function useBreachField() {
  const { t } = useTranslation();
  return (b: Breach): { name: keyof Values; message: string } | null => {
    if (b.rule.startsWith('quota:')) return { name: 'agencyId', message: t('fleet.vehicle.breachQuota', { limit: b.limit }) };
    if (b.rule.endsWith(':price')) return { name: 'priceYuan', message: t('fleet.vehicle.breachPrice', { limit: yuan(b.limit) }) };
    if (b.rule.endsWith(':displacement')) return { name: 'displacementL', message: t('fleet.vehicle.breachDisplacement', { limit: b.limit }) };
    return null;
  };
}

function VehicleFields({ refusal }: { refusal: ApiError | null }) {
  const { t } = useTranslation();
  const options = useFleetOptions();
  const form = Form.useFormInstance();
  const fieldOf = useBreachField();
  const alertRef = useRef<HTMLDivElement>(null);
  const energy = Form.useWatch('energy', form) as string | undefined;
  const electric = !!energy && KWH_ENERGIES.includes(energy);
  const half = (node: React.ReactNode) => <Col span={12}>{node}</Col>;
  // the breached limits under their fields (price, displacement, agency for the quota)
  useEffect(() => {
    const breaches = (refusal?.body.ref?.breaches ?? []) as Breach[];
    const fields = breaches.map(fieldOf).filter((f) => f !== null);
    if (fields.length) form.setFields(fields.map((f) => ({ name: f.name, errors: [f.message] })));
    // the drawer may be scrolled down to the last field typed: bring the refusal into view
    if (refusal) alertRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refusal]);
  return (
    <Row gutter={16}>
      {refusal && (
        <Col span={24} ref={alertRef}>
          <Alert
            type="error" showIcon style={{ marginBottom: 16 }} data-testid="fleet-vehicle-refusal"
            title={t(refusal.body.code === 'FLEET_QUOTA_EXCEEDED' ? 'fleet.vehicle.refusedQuota' : 'fleet.vehicle.refusedStandard')}
            description={<><div>{errorText(refusal.body)}</div><div>{t('fleet.vehicle.overrideHint')}</div></>}
          />
        </Col>
      )}
      {half(<Form.Item name="plate" label={t('fleet.vehicle.plate')} rules={[{ required: true, whitespace: true, max: 12 }]}><Input data-testid="fleet-vehicle-plate" placeholder="浙L·A1234" /></Form.Item>)}
      {half(<Form.Item name="vin" label={t('fleet.vehicle.vin')} rules={[{ len: 17 }]}><Input maxLength={17} /></Form.Item>)}
      {half(<Form.Item name="brand" label={t('fleet.vehicle.brand')} rules={[{ required: true, whitespace: true }]}><Input data-testid="fleet-vehicle-brand" /></Form.Item>)}
      {half(<Form.Item name="model" label={t('fleet.vehicle.model')} rules={[{ required: true, whitespace: true }]}><Input data-testid="fleet-vehicle-model" /></Form.Item>)}
      {half(<Form.Item name="kind" label={t('fleet.vehicle.kind')} rules={[{ required: true }]}><Select options={options('kind', VEHICLE_KINDS)} data-testid="fleet-vehicle-kind" /></Form.Item>)}
      {half(<Form.Item name="energy" label={t('fleet.vehicle.energy')} rules={[{ required: true }]}><Select options={options('energy', ENERGIES)} data-testid="fleet-vehicle-energy" /></Form.Item>)}
      {half(<Form.Item name="agencyId" label={t('fleet.vehicle.agency')} rules={[{ required: true }]}><AgencySelect testid="fleet-vehicle-agency" /></Form.Item>)}
      {half(<Form.Item name="seats" label={t('fleet.vehicle.seats')} rules={[{ required: true }]}><InputNumber min={1} max={60} style={{ width: '100%' }} /></Form.Item>)}
      {half(<Form.Item name="priceYuan" label={t('fleet.vehicle.price')} rules={[{ required: true }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="fleet-vehicle-price" /></Form.Item>)}
      {half(<Form.Item name="purchaseDate" label={t('fleet.vehicle.purchaseDate')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>)}
      {half(<Form.Item name="displacementL" label={t('fleet.vehicle.displacement')}><InputNumber min={0} max={10} step={0.1} precision={2} style={{ width: '100%' }} disabled={electric} /></Form.Item>)}
      {half(<Form.Item name="normPer100km" label={t('fleet.vehicle.norm')} rules={[{ required: true }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} suffix={electric ? 'kWh' : 'L'} /></Form.Item>)}
      {half(<Form.Item name="tankLitres" label={t('fleet.vehicle.tank')}><InputNumber min={0} precision={1} style={{ width: '100%' }} disabled={electric} /></Form.Item>)}
      {half(<Form.Item name="batteryKwh" label={t('fleet.vehicle.battery')}><InputNumber min={0} precision={1} style={{ width: '100%' }} /></Form.Item>)}
      {half(<Form.Item name="insuranceDue" label={t('fleet.vehicle.insuranceDue')}><DatePicker style={{ width: '100%' }} /></Form.Item>)}
      {half(<Form.Item name="inspectionDue" label={t('fleet.vehicle.inspectionDue')}><DatePicker style={{ width: '100%' }} /></Form.Item>)}
      <Col span={24}><Form.Item name="gpsTerminalId" label={t('fleet.vehicle.gps')}><Input /></Form.Item></Col>
      <Col span={24}><Form.Item name="notes" label={t('fleet.vehicle.notes')} rules={[{ max: 500 }]}><Input.TextArea rows={3} /></Form.Item></Col>
    </Row>
  );
}
