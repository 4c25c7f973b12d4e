import type { components } from '@zd/api-types';

/** Shapes of the /api/v1/fleet endpoints (generated from the server's OpenAPI document) and the fleet's code lists. */
type S = components['schemas'];
export type Vehicle = S['FleetVehicle'];
export type TripRequest = S['FleetTripRequest'];
export type TripRequestDetail = S['FleetTripRequestDetail'];
/** The trip serving a request (declared by the server: plate, driver, status, times, km). */
export type TripOfRequest = S['FleetTripRequestTrip'];
export type DispatchReason = S['FleetDispatchReason'];
export type Trip = S['FleetTrip'];
export type FuelRecord = S['FleetFuelRecord'];
export type DisclosureRow = S['FleetDisclosureRow'];
export type Disclosure = S['FleetDisclosure'];
export type Rewards = S['FleetFuelRewards'];
export type Suggestions = S['FleetDispatchSuggestions'];
export type CarpoolProposals = S['FleetCarpoolProposals'];
export type VehicleCost = S['FleetVehicleCost'];
export const API = '/api/v1/fleet';

export const VEHICLE_KINDS = ['confidential', 'emergency', 'law-enforcement', 'special', 'other'] as const;
export const ENERGIES = ['gasoline', 'diesel', 'bev', 'phev', 'erev', 'hydrogen'] as const;
export const VEHICLE_STATUSES = ['in-use', 'repair', 'sealed', 'suspended', 'pending-disposal', 'disposed'] as const;
export const DRIVER_STATUSES = ['active', 'suspended', 'left'] as const;
export const LICENCE_CLASSES = ['A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2'] as const;
export const REQUEST_STATUSES = ['pending', 'approved', 'dispatched', 'completed', 'rejected', 'returned', 'withdrawn', 'cancelled'] as const;
export const TRIP_STATUSES = ['dispatched', 'departed', 'returned', 'cancelled'] as const;
/** Energies measured in kWh (the others in litres). */
export const KWH_ENERGIES: readonly string[] = ['bev', 'erev'];
export const NEV_ENERGIES: readonly string[] = ['bev', 'phev', 'erev', 'hydrogen'];

/** Tag colours of every fleet status, consistent across pages. */
export const COLOURS: Record<string, string> = {
  'in-use': 'green', repair: 'orange', sealed: 'purple', suspended: 'default', 'pending-disposal': 'gold', disposed: 'default',
  active: 'green', left: 'default',
  draft: 'default', pending: 'processing', approved: 'cyan', dispatched: 'blue', completed: 'success', rejected: 'error', returned: 'warning',
  withdrawn: 'default', cancelled: 'default', 'in-progress': 'geekblue',
  departed: 'geekblue', 'tripStatus.returned': 'success', 'tripStatus.dispatched': 'blue',
};

export interface Driver {
  id: string; personId: string | null; name: string; agencyId: string; agencyName?: string; licenceClass: string; licenceExpiry: string;
  emergencyTeam: boolean; status: string; notes: string | null; createdAt: string;
}

/** A plate for a row that may carry it under one of two names. */
export const plateOf = (r: { plate?: string; vehiclePlate?: string }) => r.plate ?? r.vehiclePlate ?? '—';

/** Fen as yuan with two decimals and thousands separators. */
export const yuan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '—' : (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A number with thousands separators and at most `digits` decimals. */
export const num = (v: number | string | null | undefined, digits = 0) =>
  v === null || v === undefined || v === '' ? '—' : Number(v).toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Yuan typed in a form → integer fen. */
export const toFen = (yuanValue: number | null | undefined) => (yuanValue === null || yuanValue === undefined ? null : Math.round(yuanValue * 100));

/** This month in Asia/Shanghai, as YYYY-MM. */
export const thisMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

/** Days from today (Asia/Shanghai) to a YYYY-MM-DD date; negative when past. */
export const daysUntil = (date: string | null | undefined) => {
  if (!date) return null;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);
};

/** 出发地 → 目的地 → … */
export const route = (r: { origin: string | null; destinations?: string[]; destination?: string | null }) =>
  [r.origin ?? '', ...(r.destinations ?? (r.destination ? [r.destination] : []))].filter(Boolean).join(' → ');

/** Date and time of an instant in Asia/Shanghai: { date: '2026-11-28', time: '09:00' }. */
export const shanghai = (iso: string) => {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  return { date, time };
};

/** A planned window, compact: 2026-11-28 09:00 ~ 12:00 (with the end's date when it differs). */
export const windowOf = (r: { plannedStart: string; plannedEnd: string }) => {
  const a = shanghai(r.plannedStart);
  const b = shanghai(r.plannedEnd);
  return `${a.date} ${a.time} ~ ${a.date === b.date ? b.time : `${b.date} ${b.time}`}`;
};
