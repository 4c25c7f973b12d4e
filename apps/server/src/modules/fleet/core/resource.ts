/**
 * A small generic CRUD resource for the fleet's plain record tables (insurance, inspections,
 * violations, accidents, trainings, shops, stations…): list (scope + filters + sort + q in SQL,
 * paged), get, create, patch — each write in one transaction, audited in it. Rows carry an
 * `agency_id` (copied from their vehicle or driver on create) so the scope filter is one column.
 */
import { and, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { likePattern, listQuery, offsetOf, orderBy, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams, okBody } from '../../../platform/http/schemas.js';
import { inScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { day } from './schemas.js';

type Row = Record<string, unknown>;
type Cols = Record<string, PgColumn>;

export interface ResourceSpec<I extends z.ZodObject, O extends z.ZodObject> {
  path: string;
  table: PgTable;
  objectType: string;
  nameZh: string;
  nameEn: string;
  read: string;
  write: string;
  input: I;
  output: O;
  /** Filter fields (query) → column (equality). */
  filters?: Record<string, PgColumn>;
  /** Columns searched by `?q=`. */
  search?: PgColumn[];
  sortable: Record<string, PgColumn>;
  defaultSort: SQL[];
  /** The agency of a new row (from its vehicle or driver), checked against the write scope; throws 404/400 itself. */
  agencyOf?(tx: Db, input: z.infer<I>): Promise<string>;
  /** Further rule checks before insert/update (422 naming the rule). */
  check?(tx: Db, next: Row, before: Row | null): Promise<void>;
  /** Called after a create/patch in the same transaction (e.g. to move the vehicle's due date). */
  after?(tx: Db, row: Row): Promise<void>;
  /** Rows without an agency (shops): the scope does not filter them. */
  global?: boolean;
  /** Also mount `DELETE path/:id` (rows nothing else references, e.g. a mistyped charging session); audited in the same tx. */
  removable?: boolean;
}

/** Dates to ISO strings so the response schemas can be ISO instants. */
export function plain<T extends Row>(row: T): T {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : v;
  return out as T;
}

export function createResource<I extends z.ZodObject, O extends z.ZodObject>(db: Db, spec: ResourceSpec<I, O>) {
  const t = spec.table as unknown as Cols & PgTable;
  const agencyCol = (t as Cols).agencyId;
  const scopeOf = (scopes: readonly Scope[]) => (spec.global || !agencyCol ? undefined : scopeCondition(scopes, { agencyId: agencyCol }));

  function where(scopes: readonly Scope[], f: Row): SQL | undefined {
    const parts: Array<SQL | undefined> = [scopeOf(scopes)];
    for (const [k, col] of Object.entries(spec.filters ?? {})) if (f[k] !== undefined && f[k] !== null && f[k] !== '') parts.push(eq(col, f[k]));
    if (typeof f.q === 'string' && f.q && spec.search?.length) parts.push(or(...spec.search.map((c) => ilike(c, likePattern(f.q as string)))));
    return and(...parts);
  }

  async function list(scopes: readonly Scope[], f: Row, limit: number, offset: number) {
    const w = where(scopes, f);
    const [items, [total]] = await Promise.all([
      db.select().from(t).where(w).orderBy(...orderBy(f.sort as string | undefined, spec.sortable, spec.defaultSort)).limit(limit).offset(offset),
      db.select({ n: count() }).from(t).where(w),
    ]);
    return { items: (items as Row[]).map(plain), total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string, tx: Db = db) {
    const [row] = await tx.select().from(t).where(and(eq(t.id!, id), scopeOf(scopes)));
    if (!row) throw errors.notFound(spec.nameZh, spec.nameEn);
    return plain(row as Row);
  }

  async function create(actor: Actor, scopes: readonly Scope[], input: z.infer<I>) {
    return db.transaction(async (tx) => {
      const values: Row = { ...(input as Row) };
      if (spec.agencyOf) {
        values.agencyId = await spec.agencyOf(tx, input);
        if (!(await inScope(tx, scopes, { agencyId: values.agencyId as string }))) throw errors.forbidden();
      }
      if (spec.check) await spec.check(tx, values, null);
      const [row] = (await tx.insert(t).values(values as never).returning()) as Row[];
      await appendAudit(tx, actor, { action: `${spec.objectType}.create`, objectType: spec.objectType, objectId: row!.id as string, after: row });
      if (spec.after) await spec.after(tx, row!);
      return plain(row!);
    });
  }

  async function update(actor: Actor, scopes: readonly Scope[], id: string, patch: Partial<z.infer<I>>) {
    return db.transaction(async (tx) => {
      const [before] = (await tx.select().from(t).where(and(eq(t.id!, id), scopeOf(scopes))).for('no key update')) as Row[];
      if (!before) throw errors.notFound(spec.nameZh, spec.nameEn);
      const next = { ...before, ...(patch as Row) };
      if (spec.agencyOf) {
        // why: a record moved to another vehicle/driver/agency takes that one's agency, which must be in scope too.
        next.agencyId = await spec.agencyOf(tx, next as z.infer<I>);
        if (next.agencyId !== before.agencyId && !(await inScope(tx, scopes, { agencyId: next.agencyId as string }))) throw errors.forbidden();
        if (next.agencyId !== before.agencyId) (patch as Row).agencyId = next.agencyId;
      }
      if (spec.check) await spec.check(tx, next, before);
      // why: `check` may normalise values (ISO strings to Dates); the update takes them from `next`.
      const set: Row = Object.fromEntries(Object.keys(patch as Row).map((k) => [k, next[k]]));
      if ('updatedAt' in t) set.updatedAt = new Date();
      const [row] = (await tx.update(t).set(set as never).where(eq(t.id!, id)).returning()) as Row[];
      await appendAudit(tx, actor, { action: `${spec.objectType}.update`, objectType: spec.objectType, objectId: id, before, after: row });
      if (spec.after) await spec.after(tx, row!);
      return plain(row!);
    });
  }

  async function remove(actor: Actor, scopes: readonly Scope[], id: string) {
    return db.transaction(async (tx) => {
      const [before] = (await tx.delete(t).where(and(eq(t.id!, id), scopeOf(scopes))).returning()) as Row[];
      if (!before) throw errors.notFound(spec.nameZh, spec.nameEn);
      await appendAudit(tx, actor, { action: `${spec.objectType}.delete`, objectType: spec.objectType, objectId: id, before });
      return { ok: true };
    });
  }

  // why: a filter value reaches SQL typed like its column, so a malformed uuid, boolean or date is a 400 here, never a database error.
  const filterSchema = (col: PgColumn) => {
    switch (col.columnType) {
      case 'PgUUID': return z.uuid().optional();
      case 'PgBoolean': return z.enum(['true', 'false']).transform((v) => v === 'true').optional();
      case 'PgDateString': return day.optional();
      case 'PgInteger': return z.coerce.number().int().min(-2_000_000_000).max(2_000_000_000).optional();
      default: return z.string().max(100).optional();
    }
  };
  const filterQuery = z.object({
    ...listQuery,
    ...Object.fromEntries(Object.entries(spec.filters ?? {}).map(([k, col]) => [k, filterSchema(col)])),
  });

  async function registerRoutes(app: FastifyInstance) {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['fleet'];
    const out = spec.output;
    r.get(spec.path, {
      config: { permission: spec.read },
      schema: { tags, summary: `${spec.nameZh}列表 List ${spec.nameEn}`, querystring: filterQuery, response: { 200: pageOf(out), 400: errorBody } },
    }, async (req) => {
      const { page, pageSize, ...f } = req.query as Row & { page: number; pageSize: number };
      const { limit, offset } = offsetOf({ page, pageSize });
      return list(req.scopes, f, limit, offset) as never;
    });
    r.get(`${spec.path}/:id`, {
      config: { permission: spec.read },
      schema: { tags, summary: `${spec.nameZh}详情 Get ${spec.nameEn}`, params: idParams, response: { 200: out, 404: errorBody } },
    }, (async (req: { scopes: Scope[]; params: { id: string } }) => get(req.scopes, req.params.id)) as never);
    r.post(spec.path, {
      config: { permission: spec.write },
      schema: { tags, summary: `新增${spec.nameZh} Create ${spec.nameEn}`, body: spec.input, response: { 201: out, 400: errorBody, 404: errorBody, 422: errorBody } },
    }, (async (req: FastifyRequest, reply: FastifyReply) => reply.status(201).send(await create(actorOf(req), req.scopes, req.body as z.infer<I>))) as never);
    r.patch(`${spec.path}/:id`, {
      config: { permission: spec.write },
      schema: { tags, summary: `修改${spec.nameZh} Update ${spec.nameEn}`, params: idParams, body: spec.input.partial(), response: { 200: out, 400: errorBody, 404: errorBody, 422: errorBody } },
    }, (async (req: FastifyRequest) => update(actorOf(req), req.scopes, (req.params as { id: string }).id, req.body as Partial<z.infer<I>>)) as never);
    if (spec.removable) {
      r.delete(`${spec.path}/:id`, {
        config: { permission: spec.write },
        schema: { tags, summary: `删除${spec.nameZh} Delete ${spec.nameEn}`, params: idParams, response: { 200: okBody, 404: errorBody } },
      }, (async (req: FastifyRequest) => remove(actorOf(req), req.scopes, (req.params as { id: string }).id)) as never);
    }
  }

  return { list, get, create, update, remove, where, registerRoutes };
}

/** `agencyOf` for rows that belong to a vehicle: the vehicle's agency (400 naming the field when absent). */
export const agencyOfVehicle = async (tx: Db, vehicleId: string): Promise<string> => {
  const r = (await tx.execute(sql`select agency_id from fleet_vehicle where id = ${vehicleId}`)) as unknown as { rows: Array<{ agency_id: string }> };
  const a = r.rows[0]?.agency_id;
  if (!a) throw errors.validation([{ path: 'vehicleId', code: 'NOT_FOUND', message: '所选车辆不存在' }]);
  return a;
};

export const agencyOfDriver = async (tx: Db, driverId: string): Promise<string> => {
  const r = (await tx.execute(sql`select agency_id from fleet_driver where id = ${driverId}`)) as unknown as { rows: Array<{ agency_id: string }> };
  const a = r.rows[0]?.agency_id;
  if (!a) throw errors.validation([{ path: 'driverId', code: 'NOT_FOUND', message: '所选驾驶员不存在' }]);
  return a;
};
