import { z } from 'zod';
import { listQuery } from '../../../../platform/http/paging.js';
import { isoDate } from '../../../../platform/http/schemas.js';

export const assignmentKinds = ['main', 'side'] as const;
export const assignment = z.object({
  id: z.string(), personId: z.string(), personName: z.string(), post: z.string().nullable(), roomId: z.string(), roomNumber: z.string(),
  buildingName: z.string(), usableAreaM2: z.number(), agencyId: z.string(), agencyName: z.string(), kind: z.enum(assignmentKinds),
  startDate: z.string(), endDate: z.string().nullable(), note: z.string().nullable(),
}).meta({ id: 'EstateAssignment' });
export const assignmentInput = z.strictObject({
  personId: z.uuid(), roomId: z.uuid(), kind: z.enum(assignmentKinds).default('main'),
  startDate: isoDate, endDate: isoDate.nullish(), note: z.string().trim().max(200).nullish(),
});
export type AssignmentInput = z.infer<typeof assignmentInput>;
export const assignmentEnd = z.strictObject({ endDate: isoDate, note: z.string().trim().max(200).nullish() });
export const assignmentListQuery = z.strictObject({
  ...listQuery, personId: z.uuid().optional(), roomId: z.uuid().optional(), agencyId: z.uuid().optional(),
  current: z.enum(['true', 'false']).transform((v) => v === 'true').optional(), format: z.enum(['json', 'xlsx']).optional(),
});
export type AssignmentFilter = Omit<z.infer<typeof assignmentListQuery>, 'page' | 'pageSize' | 'format'>;
