/**
 * 用车申请: a cadre files a request, it is approved by the agency's flow (workflow business type
 * `fleet.trip`), then it waits for dispatch. The workflow callbacks keep the status in step.
 */
import { and, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { likePattern, orderBy } from '../../../platform/http/paging.js';
import { agencies, people } from '../../../platform/org/org.table.js';
import { inScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { BusinessType, CallbackContext, Caller } from '../../../platform/workflow/index.js';
import { fleetTripRequests as R, fleetTrips, type TripRequestStatus } from '../db/trips.table.js';
import { fleetDrivers } from '../db/drivers.table.js';
import { fleetVehicles } from '../db/vehicles.table.js';
import type { FleetContext } from '../fleet.context.js';

export const TRIP_BUSINESS_TYPE = 'fleet.trip';

export interface TripRequestInput {
  passengerCount: number;
  passengerNames?: string[] | undefined;
  origin: string;
  destinations: string[];
  destLat?: number | null | undefined;
  destLon?: number | null | undefined;
  plannedStart: Date;
  plannedEnd: Date;
  purpose: string;
  inCity: boolean;
  needDriver: boolean;
}

export interface TripRequestFilter {
  status?: TripRequestStatus[] | undefined;
  mine?: boolean | undefined;
  agencyId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  q?: string | undefined;
  sort?: string | undefined;
}

const scopeOf = { agencyId: R.agencyId, departmentId: R.departmentId, personId: R.applicantPersonId };

async function setStatus(ctx: CallbackContext, status: TripRequestStatus) {
  const decided = status !== 'returned';
  await ctx.tx.update(R).set({ status, decidedAt: decided ? new Date() : null, updatedAt: new Date() }).where(eq(R.id, ctx.instance.businessId));
  await appendAudit(ctx.tx, ctx.actor, { action: `fleet.trip-request.${status}`, objectType: 'fleet.trip-request', objectId: ctx.instance.businessId, after: { status, comment: ctx.comment } });
}

/** The workflow business type: approval makes the request ready for dispatch. */
export const tripBusinessType: BusinessType = {
  type: TRIP_BUSINESS_TYPE, nameZh: '公务用车申请', nameEn: 'Official car request',
  link: (id) => `/fleet/trip-requests/${id}`,
  onApproved: (ctx) => setStatus(ctx, 'approved'),
  onRejected: (ctx) => setStatus(ctx, 'rejected'),
  onWithdrawn: (ctx) => setStatus(ctx, 'withdrawn'),
  onReturned: (ctx) => setStatus(ctx, 'returned'),
};

function checkWindow(input: Pick<TripRequestInput, 'plannedStart' | 'plannedEnd' | 'passengerCount' | 'passengerNames'>) {
  if (input.plannedEnd <= input.plannedStart) {
    throw errors.validation([{ path: 'plannedEnd', code: 'WINDOW_ORDER', message: '结束时间须晚于开始时间' }]);
  }
  if (input.passengerNames && input.passengerNames.length > input.passengerCount) {
    throw errors.validation([{ path: 'passengerNames', code: 'TOO_MANY_NAMES', message: `乘车人姓名 ${input.passengerNames.length} 个，多于乘车人数 ${input.passengerCount}` }]);
  }
}

const titleOf = (i: Pick<TripRequestInput, 'origin' | 'destinations' | 'plannedStart'>) =>
  `用车申请：${i.origin} → ${i.destinations[i.destinations.length - 1]}（${new Date(i.plannedStart.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')}）`;

const columns = {
  id: R.id, agencyId: R.agencyId, agencyName: agencies.name, departmentId: R.departmentId, applicantPersonId: R.applicantPersonId,
  applicantName: people.name, passengerCount: R.passengerCount, passengerNames: R.passengerNames, origin: R.origin,
  destinations: R.destinations, destLat: R.destLat, destLon: R.destLon, plannedStart: R.plannedStart, plannedEnd: R.plannedEnd,
  purpose: R.purpose, inCity: R.inCity, needDriver: R.needDriver, status: R.status, instanceId: R.instanceId, tripId: R.tripId,
  rating: R.rating, ratingComment: R.ratingComment, decidedAt: R.decidedAt, createdAt: R.createdAt, updatedAt: R.updatedAt,
};

export function createTripRequestService(ctx: FleetContext) {
  const { db, workflow } = ctx;

  async function create(caller: Caller, scopes: readonly Scope[], input: TripRequestInput) {
    checkWindow(input);
    if (!caller.personId) throw errors.rule('FLEET_NO_PERSON', '当前账号未关联人员，不能申请用车', 'The account is not linked to a person');
    const id = await db.transaction(async (tx) => {
      const [p] = await tx.select({ agencyId: people.agencyId, departmentId: people.departmentId }).from(people).where(eq(people.id, caller.personId!));
      if (!p) throw errors.rule('FLEET_NO_PERSON', '当前账号关联的人员不存在', 'The linked person does not exist');
      if (!(await inScope(tx, scopes, { agencyId: p.agencyId, departmentId: p.departmentId, personId: caller.personId }))) throw errors.forbidden();
      const [row] = await tx.insert(R).values({
        agencyId: p.agencyId, departmentId: p.departmentId, applicantPersonId: caller.personId!, applicantAccountId: caller.actor.accountId,
        passengerCount: input.passengerCount, passengerNames: input.passengerNames ?? [], origin: input.origin, destinations: input.destinations,
        destLat: input.destLat ?? null, destLon: input.destLon ?? null, plannedStart: input.plannedStart, plannedEnd: input.plannedEnd,
        purpose: input.purpose, inCity: input.inCity, needDriver: input.needDriver, status: 'pending',
      }).returning();
      await appendAudit(tx, caller.actor, { action: 'fleet.trip-request.create', objectType: 'fleet.trip-request', objectId: row!.id, after: row });
      const inst = await workflow.submit(caller, { businessType: TRIP_BUSINESS_TYPE, businessId: row!.id, title: titleOf(input), subject: { kind: input.inCity ? 'in-city' : 'out-of-city', amountFen: null } }, tx);
      await tx.update(R).set({ instanceId: inst.id }).where(eq(R.id, row!.id));
      return row!.id;
    });
    return get(scopes, id);
  }

  async function list(scopes: readonly Scope[], personId: string | null, f: TripRequestFilter, limit: number, offset: number) {
    const where = and(
      scopeCondition(scopes, scopeOf),
      f.mine ? (personId ? eq(R.applicantPersonId, personId) : sql`false`) : undefined,
      f.status?.length ? inArray(R.status, f.status) : undefined,
      f.agencyId ? eq(R.agencyId, f.agencyId) : undefined,
      f.from ? sql`${R.plannedEnd} > ${f.from.toISOString()}::timestamptz` : undefined,
      f.to ? sql`${R.plannedStart} < ${f.to.toISOString()}::timestamptz` : undefined,
      f.q ? or(ilike(R.purpose, likePattern(f.q)), ilike(R.origin, likePattern(f.q)), ilike(people.name, likePattern(f.q)), sql`array_to_string(${R.destinations}, ' ') ilike ${likePattern(f.q)}`) : undefined,
    );
    const order = orderBy(f.sort, { plannedStart: R.plannedStart, createdAt: R.createdAt, status: R.status, passengerCount: R.passengerCount }, [desc(R.plannedStart), desc(R.id)]);
    const base = () => db.select(columns).from(R).innerJoin(people, eq(people.id, R.applicantPersonId)).innerJoin(agencies, eq(agencies.id, R.agencyId));
    const [items, [total]] = await Promise.all([
      base().where(where).orderBy(...order).limit(limit).offset(offset),
      db.select({ n: count() }).from(R).innerJoin(people, eq(people.id, R.applicantPersonId)).where(where),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  /** One request inside the scopes, else 404. */
  async function get(scopes: readonly Scope[], id: string, tx: Db = db) {
    const [row] = await tx.select(columns).from(R).innerJoin(people, eq(people.id, R.applicantPersonId)).innerJoin(agencies, eq(agencies.id, R.agencyId))
      .where(and(eq(R.id, id), scopeCondition(scopes, scopeOf)));
    if (!row) throw errors.notFound('用车申请', 'Trip request');
    return row;
  }

  /** The request with its approval timeline and the trip that serves it. */
  async function detail(scopes: readonly Scope[], id: string, accountId: string) {
    const row = await get(scopes, id);
    // why canDefine=true: the caller passed this module's data-scope check on the request it belongs to.
    const inst = row.instanceId ? await workflow.instance(row.instanceId, accountId, true) : null;
    const history = (inst?.events ?? []).map((e) => ({ at: e.at, action: e.action, actorName: e.actorName, comment: e.comment ?? null }));
    const [trip] = row.tripId ? await db.select({
      id: fleetTrips.id, status: fleetTrips.status, vehicleId: fleetTrips.vehicleId, plate: fleetVehicles.plate, driverId: fleetTrips.driverId, driverName: fleetDrivers.name,
      plannedStart: fleetTrips.plannedStart, plannedEnd: fleetTrips.plannedEnd, departedAt: fleetTrips.departedAt, returnedAt: fleetTrips.returnedAt,
      departureKm: fleetTrips.departureKm, returnKm: fleetTrips.returnKm, km: fleetTrips.km, emergency: fleetTrips.emergency, cancelReason: fleetTrips.cancelReason,
      createdAt: fleetTrips.createdAt,
    }).from(fleetTrips).innerJoin(fleetVehicles, eq(fleetVehicles.id, fleetTrips.vehicleId)).leftJoin(fleetDrivers, eq(fleetDrivers.id, fleetTrips.driverId))
      .where(eq(fleetTrips.id, row.tripId)) : [];
    if (trip) {
      history.push({ at: trip.createdAt, action: 'dispatch', actorName: '调度员', comment: null });
      if (trip.departedAt) history.push({ at: trip.departedAt, action: 'depart', actorName: '驾驶员', comment: null });
      if (trip.returnedAt) history.push({ at: trip.returnedAt, action: 'return', actorName: '驾驶员', comment: null });
    }
    history.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
    return { ...row, history, trip: trip ?? null };
  }

  async function ownRow(tx: Db, caller: Caller, id: string) {
    const [row] = await tx.select().from(R).where(eq(R.id, id)).for('no key update');
    if (!row || row.applicantAccountId !== caller.actor.accountId) throw errors.notFound('用车申请', 'Trip request');
    return row;
  }

  /**
   * The applicant withdraws: while in approval through the workflow; once approved (not yet
   * dispatched) the request is simply cancelled. A dispatched request is cancelled by the dispatcher.
   */
  async function withdraw(caller: Caller, scopes: readonly Scope[], id: string, comment: string | null) {
    await db.transaction(async (tx) => {
      const row = await ownRow(tx, caller, id);
      if ((row.status === 'pending' || row.status === 'returned') && row.instanceId) {
        await workflow.withdraw(caller, row.instanceId, { comment }, tx);
      } else if (row.status === 'approved') {
        await tx.update(R).set({ status: 'cancelled', updatedAt: new Date() }).where(eq(R.id, id));
        await appendAudit(tx, caller.actor, { action: 'fleet.trip-request.cancel', objectType: 'fleet.trip-request', objectId: id, before: row, after: { status: 'cancelled', comment } });
      } else {
        throw errors.conflict('FLEET_REQUEST_STATE', `申请当前状态为“${row.status}”，不能撤回${row.status === 'dispatched' ? '（已派车，请联系调度员取消出车）' : ''}`, `A ${row.status} request cannot be withdrawn`, { status: row.status });
      }
    });
    return get(scopes, id);
  }

  /** After a return for edits: the applicant changes the request and the approval starts over. */
  async function resubmit(caller: Caller, scopes: readonly Scope[], id: string, input: TripRequestInput & { comment?: string | null | undefined }) {
    checkWindow(input);
    await db.transaction(async (tx) => {
      const before = await ownRow(tx, caller, id);
      if (before.status !== 'returned' || !before.instanceId) throw errors.conflict('FLEET_REQUEST_STATE', '只有被退回的申请可以修改后重新提交', 'Only a returned request can be resubmitted', { status: before.status });
      const [after] = await tx.update(R).set({
        passengerCount: input.passengerCount, passengerNames: input.passengerNames ?? [], origin: input.origin, destinations: input.destinations,
        destLat: input.destLat ?? null, destLon: input.destLon ?? null, plannedStart: input.plannedStart, plannedEnd: input.plannedEnd,
        purpose: input.purpose, inCity: input.inCity, needDriver: input.needDriver, status: 'pending', updatedAt: new Date(),
      }).where(eq(R.id, id)).returning();
      await appendAudit(tx, caller.actor, { action: 'fleet.trip-request.update', objectType: 'fleet.trip-request', objectId: id, before, after });
      await workflow.resubmit(caller, before.instanceId, { title: titleOf(input), subject: { kind: input.inCity ? 'in-city' : 'out-of-city', amountFen: null }, comment: input.comment ?? null }, tx);
    });
    return get(scopes, id);
  }

  /** The applicant rates the finished trip of their request (1–5); the trip keeps the average. */
  async function rate(caller: Caller, scopes: readonly Scope[], id: string, input: { rating: number; comment?: string | null | undefined }) {
    await db.transaction(async (tx) => {
      const row = await ownRow(tx, caller, id);
      if (row.status !== 'completed' || !row.tripId) throw errors.conflict('FLEET_REQUEST_STATE', '只有已完成（已收车）的用车可以评价', 'Only a completed trip can be rated', { status: row.status });
      await tx.update(R).set({ rating: input.rating, ratingComment: input.comment ?? null, updatedAt: new Date() }).where(eq(R.id, id));
      await tx.update(fleetTrips).set({ rating: sql`(select round(avg(rating))::smallint from fleet_trip_request where trip_id = ${row.tripId} and rating is not null)`, updatedAt: new Date() })
        .where(eq(fleetTrips.id, row.tripId));
      await appendAudit(tx, caller.actor, { action: 'fleet.trip-request.rate', objectType: 'fleet.trip-request', objectId: id, before: { rating: row.rating }, after: input });
    });
    return get(scopes, id);
  }

  return { create, list, get, detail, withdraw, resubmit, rate };
}

export type TripRequestService = ReturnType<typeof createTripRequestService>;
