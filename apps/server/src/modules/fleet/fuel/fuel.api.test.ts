import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';
import { newId } from '../../../platform/db/columns.js';
import type { Db } from '../../../platform/db/types.js';
import { previousMonth, snapshotMonth } from '../disclosure/month-stats.service.js';
import { makeAgency, makeVehicle } from './test-factories.js';

const at = (local: string) => `${local}:00+08:00`;

describe('fuel records, consumption, disclosure, rewards, costs (API)', () => {
  let app: FastifyInstance;
  let db: Db;
  let center: ReturnType<typeof as>;
  let agencyUser: ReturnType<typeof as>;
  let v1: string; let v2: string; let ev: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await buildTestApp();
    db = app.platform.db;
    center = as(app, await login(app, 'center'));
    agencyUser = as(app, await login(app, 'agency'));
    const r = await db.execute(sql`select g.scope_id from platform_grant g join platform_account a on a.id = g.account_id where a.username = 'agency'`);
    const ownAgency = (r as unknown as { rows: Array<{ scope_id: string }> }).rows[0]!.scope_id;
    v1 = await makeVehicle(db, { agencyId: ownAgency, norm: 9, tankLitres: 55, plate: '浙L·T0001', priceFen: 18_000_000, purchaseDate: '2024-03-31' });
    const other = await makeAgency(db);
    v2 = await makeVehicle(db, { agencyId: other.agencyId, plate: '浙L·T0002' });
    ev = await makeVehicle(db, { agencyId: ownAgency, energy: 'bev', norm: 15, tankLitres: null, batteryKwh: 60, plate: '浙L·D0003' });
  });
  afterAll(async () => { await app?.close(); });

  const fill = async (key: string, vehicleId: string, local: string, odometerKm: number, q: { litres?: number; kwh?: number }, full = true, missedPrevious = false) => {
    const res = await center('POST', '/api/v1/fleet/fuel-records', { vehicleId, filledAt: at(local), odometerKm, ...q, amountFen: Math.round((q.litres ?? q.kwh ?? 0) * 780), full, missedPrevious, station: '定海中石化' });
    if (res.statusCode === 201) ids[key] = res.json().id;
    return res;
  };
  const disclosure = async (month = '2026-03') => {
    const res = await center('GET', `/api/v1/fleet/reports/fuel-disclosure?month=${month}&pageSize=200`);
    expect(res.statusCode).toBe(200);
    return res.json() as { source: string; items: Array<Record<string, unknown>> };
  };

  it('records fills, computes a month by the full-to-full method', async () => {
    expect((await fill('a', v1, '2026-03-01T09:00', 10000, { litres: 40 })).statusCode).toBe(201);
    expect((await fill('b', v1, '2026-03-05T09:00', 10200, { litres: 10 }, false)).statusCode).toBe(201);
    expect((await fill('c', v1, '2026-03-10T09:00', 10500, { litres: 30 })).statusCode).toBe(201);
    expect((await fill('d', v1, '2026-03-20T09:00', 11300, { litres: 42 }, true, true)).statusCode).toBe(201);
    expect((await fill('e', v1, '2026-03-28T09:00', 11700, { litres: 36 })).statusCode).toBe(201);
    // two trips returned in March: 300 km + 600 km = 900 km
    for (const [dep, ret, from, to] of [[10000, 10300, '2026-03-02T08:00', '2026-03-02T18:00'], [10500, 11100, '2026-03-12T08:00', '2026-03-13T18:00']] as const) {
      await db.execute(sql`insert into fleet_trip (id, vehicle_id, agency_id, planned_start, planned_end, status, departed_at, returned_at, departure_km, return_km, toll_fen, parking_fen)
        select ${newId()}, v.id, v.agency_id, ${at(from)}::timestamptz, ${at(to)}::timestamptz, 'returned', ${at(from)}::timestamptz, ${at(to)}::timestamptz, ${dep}, ${ret}, 2500, 1000 from fleet_vehicle v where v.id = ${v1}`);
    }
    const row = (await disclosure()).items.find((i) => i.vehicleId === v1)!;
    // segments a→c: (10 + 30) L / 500 km; d (missed) breaks; d→e: 36 L / 400 km
    // month: (40 + 36) / (500 + 400) × 100 = 76 / 900 × 100 = 8.444… → 8.44; deviation (8.44 − 9) / 9 = −6.2 %
    expect(row).toMatchObject({ plate: '浙L·T0001', km: 900, trips: 2, segmentKm: 900, litres: 76, lPer100km: 8.44, normLPer100km: 9, deviationPct: -6.2, unit: 'L' });
  });

  it('refuses an odometer reading out of order, naming both neighbours', async () => {
    const res = await fill('bad', v1, '2026-03-12T09:00', 10400, { litres: 20 });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('FLEET_ODOMETER_OUT_OF_ORDER');
    expect(res.json().message).toContain('前一条 2026-03-10 09:00 加油/充电 10500.0 km');
    expect(res.json().message).toContain('后一条 2026-03-20 09:00 加油/充电 11300.0 km');
  });

  it('a back-dated fill is placed by event time and the month is recomputed; edits re-validate; delete restores', async () => {
    expect((await fill('x', v1, '2026-03-15T09:00', 10900, { litres: 28 })).statusCode).toBe(201);
    // a→c 40/500, c→x 28/400, d→e 36/400: (40 + 28 + 36) / (500 + 400 + 400) × 100 = 104 / 1300 × 100 = 8.00
    expect((await disclosure()).items.find((i) => i.vehicleId === v1)).toMatchObject({ litres: 104, segmentKm: 1300, lPer100km: 8 });
    const bad = await center('PATCH', `/api/v1/fleet/fuel-records/${ids.x}`, { odometerKm: 11400 });
    expect(bad.statusCode).toBe(422); // the next reading (d, 03-20) is 11300
    expect((await center('DELETE', `/api/v1/fleet/fuel-records/${ids.x}`)).statusCode).toBe(200);
    expect((await disclosure()).items.find((i) => i.vehicleId === v1)).toMatchObject({ litres: 76, lPer100km: 8.44 });
  });

  it('flags a fill larger than the tank and a segment over the norm', async () => {
    const res = await fill('f', v1, '2026-04-02T09:00', 11900, { litres: 60 });
    expect(res.statusCode).toBe(201);
    expect(res.json().flags).toContain('fill-over-capacity');
    const list = await center('GET', `/api/v1/fleet/fuel-records?vehicleId=${v1}&flagged=true`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([ids.f]);
    const c = await center('GET', `/api/v1/fleet/vehicles/${v1}/consumption?from=2026-03-01&to=2026-04-30`);
    expect(c.statusCode).toBe(200);
    // e→f: 60 L / 200 km × 100 = 30 > 9 × 1.1 = 9.9 → over the norm; a→c 8.0 and d→e 9.0 are not
    expect(c.json().segments.map((s: { per100km: number; overNorm: boolean }) => [s.per100km, s.overNorm])).toEqual([[8, false], [9, false], [30, true]]);
  });

  it('EVs use kWh the same way', async () => {
    await fill('k1', ev, '2026-03-03T20:00', 5000, { kwh: 50 });
    await fill('k2', ev, '2026-03-18T20:00', 5400, { kwh: 56 });
    expect((await fill('k3', ev, '2026-03-19T20:00', 5450, { litres: 5 })).statusCode).toBe(400);
    // 56 kWh / 400 km × 100 = 14.00 kWh/100 km
    expect((await disclosure()).items.find((i) => i.vehicleId === ev)).toMatchObject({ unit: 'kWh', kwh: 56, litres: null, lPer100km: 14 });
  });

  it('节油奖: (norm − actual) × km / 100 × price × rate', async () => {
    const res = await center('GET', '/api/v1/fleet/reports/fuel-rewards?month=2026-03&pageSize=200');
    expect(res.statusCode).toBe(200);
    const r = res.json().items.find((i: { vehicleId: string }) => i.vehicleId === v1);
    // (9 − 8.44) × 900 / 100 = 5.04 L; × 780 fen × 0.5 = 1,965.6 → 1,966 fen
    expect(r).toMatchObject({ savedQty: 5.04, priceFen: 780, rate: 0.5, rewardFen: 1966 });
  });

  it('scopes by the vehicle\'s agency', async () => {
    await fill('o', v2, '2026-03-04T09:00', 500, { litres: 30 });
    expect((await agencyUser('GET', `/api/v1/fleet/fuel-records/${ids.o}`)).statusCode).toBe(404);
    expect((await agencyUser('GET', `/api/v1/fleet/fuel-records/${ids.a}`)).statusCode).toBe(200);
    const list = (await agencyUser('GET', '/api/v1/fleet/fuel-records?pageSize=200')).json();
    expect(list.items.some((i: { vehicleId: string }) => i.vehicleId === v2)).toBe(false);
    const d = (await agencyUser('GET', '/api/v1/fleet/reports/fuel-disclosure?month=2026-03&pageSize=200')).json();
    // 百里油耗公示 is tenant-wide (disclosure/README.md): the other agency's vehicle is listed too
    expect(d.items.some((i: { vehicleId: string }) => i.vehicleId === v2)).toBe(true);
    expect((await agencyUser('POST', '/api/v1/fleet/fuel-records', { vehicleId: v2, filledAt: at('2026-03-06T09:00'), odometerKm: 600, litres: 10, amountFen: 7800 })).statusCode).toBe(404);
  });

  it('a taken month reads the statistics table and stays exact when a late receipt arrives', async () => {
    await snapshotMonth(db, '2026-03');
    const snap = await disclosure();
    expect(snap.source).toBe('snapshot');
    expect(snap.items.find((i) => i.vehicleId === v1)).toMatchObject({ km: 900, litres: 76, lPer100km: 8.44 });
    await fill('late', v1, '2026-03-15T09:00', 10900, { litres: 28 });
    expect((await disclosure()).items.find((i) => i.vehicleId === v1)).toMatchObject({ litres: 104, lPer100km: 8 });
    // a trip of 100 km returned in March, entered after the month was taken: 900 + 100 = 1,000 km
    await db.execute(sql`insert into fleet_trip (id, vehicle_id, agency_id, planned_start, planned_end, status, departed_at, returned_at, departure_km, return_km)
      select ${newId()}, v.id, v.agency_id, ${at('2026-03-29T08:00')}::timestamptz, ${at('2026-03-29T12:00')}::timestamptz, 'returned', ${at('2026-03-29T08:00')}::timestamptz, ${at('2026-03-29T12:00')}::timestamptz, 11700, 11800 from fleet_vehicle v where v.id = ${v1}`);
    expect((await disclosure()).items.find((i) => i.vehicleId === v1)).toMatchObject({ km: 1000, trips: 3 });
  });

  it('the job fleet.monthly-stats takes the month just closed (Asia/Shanghai)', async () => {
    expect(previousMonth(new Date('2026-03-31T16:30:00Z'))).toBe('2026-03'); // 04-01 00:30 in Shanghai
    expect(previousMonth(new Date('2026-01-05T00:00:00Z'))).toBe('2025-12');
    const { done } = await app.platform.jobs.api.runNow('fleet.monthly-stats');
    await done;
    const month = previousMonth(new Date());
    const r = await db.execute(sql`select count(*)::int as n from fleet_month_stat_run where month = ${month}`);
    expect((r as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(1);
  });

  it('exports xlsx and a printable PDF', async () => {
    const x = await center('GET', '/api/v1/fleet/reports/fuel-disclosure?month=2026-03&format=xlsx');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const l = await center('GET', '/api/v1/fleet/fuel-records?format=xlsx');
    expect(l.statusCode).toBe(200);
    const p = await center('GET', '/api/v1/fleet/reports/fuel-disclosure.pdf?month=2026-03');
    expect(p.statusCode).toBe(200);
    expect(p.headers['content-type']).toBe('application/pdf');
    expect(p.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('total cost of ownership of a vehicle', async () => {
    const res = await center('GET', `/api/v1/fleet/vehicles/${v1}/costs?asOf=2026-03-31`);
    expect(res.statusCode).toBe(200);
    // fills to 03-31: 40+10+30+42+36+28 = 186 L × 780 = 145,080 fen; tolls 2 × 2,500; parking 2 × 1,000
    // 2024-03-31 → 2026-03-31 = 730 days = 2 years: 18,000,000 × 2 / 8 = 4,500,000
    expect(res.json()).toMatchObject({ fuelFen: 145_080, tollFen: 5000, parkingFen: 2000, purchaseFen: 4_500_000, yearsOwned: 2 });
    expect(res.json().totalFen).toBe(4_500_000 + 145_080 + 5000 + 2000);
    expect((await agencyUser('GET', `/api/v1/fleet/vehicles/${v2}/costs`)).statusCode).toBe(404);
  });
});
