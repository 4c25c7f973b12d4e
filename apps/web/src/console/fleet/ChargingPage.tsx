import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Popconfirm, Space, Tabs, Tag, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { formatInstant } from '../../shared/format';
import { showError, showSuccess } from '../../shared/notify';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { deleteSession, getPile, PILES, SESSIONS, setPileActive, setStationActive, STATIONS, type Pile, type Session, type Station } from './charging.api';
import { PileDrawer, PileLabel, SessionDrawer, StationDrawer, StationName, StationSelect, useChargingRefresh, type SessionTarget } from './ChargingDrawers';
import { FP } from './menu';
import { SubTable } from './SubTable';
import { API, num, yuan, type Vehicle } from './types';
import { AgencyName, VehiclePlate } from './widgets';

const K = 'fleet.chargingForms';

/** A toolbar above a tab's table: filters on the left, the create button on the right. */
function Toolbar({ filters, action }: { filters?: ReactNode; action?: ReactNode }) {
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
      <Form layout="inline">{filters}</Form>
      {action}
    </Space>
  );
}

/** 充电桩: stations and piles of the agencies, and the charging sessions (their kWh feed the energy module). */
export default function ChargingPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can(FP.chargingWrite);
  const refresh = useChargingRefresh();
  const [sp, setSp] = useSearchParams();
  const tab = sp.get('tab') ?? 'stations';
  const [station, setStation] = useState<Station | null | undefined>(undefined);
  const [pile, setPile] = useState<Pile | null | undefined>(undefined);
  const [session, setSession] = useState<SessionTarget | null>(null);
  const [pileStation, setPileStation] = useState<string | undefined>();
  const [sessionVehicle, setSessionVehicle] = useState<string | undefined>();

  const run = async (p: Promise<unknown>, ok: string) => {
    try {
      await p;
      showSuccess(ok);
      await refresh();
    } catch (e) {
      showError(e);
    }
  };
  /** 停用 / 启用 behind a confirmation (deactivating keeps the history; only new sessions stop). */
  const toggle = (active: boolean, title: string, onConfirm: () => Promise<unknown>, testid: string) => (
    <Popconfirm title={title} okButtonProps={{ danger: active, 'data-testid': 'popconfirm-ok' } as ButtonProps} onConfirm={() => run(onConfirm(), active ? t('common.deactivated') : t('common.activated'))}>
      <Button type="link" size="small" danger={active} data-testid={testid}>{active ? t('common.deactivate') : t('common.activate')}</Button>
    </Popconfirm>
  );
  const editSession = async (s: Session) => {
    try {
      setSession({ session: s, stationId: (await getPile(s.pileId)).stationId });
    } catch (e) {
      showError(e);
    }
  };
  const activeTag = (a: boolean) => <Tag color={a ? 'green' : 'default'}>{a ? t('status.active') : t('status.inactive')}</Tag>;
  const create = (label: string, onClick: () => void, testid: string) =>
    canWrite ? <Button type="primary" icon={<PlusOutlined />} onClick={onClick} data-testid={testid}>{label}</Button> : undefined;

  return (
    <Card size="small" title={t('fleet.menu.charging')} data-testid="fleet-charging">
      <Tabs activeKey={tab} onChange={(k) => setSp({ tab: k }, { replace: true })} destroyOnHidden items={[
        {
          key: 'stations', label: t('fleet.charging.stations'),
          children: (
            <>
              <Toolbar action={create(t(`${K}.newStation`), () => setStation(null), 'fleet-station-new')} />
              <SubTable<Station> path={STATIONS} testid="fleet-stations" pageSize={20} emptyText={canWrite ? t(`${K}.emptyStations`) : undefined} columns={[
                { title: t('fleet.charging.name'), dataIndex: 'name' },
                { title: t('fleet.common.agency'), dataIndex: 'agencyId', render: (a: string) => <AgencyName id={a} /> },
                { title: t('fleet.charging.address'), dataIndex: 'address', render: (a: string | null) => a ?? '—' },
                { title: t('common.status'), dataIndex: 'active', render: activeTag },
                ...(canWrite ? [{
                  title: t('common.actions'), key: 'actions', render: (_: unknown, r: Station) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setStation(r)} data-testid={`fleet-station-edit-${r.id}`}>{t('common.edit')}</Button>
                      {toggle(r.active, r.active ? t(`${K}.confirmDeactivateStation`, { name: r.name }) : t(`${K}.confirmActivate`, { name: r.name }),
                        () => setStationActive(r.id, !r.active), `fleet-station-toggle-${r.id}`)}
                    </Space>
                  ),
                }] : []),
              ]} />
            </>
          ),
        },
        {
          key: 'piles', label: t('fleet.charging.piles'),
          children: (
            <>
              <Toolbar
                filters={<Form.Item label={t(`${K}.station`)}><div style={{ width: 240 }}><StationSelect value={pileStation} onChange={setPileStation} placeholder={t(`${K}.allStations`)} testid="fleet-piles-station" /></div></Form.Item>}
                action={create(t(`${K}.newPile`), () => setPile(null), 'fleet-pile-new')}
              />
              <SubTable<Pile> path={PILES} query={{ stationId: pileStation }} testid="fleet-piles" pageSize={20} emptyText={canWrite ? t(`${K}.emptyPiles`) : undefined} columns={[
                { title: t(`${K}.station`), dataIndex: 'stationId', render: (s: string) => <StationName id={s} /> },
                { title: t(`${K}.code`), dataIndex: 'code' },
                { title: t(`${K}.kind`), dataIndex: 'kind', render: (k: string) => <Tag color={k === 'dc' ? 'blue' : 'cyan'}>{t(`${K}.kinds.${k}`)}</Tag> },
                { title: t('fleet.charging.power'), dataIndex: 'powerKw', align: 'right', render: (v: number) => num(v, 1) },
                { title: t('common.status'), dataIndex: 'active', render: activeTag },
                ...(canWrite ? [{
                  title: t('common.actions'), key: 'actions', render: (_: unknown, r: Pile) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setPile(r)} data-testid={`fleet-pile-edit-${r.id}`}>{t('common.edit')}</Button>
                      {toggle(r.active, r.active ? t(`${K}.confirmDeactivatePile`, { code: r.code }) : t(`${K}.confirmActivate`, { name: r.code }),
                        () => setPileActive(r.id, !r.active), `fleet-pile-toggle-${r.id}`)}
                    </Space>
                  ),
                }] : []),
              ]} />
            </>
          ),
        },
        {
          key: 'sessions', label: t('fleet.charging.sessions'),
          children: (
            <>
              <Toolbar
                filters={<Form.Item label={t('fleet.common.vehicle')}><div style={{ width: 260 }}><RemoteSelect<Vehicle> path={`${API}/vehicles`} query={{ pageSize: 50 }} labelOf={(v) => `${v.plate} · ${v.brand} ${v.model}`} fetchById
                  value={sessionVehicle} onChange={setSessionVehicle} placeholder={t(`${K}.allVehicles`)} testid="fleet-sessions-vehicle" /></div></Form.Item>}
                action={create(t(`${K}.newSession`), () => setSession({ session: null }), 'fleet-session-new')}
              />
              <SubTable<Session> path={SESSIONS} query={{ vehicleId: sessionVehicle }} testid="fleet-sessions" pageSize={20} emptyText={canWrite ? t(`${K}.emptySessions`) : undefined} columns={[
                { title: t('fleet.common.plate'), dataIndex: 'vehicleId', render: (v: string | null) => <VehiclePlate id={v} /> },
                { title: t(`${K}.pile`), dataIndex: 'pileId', render: (p: string) => <PileLabel id={p} /> },
                { title: t('fleet.charging.startedAt'), dataIndex: 'startedAt', render: (v: string) => formatInstant(v) },
                { title: t('fleet.charging.endedAt'), dataIndex: 'endedAt', render: (v: string) => formatInstant(v) },
                { title: t('fleet.charging.kwh'), dataIndex: 'kwh', align: 'right', render: (v: number) => num(v, 2) },
                { title: t('fleet.fuel.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => yuan(v) },
                ...(canWrite ? [{
                  title: t('common.actions'), key: 'actions', render: (_: unknown, r: Session) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => void editSession(r)} data-testid={`fleet-session-edit-${r.id}`}>{t('common.edit')}</Button>
                      <Popconfirm title={t(`${K}.confirmDeleteSession`, { at: formatInstant(r.startedAt) })} okButtonProps={{ danger: true, 'data-testid': 'popconfirm-ok' } as ButtonProps}
                        onConfirm={() => run(deleteSession(r.id), t(`${K}.sessionDeleted`))}>
                        <Button type="link" size="small" danger data-testid={`fleet-session-delete-${r.id}`}>{t('common.delete')}</Button>
                      </Popconfirm>
                    </Space>
                  ),
                }] : []),
              ]} />
            </>
          ),
        },
      ]} />
      <StationDrawer open={station !== undefined} station={station ?? null} onClose={() => setStation(undefined)} />
      <PileDrawer open={pile !== undefined} pile={pile ?? null} stationId={pileStation} onClose={() => setPile(undefined)} />
      <SessionDrawer target={session} onClose={() => setSession(null)} />
    </Card>
  );
}
