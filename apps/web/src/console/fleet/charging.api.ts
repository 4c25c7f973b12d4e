import type { components } from '@zd/api-types';
import { api, unwrap } from '../../shared/api';

/** 充电站 / 充电桩 / 充电记录 through the typed client (the fleet core's generic record routes). */
type S = components['schemas'];
export type Station = S['FleetChargingStation'];
export type Pile = S['FleetChargingPile'];
export type Session = S['FleetChargingSession'];

const id = (v: string) => ({ params: { path: { id: v } } });

export const STATIONS = '/api/v1/fleet/charging-stations';
export const PILES = '/api/v1/fleet/charging-piles';
export const SESSIONS = '/api/v1/fleet/charging-sessions';

export interface StationBody { agencyId: string; name: string; address: string | null; active?: boolean }
export const getStation = (v: string) => unwrap(api.GET('/api/v1/fleet/charging-stations/{id}', id(v)));
export const saveStation = (v: StationBody, stationId?: string) =>
  stationId ? unwrap(api.PATCH('/api/v1/fleet/charging-stations/{id}', { ...id(stationId), body: v })) : unwrap(api.POST('/api/v1/fleet/charging-stations', { body: v }));
export const setStationActive = (stationId: string, active: boolean) => unwrap(api.PATCH('/api/v1/fleet/charging-stations/{id}', { ...id(stationId), body: { active } }));

export interface PileBody { stationId: string; code: string; kind: 'ac' | 'dc'; powerKw: number; active?: boolean }
export const getPile = (v: string) => unwrap(api.GET('/api/v1/fleet/charging-piles/{id}', id(v)));
export const savePile = (v: PileBody, pileId?: string) =>
  pileId ? unwrap(api.PATCH('/api/v1/fleet/charging-piles/{id}', { ...id(pileId), body: v })) : unwrap(api.POST('/api/v1/fleet/charging-piles', { body: v }));
export const setPileActive = (pileId: string, active: boolean) => unwrap(api.PATCH('/api/v1/fleet/charging-piles/{id}', { ...id(pileId), body: { active } }));

export interface SessionBody { pileId: string; vehicleId: string | null; startedAt: string; endedAt: string; kwh: number; amountFen: number }
export const saveSession = (v: SessionBody, sessionId?: string) =>
  sessionId ? unwrap(api.PATCH('/api/v1/fleet/charging-sessions/{id}', { ...id(sessionId), body: v })) : unwrap(api.POST('/api/v1/fleet/charging-sessions', { body: v }));
export const deleteSession = (sessionId: string) => unwrap(api.DELETE('/api/v1/fleet/charging-sessions/{id}', id(sessionId)));
