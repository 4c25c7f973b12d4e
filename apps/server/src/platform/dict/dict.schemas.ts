import { z } from 'zod';
import { listQuery } from '../http/paging.js';

export const typeCode = z.string().trim().regex(/^[a-z][a-z0-9-]{1,47}$/, '字典编码应为 2–48 位小写字母、数字或短横线，以字母开头');
export const itemCode = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, '条目编码应为 1–64 位字母、数字、点、下划线或短横线');
const DECIMAL = /^-?\d{1,12}(\.\d{1,8})?$/;
/** A decimal with at most 12 integer and 8 fractional digits, as text or as a number. */
export const decimal = z.union([z.string().trim(), z.number().finite()]).transform((v) => String(v))
  .refine((v) => DECIMAL.test(v), '数值最多 12 位整数、8 位小数');
/** A real calendar date 'YYYY-MM-DD' (not 2023-02-30). */
export const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((v) => { const d = new Date(`${v}T00:00:00Z`); return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v; }, '日期不存在');
const isoDate = calendarDate;
const text = (max: number) => z.string().trim().max(max);
const boolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const dictType = z.object({
  code: z.string(), nameZh: z.string(), nameEn: z.string(), kind: z.enum(['code', 'factor']), unit: z.string().nullable(),
  description: z.string().nullable(), sort: z.number().int(), itemCount: z.number().int(), createdAt: z.string(), updatedAt: z.string(),
}).meta({ id: 'DictType' });

export const dictTypeInput = z.strictObject({
  code: typeCode, nameZh: text(64).min(1), nameEn: text(128).min(1), kind: z.enum(['code', 'factor']),
  unit: text(32).nullish(), description: text(1000).nullish(), sort: z.number().int().min(0).max(9999).default(0),
});
export const dictTypePatch = dictTypeInput.omit({ code: true, kind: true }).partial();
export const dictTypeListQuery = z.strictObject({ ...listQuery, kind: z.enum(['code', 'factor']).optional() });
export const typeParams = z.object({ code: typeCode });

export const dictItem = z.object({
  id: z.string(), typeCode: z.string(), code: z.string(), parentCode: z.string().nullable(), labelZh: z.string(), labelEn: z.string(),
  value: z.string().nullable(), unit: z.string().nullable(), effectiveFrom: z.string(), effectiveTo: z.string().nullable(),
  year: z.number().int().nullable(), source: z.string().nullable(), note: z.string().nullable(), sort: z.number().int(), active: z.boolean(),
  /** The note starts with '[U]': the value is not yet checked against its source. */
  unverified: z.boolean(), createdAt: z.string(), updatedAt: z.string(),
}).meta({ id: 'DictItem' });

const itemFields = {
  code: itemCode, parentCode: itemCode.nullish(), labelZh: text(100).min(1), labelEn: text(200).min(1), value: decimal.nullish(),
  unit: text(32).nullish(), effectiveFrom: isoDate, effectiveTo: isoDate.nullish(), year: z.number().int().min(1900).max(2200).nullish(),
  source: text(1000).nullish(), note: text(2000).nullish(), sort: z.number().int().min(0).max(9999).default(0), active: z.boolean().default(true),
};
export const dictItemInput = z.strictObject(itemFields);
export const dictItemPatch = z.strictObject(itemFields).omit({ code: true }).partial();
export const dictItemRetire = z.strictObject({ effectiveTo: isoDate });
export const dictItemListQuery = z.strictObject({
  ...listQuery, code: itemCode.optional(), parentCode: itemCode.optional(), onDate: isoDate.optional(), active: boolQuery.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(), format: z.enum(['json', 'xlsx']).optional(),
});

export type DictTypeInput = z.infer<typeof dictTypeInput>;
export type DictTypePatch = z.infer<typeof dictTypePatch>;
export type DictItemInput = z.infer<typeof dictItemInput>;
export type DictItemPatch = z.infer<typeof dictItemPatch>;
