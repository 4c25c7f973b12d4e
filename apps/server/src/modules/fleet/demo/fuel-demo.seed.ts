import { sql } from 'drizzle-orm';
import { newId } from '../../../platform/db/columns.js';
import type { Db } from '../../../platform/db/types.js';
import { planFleet, type DemoVehicle } from './fuel-demo.data.js';

const arr = (a: readonly unknown[], type: string) => sql`${sql.param(a)}::${sql.raw(type)}[]`;

/**
 * A year of trips and fills for the demo vehicles that have no fuel record yet (idempotent per
 * vehicle), bulk-inserted with INSERT … SELECT unnest(…): trips into fleet_trip (returned, no
 * booking, no request: imported history), their departure/return readings and the fills' readings
 * into the odometer timeline, the fills into fleet_fuel_record.
 */
export async function seedFuelDemo(db: Db, now: Date): Promise<{ trips: number; fills: number }> {
  const r = await db.execute(sql`
    select v.id, v.plate, v.agency_id, v.energy, v.norm_per_100km, v.tank_litres, v.battery_kwh, v.purchase_date::text as purchase_date
    from fleet_vehicle v
    where v.status <> 'disposed'
      and not exists (select 1 from fleet_fuel_record f where f.vehicle_id = v.id)
      and not exists (select 1 from fleet_odometer_reading o where o.vehicle_id = v.id)`);
  const vehicles: DemoVehicle[] = (r as unknown as { rows: Array<Record<string, string | null>> }).rows.map((x) => ({
    id: x.id!, plate: x.plate!, agencyId: x.agency_id!, energy: x.energy!, norm: Number(x.norm_per_100km),
    tankLitres: x.tank_litres === null ? null : Number(x.tank_litres), batteryKwh: x.battery_kwh === null ? null : Number(x.battery_kwh), purchaseDate: x.purchase_date!,
  }));
  if (!vehicles.length) return { trips: 0, fills: 0 };
  const plan = planFleet(vehicles, now);
  const tripIds = plan.trips.map(() => newId());
  const fillIds = plan.fills.map(() => newId());
  const iso = (d: Date) => d.toISOString();
  await db.transaction(async (tx) => {
    const t = plan.trips;
    await tx.execute(sql`
      insert into fleet_trip (id, vehicle_id, agency_id, planned_start, planned_end, departed_at, returned_at, departure_km, return_km, toll_fen, parking_fen, origin, destination, purpose, passenger_count, status)
      select u.id, u.vehicle_id, u.agency_id, u.dep, u.ret, u.dep, u.ret, u.dkm, u.rkm, u.toll, u.parking, u.origin, u.dest, u.purpose, u.pax, 'returned'
      from unnest(${arr(tripIds, 'uuid')}, ${arr(t.map((x) => x.vehicleId), 'uuid')}, ${arr(t.map((x) => x.agencyId), 'uuid')},
        ${arr(t.map((x) => iso(x.departedAt)), 'timestamptz')}, ${arr(t.map((x) => iso(x.returnedAt)), 'timestamptz')},
        ${arr(t.map((x) => x.departureKm), 'numeric')}, ${arr(t.map((x) => x.returnKm), 'numeric')}, ${arr(t.map((x) => x.tollFen), 'int')},
        ${arr(t.map((x) => x.parkingFen), 'int')}, ${arr(t.map((x) => x.origin), 'text')}, ${arr(t.map((x) => x.destination), 'text')},
        ${arr(t.map((x) => x.purpose), 'text')}, ${arr(t.map((x) => x.passengers), 'int')})
        as u(id, vehicle_id, agency_id, dep, ret, dkm, rkm, toll, parking, origin, dest, purpose, pax)`);
    const f = plan.fills;
    await tx.execute(sql`
      insert into fleet_fuel_record (id, vehicle_id, filled_at, odometer_km, litres, kwh, amount_fen, "full", missed_previous, station, card_no, seg_km, seg_qty)
      select * from unnest(${arr(fillIds, 'uuid')}, ${arr(f.map((x) => x.vehicleId), 'uuid')}, ${arr(f.map((x) => iso(x.filledAt)), 'timestamptz')},
        ${arr(f.map((x) => x.odometerKm), 'numeric')}, ${arr(f.map((x) => x.litres), 'numeric')}, ${arr(f.map((x) => x.kwh), 'numeric')},
        ${arr(f.map((x) => x.amountFen), 'bigint')}, ${arr(f.map((x) => x.full), 'boolean')}, ${arr(f.map((x) => x.missedPrevious), 'boolean')},
        ${arr(f.map((x) => x.station), 'text')}, ${arr(f.map((x) => x.cardNo), 'text')}, ${arr(f.map((x) => x.segKm ?? null), 'numeric')}, ${arr(f.map((x) => x.segQty ?? null), 'numeric')})`);
    // The odometer timeline: departure and return of every trip, and every fill.
    const rv = [...t.map((x) => x.vehicleId), ...t.map((x) => x.vehicleId), ...f.map((x) => x.vehicleId)];
    const rat = [...t.map((x) => iso(x.departedAt)), ...t.map((x) => iso(x.returnedAt)), ...f.map((x) => iso(x.filledAt))];
    const rkm = [...t.map((x) => x.departureKm), ...t.map((x) => x.returnKm), ...f.map((x) => x.odometerKm)];
    const rsrc = [...t.map(() => 'trip-departure'), ...t.map(() => 'trip-return'), ...f.map(() => 'fuel')];
    const rsid = [...tripIds, ...tripIds, ...fillIds];
    await tx.execute(sql`
      insert into fleet_odometer_reading (id, vehicle_id, at, km, source, source_id)
      select * from unnest(${arr(rv.map(() => newId()), 'uuid')}, ${arr(rv, 'uuid')}, ${arr(rat, 'timestamptz')}, ${arr(rkm, 'numeric')}, ${arr(rsrc, 'text')}, ${arr(rsid, 'uuid')})`);
  });
  return { trips: plan.trips.length, fills: plan.fills.length };
}
