import { z } from 'zod';
import { listQuery } from '../../../platform/http/paging.js';
import { isoDate } from '../../../platform/http/schemas.js';
import { roomUseClasses } from '../db/buildings.table.js';
import { censusAgencyStatuses, censusCampaignStatuses, censusResponses } from '../db/census.table.js';

const instant = z.date().nullable();
const occupant = z.object({ personId: z.string(), name: z.string() });

export const campaignParams = z.object({ id: z.uuid() });
export const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
export const agencyParams = z.object({ id: z.uuid(), agencyId: z.uuid() });

export const progress = z.object({
  total: z.number().int(), not_started: z.number().int(), in_progress: z.number().int(), submitted: z.number().int(), reconciled: z.number().int(),
  percentDone: z.number(),
}).meta({ id: 'EstateCensusProgress' });

export const campaign = z.object({
  id: z.string(), title: z.string(), year: z.number().int(), scopeKind: z.string(), deadline: z.string(), status: z.string(), note: z.string().nullable(),
  createdAt: z.date(), closedAt: instant, progress,
}).meta({ id: 'EstateCensusCampaign' });

export const openCampaignBody = z.strictObject({
  title: z.string().trim().min(2).max(100),
  year: z.number().int().min(2000).max(2100),
  deadline: isoDate,
  /** Omit for every agency that holds rooms. */
  agencyIds: z.array(z.uuid()).max(5000).optional(),
  note: z.string().trim().max(500).nullish(),
});

export const campaignListQuery = z.strictObject({ ...listQuery, status: z.enum(censusCampaignStatuses).optional(), year: z.coerce.number().int().optional() });

export const agencyProgressRow = z.object({
  agencyId: z.string(), agencyName: z.string(), status: z.string(), submittedAt: instant, reconciledAt: instant,
  itemCount: z.number().int(), answeredCount: z.number().int(), correctedCount: z.number().int(), undecidedCount: z.number().int(),
}).meta({ id: 'EstateCensusAgencyProgress' });
export const agencyProgressQuery = z.strictObject({ ...listQuery, status: z.enum(censusAgencyStatuses).optional() });

export const censusItem = z.object({
  id: z.string(), campaignId: z.string(), agencyId: z.string(), agencyName: z.string(), roomId: z.string().nullable(), origin: z.string(),
  snapshot: z.object({ buildingName: z.string(), floorName: z.string(), number: z.string(), useClass: z.string(), usableAreaM2: z.string(), occupants: z.array(occupant) }).nullable(),
  response: z.string(), buildingId: z.string().nullable(), floorId: z.string().nullable(), number: z.string().nullable(), useClass: z.string().nullable(),
  usableAreaM2: z.string().nullable(), occupants: z.array(occupant).nullable(), note: z.string().nullable(), respondedAt: instant,
  decision: z.string().nullable(), decisionReason: z.string().nullable(), decidedAt: instant,
}).meta({ id: 'EstateCensusItem' });
export const differenceItem = censusItem.extend({ agencyStatus: z.string() }).meta({ id: 'EstateCensusDifference' });

export const itemListQuery = z.strictObject({ ...listQuery, agencyId: z.uuid().optional(), response: z.enum(censusResponses).optional() });
export const differenceQuery = z.strictObject({ ...listQuery, agencyId: z.uuid().optional(), decided: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });

export const correctBody = z.strictObject({
  usableAreaM2: z.number().positive().max(100000).optional(),
  useClass: z.enum(roomUseClasses).optional(),
  occupantIds: z.array(z.uuid()).max(50).optional(),
  note: z.string().trim().min(2, '请说明更正原因').max(500),
});
export const addRoomBody = z.strictObject({
  agencyId: z.uuid().optional(),
  buildingId: z.uuid(), floorId: z.uuid(),
  number: z.string().trim().min(1).max(32),
  useClass: z.enum(roomUseClasses),
  usableAreaM2: z.number().positive().max(100000),
  occupantIds: z.array(z.uuid()).max(50).default([]),
  note: z.string().trim().min(2, '请说明补报原因').max(500),
});
export const submitBody = z.strictObject({ agencyId: z.uuid().optional() }).default({});
export const decideBody = z.strictObject({ decision: z.enum(['accept', 'reject']), reason: z.string().trim().max(500).optional() });

export const censusAgency = z.object({ id: z.string(), campaignId: z.string(), agencyId: z.string(), status: z.string(), submittedAt: instant, reconciledAt: instant }).meta({ id: 'EstateCensusAgency' });
