import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../db/columns.js';

/** A dictionary: a code table (kind 'code') or a factor table (kind 'factor', items carry a value). */
export const dictTypes = pgTable('platform_dict_type', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind').notNull(),
  /** Default unit of the items' values (an item may name its own). */
  unit: text('unit'),
  description: text('description'),
  sort: integer('sort').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [check('platform_dict_type_kind_ck', sql`${t.kind} in ('code', 'factor')`)]);

/**
 * One version of one entry of a dictionary, valid from `effective_from` to `effective_to`
 * (both inclusive calendar dates, Asia/Shanghai; null = open-ended). Two active versions of the
 * same (type, code) never overlap: an exclusion constraint (dict.constraints.sql).
 */
export const dictItems = pgTable('platform_dict_item', {
  id: idColumn(),
  typeCode: text('type_code').notNull().references(() => dictTypes.code),
  code: text('code').notNull(),
  /** The code of a parent entry in the same dictionary (a two-level code table), or null. */
  parentCode: text('parent_code'),
  labelZh: text('label_zh').notNull(),
  labelEn: text('label_en').notNull(),
  value: numeric('value', { precision: 20, scale: 8 }),
  unit: text('unit'),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  effectiveTo: date('effective_to', { mode: 'string' }),
  /** The year the value describes (e.g. the grid factor of 2022), if any. */
  year: integer('year'),
  source: text('source'),
  /** Remarks; '[U]' at the start marks a value not yet checked against its source. */
  note: text('note'),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('platform_dict_item_lookup_idx').on(t.typeCode, t.code, t.effectiveFrom),
  index('platform_dict_item_type_sort_idx').on(t.typeCode, t.sort),
  check('platform_dict_item_period_ck', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
]);
