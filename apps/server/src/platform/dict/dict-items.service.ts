import { and, asc, desc, eq, ilike, isNull, lte, gte, ne, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { likePattern, orderBy } from '../http/paging.js';
import { EXCLUSION_VIOLATION, overlapConflict, sqlState, type Overlap } from './dict.errors.js';
import type { DictItemInput, DictItemPatch } from './dict.schemas.js';
import { itemView } from './dict.shape.js';
import { dictItems, dictTypes } from './dict.table.js';

export interface DictItemFilter {
  q?: string | undefined;
  code?: string | undefined;
  parentCode?: string | undefined;
  /** Only versions that apply on this date. */
  onDate?: string | undefined;
  active?: boolean | undefined;
  year?: number | undefined;
  sort?: string | undefined;
}

type NewItem = typeof dictItems.$inferInsert;

/** The condition "this version applies on `date`" (inclusive bounds, open end when null). */
export const appliesOn = (date: string): SQL => and(lte(dictItems.effectiveFrom, date), or(isNull(dictItems.effectiveTo), gte(dictItems.effectiveTo, date)))!;

async function findOverlap(tx: Db, v: { typeCode: string; code: string; effectiveFrom: string; effectiveTo: string | null; id?: string | undefined }): Promise<Overlap | undefined> {
  const [o] = await tx.select({ id: dictItems.id, code: dictItems.code, labelZh: dictItems.labelZh, effectiveFrom: dictItems.effectiveFrom, effectiveTo: dictItems.effectiveTo })
    .from(dictItems).where(and(
      eq(dictItems.typeCode, v.typeCode), eq(dictItems.code, v.code), eq(dictItems.active, true), v.id ? ne(dictItems.id, v.id) : undefined,
      sql`daterange(${dictItems.effectiveFrom}, ${dictItems.effectiveTo}, '[]') && daterange(${v.effectiveFrom}::date, ${v.effectiveTo}::date, '[]')`,
    )).orderBy(asc(dictItems.effectiveFrom)).limit(1);
  return o;
}

/**
 * Writes in a savepoint: an overlap (SQLSTATE 23P01 from the exclusion constraint) rolls back to
 * the savepoint only and becomes a 409 naming the existing version it overlaps.
 */
async function guarded<T>(tx: Db, v: Parameters<typeof findOverlap>[1], write: (sp: Db) => Promise<T>): Promise<T> {
  try {
    return await tx.transaction(write);
  } catch (e) {
    if (sqlState(e) !== EXCLUSION_VIOLATION) throw e;
    throw overlapConflict(v.typeCode, await findOverlap(tx, v));
  }
}

function checkPeriod(from: string, to: string | null | undefined, path = 'effectiveTo') {
  if (to && to < from) throw errors.validation([{ path, code: 'BEFORE_START', message: `失效日期 ${to} 早于生效日期 ${from}` }]);
}

/** Versions of dictionary entries: created, corrected, retired; never two active versions at once. */
export function createDictItemsService(db: Db) {
  async function typeOf(tx: Db, code: string) {
    const [t] = await tx.select().from(dictTypes).where(eq(dictTypes.code, code));
    if (!t) throw errors.notFound('字典', 'Dictionary');
    return t;
  }

  function where(typeCode: string, f: DictItemFilter): SQL | undefined {
    return and(
      eq(dictItems.typeCode, typeCode),
      f.q ? or(ilike(dictItems.code, likePattern(f.q)), ilike(dictItems.labelZh, likePattern(f.q)), ilike(dictItems.labelEn, likePattern(f.q))) : undefined,
      f.code ? eq(dictItems.code, f.code) : undefined,
      f.parentCode ? eq(dictItems.parentCode, f.parentCode) : undefined,
      f.onDate ? appliesOn(f.onDate) : undefined,
      f.active !== undefined ? eq(dictItems.active, f.active) : undefined,
      f.year !== undefined ? eq(dictItems.year, f.year) : undefined,
    );
  }

  async function list(typeCode: string, f: DictItemFilter, limit: number, offset: number) {
    await typeOf(db, typeCode);
    const w = where(typeCode, f);
    const sortable = { code: dictItems.code, labelZh: dictItems.labelZh, sort: dictItems.sort, effectiveFrom: dictItems.effectiveFrom, year: dictItems.year, value: dictItems.value };
    const [rows, [total]] = await Promise.all([
      db.select().from(dictItems).where(w)
        .orderBy(...orderBy(f.sort, sortable, [asc(dictItems.sort), asc(dictItems.code), desc(dictItems.effectiveFrom), asc(dictItems.id)])).limit(limit).offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(dictItems).where(w),
    ]);
    return { items: rows.map(itemView), total: total?.n ?? 0 };
  }

  async function get(id: string) {
    const [row] = await db.select().from(dictItems).where(eq(dictItems.id, id));
    if (!row) throw errors.notFound('字典条目', 'Dictionary item');
    return itemView(row);
  }

  async function create(actor: Actor, typeCode: string, input: DictItemInput) {
    return db.transaction(async (tx) => {
      const type = await typeOf(tx, typeCode);
      if (type.kind === 'factor' && (input.value === undefined || input.value === null)) {
        throw errors.validation([{ path: 'value', code: 'REQUIRED', message: '系数表的条目必须填写数值' }]);
      }
      checkPeriod(input.effectiveFrom, input.effectiveTo);
      const values: NewItem = { ...input, typeCode };
      const row = await guarded(tx, { typeCode, code: input.code, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo ?? null },
        async (sp) => (await sp.insert(dictItems).values(values).returning())[0]!);
      await appendAudit(tx, actor, { action: 'platform.dict-item.create', objectType: 'platform.dict-item', objectId: row.id, after: row });
      return itemView(row);
    });
  }

  async function change(actor: Actor, id: string, action: string, patch: DictItemPatch) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(dictItems).where(eq(dictItems.id, id)).for('no key update');
      if (!before) throw errors.notFound('字典条目', 'Dictionary item');
      const next = { ...before, ...patch };
      const type = await typeOf(tx, before.typeCode);
      if (type.kind === 'factor' && (next.value === undefined || next.value === null)) {
        throw errors.validation([{ path: 'value', code: 'REQUIRED', message: '系数表的条目必须填写数值' }]);
      }
      checkPeriod(next.effectiveFrom, next.effectiveTo);
      const after = await guarded(tx, { typeCode: before.typeCode, code: before.code, effectiveFrom: next.effectiveFrom, effectiveTo: next.effectiveTo ?? null, id },
        async (sp) => (await sp.update(dictItems).set({ ...patch, updatedAt: new Date() }).where(eq(dictItems.id, id)).returning())[0]!);
      await appendAudit(tx, actor, { action, objectType: 'platform.dict-item', objectId: id, before, after });
      return itemView(after);
    });
  }

  /** Corrects a version (audited with before/after). To change a value from a date on, retire it and add a new version. */
  const update = (actor: Actor, id: string, patch: DictItemPatch) => change(actor, id, 'platform.dict-item.update', patch);

  /** Ends a version: `effectiveTo` is its last valid day. */
  async function retire(actor: Actor, id: string, effectiveTo: string) {
    const [row] = await db.select({ from: dictItems.effectiveFrom }).from(dictItems).where(eq(dictItems.id, id));
    if (!row) throw errors.notFound('字典条目', 'Dictionary item');
    checkPeriod(row.from, effectiveTo);
    return change(actor, id, 'platform.dict-item.retire', { effectiveTo });
  }

  return { list, get, create, update, retire };
}

export type DictItemsService = ReturnType<typeof createDictItemsService>;
