import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { AgencySelect } from '../org/DepartmentsPage';
import { getPile, getStation, PILES, savePile, saveSession, saveStation, SESSIONS, STATIONS, type Pile, type Session, type Station } from './charging.api';
import { toFen } from './types';
import { VehicleSelect } from './widgets';

/** Selects and pickers validate when a value is picked (they have no typing to wait for). */
const PICK = ['onChange', 'onBlur'];

const K = 'fleet.chargingForms';

/** The station's name of a station id (cached per station). */
export function StationName({ id }: { id: string | null | undefined }) {
  const q = useQuery({ queryKey: [STATIONS, id], queryFn: () => getStation(id!), enabled: !!id, staleTime: 300_000 });
  return <span>{q.data?.name ?? '—'}</span>;
}

/** 充电站 · 桩编号 of a pile id (cached per pile and station). */
export function PileLabel({ id }: { id: string | null | undefined }) {
  const q = useQuery({ queryKey: [PILES, id], queryFn: () => getPile(id!), enabled: !!id, staleTime: 300_000 });
  if (!q.data) return <span>—</span>;
  return <span><StationName id={q.data.stationId} /> · {q.data.code}</span>;
}

/** A station of the account's scope; `active` lists only stations in service. */
export function StationSelect(props: { value?: string; onChange?(v: string | undefined): void; testid?: string; active?: boolean; placeholder?: string }) {
  return (
    <RemoteSelect<Station> path={STATIONS} query={{ pageSize: 50, active: props.active ? 'true' : undefined }} labelOf={(s) => s.name}
      value={props.value} onChange={props.onChange} testid={props.testid} placeholder={props.placeholder} fetchById />
  );
}

function PileSelect(props: { value?: string; onChange?(v: string | undefined): void; stationId?: string; testid?: string }) {
  const { t } = useTranslation();
  return (
    <RemoteSelect<Pile> path={PILES} query={{ pageSize: 100, stationId: props.stationId, active: 'true' }} disabled={!props.stationId}
      labelOf={(p) => `${p.code} · ${t(`${K}.kinds.${p.kind}`)} ${p.powerKw} kW`} value={props.value} onChange={props.onChange}
      testid={props.testid} placeholder={props.stationId ? undefined : t(`${K}.pickStationFirst`)} fetchById />
  );
}

/** Refreshes every list and label of the charging pages after a write. */
export function useChargingRefresh() {
  const qc = useQueryClient();
  return () => Promise.all([STATIONS, PILES, SESSIONS].map((p) => qc.invalidateQueries({ queryKey: [p] })));
}

interface StationValues { agencyId: string; name: string; address?: string; active: boolean }

/** 新增 / 编辑充电站: the agency that runs it, a name and the address. */
export function StationDrawer({ open, station, onClose }: { open: boolean; station: Station | null; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useChargingRefresh();
  return (
    <FormDrawer<StationValues>
      open={open} title={station ? t(`${K}.editStation`) : t(`${K}.newStation`)} onClose={onClose} testid="fleet-station-drawer" successText={t(`${K}.stationSaved`)}
      initialValues={station ? { agencyId: station.agencyId, name: station.name, address: station.address ?? undefined, active: station.active } : { active: true }}
      onSubmit={async (v) => {
        await saveStation({ agencyId: v.agencyId, name: v.name.trim(), address: v.address?.trim() || null, active: v.active }, station?.id);
        await refresh();
      }}
    >
      <Form.Item name="agencyId" validateTrigger={PICK} label={t('fleet.common.agency')} rules={[{ required: true, message: t(`${K}.agencyRequired`) }]}><AgencySelect testid="fleet-station-agency" /></Form.Item>
      <Form.Item name="name" label={t('fleet.charging.name')} rules={[{ required: true, whitespace: true, message: t(`${K}.nameRequired`) }, { max: 100 }]}>
        <Input data-testid="fleet-station-name" placeholder={t(`${K}.namePlaceholder`)} />
      </Form.Item>
      <Form.Item name="address" label={t('fleet.charging.address')} rules={[{ max: 200 }]}><Input data-testid="fleet-station-address" /></Form.Item>
      <Form.Item name="active" label={t('common.status')} valuePropName="checked"><Switch checkedChildren={t('status.active')} unCheckedChildren={t('status.inactive')} /></Form.Item>
    </FormDrawer>
  );
}

interface PileValues { stationId: string; code: string; kind: 'ac' | 'dc'; powerKw: number; active: boolean }

/** 新增 / 编辑充电桩: its station, a code unique in the station, AC or DC and the rated power. */
export function PileDrawer({ open, pile, stationId, onClose }: { open: boolean; pile: Pile | null; stationId?: string; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useChargingRefresh();
  return (
    <FormDrawer<PileValues>
      open={open} title={pile ? t(`${K}.editPile`) : t(`${K}.newPile`)} onClose={onClose} testid="fleet-pile-drawer" successText={t(`${K}.pileSaved`)}
      initialValues={pile ? { stationId: pile.stationId, code: pile.code, kind: pile.kind, powerKw: pile.powerKw, active: pile.active } : { stationId, kind: 'ac', powerKw: 7, active: true }}
      onSubmit={async (v) => {
        await savePile({ stationId: v.stationId, code: v.code.trim(), kind: v.kind, powerKw: v.powerKw, active: v.active }, pile?.id);
        await refresh();
      }}
    >
      <Form.Item name="stationId" validateTrigger={PICK} label={t(`${K}.station`)} rules={[{ required: true, message: t(`${K}.stationRequired`) }]}><StationSelect active={!pile} testid="fleet-pile-station" /></Form.Item>
      <Form.Item name="code" label={t(`${K}.code`)} extra={t(`${K}.codeHint`)} rules={[{ required: true, whitespace: true, message: t(`${K}.codeRequired`) }, { max: 30 }]}>
        <Input data-testid="fleet-pile-code" placeholder="A-01" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="kind" label={t(`${K}.kind`)} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={(['ac', 'dc'] as const).map((k) => ({ value: k, label: t(`${K}.kinds.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="powerKw" label={t('fleet.charging.power')} rules={[{ required: true, message: t(`${K}.powerRequired`) }, { type: 'number', min: 0.1, max: 1000, message: t(`${K}.powerRange`) }]}>
            <InputNumber min={0.1} max={1000} precision={1} style={{ width: '100%' }} data-testid="fleet-pile-power" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="active" label={t('common.status')} valuePropName="checked"><Switch checkedChildren={t('status.active')} unCheckedChildren={t('status.inactive')} /></Form.Item>
    </FormDrawer>
  );
}

interface SessionValues { stationId: string; pileId: string; vehicleId: string; window: [Dayjs, Dayjs]; kwh: number; amountYuan: number }

/** What the session drawer opens with: a new session (optionally at a station), or an existing one with its pile's station. */
export interface SessionTarget { session: Session | null; stationId?: string }

/** 登记充电 / 修改充电记录: vehicle, pile (of a station), start and end, kWh and the amount in yuan (saved as fen). */
export function SessionDrawer({ target, onClose }: { target: SessionTarget | null; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useChargingRefresh();
  const s = target?.session ?? null;
  return (
    <FormDrawer<SessionValues>
      open={!!target} title={s ? t(`${K}.editSession`) : t(`${K}.newSession`)} onClose={onClose} testid="fleet-session-drawer" successText={t(`${K}.sessionSaved`)}
      initialValues={s
        ? { stationId: target?.stationId, pileId: s.pileId, vehicleId: s.vehicleId ?? undefined, window: [dayjs(s.startedAt), dayjs(s.endedAt)], kwh: s.kwh, amountYuan: s.amountFen / 100 }
        : { stationId: target?.stationId, window: [dayjs().subtract(1, 'hour').startOf('minute'), dayjs().startOf('minute')] }}
      onSubmit={async (v) => {
        await saveSession({
          pileId: v.pileId, vehicleId: v.vehicleId, startedAt: v.window[0].toISOString(), endedAt: v.window[1].toISOString(), kwh: v.kwh, amountFen: toFen(v.amountYuan) ?? 0,
        }, s?.id);
        await refresh();
      }}
    >
      {(form) => <SessionFields onStation={() => form.setFieldValue('pileId', undefined)} />}
    </FormDrawer>
  );
}

function SessionFields({ onStation }: { onStation(): void }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const stationId = Form.useWatch('stationId', form) as string | undefined;
  return (
    <>
      <Form.Item name="vehicleId" validateTrigger={PICK} label={t('fleet.common.vehicle')} rules={[{ required: true, message: t(`${K}.vehicleRequired`) }]}><VehicleSelect testid="fleet-session-vehicle" /></Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="stationId" validateTrigger={PICK} label={t(`${K}.station`)} rules={[{ required: true, message: t(`${K}.stationRequired`) }]}>
            <StationSelect active testid="fleet-session-station" onChange={onStation} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="pileId" validateTrigger={PICK} label={t(`${K}.pile`)} rules={[{ required: true, message: t(`${K}.pileRequired`) }]}><PileSelect stationId={stationId} testid="fleet-session-pile" /></Form.Item>
        </Col>
      </Row>
      <Form.Item name="window" validateTrigger={PICK} label={t(`${K}.window`)} rules={[
        { required: true, message: t(`${K}.windowRequired`) },
        { validator: async (_r, w?: [Dayjs, Dayjs]) => { if (w && !w[1].isAfter(w[0])) throw new Error(t(`${K}.endAfterStart`)); } },
        { validator: async (_r, w?: [Dayjs, Dayjs]) => { if (w && w[0].isAfter(dayjs())) throw new Error(t(`${K}.notFuture`)); } },
      ]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="fleet-session-window" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="kwh" label={t('fleet.charging.kwh')} rules={[{ required: true, message: t(`${K}.kwhRequired`) }, { type: 'number', min: 0.01, max: 100000, message: t(`${K}.kwhRange`) }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="fleet-session-kwh" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="amountYuan" label={t('fleet.fuel.amount')} rules={[{ required: true, message: t(`${K}.amountRequired`) }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="fleet-session-amount" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
