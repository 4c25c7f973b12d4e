import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/types.js';
import { appliesOn } from './dict-items.service.js';
import { DictFactorMissingError } from './dict.errors.js';
import { dateOf, decimalText, isUnverified, itemView, type DictItemView } from './dict.shape.js';
import { dictItems, dictTypes } from './dict.table.js';

export interface Factor {
  /** Exact decimal text ('0.5366'); use Number(value) or a decimal library for arithmetic. */
  value: string;
  unit: string | null;
  source: string | null;
  year: number | null;
  note: string | null;
  unverified: boolean;
  itemId: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** The one read API of dictionaries for modules: what applies on a date. */
export function createDictLookup(db: Db) {
  /** The active version of (type, code) that applies on the date (a Date is its day in Asia/Shanghai), or null. */
  async function lookup(type: string, code: string, onDate: Date | string, tx: Db = db): Promise<DictItemView | null> {
    const [row] = await tx.select().from(dictItems)
      .where(and(eq(dictItems.typeCode, type), eq(dictItems.code, code), eq(dictItems.active, true), appliesOn(dateOf(onDate)))).limit(1);
    return row ? itemView(row) : null;
  }

  /** The factor of (type, code) on the date, with its unit (the item's, else the table's), source and year; throws DictFactorMissingError. */
  async function factor(type: string, code: string, onDate: Date | string, tx: Db = db): Promise<Factor> {
    const date = dateOf(onDate);
    const [row] = await tx.select({ item: dictItems, typeUnit: dictTypes.unit }).from(dictItems)
      .innerJoin(dictTypes, eq(dictTypes.code, dictItems.typeCode))
      .where(and(eq(dictItems.typeCode, type), eq(dictItems.code, code), eq(dictItems.active, true), appliesOn(date))).limit(1);
    const value = decimalText(row?.item.value ?? null);
    if (!row || value === null) throw new DictFactorMissingError(type, code, date);
    const i = row.item;
    return {
      value, unit: i.unit ?? row.typeUnit, source: i.source, year: i.year, note: i.note, unverified: isUnverified(i.note),
      itemId: i.id, effectiveFrom: i.effectiveFrom, effectiveTo: i.effectiveTo,
    };
  }

  /** Every active entry of a dictionary that applies on the date, in display order. */
  async function items(type: string, onDate: Date | string, tx: Db = db): Promise<DictItemView[]> {
    const rows = await tx.select().from(dictItems)
      .where(and(eq(dictItems.typeCode, type), eq(dictItems.active, true), appliesOn(dateOf(onDate))))
      .orderBy(asc(dictItems.sort), asc(dictItems.code)).limit(2000);
    return rows.map(itemView);
  }

  return { lookup, factor, items };
}

export type DictLookup = ReturnType<typeof createDictLookup>;
