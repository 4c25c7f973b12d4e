import type { components } from '@zd/api-types';
import { api, http, typedQuery, unwrap, type Query } from '../../shared/api';

/**
 * The fleet endpoints through the typed client (paths and bodies generated from the server's OpenAPI
 * document). Kept free of UI imports so the portal chunk stays small.
 */
const id = (v: string) => ({ params: { path: { id: v } } });

export const listVehicles = (q: Query = {}) => unwrap(api.GET('/api/v1/fleet/vehicles', { params: { query: typedQuery<'/api/v1/fleet/vehicles'>(q) } }));
export const getVehicle = (v: string) => unwrap(api.GET('/api/v1/fleet/vehicles/{id}', id(v)));
export const listTripRequests = (q: Query = {}) => unwrap(api.GET('/api/v1/fleet/trip-requests', { params: { query: typedQuery<'/api/v1/fleet/trip-requests'>(q) } }));
export const getTripRequest = (v: string) => unwrap(api.GET('/api/v1/fleet/trip-requests/{id}', id(v)));
export const listTrips = (q: Query = {}) => unwrap(api.GET('/api/v1/fleet/trips', { params: { query: typedQuery<'/api/v1/fleet/trips'>(q) } }));
export const myTrips = (q: Query = {}) => unwrap(api.GET('/api/v1/fleet/trips/mine', { params: { query: typedQuery<'/api/v1/fleet/trips/mine'>(q) } }));
export const listFuelRecords = (q: Query = {}) => unwrap(api.GET('/api/v1/fleet/fuel-records', { params: { query: typedQuery<'/api/v1/fleet/fuel-records'>(q) } }));
export const getDisclosure = (month: string, page = 1, pageSize = 200) =>
  unwrap(api.GET('/api/v1/fleet/reports/fuel-disclosure', { params: { query: { month, page, pageSize } } }));
/** The whole month's disclosure (the server pages it by 200). */
export async function getWholeDisclosure(month: string) {
  const first = await getDisclosure(month, 1, 200);
  const items = [...first.items];
  for (let page = 2; items.length < first.total && page <= 50; page++) items.push(...(await getDisclosure(month, page, 200)).items);
  return { ...first, items };
}
export const getRewards = (month: string) => unwrap(api.GET('/api/v1/fleet/reports/fuel-rewards', { params: { query: { month, page: 1, pageSize: 200 } } }));
export const getSuggestions = (requestId: string) => unwrap(api.GET('/api/v1/fleet/trip-requests/{id}/suggestions', { params: { path: { id: requestId }, query: {} } }));
export const getCarpoolProposals = () => unwrap(api.GET('/api/v1/fleet/carpool-proposals', { params: { query: {} } }));
export const getVehicleCosts = (v: string) => unwrap(api.GET('/api/v1/fleet/vehicles/{id}/costs', { params: { path: { id: v }, query: {} } }));

export interface TripRequestBody {
  purpose: string; plannedStart: string; plannedEnd: string; origin: string; destinations: string[]; passengerCount: number; passengerNames: string[]; needDriver: boolean; inCity: boolean;
}
export const fileTripRequest = (body: TripRequestBody) => unwrap(api.POST('/api/v1/fleet/trip-requests', { body }));
export const rateTripRequest = (v: string, rating: number, comment: string | null) =>
  unwrap(api.POST('/api/v1/fleet/trip-requests/{id}/rate', { ...id(v), body: { rating, comment } }));
export const dispatchRequest = (v: string, body: { vehicleId: string; driverId: string | null }) =>
  unwrap(api.POST('/api/v1/fleet/trip-requests/{id}/dispatch', { ...id(v), body }));
export const mergeProposal = (requestIds: string[], body: { vehicleId: string; driverId: string | null }) =>
  unwrap(api.POST('/api/v1/fleet/carpool-proposals/merge', { body: { requestIds, ...body } }));
export interface EmergencyInput {
  vehicleId: string; driverId: string | null; agencyId: string; plannedStart: string; plannedEnd: string; origin: string; destination: string; purpose: string; passengerCount: number;
}
export const emergencyDispatch = (body: EmergencyInput) => unwrap(api.POST('/api/v1/fleet/trips/emergency', { body }));

export const departTrip = (v: string, at: Date, km: number) => unwrap(api.POST('/api/v1/fleet/trips/{id}/depart', { ...id(v), body: { at: at.toISOString(), odometerKm: km } }));
export const returnTrip = (v: string, r: { at: Date; km: number; tollFen?: number | null; parkingFen?: number | null; otherFen?: number | null }) =>
  unwrap(api.POST('/api/v1/fleet/trips/{id}/return', { ...id(v), body: { at: r.at.toISOString(), odometerKm: r.km, tollFen: r.tollFen ?? 0, parkingFen: r.parkingFen ?? 0, otherFen: r.otherFen ?? 0 } }));
export const cancelTrip = (v: string, reason: string) => unwrap(api.POST('/api/v1/fleet/trips/{id}/cancel', { ...id(v), body: { reason } }));
/** The content type the track route takes for a file name: GPX or CSV (lat,lon,time). */
export const trackContentType = (name: string) => (/\.gpx$/i.test(name) ? 'application/gpx+xml' : 'text/csv');
/** Uploads a GPS track file as the raw body (the typed client only sends JSON). */
export const importTrack = (v: string, file: Blob, contentType: string) =>
  http<TripDetailShape>('POST', `/api/v1/fleet/trips/${encodeURIComponent(v)}/track`, { body: file, contentType });
type TripDetailShape = components['schemas']['FleetTripDetail'];
export const reviewTrip = (v: string, comment: string) => unwrap(api.POST('/api/v1/fleet/trips/{id}/review', { ...id(v), body: { comment } }));

export interface FuelInput { vehicleId: string; filledAt: Date; odometerKm: number; unit: 'litres' | 'kwh'; qty: number; amountFen: number; full: boolean; missedPrevious: boolean; station?: string | null; cardNo?: string | null }
export const saveFuelRecord = (v: FuelInput) =>
  unwrap(api.POST('/api/v1/fleet/fuel-records', {
    body: {
      vehicleId: v.vehicleId, filledAt: v.filledAt.toISOString(), odometerKm: v.odometerKm, ...(v.unit === 'kwh' ? { kwh: v.qty } : { litres: v.qty }),
      amountFen: v.amountFen, full: v.full, missedPrevious: v.missedPrevious, station: v.station || null, cardNo: v.cardNo || null,
    },
  }));
const fuelBody = (v: Omit<FuelInput, 'vehicleId'>) => ({
  filledAt: v.filledAt.toISOString(), odometerKm: v.odometerKm, ...(v.unit === 'kwh' ? { kwh: v.qty, litres: null } : { litres: v.qty, kwh: null }),
  amountFen: v.amountFen, full: v.full, missedPrevious: v.missedPrevious, station: v.station || null, cardNo: v.cardNo || null,
});
/** Edits a fill (the vehicle stays); the server re-checks the odometer neighbours and recomputes the segments. */
export const updateFuelRecord = (recordId: string, v: Omit<FuelInput, 'vehicleId'>) => unwrap(api.PATCH('/api/v1/fleet/fuel-records/{id}', { ...id(recordId), body: fuelBody(v) }));
export const deleteFuelRecord = (recordId: string) => unwrap(api.DELETE('/api/v1/fleet/fuel-records/{id}', id(recordId)));
