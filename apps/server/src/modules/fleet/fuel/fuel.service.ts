import { and, count, desc, eq, gte, ilike, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import type { DictApi } from '../../../platform/dict/index.js';
import { errors } from '../../../platform/http/errors.js';
import { likePattern, orderBy } from '../../../platform/http/paging.js';
import { agencies } from '../../../platform/org/org.table.js';
import { inScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { fleetFuelRecords as F } from '../db/fuel.table.js';
import { fleetVehicles as V } from '../db/vehicles.table.js';
import { refreshVehicleStats } from '../disclosure/month-stats.service.js';
import { lockVehicle, recordOdometer, removeOdometer } from '../odometer/odometer.service.js';
import { monthBounds } from './consumption.rules.js';
import { odometerRulesOn } from './fleet-factors.js';
import { quantityFlags, unitOf } from './fuel.rules.js';
import { recomputeVehicleSegments } from './segments.service.js';
import type { FuelListQuery, FuelRecordInput, FuelRecordPatch } from './fuel.schemas.js';

const selection = {
  id: F.id, vehicleId: F.vehicleId, plate: V.plate, energy: V.energy, agencyId: V.agencyId, agencyName: agencies.name,
  filledAt: F.filledAt, odometerKm: F.odometerKm, litres: F.litres, kwh: F.kwh, amountFen: F.amountFen, full: F.full,
  missedPrevious: F.missedPrevious, station: F.station, cardNo: F.cardNo, notes: F.notes, flags: F.flags, createdAt: F.createdAt, updatedAt: F.updatedAt,
};
const sortable = { filledAt: F.filledAt, odometerKm: F.odometerKm, amountFen: F.amountFen, litres: F.litres, kwh: F.kwh, plate: V.plate };
const shanghaiDayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

export function createFuelService(db: Db, dict: DictApi) {
  function where(scopes: readonly Scope[], f: Omit<FuelListQuery, 'page' | 'pageSize' | 'format'>): SQL | undefined {
    return and(
      scopeCondition(scopes, { agencyId: V.agencyId }),
      f.vehicleId ? eq(F.vehicleId, f.vehicleId) : undefined,
      f.agencyId ? eq(V.agencyId, f.agencyId) : undefined,
      f.from ? gte(F.filledAt, shanghaiDayStart(f.from)) : undefined,
      f.to ? lt(F.filledAt, new Date(shanghaiDayStart(f.to).getTime() + 86_400_000)) : undefined,
      f.kind === 'charge' ? isNotNull(F.kwh) : f.kind === 'fuel' ? isNotNull(F.litres) : undefined,
      f.flagged === true ? sql`cardinality(${F.flags}) > 0` : f.flagged === false ? sql`cardinality(${F.flags}) = 0` : undefined,
      f.full !== undefined ? eq(F.full, f.full) : undefined,
      f.q ? or(ilike(V.plate, likePattern(f.q)), ilike(F.station, likePattern(f.q)), ilike(F.cardNo, likePattern(f.q))) : undefined,
    );
  }

  async function list(scopes: readonly Scope[], f: Omit<FuelListQuery, 'page' | 'pageSize' | 'format'>, limit: number, offset: number) {
    const w = where(scopes, f);
    const [items, [total]] = await Promise.all([
      db.select(selection).from(F).innerJoin(V, eq(V.id, F.vehicleId)).innerJoin(agencies, eq(agencies.id, V.agencyId))
        .where(w).orderBy(...orderBy(f.sort, sortable, [desc(F.filledAt), desc(F.id)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(F).innerJoin(V, eq(V.id, F.vehicleId)).where(w),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  async function get(scopes: readonly Scope[], id: string, tx: Db = db) {
    const [row] = await tx.select(selection).from(F).innerJoin(V, eq(V.id, F.vehicleId)).innerJoin(agencies, eq(agencies.id, V.agencyId))
      .where(and(eq(F.id, id), scopeCondition(scopes, { agencyId: V.agencyId })));
    if (!row) throw errors.notFound('加油记录', 'Fuel record');
    return row;
  }

  /** The vehicle, locked, in the caller's scope (else 404 as if it did not exist). */
  async function vehicleFor(tx: Db, scopes: readonly Scope[], vehicleId: string) {
    await lockVehicle(tx, vehicleId);
    const [v] = await tx.select({ id: V.id, agencyId: V.agencyId, energy: V.energy, tankLitres: V.tankLitres, batteryKwh: V.batteryKwh, plate: V.plate })
      .from(V).where(eq(V.id, vehicleId));
    if (!v || !(await inScope(tx, scopes, { agencyId: v.agencyId }))) throw errors.notFound('车辆', 'Vehicle');
    return v;
  }

  async function write(tx: Db, v: Awaited<ReturnType<typeof vehicleFor>>, id: string, input: FuelRecordInput) {
    const unitFlags = quantityFlags(v, input);
    const rules = await odometerRulesOn(dict, input.filledAt, tx);
    const odo = await recordOdometer(tx, { vehicleId: v.id, at: input.filledAt, km: input.odometerKm, source: 'fuel', sourceId: id }, rules);
    return [...unitFlags, ...odo.flags];
  }

  async function create(actor: Actor, scopes: readonly Scope[], input: FuelRecordInput) {
    return db.transaction(async (tx) => {
      const v = await vehicleFor(tx, scopes, input.vehicleId);
      const [row] = await tx.insert(F).values({ ...nullable(input), flags: [], createdBy: actor.accountId }).returning();
      const flags = await write(tx, v, row!.id, input);
      await tx.update(F).set({ flags }).where(eq(F.id, row!.id));
      await recomputeVehicleSegments(tx, v.id, input.filledAt);
      const [after] = await tx.select().from(F).where(eq(F.id, row!.id));
      await refreshVehicleStats(tx, v.id, input.filledAt);
      await appendAudit(tx, actor, { action: 'fleet.fuel-record.create', objectType: 'fleet.fuel-record', objectId: row!.id, after });
      return get(scopes, row!.id, tx);
    });
  }

  async function update(actor: Actor, scopes: readonly Scope[], id: string, patch: FuelRecordPatch) {
    return db.transaction(async (tx) => {
      const [current] = await tx.select({ vehicleId: F.vehicleId }).from(F).where(eq(F.id, id));
      if (!current) throw errors.notFound('加油记录', 'Fuel record');
      const v = await vehicleFor(tx, scopes, current.vehicleId);
      const [before] = await tx.select().from(F).where(eq(F.id, id)).for('no key update');
      const merged: FuelRecordInput = { ...before!, ...stripUndefined(patch), vehicleId: before!.vehicleId } as FuelRecordInput;
      const flags = await write(tx, v, id, merged);
      await tx.update(F).set({ ...nullable(merged), flags, updatedAt: new Date() }).where(eq(F.id, id));
      const since = merged.filledAt < before!.filledAt ? merged.filledAt : before!.filledAt;
      await recomputeVehicleSegments(tx, v.id, since);
      const [after] = await tx.select().from(F).where(eq(F.id, id));
      await refreshVehicleStats(tx, v.id, since);
      await appendAudit(tx, actor, { action: 'fleet.fuel-record.update', objectType: 'fleet.fuel-record', objectId: id, before, after });
      return get(scopes, id, tx);
    });
  }

  async function remove(actor: Actor, scopes: readonly Scope[], id: string) {
    await db.transaction(async (tx) => {
      const [current] = await tx.select({ vehicleId: F.vehicleId }).from(F).where(eq(F.id, id));
      if (!current) throw errors.notFound('加油记录', 'Fuel record');
      const v = await vehicleFor(tx, scopes, current.vehicleId);
      const [before] = await tx.delete(F).where(eq(F.id, id)).returning();
      await removeOdometer(tx, 'fuel', id, await odometerRulesOn(dict, before!.filledAt, tx));
      await recomputeVehicleSegments(tx, v.id, before!.filledAt);
      await refreshVehicleStats(tx, v.id, before!.filledAt);
      await appendAudit(tx, actor, { action: 'fleet.fuel-record.delete', objectType: 'fleet.fuel-record', objectId: id, before });
    });
  }

  /** Fills of one vehicle from its last full fill before `from` up to `to` (for the full-to-full computation). */
  async function fillsForConsumption(vehicleId: string, from: Date, to: Date) {
    return db.select({ id: F.id, filledAt: F.filledAt, odometerKm: F.odometerKm, litres: F.litres, kwh: F.kwh, full: F.full, missedPrevious: F.missedPrevious })
      .from(F).where(and(eq(F.vehicleId, vehicleId), lt(F.filledAt, to),
        gte(F.filledAt, sql`coalesce((select max(a.filled_at) from fleet_fuel_record a where a.vehicle_id = ${vehicleId} and a.full and a.filled_at < ${from.toISOString()}::timestamptz), ${from.toISOString()}::timestamptz)`)));
  }

  return { list, get, create, update, remove, fillsForConsumption, monthBounds, unitOf };
}

function nullable(i: FuelRecordInput) {
  return {
    vehicleId: i.vehicleId, filledAt: i.filledAt, odometerKm: i.odometerKm, litres: i.litres ?? null, kwh: i.kwh ?? null, amountFen: i.amountFen,
    full: i.full, missedPrevious: i.missedPrevious, station: i.station ?? null, cardNo: i.cardNo ?? null, notes: i.notes ?? null,
  };
}
const stripUndefined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export type FuelService = ReturnType<typeof createFuelService>;
