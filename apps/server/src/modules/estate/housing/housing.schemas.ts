import { z } from 'zod';
import { listQuery } from '../../../platform/http/paging.js';
import { isoDate } from '../../../platform/http/schemas.js';
import { applicationStatuses, flatStatuses, roundStatuses } from '../db/housing.table.js';
import { ruleSetBody } from './housing-rules.js';

const area = z.number().positive().max(10000).multipleOf(0.01);
const fen = z.number().int().min(0).max(1_000_000_00);
const format = z.enum(['json', 'xlsx']).optional();

export const flat = z.object({
  id: z.string(), regionId: z.string(), buildingId: z.string().nullable(), estateName: z.string(), buildingName: z.string(),
  unit: z.string(), number: z.string(), areaM2: z.string(), layout: z.string(), rentFen: z.number().int(), status: z.string(), note: z.string().nullable(),
}).meta({ id: 'HousingFlat' });
export const flatInput = z.strictObject({
  regionId: z.uuid(), buildingId: z.uuid().nullish(), estateName: z.string().trim().min(1).max(64), buildingName: z.string().trim().min(1).max(32),
  unit: z.string().trim().max(16).default(''), number: z.string().trim().min(1).max(16), areaM2: area, layout: z.string().trim().min(1).max(32),
  rentFen: fen, note: z.string().trim().max(500).nullish(),
});
export const flatPatch = flatInput.partial().extend({ status: z.enum(['available', 'maintenance', 'withdrawn']).optional() });
export const flatListQuery = z.strictObject({
  ...listQuery, status: z.enum(flatStatuses).optional(), regionId: z.uuid().optional(), estateName: z.string().max(64).optional(),
  layout: z.string().max(32).optional(), minAreaM2: z.coerce.number().optional(), maxAreaM2: z.coerce.number().optional(), format,
});

export const ruleSet = z.object({
  id: z.string(), name: z.string(), effectiveFrom: z.string(), effectiveTo: z.string().nullable(), source: z.string(), body: ruleSetBody,
}).meta({ id: 'HousingRuleSet' });
export const ruleSetInput = z.strictObject({
  name: z.string().trim().min(1).max(64), effectiveFrom: isoDate, effectiveTo: isoDate.nullish(), source: z.string().trim().min(1).max(500), body: ruleSetBody,
});

export const round = z.object({
  id: z.string(), code: z.string(), name: z.string(), regionId: z.string(), ruleSetId: z.string(), ruleSetName: z.string(), method: z.string(),
  referenceDate: z.string(), applyFrom: z.string(), applyTo: z.string(), noticeStart: z.string().nullable(), noticeEnd: z.string().nullable(),
  quota: z.number().int(), status: z.string(), applicationCount: z.number().int(),
}).meta({ id: 'HousingRound' });
export const roundInput = z.strictObject({
  code: z.string().trim().min(1).max(32), name: z.string().trim().min(1).max(64), regionId: z.uuid(), ruleSetId: z.uuid(),
  method: z.enum(['score', 'lottery']), referenceDate: isoDate, applyFrom: isoDate, applyTo: isoDate, quota: z.number().int().min(1).max(10000),
});
export const roundListQuery = z.strictObject({ ...listQuery, status: z.enum(roundStatuses).optional() });
export const noticeInput = z.strictObject({ noticeStart: isoDate, noticeEnd: isoDate });

export const reason = z.object({ rule: z.string(), ok: z.boolean(), zh: z.string(), en: z.string() });
export const application = z.object({
  id: z.string(), roundId: z.string(), roundName: z.string(), personId: z.string(), personName: z.string(), agencyId: z.string(), agencyName: z.string(),
  familySize: z.number().int(), ownsHomeInCity: z.boolean(), currentHousingAreaM2: z.string(), yearsSinceHire: z.string(), note: z.string().nullable(),
  eligible: z.boolean(), reasons: z.array(reason), score: z.string(), breakdown: z.array(z.object({ key: z.string(), value: z.number(), points: z.number() })),
  status: z.string(), reviewComment: z.string().nullable(), reviewedBy: z.string().nullable(), queueRank: z.number().int().nullable(), flatId: z.string().nullable(),
  attachmentIds: z.array(z.string()), createdAt: z.string(),
}).meta({ id: 'HousingApplication' });
export const applicationInput = z.strictObject({
  roundId: z.uuid(), familySize: z.number().int().min(1).max(20), ownsHomeInCity: z.boolean(),
  currentHousingAreaM2: z.number().min(0).max(10000).multipleOf(0.01).default(0), note: z.string().trim().max(1000).nullish(),
  attachmentIds: z.array(z.uuid()).max(20).default([]),
});
export const applicationListQuery = z.strictObject({
  ...listQuery, roundId: z.uuid().optional(), status: z.enum(applicationStatuses).optional(), eligible: z.enum(['true', 'false']).optional(), agencyId: z.uuid().optional(), format,
});
export const reviewInput = z.strictObject({ decision: z.enum(['approve', 'reject']), comment: z.string().trim().min(1).max(1000) });

export const objection = z.object({
  id: z.string(), roundId: z.string(), applicationId: z.string(), text: z.string(), raisedBy: z.string(), status: z.string(), resolution: z.string().nullable(), createdAt: z.string(),
}).meta({ id: 'HousingObjection' });
export const objectionInput = z.strictObject({ applicationId: z.uuid(), text: z.string().trim().min(2).max(1000) });
export const objectionResolve = z.strictObject({ decision: z.enum(['upheld', 'dismissed']), resolution: z.string().trim().min(1).max(1000) });

export const roundIdParams = z.object({ id: z.uuid() });
export type FlatInput = z.infer<typeof flatInput>;
export type RoundInput = z.infer<typeof roundInput>;
export type ApplicationInput = z.infer<typeof applicationInput>;
