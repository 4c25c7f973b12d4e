import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/helpers/test-db.js';
import { newId } from '../../../platform/db/columns.js';
import type { Database } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { fleetOdometerReadings as R } from '../db/odometer.table.js';
import { makeAgency, makeVehicle } from '../fuel/test-factories.js';
import { recordOdometer, removeOdometer } from './odometer.service.js';

const at = (local: string) => new Date(`${local}+08:00`);
const rules = { maxKmPerHour: 150 };

describe('odometer timeline (real database)', () => {
  let database: Database;
  let vehicleId: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    const { agencyId } = await makeAgency(database.db);
    vehicleId = await makeVehicle(database.db, { agencyId });
  });
  afterAll(async () => { await database?.close(); });

  const record = (local: string, km: number, source: 'trip-departure' | 'trip-return' | 'fuel' | 'manual' = 'manual', sourceId = newId()) =>
    database.db.transaction((tx) => recordOdometer(tx, { vehicleId, at: at(local), km, source, sourceId }, rules));
  const timeline = async () => (await database.db.select({ km: R.km, flags: R.flags }).from(R).where(eq(R.vehicleId, vehicleId)).orderBy(asc(R.at))).map((r) => [r.km, r.flags]);

  it('validates a back-dated reading against its neighbours in event time, not the last typed', async () => {
    await record('2026-03-01T08:00', 10000);
    await record('2026-03-10T08:00', 11000);
    // typed last but dated between: 10500 fits between 10000 and 11000
    await record('2026-03-05T08:00', 10500);
    // 10400 on 03-07 is below the 03-05 reading (10500)
    const err = await record('2026-03-07T08:00', 10400, 'fuel').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('FLEET_ODOMETER_OUT_OF_ORDER');
    expect((err as AppError).messageZh).toContain('前一条 2026-03-05 08:00 手工录入 10500.0 km');
    expect((err as AppError).messageZh).toContain('后一条 2026-03-10 08:00 手工录入 11000.0 km');
    // above the next one
    await expect(record('2026-03-02T08:00', 10600)).rejects.toMatchObject({ code: 'FLEET_ODOMETER_OUT_OF_ORDER' });
    expect((await timeline()).map(([km]) => km)).toEqual([10000, 10500, 11000]);
  });

  it('flags an implausible jump but accepts it; the follower is re-flagged when a reading lands before it', async () => {
    // 03-10 08:00 11000 → 03-10 09:00 11400: 400 km/h > 150
    const r = await record('2026-03-10T09:00', 11400);
    expect(r.flags).toEqual(['implausible-jump']);
    // a reading at 08:30 with 11200: 11000→11200 in 0.5 h = 400 km/h (flagged); 11200→11400 in 0.5 h = 400 km/h (still flagged)
    await record('2026-03-10T08:30', 11200);
    const t = await timeline();
    expect(t.slice(3)).toEqual([[11200, ['implausible-jump']], [11400, ['implausible-jump']]]);
  });

  it('replaces the reading of the same source and removes it', async () => {
    const trip = newId();
    await record('2026-03-12T08:00', 11500, 'trip-departure', trip);
    await record('2026-03-12T08:00', 11450, 'trip-departure', trip); // corrected, same source id
    const rows = await database.db.select({ km: R.km }).from(R).where(and(eq(R.source, 'trip-departure'), eq(R.sourceId, trip)));
    expect(rows).toEqual([{ km: 11450 }]);
    await database.db.transaction((tx) => removeOdometer(tx, 'trip-departure', trip));
    expect(await database.db.select().from(R).where(eq(R.sourceId, trip))).toEqual([]);
  });

  it('serialises concurrent entries on one vehicle (row lock): exactly one of two crossing readings wins', async () => {
    // Both fit the current timeline alone (last reading 11400 on 03-10), but not together:
    // 03-20 12000 and 03-21 11900 → the later one must be ≥ 12000.
    const results = await Promise.allSettled([record('2026-03-20T08:00', 12000), record('2026-03-21T08:00', 11900)]);
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    expect(ok).toBe(1);
    const kms = (await timeline()).map(([km]) => km as number);
    for (let i = 1; i < kms.length; i += 1) expect(kms[i]!).toBeGreaterThanOrEqual(kms[i - 1]!);
  });
});
