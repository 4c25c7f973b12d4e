import type { components } from '@zd/api-types';
import { api, http, unwrap } from '../../shared/api';

/**
 * The fleet's administration endpoints through the typed client: standards and their versions, quotas,
 * settings, the duty roster, vehicle files and status changes (处置移交), repair completion.
 */
type S = components['schemas'];
export type Standard = S['FleetStandard'];
export type Shift = 'day' | 'night' | 'standby' | 'off';
export const SHIFTS: readonly Shift[] = ['day', 'night', 'standby', 'off'];
export const DISPOSAL_METHODS = ['auction', 'transfer', 'scrap', 'warehouse'] as const;
export type DisposalMethod = (typeof DISPOSAL_METHODS)[number];

const id = (v: string) => ({ params: { path: { id: v } } });

export const getSettings = () => unwrap(api.GET('/api/v1/fleet/settings'));
export type Setting = Awaited<ReturnType<typeof getSettings>>['items'][number];
export const updateSetting = (code: string, body: { value: number; source: string; note?: string | null }) =>
  unwrap(api.PATCH('/api/v1/fleet/settings/{code}', { params: { path: { code } }, body }));

export const getQuotaUsage = () => unwrap(api.GET('/api/v1/fleet/quota-usage', { params: { query: {} } }));
export type QuotaUsage = Awaited<ReturnType<typeof getQuotaUsage>>['items'][number];
export const createQuota = (body: { agencyId: string; kind: string; quota: number; approvalRef: string | null }) =>
  unwrap(api.POST('/api/v1/fleet/quotas', { body: body as never }));
export const updateQuota = (quotaId: string, body: { quota: number; approvalRef: string | null }) => unwrap(api.PATCH('/api/v1/fleet/quotas/{id}', { ...id(quotaId), body }));

export interface StandardBody {
  code: string; nameZh: string; nameEn: string; kind: string | null; energyClass: 'any' | 'nev' | 'ice'; maxSeats: number | null;
  maxPriceFen: number | null; maxDisplacementL: number | null; effectiveFrom: string; effectiveTo: string | null; source: string; note: string | null;
}
export const createStandard = (body: StandardBody) => unwrap(api.POST('/api/v1/fleet/standards', { body: body as never }));
export const newStandardVersion = (standardId: string, body: Pick<StandardBody, 'effectiveFrom' | 'effectiveTo' | 'maxPriceFen' | 'maxDisplacementL' | 'maxSeats' | 'source' | 'note'>) =>
  unwrap(api.POST('/api/v1/fleet/standards/{id}/versions', { ...id(standardId), body }));
export const endStandard = (standardId: string, effectiveTo: string) => unwrap(api.PATCH('/api/v1/fleet/standards/{id}', { ...id(standardId), body: { effectiveTo } }));

export const getRoster = (from: string, to: string, agencyId?: string) =>
  unwrap(api.GET('/api/v1/fleet/driver-roster', { params: { query: { from, to, ...(agencyId ? { agencyId } : {}) } } }));
export const driverRoster = (driverId: string, from: string, to: string) => unwrap(api.GET('/api/v1/fleet/driver-roster', { params: { query: { from, to, driverId } } }));
export type RosterRow = Awaited<ReturnType<typeof getRoster>>['items'][number];
export const saveRoster = (entries: Array<{ driverId: string; day: string; shift: Shift | null }>) =>
  unwrap(api.POST('/api/v1/fleet/driver-roster/batch', { body: { entries } }));

export const vehicleFiles = (vehicleId: string) => unwrap(api.GET('/api/v1/fleet/vehicles/{id}/files', id(vehicleId)));
export type VehicleFile = Awaited<ReturnType<typeof vehicleFiles>>['items'][number];
export const VEHICLE_PHOTO = 'fleet.vehicle.photo';
export const VEHICLE_DOCUMENT = 'fleet.vehicle.document';
export const fileUrl = (fileId: string) => `/api/v1/files/${encodeURIComponent(fileId)}`;
export const thumbnailUrl = (fileId: string) => `/api/v1/files/${encodeURIComponent(fileId)}/thumbnail`;

/** Uploads one file for a use (multipart through the shared client, so the CSRF header goes with it); returns its id. */
export async function uploadFile(use: string, file: File): Promise<string> {
  const form = new FormData();
  form.append('file', file, file.name);
  // why a Blob: the shared client adds the session's CSRF header to Blob bodies; the boundary comes with the type.
  const multipart = new Response(form);
  const contentType = multipart.headers.get('content-type') ?? 'multipart/form-data';
  const { id: fileId } = await http<{ id: string }>('POST', '/api/v1/files', { query: { use }, body: await multipart.blob(), contentType });
  return fileId;
}
export const attachVehicleFiles = (vehicleId: string, kind: 'photo' | 'document', fileIds: string[]) =>
  unwrap(api.POST('/api/v1/fleet/vehicles/{id}/files', { ...id(vehicleId), body: { kind, fileIds } }));

export const statusHistory = (vehicleId: string) => unwrap(api.GET('/api/v1/fleet/vehicles/{id}/status-changes', id(vehicleId)));
export const markForDisposal = (vehicleId: string, reason: string) =>
  unwrap(api.POST('/api/v1/fleet/vehicles/{id}/mark-for-disposal', { ...id(vehicleId), body: { reason } }));
export interface DisposalBody { reason?: string | null; receivingParty: string; disposalMethod: DisposalMethod; documentNo: string | null; documentFileIds: string[] }
export const disposeVehicle = (vehicleId: string, body: DisposalBody) => unwrap(api.POST('/api/v1/fleet/vehicles/{id}/dispose', { ...id(vehicleId), body }));

export interface CompletionBody {
  partsFen: number; labourFen: number; invoiceFen: number; invoiceNo: string; completedOn: string; odometerKm: number | null; odometerAt: string | null;
}
export const completeRepair = (repairId: string, body: CompletionBody) => unwrap(api.POST('/api/v1/fleet/repairs/{id}/complete', { ...id(repairId), body }));
