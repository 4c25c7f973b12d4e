import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, ErrorBlock, Form, Input, Popup, PullToRefresh, Tabs, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { departTrip, myTrips, returnTrip, saveFuelRecord } from '../../console/fleet/fleet.api';
import { num, route, windowOf, type Trip } from '../../console/fleet/types';
import { SubPage } from '../Frame';
import { PK, toastError, useRefreshPortal } from '../data';
import { fromLocal, M_COLOURS, numOrNull, okToast, toLocal } from './fleet-data';

type Action = { kind: 'depart' | 'return' | 'fuel'; trip: Trip };
interface Values { at?: string; km?: string; toll?: string; parking?: string; qty?: string; amount?: string; full?: boolean; kwh?: boolean }
const fen = (yuan: string | undefined) => { const n = numOrNull(yuan); return n === null ? 0 : Math.round(n * 100); };

/** 驾驶员任务: my trips to drive; record departure, return (odometer, tolls, parking) and fuel fills from the phone. */
export default function DriverTasksPage() {
  const { t } = useTranslation();
  const refresh = useRefreshPortal();
  const [sp, setSp] = useSearchParams();
  const tab = sp.get('tab') === 'done' ? 'done' : 'todo';
  const q = useQuery({
    queryKey: [PK, 'fleet-mine', tab],
    queryFn: () => myTrips({ status: tab === 'done' ? 'returned' : 'dispatched,departed', pageSize: 50, ...(tab === 'done' ? { sort: 'plannedStart:desc' } : {}) }),
  });
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const items = q.data?.items ?? [];

  const open = (a: Action) => {
    form.resetFields();
    form.setFieldsValue({ at: toLocal(new Date().toISOString()), full: true });
    setAction(a);
  };
  const submit = async (v: Values) => {
    if (!action) return;
    const km = numOrNull(v.km);
    if (km === null) return;
    setBusy(true);
    try {
      const now = v.at ? new Date(fromLocal(v.at)) : new Date();
      if (action.kind === 'depart') await departTrip(action.trip.id, now, km);
      else if (action.kind === 'return') await returnTrip(action.trip.id, { at: now, km, tollFen: fen(v.toll), parkingFen: fen(v.parking) });
      else {
        await saveFuelRecord({ vehicleId: action.trip.vehicleId, filledAt: now, odometerKm: km, unit: v.kwh ? 'kwh' : 'litres', qty: numOrNull(v.qty) ?? 0, amountFen: fen(v.amount), full: v.full ?? true, missedPrevious: false });
      }
      okToast(action.kind === 'depart' ? t('fleet.trip.departed') : action.kind === 'return' ? t('fleet.trip.returned') : t('fleet.fuel.saved'));
      setAction(null);
      await refresh();
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };
  const title = action?.kind === 'depart' ? t('fleet.m.departTitle') : action?.kind === 'return' ? t('fleet.m.returnTitle') : t('fleet.m.fuelTitle');
  const kmRule = [{ required: true, message: t('fleet.m.odometerRequired') }];

  return (
    <SubPage title={t('fleet.m.driver')} back="/m" testid="portal-fleet-driver">
      <Tabs activeKey={tab} onChange={(k) => setSp(k === 'done' ? { tab: 'done' } : {}, { replace: true })} style={{ background: '#fff' }}>
        <Tabs.Tab key="todo" title={t('fleet.m.todo')} />
        <Tabs.Tab key="done" title={t('fleet.m.done')} />
      </Tabs>
      <PullToRefresh onRefresh={refresh}>
        {q.isSuccess && items.length === 0 ? <ErrorBlock className="zdm-empty" status="empty" title={t('fleet.m.emptyTasks')} description="" data-testid="portal-fleet-driver-empty" /> : items.map((trip) => (
          <div key={trip.id} className="zdm-card" data-testid={`portal-fleet-trip-${trip.plate}`}>
            <div className="zdm-row">
              <div className="zdm-card-title">{trip.plate} · {trip.purpose ?? ''}</div>
              <Tag color={M_COLOURS[trip.status === 'returned' ? 'trip.returned' : trip.status]} fill="outline" style={{ flex: 'none' }}>{t(`fleet.tripStatus.${trip.status}`)}</Tag>
            </div>
            <div className="zdm-meta">
              {windowOf(trip)}
              <br />
              {route(trip)} · {t('fleet.m.passengersN', { n: trip.passengerCount })}
              {trip.departureKm !== null && <><br />{t('fleet.m.lastKm', { km: num(trip.departureKm, 1) })}{trip.km !== null ? ` · ${t('fleet.trip.distance')} ${num(trip.km, 1)}` : ''}</>}
            </div>
            {trip.status !== 'returned' && (
              <div className="zdm-tags">
                {trip.status === 'dispatched' && <Button size="small" color="primary" onClick={() => open({ kind: 'depart', trip })} data-testid="portal-fleet-depart">{t('fleet.trip.depart')}</Button>}
                {trip.status === 'departed' && <Button size="small" color="primary" onClick={() => open({ kind: 'return', trip })} data-testid="portal-fleet-return">{t('fleet.trip.return')}</Button>}
                <Button size="small" onClick={() => open({ kind: 'fuel', trip })} data-testid="portal-fleet-fuel">{t('fleet.fuel.new')}</Button>
              </div>
            )}
          </div>
        ))}
      </PullToRefresh>
      <Popup visible={!!action} onMaskClick={() => setAction(null)} onClose={() => setAction(null)} bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, maxHeight: '90vh', overflowY: 'auto' }}>
        <div style={{ padding: '14px 16px 0', fontSize: 17, fontWeight: 600 }}>{title} · {action?.trip.plate}</div>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ full: true }}
          onFinish={submit}
          footer={<Button block type="submit" color="primary" size="large" loading={busy} data-testid="portal-fleet-action-submit">{action?.kind === 'depart' ? t('fleet.m.confirmDepart') : action?.kind === 'return' ? t('fleet.m.confirmReturn') : t('fleet.m.saveFuel')}</Button>}
        >
          <Form.Item name="at" label={action?.kind === 'depart' ? t('fleet.trip.departedAt') : action?.kind === 'return' ? t('fleet.trip.returnedAt') : t('fleet.fuel.filledAt')} rules={[{ required: true }]}>
            <Input type="datetime-local" data-testid="portal-fleet-at" />
          </Form.Item>
          <Form.Item name="km" label={t('fleet.m.odometer')} rules={kmRule} description={action?.kind === 'return' && action.trip.departureKm !== null ? t('fleet.m.lastKm', { km: num(action.trip.departureKm, 1) }) : undefined}>
            <Input type="number" inputMode="decimal" min={0} step="any" data-testid="portal-fleet-km" />
          </Form.Item>
          {action?.kind === 'return' && <>
            <Form.Item name="toll" label={t('fleet.trip.tolls')}><Input type="number" inputMode="decimal" min={0} step="any" data-testid="portal-fleet-toll" /></Form.Item>
            <Form.Item name="parking" label={t('fleet.trip.parking')}><Input type="number" inputMode="decimal" min={0} step="any" data-testid="portal-fleet-parking" /></Form.Item>
          </>}
          {action?.kind === 'fuel' && <>
            <Form.Item name="qty" label={t('fleet.m.qty')} rules={[{ required: true }]}><Input type="number" inputMode="decimal" min={0} step="any" data-testid="portal-fleet-qty" /></Form.Item>
            <Form.Item name="amount" label={t('fleet.fuel.amount')} rules={[{ required: true }]}><Input type="number" inputMode="decimal" min={0} step="any" data-testid="portal-fleet-amount" /></Form.Item>
            <Form.Item name="kwh" valuePropName="checked"><Checkbox>{t('fleet.fuel.kwh')}</Checkbox></Form.Item>
            <Form.Item name="full" valuePropName="checked"><Checkbox>{t('fleet.fuel.full')}</Checkbox></Form.Item>
          </>}
        </Form>
      </Popup>
    </SubPage>
  );
}
