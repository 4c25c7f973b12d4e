import { TIME_ZONE } from '../db/database.js';
import type { dictItems, dictTypes } from './dict.table.js';

type ItemRow = typeof dictItems.$inferSelect;
type TypeRow = typeof dictTypes.$inferSelect;

/** '0.12290000' → '0.1229', '1.00000000' → '1'. */
export function decimalText(v: string | null): string | null {
  if (v === null) return null;
  return v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
}

export const isUnverified = (note: string | null) => note !== null && note.trimStart().startsWith('[U]');

export const itemView = (r: ItemRow) => ({
  id: r.id, typeCode: r.typeCode, code: r.code, parentCode: r.parentCode, labelZh: r.labelZh, labelEn: r.labelEn,
  value: decimalText(r.value), unit: r.unit, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo, year: r.year,
  source: r.source, note: r.note, sort: r.sort, active: r.active, unverified: isUnverified(r.note),
  createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
});
export type DictItemView = ReturnType<typeof itemView>;

export const typeView = (r: TypeRow, itemCount: number) => ({
  code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, kind: r.kind as 'code' | 'factor', unit: r.unit, description: r.description,
  sort: r.sort, itemCount, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
});

const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** A calendar date 'YYYY-MM-DD': a Date is taken as its day in Asia/Shanghai. */
export function dateOf(d: Date | string): string {
  if (typeof d === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`not a date: ${d}`);
    return d;
  }
  return shanghaiDate.format(d);
}
