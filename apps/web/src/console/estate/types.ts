/** Shapes of the /api/v1/estate endpoints (generated from the server's OpenAPI: packages/api-types), and the code lists. */
import type { components } from '@zd/api-types';
export const API = '/api/v1/estate';

export const USE_CLASSES = ['office', 'service', 'equipment', 'ancillary'] as const;
export const ROOM_STATUSES = ['in-use', 'vacant', 'repair', 'leased-out', 'reserved'] as const;
export const BUILDING_STATUSES = ['in-use', 'idle', 'repair', 'disposed'] as const;
export const OWNERSHIP_KINDS = ['state', 'collective', 'leased-in', 'other'] as const;
export const CENSUS_AGENCY_STATUSES = ['not_started', 'in_progress', 'submitted', 'reconciled'] as const;
export const ROUND_STATUSES = ['open', 'review', 'notice', 'drawn', 'closed'] as const;
export const APPLICATION_STATUSES = ['submitted', 'approved', 'rejected', 'withdrawn', 'allocated', 'waiting'] as const;
export const FLAT_STATUSES = ['available', 'allocated', 'maintenance', 'withdrawn'] as const;

/** Tag colours of every estate status, consistent across pages. */
export const COLOURS: Record<string, string> = {
  'in-use': 'green', vacant: 'default', repair: 'orange', 'leased-out': 'purple', reserved: 'cyan', idle: 'default', disposed: 'default',
  not_started: 'default', in_progress: 'processing', submitted: 'blue', reconciled: 'success',
  pending: 'default', confirmed: 'green', corrected: 'orange', added: 'purple', accept: 'green', reject: 'red',
  open: 'processing', closed: 'default', review: 'gold', notice: 'cyan', drawn: 'success',
  approved: 'green', rejected: 'red', withdrawn: 'default', allocated: 'success', waiting: 'blue',
  available: 'green', maintenance: 'orange', leased: 'purple', active: 'green', ended: 'default',
  paid: 'green', partial: 'gold', unpaid: 'red', overdue: 'red', done: 'success',
};

/** Room colours on the floor plan, per use class. */
export const USE_COLOURS: Record<string, string> = { office: '#4e8cd9', service: '#52b788', equipment: '#f4a259', ancillary: '#a78bda' };
export const OCCUPANCY_COLOURS = { occupied: '#4e8cd9', vacant: '#d9d9d9', repair: '#f4a259', other: '#a78bda' } as const;
export const STANDARD_COLOURS = { ok: '#52b788', over: '#e5484d', none: '#d9d9d9' } as const;

type S = components['schemas'];
export type Building = S['EstateBuilding'];
export type Floor = S['EstateFloor'];
export type Point = [number, number];
export type Room = S['EstateRoom'];
export type Assignment = S['EstateAssignment'];
export type PersonCompliance = S['EstatePersonCompliance'];
export type AgencyCompliance = S['EstateAgencyCompliance'];
export type BuildingCompliance = S['EstateBuildingCompliance'];

/** One occupant of a room on the floor plan (GET /floors/:id/plan). */
export interface PlanOccupant {
  personId: string; name: string; post?: string | null; rank?: string | null; kind?: string;
  standardM2?: number | null; actualM2?: number | null; overrunM2?: number | null; sharedM2?: number | null;
}
export interface PlanRoom {
  id: string; number: string; useClass: string; subUse?: string | null; status: string; usableAreaM2: number;
  agencyId?: string | null; agencyName?: string | null; outline: Point[] | null; svgElementId: string | null;
  occupants: PlanOccupant[];
  /** Over-standard state of the room: 'over' when any occupant exceeds the standard. */
  standardState?: string | null; overStandard?: boolean; overrunM2?: number | null;
}
export interface FloorPlan {
  floor: Floor & { buildingName: string };
  /** The plan file as the browser fetches it, when uploaded. */
  planUrl?: string | null; planKind?: string | null; width?: number | null; height?: number | null;
  svg?: string | null;
  rooms: PlanRoom[];
}

export type CensusProgress = S['EstateCensusProgress'];
export type CensusCampaign = S['EstateCensusCampaign'];
export type CensusAgencyProgress = S['EstateCensusAgencyProgress'];
export type CensusOccupant = { personId: string; name: string };
/** An item of my agency's list, or a difference the center decides (which carries the agency's status). */
export type CensusItem = S['EstateCensusItem'] & { agencyStatus?: string };
