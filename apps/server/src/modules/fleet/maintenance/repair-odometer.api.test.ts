import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetApp, sedan, setQuotaFree, type Req } from '../test/fleet-test-kit.js';

let app: FastifyInstance;
let center: Req;
let agency: Req;
let vehicleId: string;
let shopId: string;

/** An approved repair of the test vehicle (requested by the agency officer, approved by the center). */
async function approvedRepair(requestedOn: string) {
  const r = await agency('POST', '/api/v1/fleet/repairs', { vehicleId, shopId, kind: 'repair', description: '更换刹车片', estimateFen: 60_000, requestedOn });
  expect(r.statusCode, r.body).toBe(201);
  const tasks = (await center('GET', '/api/v1/workflow/tasks?status=open&pageSize=200')).json() as { items: Array<{ id: string; instanceId: string }> };
  const task = tasks.items.find((x) => x.instanceId === r.json().workflowInstanceId)!;
  expect((await center('POST', `/api/v1/workflow/tasks/${task.id}/approve`, { comment: '同意' })).statusCode).toBe(200);
  return r.json().id as string;
}

const amounts = { partsFen: 40_000, labourFen: 20_000, invoiceFen: 60_000, invoiceNo: 'WX-1' };
const complete = (id: string, body: Record<string, unknown>) => agency('POST', `/api/v1/fleet/repairs/${id}/complete`, { ...amounts, ...body });
const readings = async () => ((await center('GET', `/api/v1/fleet/vehicles/${vehicleId}/odometer?pageSize=200`)).json() as { items: Array<{ at: string; km: number; source: string; sourceId: string }> })
  .items.slice().sort((a, b) => a.at.localeCompare(b.at));

beforeAll(async () => {
  let sampleId: string;
  ({ app, center, agency, sampleId } = await fleetApp());
  await setQuotaFree(center, sampleId, 'other', 1);
  const v = await agency('POST', '/api/v1/fleet/vehicles', sedan(sampleId));
  expect(v.statusCode, v.body).toBe(201);
  vehicleId = v.json().id;
  const shop = await center('POST', '/api/v1/fleet/shops', { name: '里程测试定点维修厂', designated: true });
  shopId = shop.json().id;
  // two charges on the timeline: 1 May 09:00 at 12 000 km, 10 May 09:00 at 12 600 km (Asia/Shanghai)
  for (const [filledAt, odometerKm] of [['2026-05-01T09:00:00+08:00', 12_000], ['2026-05-10T09:00:00+08:00', 12_600]] as const) {
    const f = await center('POST', '/api/v1/fleet/fuel-records', { vehicleId, filledAt, odometerKm, kwh: 30, amountFen: 3600, full: true });
    expect(f.statusCode, f.body).toBe(201);
  }
});
afterAll(async () => { await app?.close(); });

describe('a repair completion writes its odometer reading to the vehicle timeline', () => {
  it('records the reading at 00:00 Shanghai of the completion day when no time is given', async () => {
    const id = await approvedRepair('2026-05-03');
    const done = await complete(id, { odometerKm: 12_150, completedOn: '2026-05-05' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', odometerKm: 12_150 });
    // 2026-05-05 00:00 +08:00 = 2026-05-04 16:00 UTC; 12 000 ≤ 12 150 ≤ 12 600
    expect((await readings()).map((r) => [r.at, r.km, r.source])).toEqual([
      ['2026-05-01T01:00:00.000Z', 12_000, 'fuel'],
      ['2026-05-04T16:00:00.000Z', 12_150, 'repair'],
      ['2026-05-10T01:00:00.000Z', 12_600, 'fuel'],
    ]);
    expect((await readings()).find((r) => r.source === 'repair')!.sourceId).toBe(id);
  });

  it('refuses a reading that makes a distance negative, naming both neighbours; the repair stays approved', async () => {
    const id = await approvedRepair('2026-05-06');
    // 6 May 15:30: previous is the repair reading of 5 May 00:00 (12 150), next the charge of 10 May 09:00 (12 600).
    // 12 700 > 12 600 would make 6 May → 10 May a distance of 12 600 − 12 700 = −100 km.
    const high = await complete(id, { odometerKm: 12_700, completedOn: '2026-05-06', odometerAt: '2026-05-06T15:30:00+08:00' });
    expect(high.statusCode, high.body).toBe(422);
    expect(high.json().code).toBe('FLEET_ODOMETER_OUT_OF_ORDER');
    expect(high.json().message).toContain('前一条 2026-05-05 00:00 维修 12150.0 km');
    expect(high.json().message).toContain('后一条 2026-05-10 09:00 加油/充电 12600.0 km');
    expect(high.json().ref).toMatchObject({ previous: { km: 12_150, source: 'repair' }, next: { km: 12_600, source: 'fuel' } });
    // 12 100 < 12 150: 5 May → 6 May would be 12 100 − 12 150 = −50 km
    const low = await complete(id, { odometerKm: 12_100, completedOn: '2026-05-06', odometerAt: '2026-05-06T15:30:00+08:00' });
    expect(low.statusCode, low.body).toBe(422);
    expect(low.json().messageEn).toContain('previous 2026-05-05 00:00 repair 12150.0 km');
    // nothing was written: the repair is still approved and has no reading
    expect((await agency('GET', `/api/v1/fleet/repairs/${id}`)).json()).toMatchObject({ status: 'approved', odometerKm: null, invoiceFen: null });
    expect((await readings()).filter((r) => r.sourceId === id)).toEqual([]);
    // the reading time must fall on the completion day (Asia/Shanghai): 7 May 00:30 +08:00 is not 6 May
    const wrongDay = await complete(id, { odometerKm: 12_400, completedOn: '2026-05-06', odometerAt: '2026-05-07T00:30:00+08:00' });
    expect(wrongDay.statusCode).toBe(400);
    expect(wrongDay.json().fields).toMatchObject([{ path: 'odometerAt' }]);
    // in order: 12 150 ≤ 12 400 ≤ 12 600
    const ok = await complete(id, { odometerKm: 12_400, completedOn: '2026-05-06', odometerAt: '2026-05-06T15:30:00+08:00' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await readings()).map((r) => r.km)).toEqual([12_000, 12_150, 12_400, 12_600]);
    expect((await readings()).find((r) => r.sourceId === id)!.at).toBe('2026-05-06T07:30:00.000Z');
  });

  it('a completion without a reading leaves the timeline alone', async () => {
    const before = (await readings()).length;
    const id = await approvedRepair('2026-05-11');
    const done = await complete(id, { completedOn: '2026-05-12' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', odometerKm: null });
    expect((await readings()).length).toBe(before);
  });
});
