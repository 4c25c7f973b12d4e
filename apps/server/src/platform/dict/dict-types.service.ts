import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { likePattern, orderBy } from '../http/paging.js';
import type { DictTypeInput, DictTypePatch } from './dict.schemas.js';
import { typeView } from './dict.shape.js';
import { dictTypes } from './dict.table.js';

// why qualified: inside the subquery an unqualified "code" would mean the item's own code column.
const itemCount = sql<number>`(select count(*)::int from platform_dict_item i where i.type_code = "platform_dict_type"."code" and i.active)`;

/** Dictionary types (code tables and factor tables). */
export function createDictTypesService(db: Db) {
  async function list(f: { q?: string | undefined; kind?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(
      f.q ? or(ilike(dictTypes.code, likePattern(f.q)), ilike(dictTypes.nameZh, likePattern(f.q)), ilike(dictTypes.nameEn, likePattern(f.q))) : undefined,
      f.kind ? eq(dictTypes.kind, f.kind) : undefined,
    );
    const [rows, [total]] = await Promise.all([
      db.select({ t: dictTypes, n: itemCount }).from(dictTypes).where(w)
        .orderBy(...orderBy(f.sort, { code: dictTypes.code, nameZh: dictTypes.nameZh, sort: dictTypes.sort }, [asc(dictTypes.sort), asc(dictTypes.code)])).limit(limit).offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(dictTypes).where(w),
    ]);
    return { items: rows.map((r) => typeView(r.t, r.n)), total: total?.n ?? 0 };
  }

  async function get(code: string, tx: Db = db) {
    const [row] = await tx.select({ t: dictTypes, n: itemCount }).from(dictTypes).where(eq(dictTypes.code, code));
    if (!row) throw errors.notFound('字典', 'Dictionary');
    return typeView(row.t, row.n);
  }

  async function create(actor: Actor, input: DictTypeInput) {
    return db.transaction(async (tx) => {
      const [dup] = await tx.select({ code: dictTypes.code }).from(dictTypes).where(eq(dictTypes.code, input.code));
      if (dup) throw errors.conflict('DICT_TYPE_DUPLICATE', `字典编码“${input.code}”已存在`, `Dictionary ${input.code} exists`, { code: input.code });
      const [row] = await tx.insert(dictTypes).values({ ...input, unit: input.unit ?? null, description: input.description ?? null }).returning();
      await appendAudit(tx, actor, { action: 'platform.dict-type.create', objectType: 'platform.dict-type', objectId: input.code, after: row });
      return typeView(row!, 0);
    });
  }

  async function update(actor: Actor, code: string, patch: DictTypePatch) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(dictTypes).where(eq(dictTypes.code, code)).for('no key update');
      if (!before) throw errors.notFound('字典', 'Dictionary');
      const [after] = await tx.update(dictTypes).set({ ...patch, updatedAt: new Date() }).where(eq(dictTypes.code, code)).returning();
      await appendAudit(tx, actor, { action: 'platform.dict-type.update', objectType: 'platform.dict-type', objectId: code, before, after });
      return get(code, tx);
    });
  }

  return { list, get, create, update };
}

export type DictTypesService = ReturnType<typeof createDictTypesService>;
