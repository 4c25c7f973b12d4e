import type { components } from '@zd/api-types';
import { api, unwrap } from '../../shared/api';

/** 专项检查, 检查发现问题 and 节假日封存 through the typed client. */
type S = components['schemas'];
export type Inspection = S['FleetSpecialInspection'];
export type Finding = S['FleetInspectionFinding'];
export type Sealing = S['FleetSealing'];

const id = (v: string) => ({ params: { path: { id: v } } });

export const INSPECTIONS = '/api/v1/fleet/special-inspections';
export const FINDINGS = '/api/v1/fleet/inspection-findings';
export const SEALINGS = '/api/v1/fleet/sealings';

export interface InspectionBody { agencyId: string; title: string; inspectedOn: string; inspectors: string | null; summary: string | null }
export const saveInspection = (v: InspectionBody, inspectionId?: string) =>
  inspectionId ? unwrap(api.PATCH('/api/v1/fleet/special-inspections/{id}', { ...id(inspectionId), body: v })) : unwrap(api.POST('/api/v1/fleet/special-inspections', { body: v }));
export const setInspectionStatus = (inspectionId: string, status: 'open' | 'closed') =>
  unwrap(api.PATCH('/api/v1/fleet/special-inspections/{id}', { ...id(inspectionId), body: { status } }));
export const listFindings = (inspectionId: string) =>
  unwrap(api.GET('/api/v1/fleet/inspection-findings', { params: { query: { inspectionId, page: 1, pageSize: 200 } } }));

export interface FindingBody { inspectionId: string; vehicleId: string | null; description: string; deadline: string }
export const saveFinding = (v: FindingBody, findingId?: string) =>
  findingId ? unwrap(api.PATCH('/api/v1/fleet/inspection-findings/{id}', { ...id(findingId), body: v })) : unwrap(api.POST('/api/v1/fleet/inspection-findings', { body: v }));
/** 登记整改: the date and what was done; the finding then counts as closed. */
export const rectifyFinding = (findingId: string, rectifiedOn: string, rectification: string) =>
  unwrap(api.PATCH('/api/v1/fleet/inspection-findings/{id}', { ...id(findingId), body: { rectifiedOn, rectification } }));

export interface SealingBody { name: string; startsAt: string; endsAt: string; note: string | null }
export const saveSealing = (v: SealingBody, sealingId?: string) =>
  sealingId ? unwrap(api.PATCH('/api/v1/fleet/sealings/{id}', { ...id(sealingId), body: v })) : unwrap(api.POST('/api/v1/fleet/sealings', { body: v }));
export const sealedVehicles = (sealingId: string) => unwrap(api.GET('/api/v1/fleet/sealings/{id}/vehicles', id(sealingId)));
export const addToSealing = (sealingId: string, body: { vehicleIds: string[] } | { allInUseExceptKinds: Array<'confidential' | 'emergency' | 'law-enforcement' | 'special' | 'other'> }) =>
  unwrap(api.POST('/api/v1/fleet/sealings/{id}/vehicles', { ...id(sealingId), body }));
export const removeFromSealing = (sealingId: string, vehicleId: string) =>
  unwrap(api.DELETE('/api/v1/fleet/sealings/{id}/vehicles/{vehicleId}', { params: { path: { id: sealingId, vehicleId } } }));
export const getInspection = (v: string) => unwrap(api.GET('/api/v1/fleet/special-inspections/{id}', id(v)));
