import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/helpers/test-db.js';
import { ensureAuditHead } from '../../../platform/audit/audit.service.js';
import type { Database } from '../../../platform/db/database.js';
import { createDict } from '../../../platform/dict/index.js';
import { createDisclosureService } from '../disclosure/disclosure.service.js';
import { monthlyConsumption, segmentsOf } from '../fuel/consumption.rules.js';
import { seedFleetFactors } from '../fuel/fleet-factors.js';
import { recomputeAllSegments } from '../fuel/segments.service.js';
import { makeAgency, makeVehicle } from '../fuel/test-factories.js';
import { planFleet, type DemoVehicle } from './fuel-demo.data.js';
import { seedFuelDemo } from './fuel-demo.seed.js';

const NOW = new Date('2026-11-28T02:00:00Z');

describe('demo year of trips and fills (real database)', () => {
  let database: Database;
  const vehicles: DemoVehicle[] = [];
  beforeAll(async () => {
    database = await openTestDatabase();
    await ensureAuditHead(database.db);
    await seedFleetFactors(database.db);
    const { agencyId, regionId } = await makeAgency(database.db);
    const other = await makeAgency(database.db, regionId);
    for (let i = 0; i < 24; i += 1) {
      const energy = i % 6 === 0 ? 'bev' : i % 9 === 0 ? 'diesel' : 'gasoline';
      const o = { agencyId: i % 2 ? agencyId : other.agencyId, energy, norm: energy === 'bev' ? 15 : 8 + (i % 4) * 0.5, tankLitres: energy === 'bev' ? null : 55, batteryKwh: energy === 'bev' ? 60 : null, plate: `浙L·Y${String(i).padStart(4, '0')}`, purchaseDate: '2023-06-01' } as const;
      const id = await makeVehicle(database.db, o);
      vehicles.push({ id, plate: o.plate, agencyId: o.agencyId, energy: o.energy, norm: o.norm, tankLitres: o.tankLitres, batteryKwh: o.batteryKwh, purchaseDate: o.purchaseDate });
    }
  });
  afterAll(async () => { await database?.close(); });

  it('plans a consistent timeline: interleaved, never decreasing, mostly full fills, a missed fill, some vehicles over norm', () => {
    const plan = planFleet(vehicles, NOW);
    expect(plan).toEqual(planFleet(vehicles, NOW)); // deterministic
    for (const v of vehicles) {
      const events = [
        ...plan.trips.filter((t) => t.vehicleId === v.id).flatMap((t) => [{ at: t.departedAt, km: t.departureKm }, { at: t.returnedAt, km: t.returnKm }]),
        ...plan.fills.filter((f) => f.vehicleId === v.id).map((f) => ({ at: f.filledAt, km: f.odometerKm })),
      ].sort((a, b) => a.at.getTime() - b.at.getTime());
      for (let i = 1; i < events.length; i += 1) expect(events[i]!.km).toBeGreaterThanOrEqual(events[i - 1]!.km);
      expect(events.every((e) => e.at < NOW)).toBe(true);
    }
    const full = plan.fills.filter((f) => f.full).length;
    expect(full / plan.fills.length).toBeGreaterThan(0.8);
    expect(plan.fills.some((f) => !f.full)).toBe(true);
    expect(plan.fills.filter((f) => f.missedPrevious).length).toBe(1); // the 6th vehicle (the 51st does not exist here)
    expect(plan.overNormPlates.length).toBeGreaterThan(0);
  });

  it('bulk-inserts fast and idempotently, and the SQL disclosure equals the pure full-to-full computation', async () => {
    const t0 = Date.now();
    const first = await seedFuelDemo(database.db, NOW);
    const ms = Date.now() - t0;
    expect(first.trips).toBeGreaterThan(24 * 60);
    expect(ms).toBeLessThan(15_000);
    expect(await seedFuelDemo(database.db, NOW)).toEqual({ trips: 0, fills: 0 });
    // the segments stored at insertion (JS, segmentsOf) are exactly what the SQL window computation gives
    expect(await recomputeAllSegments(database.db)).toBe(0);

    const plan = planFleet(vehicles, NOW);
    const dict = createDict(database.db).api;
    const disclosure = createDisclosureService(database.db, dict);
    for (const month of ['2026-03', '2026-08']) {
      const rows = (await disclosure.rows([{ kind: 'all' }], { month }, null, 0)).items;
      for (const v of vehicles) {
        const unit = v.energy === 'bev' ? 'kwh' : 'litres';
        const fills = plan.fills.filter((f) => f.vehicleId === v.id).map((f, i) => ({ id: String(i).padStart(6, '0'), filledAt: f.filledAt, odometerKm: f.odometerKm, quantity: (f[unit] ?? 0), full: f.full, missedPrevious: f.missedPrevious }));
        const m = monthlyConsumption(segmentsOf(fills)).find((x) => x.month === month);
        const row = rows.find((r) => r.vehicleId === v.id)!;
        const expected = m?.per100km == null ? null : Math.round(m.per100km * 100) / 100;
        expect(row.lPer100km, `${v.plate} ${month}`).toBe(expected);
        const [y, mo] = month.split('-').map(Number) as [number, number];
        const from = new Date(Date.UTC(y, mo - 1, 1) - 8 * 3600_000);
        const to = new Date(Date.UTC(y, mo, 1) - 8 * 3600_000);
        const km = plan.trips.filter((t) => t.vehicleId === v.id && t.returnedAt >= from && t.returnedAt < to).reduce((s, t) => s + (t.returnKm - t.departureKm), 0);
        expect(row.km).toBeCloseTo(km, 1);
      }
    }
    const over = (await disclosure.rows([{ kind: 'all' }], { month: '2026-08' }, null, 0)).items.filter((r) => (r.deviationPct ?? 0) > 10).map((r) => r.plate);
    expect(over.length).toBeGreaterThan(0);
  });
});
