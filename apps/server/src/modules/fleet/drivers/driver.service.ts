/** 排班 (one shift per driver per day) and which drivers may be offered for a trip. */
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { inScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { driverOfferableSql, type TimeWindow } from '../core/offerability.js';
import { agencyOfDriver, plain } from '../core/resource.js';
import { fleetDriverRoster, fleetDrivers, type LicenceClass } from '../db/drivers.table.js';

export type Shift = 'day' | 'night' | 'standby' | 'off';

export function createDriverService(db: Db) {
  /** Sets (or clears with shift 'off'… kept as a row) the shift of a driver on a day; upsert, audited. */
  async function setShift(actor: Actor, scopes: readonly Scope[], input: { driverId: string; day: string; shift: string; note?: string | null | undefined }) {
    return db.transaction(async (tx) => {
      const agencyId = await agencyOfDriver(tx, input.driverId);
      if (!(await inScope(tx, scopes, { agencyId }))) throw errors.notFound('驾驶员', 'Driver');
      const [row] = await tx.insert(fleetDriverRoster).values({ ...input, agencyId, note: input.note ?? null })
        .onConflictDoUpdate({ target: [fleetDriverRoster.driverId, fleetDriverRoster.day], set: { shift: input.shift, note: input.note ?? null, updatedAt: new Date() } }).returning();
      await appendAudit(tx, actor, { action: 'fleet.driver-roster.set', objectType: 'fleet.driver', objectId: input.driverId, after: row });
      return plain(row!);
    });
  }

  /**
   * Saves a roster grid in one transaction: each entry sets a driver's shift on a day, or clears it (`shift: null`,
   * the day has no roster row: on duty by default). Every driver must be in the write scope (else 404 naming none of
   * them); one audit record per driver with its changes.
   */
  async function saveRoster(actor: Actor, scopes: readonly Scope[], entries: Array<{ driverId: string; day: string; shift: Shift | null; note?: string | null | undefined }>) {
    return db.transaction(async (tx) => {
      const driverIds = [...new Set(entries.map((e) => e.driverId))];
      const drivers = driverIds.length ? await tx.select({ id: fleetDrivers.id, agencyId: fleetDrivers.agencyId }).from(fleetDrivers).where(inArray(fleetDrivers.id, driverIds)) : [];
      const agencyOf = new Map(drivers.map((d) => [d.id, d.agencyId]));
      for (const id of driverIds) {
        const agencyId = agencyOf.get(id);
        if (!agencyId || !(await inScope(tx, scopes, { agencyId }))) throw errors.notFound('驾驶员', 'Driver');
      }
      let set = 0;
      let cleared = 0;
      for (const id of driverIds) {
        const mine = entries.filter((e) => e.driverId === id);
        const changes: unknown[] = [];
        for (const e of mine) {
          if (e.shift === null) {
            const gone = await tx.delete(fleetDriverRoster).where(and(eq(fleetDriverRoster.driverId, id), eq(fleetDriverRoster.day, e.day))).returning({ id: fleetDriverRoster.id });
            if (gone.length) { cleared += 1; changes.push({ day: e.day, shift: null }); }
            continue;
          }
          await tx.insert(fleetDriverRoster).values({ driverId: id, agencyId: agencyOf.get(id)!, day: e.day, shift: e.shift, note: e.note ?? null })
            .onConflictDoUpdate({ target: [fleetDriverRoster.driverId, fleetDriverRoster.day], set: { shift: e.shift, note: e.note ?? null, updatedAt: new Date() } });
          set += 1;
          changes.push({ day: e.day, shift: e.shift });
        }
        if (changes.length) await appendAudit(tx, actor, { action: 'fleet.driver-roster.save', objectType: 'fleet.driver', objectId: id, after: { changes } });
      }
      return { set, cleared };
    });
  }

  async function roster(scopes: readonly Scope[], f: { from: string; to: string; agencyId?: string | undefined; driverId?: string | undefined }) {
    if (f.to < f.from) throw errors.validation([{ path: 'to', code: 'BEFORE_START', message: '结束日期不能早于开始日期' }]);
    const rows = await db.select({ r: fleetDriverRoster, name: fleetDrivers.name }).from(fleetDriverRoster).innerJoin(fleetDrivers, eq(fleetDrivers.id, fleetDriverRoster.driverId))
      .where(and(scopeCondition(scopes, { agencyId: fleetDriverRoster.agencyId }), gte(fleetDriverRoster.day, f.from), lte(fleetDriverRoster.day, f.to),
        f.agencyId ? eq(fleetDriverRoster.agencyId, f.agencyId) : undefined, f.driverId ? eq(fleetDriverRoster.driverId, f.driverId) : undefined))
      .orderBy(asc(fleetDriverRoster.day), asc(fleetDrivers.name)).limit(5000);
    return { items: rows.map((x) => ({ ...plain(x.r), driverName: x.name })), total: rows.length };
  }

  /**
   * Drivers that may be offered for a trip in `window` driving a vehicle that needs `requiredClass`:
   * active, licence valid through the trip, class covering; optionally only those on duty (roster not 'off')
   * and the emergency team. In scope, ordered by name. (dispatch adds "not already booked" with the bookings engine.)
   */
  async function offerable(scopes: readonly Scope[], window: TimeWindow, requiredClass: LicenceClass, opts: { agencyId?: string | undefined; emergencyOnly?: boolean | undefined; limit?: number } = {}, tx: Db = db) {
    const rows = await tx.select().from(fleetDrivers).where(and(
      scopeCondition(scopes, { agencyId: fleetDrivers.agencyId }),
      driverOfferableSql({ status: fleetDrivers.status, licenceClass: fleetDrivers.licenceClass, licenceExpiry: fleetDrivers.licenceExpiry, id: fleetDrivers.id }, window, requiredClass),
      opts.agencyId ? eq(fleetDrivers.agencyId, opts.agencyId) : undefined,
      opts.emergencyOnly ? eq(fleetDrivers.emergencyTeam, true) : undefined,
    )).orderBy(asc(fleetDrivers.name), asc(fleetDrivers.id)).limit(opts.limit ?? 200);
    return rows.map(plain);
  }

  return { setShift, saveRoster, roster, offerable };
}

export type DriverService = ReturnType<typeof createDriverService>;
