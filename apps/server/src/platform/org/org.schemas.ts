import { z } from 'zod';
import { isoDate } from '../http/schemas.js';
import { afterQuery, listQuery } from '../http/paging.js';
import { adminLevels, agencyKinds, codeKeys, genders, personStatuses, ranks } from './org.constants.js';

export const agencyKind = z.enum(codeKeys(agencyKinds));
export const adminLevel = z.enum(codeKeys(adminLevels));
export const rank = z.enum(codeKeys(ranks));
export const gender = z.enum(codeKeys(genders));
export const personStatus = z.enum(codeKeys(personStatuses));
const boolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const region = z.object({
  id: z.string(), code: z.string(), name: z.string(), parentId: z.string().nullable(), adminLevel: z.string(), sort: z.number(), active: z.boolean(),
}).meta({ id: 'Region' });

export const agency = z.object({
  id: z.string(), code: z.string(), name: z.string(), shortName: z.string().nullable(), kind: z.string(),
  regionId: z.string(), regionName: z.string(), headcount: z.number().int(), address: z.string().nullable(),
  active: z.boolean(), peopleCount: z.number().int(),
}).meta({ id: 'Agency' });

export const agencyInput = z.strictObject({
  code: z.string().trim().min(1).max(32).regex(/^[0-9A-Za-z-]+$/, '编码只能包含字母、数字和短横线'),
  name: z.string().trim().min(2).max(64),
  shortName: z.string().trim().max(32).nullish(),
  kind: agencyKind,
  regionId: z.uuid(),
  headcount: z.number().int().min(0).max(100000).default(0),
  address: z.string().trim().max(200).nullish(),
});
export const agencyPatch = agencyInput.partial();
export const agencyListQuery = z.strictObject({
  ...listQuery, regionId: z.uuid().optional(), kind: agencyKind.optional(), active: boolQuery.optional(), format: z.enum(['json', 'xlsx']).optional(),
});

export const department = z.object({
  id: z.string(), agencyId: z.string(), agencyName: z.string(), name: z.string(), headPersonId: z.string().nullable(), sort: z.number(), active: z.boolean(),
}).meta({ id: 'Department' });
export const departmentInput = z.strictObject({ agencyId: z.uuid(), name: z.string().trim().min(1).max(64), headPersonId: z.uuid().nullish(), sort: z.number().int().min(0).max(9999).default(0) });
export const departmentPatch = departmentInput.omit({ agencyId: true }).partial();
export const departmentListQuery = z.strictObject({ ...listQuery, agencyId: z.uuid().optional(), active: boolQuery.optional() });

export const position = z.object({
  id: z.string(), agencyId: z.string(), departmentId: z.string().nullable(), name: z.string(), rank: z.string(), adminLevel: z.string(), isLeader: z.boolean(), active: z.boolean(),
}).meta({ id: 'Position' });
export const positionInput = z.strictObject({
  agencyId: z.uuid(), departmentId: z.uuid().nullish(), name: z.string().trim().min(1).max(64), rank, adminLevel, isLeader: z.boolean().default(false),
});
export const positionListQuery = z.strictObject({ ...listQuery, agencyId: z.uuid().optional() });

const idNumber = z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, '身份证号应为 18 位').refine(validIdNumber, '身份证号校验位不正确');
const mobile = z.string().trim().regex(/^1\d{10}$/, '手机号应为 11 位数字，以 1 开头');

export const person = z.object({
  id: z.string(), name: z.string(), gender: z.string(), agencyId: z.string(), agencyName: z.string(),
  departmentId: z.string().nullable(), departmentName: z.string().nullable(), positionId: z.string().nullable(),
  rank: z.string(), post: z.string().nullable(), adminLevel: z.string(), birthday: z.string().nullable(), entryDate: z.string().nullable(),
  status: z.string(), idNumberMasked: z.string().nullable(), mobileMasked: z.string().nullable(),
}).meta({ id: 'Person' });
export type Person = z.infer<typeof person>;
export const personInput = z.strictObject({
  name: z.string().trim().min(1).max(32), gender, agencyId: z.uuid(), departmentId: z.uuid().nullish(), positionId: z.uuid().nullish(),
  rank, post: z.string().trim().max(64).nullish(), adminLevel,
  idNumber: idNumber.nullish(), mobile: mobile.nullish(), birthday: isoDate.nullish(), entryDate: isoDate.nullish(), status: personStatus.default('active'),
});
export const personPatch = personInput.partial();
export const personListQuery = z.strictObject({
  ...listQuery, ...afterQuery, agencyId: z.uuid().optional(), departmentId: z.uuid().optional(), rank: rank.optional(), status: personStatus.optional(),
  adminLevel: adminLevel.optional(), regionId: z.uuid().optional(), idNumber: z.string().trim().max(18).optional(), format: z.enum(['json', 'xlsx']).optional(),
});

export type AgencyInput = z.infer<typeof agencyInput>;
export type PersonInput = z.infer<typeof personInput>;

/** GB 11643-1999 check digit. */
export function validIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((s, wi, i) => s + wi * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}
