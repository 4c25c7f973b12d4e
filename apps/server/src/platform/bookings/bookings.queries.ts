/** Reads: one booking, filtered lists, and "which resources are free in [from, to)" — all paged in SQL. */
import { and, asc, count, eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/types.js';
import { orderBy } from '../http/paging.js';
import { scopeCondition, type Scope } from '../rbac/scope.js';
import { badRange, bookingNotFound } from './bookings.errors.js';
import { bookingColumns, holding, rangeSql, type Booking } from './bookings.store.js';
import { bookings, type BookingState } from './bookings.table.js';

export interface BookingFilter {
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  state?: readonly BookingState[] | undefined;
  /** Bookings overlapping [from, to). */
  from?: Date | undefined;
  to?: Date | undefined;
  holderAgencyId?: string | undefined;
  holderPersonId?: string | undefined;
  refType?: string | undefined;
  refId?: string | undefined;
  seriesId?: string | undefined;
  sort?: string | undefined;
}

export interface FreeQuery {
  resourceType: string;
  /**
   * The resources to consider: a list of ids, or a SQL subquery whose result has a uuid column
   * named `id`, e.g. sql`select id from fleet_vehicle where agency_id = ${agencyId} and active`.
   */
  candidates: readonly string[] | SQL;
  from: Date;
  to: Date;
  page?: number | undefined;
  pageSize?: number | undefined;
}

const sortable = { startsAt: bookings.startsAt, endsAt: bookings.endsAt, createdAt: bookings.createdAt, state: bookings.state, resourceType: bookings.resourceType };

export function createBookingQueries(db: Db, clock: () => Date) {
  function where(scopes: readonly Scope[] | undefined, f: BookingFilter): SQL | undefined {
    const from = f.from ?? new Date(-8.64e15);
    const to = f.to ?? new Date(8.64e15);
    return and(
      scopes ? scopeCondition(scopes, { agencyId: bookings.holderAgencyId, personId: bookings.holderPersonId }) : undefined,
      f.resourceType ? eq(bookings.resourceType, f.resourceType) : undefined,
      f.resourceId ? eq(bookings.resourceId, f.resourceId) : undefined,
      f.state?.length ? inArray(bookings.state, [...f.state]) : undefined,
      f.from || f.to ? sql`${bookings.during} && ${rangeSql(from, to)}` : undefined,
      f.holderAgencyId ? eq(bookings.holderAgencyId, f.holderAgencyId) : undefined,
      f.holderPersonId ? eq(bookings.holderPersonId, f.holderPersonId) : undefined,
      f.refType ? eq(bookings.refType, f.refType) : undefined,
      f.refId ? eq(bookings.refId, f.refId) : undefined,
      f.seriesId ? eq(bookings.seriesId, f.seriesId) : undefined,
    );
  }

  /**
   * A SQL condition "resource `idColumn` of this type is free in [from, to)", to embed in a
   * module's own paged query. Lapsed tentative holds do not count.
   */
  function freeCondition(resourceType: string, idColumn: SQLWrapper, from: Date, to: Date, now: Date = clock()): SQL {
    return sql`not exists (select 1 from ${bookings} where ${holding(resourceType, idColumn, from, to, now)})`;
  }

  return {
    freeCondition,

    /** A page of bookings; `scopes` (from a request) narrows it to the holder agencies the account may see. */
    async list(scopes: readonly Scope[] | undefined, f: BookingFilter, limit: number, offset: number): Promise<{ items: Booking[]; total: number }> {
      if (f.from && f.to && f.from >= f.to) throw badRange('to');
      const w = where(scopes, f);
      const [items, [total]] = await Promise.all([
        db.select(bookingColumns).from(bookings).where(w).orderBy(...orderBy(f.sort, sortable, [asc(bookings.startsAt), asc(bookings.id)])).limit(limit).offset(offset),
        db.select({ n: count() }).from(bookings).where(w),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    async get(id: string, scopes?: readonly Scope[], tx: Db = db): Promise<Booking> {
      const [row] = await tx.select(bookingColumns).from(bookings)
        .where(and(eq(bookings.id, id), scopes ? scopeCondition(scopes, { agencyId: bookings.holderAgencyId, personId: bookings.holderPersonId }) : undefined));
      if (!row) throw bookingNotFound();
      return row;
    },

    /** The candidate ids free in [from, to), ordered by id and paged in SQL, with the total. */
    async freeResources(q: FreeQuery, tx: Db = db): Promise<{ items: string[]; total: number }> {
      if (q.from >= q.to) throw badRange('to');
      const pageSize = Math.min(Math.max(q.pageSize ?? 20, 1), 200);
      const offset = (Math.max(q.page ?? 1, 1) - 1) * pageSize;
      const source = Array.isArray(q.candidates)
        ? sql`select unnest(${sql.param(q.candidates)}::uuid[]) as id`
        : (q.candidates as SQL);
      const free = freeCondition(q.resourceType, sql`c.id`, q.from, q.to);
      const r = await tx.execute(sql`
        select c.id::text as id, count(*) over ()::int as total
        from (select distinct id from (${source}) s) c
        where ${free}
        order by c.id limit ${pageSize} offset ${offset}`);
      const rows = (r as unknown as { rows: Array<{ id: string; total: number }> }).rows;
      if (rows.length > 0 || offset === 0) return { items: rows.map((x) => x.id), total: rows[0]?.total ?? 0 };
      const c = await tx.execute(sql`select count(*)::int as n from (select distinct id from (${source}) s) c where ${free}`);
      return { items: [], total: (c as unknown as { rows: Array<{ n: number }> }).rows[0]?.n ?? 0 };
    },
  };
}

export type BookingQueries = ReturnType<typeof createBookingQueries>;
