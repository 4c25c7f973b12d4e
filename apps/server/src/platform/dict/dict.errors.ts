import { AppError } from '../http/errors.js';

export { sqlState, EXCLUSION_VIOLATION } from '../db/sql-state.js';

/** No active version of (type, code) applies on the date, or it carries no value. */
export class DictFactorMissingError extends AppError {
  constructor(public readonly type: string, public readonly itemCode: string, public readonly date: string) {
    super(422, 'DICT_FACTOR_MISSING',
      `字典“${type}”中编码“${itemCode}”在 ${date} 没有适用的系数，请在字典与系数表中维护`,
      `No factor ${type}/${itemCode} applies on ${date}; maintain it in the dictionaries`,
      undefined, { type, code: itemCode, date });
    this.name = 'DictFactorMissingError';
  }
}

export interface Overlap {
  id: string;
  code: string;
  labelZh: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** 409 naming the existing version whose period overlaps. */
export function overlapConflict(typeCode: string, o: Overlap | undefined): AppError {
  if (!o) {
    return new AppError(409, 'DICT_ITEM_OVERLAP', '有效期与同一编码的已有条目重叠', 'The period overlaps an existing version of the same code', undefined, { typeCode });
  }
  const to = o.effectiveTo ?? '长期';
  return new AppError(409, 'DICT_ITEM_OVERLAP',
    `有效期与已有条目“${o.labelZh}”（编码 ${o.code}，${o.effectiveFrom} 至 ${to}）重叠；请先为该条目设置失效日期`,
    `The period overlaps the existing item ${o.id} (${o.code}, ${o.effectiveFrom} to ${o.effectiveTo ?? 'open'}); retire it first`,
    undefined, { typeCode, itemId: o.id, code: o.code, effectiveFrom: o.effectiveFrom, effectiveTo: o.effectiveTo });
}
