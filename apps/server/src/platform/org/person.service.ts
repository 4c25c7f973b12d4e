import { and, asc, eq, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { maskMiddle, type FieldCrypto } from '../crypto/field-crypto.js';
import { jsonObject, jsonPage } from '../db/json-rows.js';
import { Binds, prepared, preparedFamily, shapeOf } from '../db/prepared.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { afterCursor, likePattern, lookup, nextCursorOf, orderBy, pageOfIds } from '../http/paging.js';
import { listTotal } from '../http/list-totals.js';
import { inScope, rowInScope, scopeCondition, type Bind, type Scope } from '../rbac/scope.js';
import { agencies, departments, people, positions } from './org.table.js';
import type { PersonInput } from './org.schemas.js';

export interface PersonFilter {
  q?: string | undefined;
  agencyId?: string | undefined;
  departmentId?: string | undefined;
  rank?: string | undefined;
  status?: string | undefined;
  adminLevel?: string | undefined;
  regionId?: string | undefined;
  idNumber?: string | undefined;
  sort?: string | undefined;
  /** Keyset paging: the cursor of the previous page's last row (default order only). */
  after?: string | undefined;
}

const sortable = { name: people.name, rank: people.rank, birthday: people.birthday, entryDate: people.entryDate, status: people.status, createdAt: people.createdAt };
const target = { agencyId: people.agencyId, departmentId: people.departmentId, personId: people.id };

const selection = {
  id: people.id, name: people.name, gender: people.gender, agencyId: people.agencyId, agencyName: agencies.name,
  departmentId: people.departmentId, departmentName: departments.name, positionId: people.positionId, rank: people.rank,
  post: people.post, adminLevel: people.adminLevel, birthday: people.birthday, entryDate: people.entryDate, status: people.status,
  idNumberMasked: people.idNumberMasked, mobileMasked: people.mobileMasked,
};

// why prepared: the most read record of the platform; built once, planned once per connection.
const personById = prepared('org_person_by_id', (db) => db.select(selection).from(people)
  .innerJoin(agencies, eq(agencies.id, people.agencyId)).leftJoin(departments, eq(departments.id, people.departmentId))
  .where(eq(people.id, sql.placeholder('id'))));

const pages = preparedFamily('org_person_page');
/** A row of the people list as the API writes it (`person` in org.schemas.ts), written by PostgreSQL (platform/db/json-rows.ts). */
const pageRowJson = jsonObject({
  ...selection,
  agencyName: lookup<string>(agencies, agencies.name, agencies.id, people.agencyId),
  departmentName: lookup<string | null>(departments, departments.name, departments.id, people.departmentId),
});

/** The stored (encrypted, indexed, masked) form of the personal fields of an input. */
function sealed(crypto: FieldCrypto, input: { idNumber?: string | null | undefined; mobile?: string | null | undefined }) {
  const out: Partial<typeof people.$inferInsert> = {};
  if (input.idNumber !== undefined) {
    const v = input.idNumber;
    Object.assign(out, v ? { idNumberEnc: crypto.encrypt(v), idNumberBidx: crypto.blindIndex(v), idNumberMasked: maskMiddle(v) } : { idNumberEnc: null, idNumberBidx: null, idNumberMasked: null });
  }
  if (input.mobile !== undefined) {
    const v = input.mobile;
    Object.assign(out, v ? { mobileEnc: crypto.encrypt(v), mobileBidx: crypto.blindIndex(v), mobileMasked: maskMiddle(v) } : { mobileEnc: null, mobileBidx: null, mobileMasked: null });
  }
  return out;
}

/** What the audit trail keeps of a person: never the ciphertexts. */
const auditable = (p: typeof people.$inferSelect) => {
  const { idNumberEnc: _a, idNumberBidx: _b, mobileEnc: _c, mobileBidx: _d, ...rest } = p;
  return rest;
};

export function createPersonService(db: Db, crypto: FieldCrypto) {
  function where(scopes: readonly Scope[], f: PersonFilter, bind: Bind = (v) => v): SQL | undefined {
    const q = f.q ? bind(likePattern(f.q)) : undefined;
    return and(
      scopeCondition(scopes, target, bind),
      q ? or(sql`${people.name} ilike ${q}`, sql`${people.post} ilike ${q}`) : undefined,
      f.agencyId ? sql`${people.agencyId} = ${bind(f.agencyId)}` : undefined,
      f.departmentId ? sql`${people.departmentId} = ${bind(f.departmentId)}` : undefined,
      f.rank ? sql`${people.rank} = ${bind(f.rank)}` : undefined,
      f.status ? sql`${people.status} = ${bind(f.status)}` : undefined,
      f.adminLevel ? sql`${people.adminLevel} = ${bind(f.adminLevel)}` : undefined,
      f.idNumber ? sql`${people.idNumberBidx} = ${bind(crypto.blindIndex(f.idNumber))}` : undefined,
      f.regionId ? sql`${people.agencyId} in (select a.id from platform_agency a join platform_region r on r.id = a.region_id where r.path like (select path from platform_region where id = ${bind(f.regionId)}) || '%')` : undefined,
    );
  }

  /** A page of people as the answer's JSON text, written by PostgreSQL (platform/db/json-rows.ts). */
  async function list(scopes: readonly Scope[], f: PersonFilter, limit: number, offset: number): Promise<string> {
    // why prepared by shape: the platform's most used list (platform/db/prepared.ts).
    const b = new Binds();
    const w = where(scopes, f, b.bind);
    const whereShape = shapeOf(w);
    const total = listTotal(db, people, w, { binds: b, shape: whereShape });
    const order = orderBy(f.sort, sortable, [asc(people.name), asc(people.id)]);
    const pageWhere = f.after ? and(w, afterCursor(f.after, [people.name, people.id], f.sort, 'asc', b.bind)) : w;
    const page = pageOfIds(people.id, people, pageWhere, order, limit, f.after ? 0 : offset);
    const shape = `${whereShape}|${f.sort ?? ''}|${f.after ? 'after' : ''}|${page.shape}|${total.source}`;
    // why one statement: the page is chosen on the person table alone (an index walk), only its rows are read, and the total rides along.
    const rows = await pages(shape, (h) => h.select({ name: people.name, id: people.id, json: pageRowJson, total: total.sql }).from(people).where(page.where).orderBy(...order))(db, { ...b.values, offset });
    return jsonPage(rows, { total: await total.of(rows, f.after ? 1 : offset), nextCursor: nextCursorOf(rows, limit, (r) => [r.name, r.id]) });
  }

  async function get(scopes: readonly Scope[], id: string) {
    const [row] = await personById(db, { id });
    // why after the read: the scope is decided from the row's own keys; a region scope asks the database.
    if (!row || !(await rowInScope(db, scopes, { agencyId: row.agencyId, departmentId: row.departmentId, personId: row.id }))) throw errors.notFound('人员', 'Person');
    return row;
  }

  async function checkRefs(tx: Db, scopes: readonly Scope[], agencyId: string, departmentId: string | null | undefined, idNumber: string | null | undefined, exceptId?: string, positionId?: string | null) {
    const [a] = await tx.select({ id: agencies.id, active: agencies.active }).from(agencies).where(eq(agencies.id, agencyId));
    if (!a) throw errors.validation([{ path: 'agencyId', code: 'NOT_FOUND', message: '所选单位不存在' }]);
    if (departmentId) {
      const [d] = await tx.select({ agencyId: departments.agencyId }).from(departments).where(eq(departments.id, departmentId));
      if (!d || d.agencyId !== agencyId) throw errors.validation([{ path: 'departmentId', code: 'NOT_IN_AGENCY', message: '所选处室不属于该单位' }]);
    }
    if (positionId) {
      const [p] = await tx.select({ agencyId: positions.agencyId }).from(positions).where(eq(positions.id, positionId));
      if (!p || p.agencyId !== agencyId) throw errors.validation([{ path: 'positionId', code: 'NOT_IN_AGENCY', message: '所选职位不存在或不属于该单位' }]);
    }
    if (!(await inScope(tx, scopes, { agencyId, departmentId: departmentId ?? null, personId: exceptId ?? null }))) throw errors.forbidden();
    if (idNumber) {
      const [dup] = await tx.select({ id: people.id, name: people.name }).from(people)
        .where(and(eq(people.idNumberBidx, crypto.blindIndex(idNumber)), exceptId ? sql`${people.id} <> ${exceptId}` : undefined));
      if (dup) throw errors.conflict('PERSON_ID_NUMBER_DUPLICATE', `身份证号已登记给“${dup.name}”`, 'The ID number is already registered to another person', { personId: dup.id });
    }
  }

  async function create(actor: Actor, scopes: readonly Scope[], input: PersonInput, tx?: Db) {
    const run = async (t: Db) => {
      await checkRefs(t, scopes, input.agencyId, input.departmentId, input.idNumber, undefined, input.positionId);
      const { idNumber, mobile, ...plain } = input;
      const [row] = await t.insert(people).values({ ...plain, ...sealed(crypto, { idNumber, mobile }) }).returning();
      await appendAudit(t, actor, { action: 'org.person.create', objectType: 'person', objectId: row!.id, after: auditable(row!) });
      return row!;
    };
    return tx ? run(tx) : db.transaction(run);
  }

  async function update(actor: Actor, scopes: readonly Scope[], id: string, patch: Partial<PersonInput>) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(people).where(and(eq(people.id, id), scopeCondition(scopes, target))).for('no key update');
      if (!before) throw errors.notFound('人员', 'Person');
      const agencyId = patch.agencyId ?? before.agencyId;
      const departmentId = patch.departmentId !== undefined ? patch.departmentId : patch.agencyId ? null : before.departmentId;
      await checkRefs(tx, scopes, agencyId, departmentId, patch.idNumber, id, patch.positionId);
      const { idNumber, mobile, ...plain } = patch;
      const [after] = await tx.update(people).set({ ...plain, departmentId, ...sealed(crypto, { idNumber, mobile }), updatedAt: new Date() }).where(eq(people.id, id)).returning();
      await appendAudit(tx, actor, { action: 'org.person.update', objectType: 'person', objectId: id, before: auditable(before), after: auditable(after!) });
      return after!;
    });
  }

  /** The clear ID number and mobile; every call is audited as a read of sensitive fields. */
  async function reveal(actor: Actor, scopes: readonly Scope[], id: string) {
    return db.transaction(async (tx) => {
      const [row] = await tx.select({ idNumberEnc: people.idNumberEnc, mobileEnc: people.mobileEnc }).from(people).where(and(eq(people.id, id), scopeCondition(scopes, target)));
      if (!row) throw errors.notFound('人员', 'Person');
      await appendAudit(tx, actor, { action: 'org.person.reveal', objectType: 'person', objectId: id, after: { fields: ['idNumber', 'mobile'] } });
      return {
        idNumber: row.idNumberEnc ? crypto.decrypt(row.idNumberEnc) : null,
        mobile: row.mobileEnc ? crypto.decrypt(row.mobileEnc) : null,
      };
    });
  }

  return { list, get, create, update, reveal };
}

export type PersonService = ReturnType<typeof createPersonService>;
