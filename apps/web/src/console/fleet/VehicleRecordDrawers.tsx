import { useQueryClient } from '@tanstack/react-query';
import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { API, toFen } from './types';
import { DriverSelect } from './widgets';

/** The four record kinds of a vehicle file entered from its tabs (the generic record routes). */
export type RecordKind = 'insurance' | 'inspection' | 'violation' | 'accident';
const PATHS: Record<RecordKind, string> = { insurance: 'insurances', inspection: 'inspections', violation: 'violations', accident: 'accidents' };

type V = Record<string, unknown>;
const dayOf = (d: unknown) => (d as Dayjs).format('YYYY-MM-DD');
const instantOf = (d: unknown) => (d as Dayjs).toDate().toISOString();
const opt = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : v);

/** The request body of each kind from the form values (money typed in yuan → fen). */
function bodyOf(kind: RecordKind, vehicleId: string, v: V): V {
  switch (kind) {
    case 'insurance':
      return { vehicleId, insurer: v.insurer, policyNo: v.policyNo, kind: v.kind, startsOn: dayOf(v.startsOn), endsOn: dayOf(v.endsOn), premiumFen: toFen(v.premium as number) ?? 0 };
    case 'inspection':
      return { vehicleId, inspectedOn: dayOf(v.inspectedOn), nextDue: dayOf(v.nextDue), result: v.result, station: opt(v.station) ?? null, costFen: toFen(v.cost as number) ?? 0 };
    case 'violation':
      return { vehicleId, driverId: opt(v.driverId) ?? null, occurredAt: instantOf(v.occurredAt), place: v.place, description: v.description, fineFen: toFen(v.fine as number) ?? 0, points: v.points ?? 0, status: v.status };
    case 'accident':
      return {
        vehicleId, driverId: opt(v.driverId) ?? null, occurredAt: instantOf(v.occurredAt), place: v.place, description: v.description, severity: v.severity,
        liability: opt(v.liability) ?? null, lossFen: toFen(v.loss as number) ?? 0, status: v.status,
      };
  }
}

const INITIAL: Record<RecordKind, () => V> = {
  insurance: () => ({ kind: 'compulsory', startsOn: dayjs(), endsOn: dayjs().add(1, 'year').subtract(1, 'day') }),
  inspection: () => ({ inspectedOn: dayjs(), nextDue: dayjs().add(1, 'year'), result: 'passed' }),
  violation: () => ({ occurredAt: dayjs(), points: 0, status: 'open' }),
  accident: () => ({ occurredAt: dayjs(), severity: 'minor', status: 'open' }),
};

/** 登记保险 / 年检 / 违章 / 事故 of one vehicle; the lists of the tab refresh after saving. */
export function VehicleRecordDrawer({ kind, vehicleId, onClose }: { kind: RecordKind | null; vehicleId: string; onClose(): void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const k = kind ?? 'insurance';
  const money = (name: string, label: string) => <Form.Item name={name} label={label}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>;
  const when = <Form.Item name="occurredAt" label={t('fleet.records.occurredAt')} rules={[{ required: true }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>;
  const day = (name: string, label: string) => <Form.Item name={name} label={label} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>;
  const radio = (name: string, label: string, values: string[], family: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <Radio.Group optionType="button" options={values.map((x) => ({ value: x, label: t(`fleet.records.${family}.${x}`) }))} />
    </Form.Item>
  );
  return (
    <FormDrawer<V>
      open={!!kind}
      title={`${t('fleet.records.add')} · ${t(`fleet.records.${k}`)}`}
      onClose={onClose}
      testid={`fleet-record-drawer-${k}`}
      successText={t('fleet.records.saved')}
      initialValues={INITIAL[k]()}
      onSubmit={async (v) => {
        await post(`${API}/${PATHS[k]}`, bodyOf(k, vehicleId, v));
        await qc.invalidateQueries({ queryKey: [`${API}/${PATHS[k]}`] });
      }}
    >
      {k === 'insurance' && (
        <>
          <Form.Item name="insurer" label={t('fleet.records.insurer')} rules={[{ required: true, whitespace: true, max: 100 }]}><Input data-testid="fleet-record-insurer" /></Form.Item>
          <Form.Item name="policyNo" label={t('fleet.records.policyNo')} rules={[{ required: true, whitespace: true, max: 50 }]}><Input /></Form.Item>
          {radio('kind', t('fleet.records.insuranceKind'), ['compulsory', 'commercial'], 'insuranceKinds')}
          <Row gutter={16}><Col span={12}>{day('startsOn', t('fleet.records.validFrom'))}</Col><Col span={12}>{day('endsOn', t('fleet.records.validTo'))}</Col></Row>
          {money('premium', t('fleet.records.premium'))}
        </>
      )}
      {k === 'inspection' && (
        <>
          <Row gutter={16}><Col span={12}>{day('inspectedOn', t('fleet.records.inspectedAt'))}</Col><Col span={12}>{day('nextDue', t('fleet.records.nextDue'))}</Col></Row>
          {radio('result', t('fleet.records.result'), ['passed', 'failed'], 'results')}
          <Form.Item name="station" label={t('fleet.records.station')} rules={[{ max: 100 }]}><Input /></Form.Item>
          {money('cost', t('fleet.records.cost'))}
        </>
      )}
      {(k === 'violation' || k === 'accident') && (
        <>
          {when}
          <Form.Item name="place" label={t('fleet.records.location')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input data-testid="fleet-record-place" /></Form.Item>
          <Form.Item name="driverId" label={t('fleet.common.driver')}><DriverSelect /></Form.Item>
          <Form.Item name="description" label={t('fleet.records.description')} rules={[{ required: true, whitespace: true, max: k === 'accident' ? 2000 : 500 }]}><Input.TextArea rows={3} /></Form.Item>
        </>
      )}
      {k === 'violation' && (
        <>
          <Row gutter={16}>
            <Col span={12}>{money('fine', t('fleet.records.fine'))}</Col>
            <Col span={12}><Form.Item name="points" label={t('fleet.records.points')}><InputNumber min={0} max={12} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          </Row>
          {radio('status', t('common.status'), ['open', 'handled'], 'violationStatus')}
        </>
      )}
      {k === 'accident' && (
        <>
          {radio('severity', t('fleet.records.severity'), ['minor', 'moderate', 'major'], 'severities')}
          <Form.Item name="liability" label={t('fleet.records.responsibility')}>
            <Select allowClear options={['full', 'main', 'equal', 'minor', 'none'].map((x) => ({ value: x, label: t(`fleet.records.liabilities.${x}`) }))} />
          </Form.Item>
          {money('loss', t('fleet.records.loss'))}
          {radio('status', t('common.status'), ['open', 'closed'], 'accidentStatus')}
        </>
      )}
    </FormDrawer>
  );
}
