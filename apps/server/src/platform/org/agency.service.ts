import { and, asc, eq, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { Binds, preparedFamily, shapeOf } from '../db/prepared.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { keepQualified, likePattern, lookup, orderBy, pageOfIds } from '../http/paging.js';
import { listTotal } from '../http/list-totals.js';
import { inScope, scopeCondition, type Bind, type Scope } from '../rbac/scope.js';
import { agencies, people, regions } from './org.table.js';
import type { AgencyInput } from './org.schemas.js';

export interface AgencyFilter {
  q?: string | undefined;
  regionId?: string | undefined;
  kind?: string | undefined;
  active?: boolean | undefined;
  sort?: string | undefined;
}

const sortable = { code: agencies.code, name: agencies.name, kind: agencies.kind, headcount: agencies.headcount, createdAt: agencies.createdAt };

const pages = preparedFamily('org_agency_page');
const regionNameOfRow = lookup<string>(regions, regions.name, regions.id, agencies.regionId);

export function createAgencyService(db: Db) {
  const peopleCount = keepQualified(sql<number>`(select count(*)::int from ${people} p where p.agency_id = ${agencies.id} and p.status = 'active')`);
  const selection = {
    id: agencies.id, code: agencies.code, name: agencies.name, shortName: agencies.shortName, kind: agencies.kind,
    regionId: agencies.regionId, regionName: regions.name, headcount: agencies.headcount, address: agencies.address,
    active: agencies.active, peopleCount,
  };

  function where(scopes: readonly Scope[], f: AgencyFilter, bind: Bind = (v) => v): SQL | undefined {
    const q = f.q ? bind(likePattern(f.q)) : undefined;
    return and(
      scopeCondition(scopes, { agencyId: agencies.id }, bind),
      q ? or(sql`${agencies.name} ilike ${q}`, sql`${agencies.code} ilike ${q}`, sql`${agencies.shortName} ilike ${q}`) : undefined,
      f.regionId ? sql`${agencies.regionId} in (select id from platform_region where path like (select path from platform_region where id = ${bind(f.regionId)}) || '%')` : undefined,
      f.kind ? sql`${agencies.kind} = ${bind(f.kind)}` : undefined,
      f.active !== undefined ? sql`${agencies.active} = ${bind(f.active)}` : undefined,
    );
  }

  async function list(scopes: readonly Scope[], f: AgencyFilter, limit: number, offset: number) {
    // why prepared by shape: see platform/db/prepared.ts.
    const b = new Binds();
    const w = where(scopes, f, b.bind);
    const whereShape = shapeOf(w);
    const total = listTotal(db, agencies, w, { binds: b, shape: whereShape });
    const order = orderBy(f.sort, sortable, [asc(agencies.sort), asc(agencies.code)]);
    const page = pageOfIds(agencies.id, agencies, w, order, limit, offset);
    const shape = `${whereShape}|${f.sort ?? ''}|${page.shape}|${total.source}`;
    // why one statement: the page is chosen on the agency table alone, only its rows are read (their head counts and region names by key), and the total rides along.
    const rows = await pages(shape, (h) => h.select({ ...selection, regionName: regionNameOfRow, total: total.sql }).from(agencies).where(page.where).orderBy(...order))(db, { ...b.values, offset });
    return { items: rows.map(({ total: _t, ...r }) => r), total: await total.of(rows, offset) };
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [row] = await db.select(selection).from(agencies).innerJoin(regions, eq(regions.id, agencies.regionId))
      .where(and(eq(agencies.id, id), scopeCondition(scopes, { agencyId: agencies.id })));
    if (!row) throw errors.notFound('单位', 'Agency');
    return row;
  }

  async function assertUnique(tx: Db, input: Partial<AgencyInput>, exceptId?: string) {
    const clash = await tx.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies)
      .where(and(or(input.code ? eq(agencies.code, input.code) : sql`false`, input.name ? eq(agencies.name, input.name) : sql`false`), exceptId ? sql`${agencies.id} <> ${exceptId}` : undefined));
    const c = clash[0];
    if (!c) return;
    const field = c.code === input.code ? 'code' : 'name';
    const label = field === 'code' ? `编码“${input.code}”` : `名称“${input.name}”`;
    throw errors.conflict('AGENCY_DUPLICATE', `${label}已被单位“${c.name}”使用`, `The agency ${field} is already used by ${c.name}`, { agencyId: c.id, field });
  }

  async function assertRegion(tx: Db, regionId: string) {
    const [r] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId));
    if (!r) throw errors.validation([{ path: 'regionId', code: 'NOT_FOUND', message: '所选区域不存在' }]);
  }

  async function create(actor: Actor, scopes: readonly Scope[], input: AgencyInput, tx?: Db) {
    const run = async (t: Db) => {
      await assertRegion(t, input.regionId);
      await assertUnique(t, input);
      const [row] = await t.insert(agencies).values({ ...input, shortName: input.shortName ?? null, address: input.address ?? null }).returning();
      if (!row) throw new Error('insert returned nothing');
      if (!(await inScope(t, scopes, { agencyId: row.id }))) throw errors.forbidden();
      await appendAudit(t, actor, { action: 'org.agency.create', objectType: 'agency', objectId: row.id, after: row });
      return row;
    };
    return tx ? run(tx) : db.transaction(run);
  }

  async function update(actor: Actor, scopes: readonly Scope[], id: string, patch: Partial<AgencyInput> & { active?: boolean }) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(agencies).where(and(eq(agencies.id, id), scopeCondition(scopes, { agencyId: agencies.id }))).for('no key update');
      if (!before) throw errors.notFound('单位', 'Agency');
      if (patch.regionId) await assertRegion(tx, patch.regionId);
      await assertUnique(tx, patch, id);
      const [after] = await tx.update(agencies).set({ ...patch, updatedAt: new Date() }).where(eq(agencies.id, id)).returning();
      const action = patch.active === false ? 'org.agency.deactivate' : patch.active === true ? 'org.agency.activate' : 'org.agency.update';
      await appendAudit(tx, actor, { action, objectType: 'agency', objectId: id, before, after });
      return after!;
    });
  }

  return { list, get, create, update, where };
}

export type AgencyService = ReturnType<typeof createAgencyService>;
