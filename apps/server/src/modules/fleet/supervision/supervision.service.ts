/** 监管: utilisation per vehicle and agency, the bottom list by mileage, holiday sealing lists. */
import { and, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { fleetSealings, fleetSealingVehicles } from '../db/supervision.table.js';
import { fleetVehicles, type VehicleKind } from '../db/vehicles.table.js';
import { bottomAgencies, dayCount, utilisation } from './utilisation.rules.js';

type Rows<T> = { rows: T[] };

export function createSupervisionService(db: Db) {
  /**
   * Per vehicle in scope, for the Shanghai dates [from, to]: km and trips of returned trips that
   * departed in the window (fleet_trip), days used (distinct departure dates), days available (days
   * owned in the window minus days on a holiday sealing list).
   */
  /** Per vehicle: km and trips of returned trips departed in [from, to] (Shanghai dates), days used, days owned, days sealed. */
  function perVehicle(where: SQL, f: { from: string; to: string }) {
    const start = sql`(${f.from}::date::timestamp at time zone 'Asia/Shanghai')`;
    const end = sql`((${f.to}::date + 1)::timestamp at time zone 'Asia/Shanghai')`;
    return sql`
      select v.id as "vehicleId", v.plate, v.agency_id as "agencyId", a.name as "agencyName",
        coalesce(t.km, 0)::float8 as km, coalesce(t.trips, 0)::int as trips, coalesce(t.days, 0)::int as "daysUsed",
        (${f.to}::date - greatest(${f.from}::date, v.purchase_date) + 1)::int as "daysOwned",
        coalesce((select count(distinct d)::int from fleet_sealing_vehicle sv join fleet_sealing s on s.id = sv.sealing_id,
          generate_series(greatest(${f.from}::date, (s.starts_at at time zone 'Asia/Shanghai')::date), least(${f.to}::date, (s.ends_at at time zone 'Asia/Shanghai')::date), interval '1 day') d
          where sv.vehicle_id = v.id), 0)::int as "daysSealed"
      from fleet_vehicle v join platform_agency a on a.id = v.agency_id
      left join lateral (select sum(tr.km) as km, count(*) as trips, count(distinct (tr.departed_at at time zone 'Asia/Shanghai')::date) as days
        from fleet_trip tr where tr.vehicle_id = v.id and tr.status = 'returned' and tr.departed_at >= ${start} and tr.departed_at < ${end}) t on true
      where ${where}`;
  }

  function whereOf(scopes: readonly Scope[], f: { from: string; to: string; agencyId?: string | undefined }) {
    if (f.to < f.from) throw errors.validation([{ path: 'to', code: 'BEFORE_START', message: '结束日期不能早于开始日期' }]);
    const scope = scopeCondition(scopes, { agencyId: sql`v.agency_id` }) ?? sql`true`;
    return sql`${scope} and v.status <> 'disposed' and v.purchase_date <= ${f.to}::date ${f.agencyId ? sql`and v.agency_id = ${f.agencyId}` : sql``}`;
  }

  /**
   * Per vehicle in scope, for the Shanghai dates [from, to]: km and trips of returned trips that
   * departed in the window (fleet_trip), days used (distinct departure dates), days available (days
   * owned in the window minus days on a holiday sealing list). Lowest km first.
   */
  async function vehicleUtilisation(scopes: readonly Scope[], f: { from: string; to: string; agencyId?: string | undefined; limit: number; offset: number }) {
    const where = whereOf(scopes, f);
    const r = (await db.execute(sql`select * from (${perVehicle(where, f)}) x order by km asc, plate limit ${f.limit} offset ${f.offset}`)) as unknown as Rows<{
      vehicleId: string; plate: string; agencyId: string; agencyName: string; km: number; trips: number; daysUsed: number; daysOwned: number; daysSealed: number }>;
    const [total] = ((await db.execute(sql`select count(*)::int as n from fleet_vehicle v where ${where}`)) as unknown as Rows<{ n: number }>).rows;
    const items = r.rows.map((x) => {
      const daysAvailable = Math.max(0, x.daysOwned - x.daysSealed);
      return { vehicleId: x.vehicleId, plate: x.plate, agencyId: x.agencyId, agencyName: x.agencyName, km: Math.round(Number(x.km) * 10) / 10, trips: x.trips, daysUsed: x.daysUsed, daysAvailable, utilisation: utilisation(x.daysUsed, daysAvailable) };
    });
    return { items, total: total?.n ?? 0, days: dayCount(f.from, f.to) };
  }

  /** Per agency in scope: vehicles, km, trips, vehicle-days used / available and their rate. */
  async function agencyUtilisation(scopes: readonly Scope[], f: { from: string; to: string }) {
    const r = (await db.execute(sql`select "agencyId", "agencyName", count(*)::int as vehicles, sum(km)::float8 as km, sum(trips)::int as trips,
        sum("daysUsed")::int as "daysUsed", sum(greatest("daysOwned" - "daysSealed", 0))::int as "daysAvailable"
      from (${perVehicle(whereOf(scopes, f), f)}) x group by "agencyId", "agencyName" order by "agencyName" limit 5000`)) as unknown as Rows<{
      agencyId: string; agencyName: string; vehicles: number; km: number; trips: number; daysUsed: number; daysAvailable: number }>;
    const items = r.rows.map((x) => ({ ...x, km: Math.round(Number(x.km) * 10) / 10, utilisation: utilisation(x.daysUsed, x.daysAvailable) }));
    return { items, total: items.length };
  }

  /** Per agency in scope: vehicles, km, trips; and the bottom `limit` by km per stationed vehicle. */
  async function agencyMileage(scopes: readonly Scope[], f: { from: string; to: string; limit: number }) {
    const scope = scopeCondition(scopes, { agencyId: sql`v.agency_id` }) ?? sql`true`;
    const start = sql`(${f.from}::date::timestamp at time zone 'Asia/Shanghai')`;
    const end = sql`((${f.to}::date + 1)::timestamp at time zone 'Asia/Shanghai')`;
    const r = (await db.execute(sql`
      select a.id as "agencyId", a.name as "agencyName", count(distinct v.id)::int as vehicles,
        coalesce(sum(tr.km) filter (where tr.status = 'returned' and tr.departed_at >= ${start} and tr.departed_at < ${end}), 0)::float8 as km,
        count(tr.id) filter (where tr.status = 'returned' and tr.departed_at >= ${start} and tr.departed_at < ${end})::int as trips
      from fleet_vehicle v join platform_agency a on a.id = v.agency_id left join fleet_trip tr on tr.vehicle_id = v.id
      where ${scope} and v.status in ('in-use', 'repair') and v.purchase_date <= ${f.to}::date
      group by a.id, a.name order by a.name`)) as unknown as Rows<{ agencyId: string; agencyName: string; vehicles: number; km: number; trips: number }>;
    const agencies = r.rows.map((x) => ({ ...x, km: Math.round(Number(x.km) * 10) / 10 }));
    return { agencies, bottom: bottomAgencies(agencies, f.limit) };
  }

  /** Adds vehicles to a holiday sealing list: the given ids, or every in-use vehicle in scope except some kinds (应急、执法 stay on duty). */
  async function addToSealing(actor: Actor, scopes: readonly Scope[], sealingId: string, input: { vehicleIds?: string[] | undefined; allInUseExceptKinds?: VehicleKind[] | undefined }) {
    return db.transaction(async (tx) => {
      const [s] = await tx.select().from(fleetSealings).where(eq(fleetSealings.id, sealingId)).for('no key update');
      if (!s) throw errors.notFound('封存清单', 'Sealing list');
      const vs = await tx.select({ id: fleetVehicles.id, agencyId: fleetVehicles.agencyId, status: fleetVehicles.status }).from(fleetVehicles).where(and(
        scopeCondition(scopes, { agencyId: fleetVehicles.agencyId }),
        input.vehicleIds ? inArray(fleetVehicles.id, input.vehicleIds.length ? input.vehicleIds : ['00000000-0000-0000-0000-000000000000']) : eq(fleetVehicles.status, 'in-use'),
        input.allInUseExceptKinds?.length ? notInArray(fleetVehicles.kind, input.allInUseExceptKinds) : undefined,
      ));
      if (input.vehicleIds && vs.length !== new Set(input.vehicleIds).size) throw errors.validation([{ path: 'vehicleIds', code: 'NOT_FOUND', message: '部分车辆不存在或不在您的管理范围内' }]);
      const gone = vs.find((v) => v.status === 'disposed');
      if (gone) throw errors.rule('FLEET_SEAL_DISPOSED', '已处置车辆不能列入封存清单', 'A disposed vehicle cannot be sealed', { vehicleId: gone.id });
      const rows = vs.length ? await tx.insert(fleetSealingVehicles).values(vs.map((v) => ({ sealingId, vehicleId: v.id, agencyId: v.agencyId }))).onConflictDoNothing().returning() : [];
      await appendAudit(tx, actor, { action: 'fleet.sealing.add-vehicles', objectType: 'fleet.sealing', objectId: sealingId, after: { added: rows.map((r) => r.vehicleId) } });
      return { added: rows.length };
    });
  }

  async function removeFromSealing(actor: Actor, scopes: readonly Scope[], sealingId: string, vehicleId: string) {
    return db.transaction(async (tx) => {
      const [row] = await tx.delete(fleetSealingVehicles).where(and(eq(fleetSealingVehicles.sealingId, sealingId), eq(fleetSealingVehicles.vehicleId, vehicleId),
        scopeCondition(scopes, { agencyId: fleetSealingVehicles.agencyId }))).returning();
      if (!row) throw errors.notFound('封存清单中的车辆', 'Sealed vehicle');
      await appendAudit(tx, actor, { action: 'fleet.sealing.remove-vehicle', objectType: 'fleet.sealing', objectId: sealingId, before: row });
      return { removed: 1 };
    });
  }

  async function sealedVehicles(scopes: readonly Scope[], sealingId: string) {
    const [s] = await db.select({ id: fleetSealings.id }).from(fleetSealings).where(eq(fleetSealings.id, sealingId));
    if (!s) throw errors.notFound('封存清单', 'Sealing list');
    const rows = await db.select({ vehicleId: fleetVehicles.id, plate: fleetVehicles.plate, kind: fleetVehicles.kind, agencyId: fleetVehicles.agencyId, parkedAt: fleetSealingVehicles.parkedAt })
      .from(fleetSealingVehicles).innerJoin(fleetVehicles, eq(fleetVehicles.id, fleetSealingVehicles.vehicleId))
      .where(and(eq(fleetSealingVehicles.sealingId, sealingId), scopeCondition(scopes, { agencyId: fleetSealingVehicles.agencyId }))).orderBy(fleetVehicles.plate).limit(5000);
    return { items: rows, total: rows.length };
  }

  return { vehicleUtilisation, agencyUtilisation, agencyMileage, addToSealing, removeFromSealing, sealedVehicles };
}

export type SupervisionService = ReturnType<typeof createSupervisionService>;
