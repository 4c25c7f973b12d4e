import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetApp, sedan, setQuotaFree, type Req } from '../test/fleet-test-kit.js';

let app: FastifyInstance;
let center: Req;
let agency: Req;
let sampleId: string;
let centerAgencyId: string;
let vehicleId: string;

beforeAll(async () => {
  ({ app, center, agency, sampleId, centerAgencyId } = await fleetApp());
  await setQuotaFree(center, sampleId, 'other', 3);
  const r = await agency('POST', '/api/v1/fleet/vehicles', sedan(sampleId, { seats: 5 }));
  if (r.statusCode !== 201) throw new Error(r.body);
  vehicleId = r.json().id;
});
afterAll(async () => { await app.close(); });

describe('drivers', () => {
  it('offers only active drivers whose licence covers the vehicle and is valid through the trip', async () => {
    const mk = async (name: string, licenceClass: string, licenceExpiry: string, status = 'active') => {
      const r = await agency('POST', '/api/v1/fleet/drivers', { name, agencyId: sampleId, licenceClass, licenceExpiry, status });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().id as string;
    };
    const ok = await mk('测试甲', 'C1', '2030-01-01');
    const expired = await mk('测试乙', 'B1', '2026-06-30'); // expires the day before the trip's end (Shanghai)
    const small = await mk('测试丙', 'C2', '2030-01-01');
    const gone = await mk('测试丁', 'A1', '2030-01-01', 'left');
    const bus = await mk('测试戊', 'B1', '2030-01-01');
    const q = (seats: number) => agency('GET', `/api/v1/fleet/drivers-available?from=2026-06-30T09:00:00%2B08:00&to=2026-07-01T10:00:00%2B08:00&seats=${seats}&agencyId=${sampleId}`);
    const sedanIds = ((await q(5)).json().items as Array<{ id: string }>).map((d) => d.id);
    expect(sedanIds).toContain(ok);
    expect(sedanIds).toContain(bus); // B1 covers C1
    for (const id of [expired, small, gone]) expect(sedanIds).not.toContain(id);
    const busIds = ((await q(15)).json().items as Array<{ id: string }>).map((d) => d.id); // 15 seats needs B1
    expect(busIds).toEqual([bus]);
    // a roster day off on the trip's first day removes the driver
    expect((await agency('PUT', '/api/v1/fleet/driver-roster', { driverId: ok, day: '2026-06-30', shift: 'off' })).statusCode).toBe(200);
    expect(((await q(5)).json().items as Array<{ id: string }>).map((d) => d.id)).not.toContain(ok);
    const roster = (await agency('GET', `/api/v1/fleet/driver-roster?from=2026-06-01&to=2026-06-30&driverId=${ok}`)).json();
    expect(roster.items).toMatchObject([{ day: '2026-06-30', shift: 'off', driverName: '测试甲' }]);
    const tr = await agency('POST', '/api/v1/fleet/driver-trainings', { driverId: ok, heldOn: '2026-03-01', title: '安全驾驶培训', hours: 4, result: 'passed' });
    expect(tr.statusCode, tr.body).toBe(201);
    expect(tr.json().agencyId).toBe(sampleId);
  });
});

describe('maintenance', () => {
  it('a repair goes request → approval → completion; the invoice must equal parts + labour; next service moves', async () => {
    const shop = await center('POST', '/api/v1/fleet/shops', { name: '测试定点维修厂', designated: true });
    expect(shop.statusCode, shop.body).toBe(201);
    const r = await agency('POST', '/api/v1/fleet/repairs', { vehicleId, shopId: shop.json().id, kind: 'maintenance', description: '更换机油机滤', estimateFen: 80_000, requestedOn: '2026-05-01' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().status).toBe('pending');
    const early = await agency('POST', `/api/v1/fleet/repairs/${r.json().id}/complete`, { partsFen: 50_000, labourFen: 30_000, invoiceFen: 80_000, invoiceNo: 'F1', odometerKm: 12000, completedOn: '2026-05-02' });
    expect(early.statusCode).toBe(409);
    const tasks = (await center('GET', '/api/v1/workflow/tasks?status=open')).json() as { items: Array<{ id: string; instanceId: string }> };
    const t = tasks.items.find((x) => x.instanceId === r.json().workflowInstanceId)!;
    expect((await center('POST', `/api/v1/workflow/tasks/${t.id}/approve`, { comment: '同意' })).statusCode).toBe(200);
    // 500.00 + 300.00 = 800.00 yuan; 790.00 is refused
    const bad = await agency('POST', `/api/v1/fleet/repairs/${r.json().id}/complete`, { partsFen: 50_000, labourFen: 30_000, invoiceFen: 79_000, invoiceNo: 'F1', odometerKm: 12000, completedOn: '2026-05-02' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('FLEET_REPAIR_INVOICE');
    const done = await agency('POST', `/api/v1/fleet/repairs/${r.json().id}/complete`, { partsFen: 50_000, labourFen: 30_000, invoiceFen: 80_000, invoiceNo: 'F1', odometerKm: 12000, completedOn: '2026-05-02', nextServiceKm: 17000, nextServiceDate: '2026-11-02' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', invoiceFen: 80_000 });
    expect((await agency('GET', `/api/v1/fleet/vehicles/${vehicleId}`)).json()).toMatchObject({ nextServiceKm: 17000, nextServiceDate: '2026-11-02' });
  });
});

describe('records, reminders, timeline', () => {
  it('insurance and inspection move the due dates; the reminder job notifies once; the timeline merges them', async () => {
    const ins = await agency('POST', '/api/v1/fleet/insurances', { vehicleId, insurer: '人保财险', policyNo: 'P-1', kind: 'compulsory', startsOn: '2025-06-01', endsOn: '2026-05-31', premiumFen: 95_000 });
    expect(ins.statusCode, ins.body).toBe(201);
    const insp = await agency('POST', '/api/v1/fleet/inspections', { vehicleId, inspectedOn: '2025-07-01', nextDue: '2027-07-01', result: 'passed' });
    expect(insp.statusCode, insp.body).toBe(201);
    const vio = await agency('POST', '/api/v1/fleet/violations', { vehicleId, occurredAt: '2026-01-05T10:00:00+08:00', place: '新城大道', description: '违停', fineFen: 20_000 });
    expect(vio.statusCode, vio.body).toBe(201);
    // moving the policy to another agency's vehicle is outside the officer's scope
    await setQuotaFree(center, centerAgencyId, 'other', 1);
    const foreign = (await center('POST', '/api/v1/fleet/vehicles', sedan(centerAgencyId))).json().id;
    expect((await agency('PATCH', `/api/v1/fleet/insurances/${ins.json().id}`, { vehicleId: foreign })).statusCode).toBe(403);
    expect((await agency('GET', `/api/v1/fleet/insurances?vehicleId=${foreign}`)).json().total).toBe(0);
    const v = (await agency('GET', `/api/v1/fleet/vehicles/${vehicleId}`)).json();
    expect(v).toMatchObject({ insuranceDue: '2026-05-31', inspectionDue: '2027-07-01' });
    const tl = (await agency('GET', `/api/v1/fleet/vehicles/${vehicleId}/timeline`)).json();
    const kinds = tl.items.map((i: { kind: string }) => i.kind);
    for (const k of ['insurance', 'inspection', 'violation', 'repair']) expect(kinds).toContain(k);
    expect(tl.items.find((i: { kind: string }) => i.kind === 'violation').amountFen).toBe(20_000);
    const runNow = async () => (app.platform as unknown as { jobs: { api: { runNow(n: string): Promise<{ done: Promise<unknown> }> } } }).jobs.api.runNow('fleet.reminders');
    await (await runNow()).done;
    const mine = (await agency('GET', '/api/v1/notifications?pageSize=200')).json() as { items: Array<{ title: string }> };
    const hits = mine.items.filter((n) => n.title.includes(v.plate) && n.title.includes('保险'));
    expect(hits.length).toBe(1);
    await (await runNow()).done;
    const again = (await agency('GET', '/api/v1/notifications?pageSize=200')).json() as { items: Array<{ title: string }> };
    expect(again.items.filter((n) => n.title.includes(v.plate) && n.title.includes('保险')).length).toBe(1);
  });
});

describe('supervision and sealing', () => {
  it('a sealed vehicle is on the list and not offerable in the window; utilisation and NEV share answer', async () => {
    const s = await center('POST', '/api/v1/fleet/sealings', { name: '测试假期封存', startsAt: '2026-10-01T00:00:00+08:00', endsAt: '2026-10-08T00:00:00+08:00' });
    expect(s.statusCode, s.body).toBe(201);
    expect((await center('POST', `/api/v1/fleet/sealings/${s.json().id}/vehicles`, { vehicleIds: [vehicleId] })).json()).toEqual({ added: 1 });
    const list = (await agency('GET', `/api/v1/fleet/sealings/${s.json().id}/vehicles`)).json();
    expect(list.items.map((x: { vehicleId: string }) => x.vehicleId)).toEqual([vehicleId]);
    // the SQL form dispatch uses agrees: not offerable inside the window, offerable after it
    const { vehicleOfferableSql } = await import('./offerability.js');
    const { fleetVehicles } = await import('../db/vehicles.table.js');
    const { and, eq } = await import('drizzle-orm');
    const db = (app.platform as unknown as { db: import('../../../platform/db/types.js').Db }).db;
    const offered = async (from: string, to: string) => (await db.select({ id: fleetVehicles.id }).from(fleetVehicles)
      .where(and(eq(fleetVehicles.id, vehicleId), vehicleOfferableSql(fleetVehicles.id, fleetVehicles.status, { from: new Date(from), to: new Date(to) })))).length;
    expect(await offered('2026-10-03T09:00:00+08:00', '2026-10-03T12:00:00+08:00')).toBe(0);
    expect(await offered('2026-10-08T00:00:00+08:00', '2026-10-08T12:00:00+08:00')).toBe(1);
    const util = await center('GET', `/api/v1/fleet/reports/utilisation?from=2026-10-01&to=2026-10-10&agencyId=${sampleId}&pageSize=200`);
    expect(util.statusCode, util.body).toBe(200);
    const row = util.json().items.find((x: { vehicleId: string }) => x.vehicleId === vehicleId);
    // 10 days owned (1–10 Oct) minus 8 sealed days (1–8 Oct, both ends counted) = 2 available
    expect(row).toMatchObject({ daysAvailable: 2, daysUsed: 0, utilisation: 0 });
    const byAgency = await center('GET', '/api/v1/fleet/reports/agency-utilisation?from=2026-10-01&to=2026-10-10');
    expect(byAgency.statusCode, byAgency.body).toBe(200);
    const mine = byAgency.json().items.find((x: { agencyId: string }) => x.agencyId === sampleId);
    expect(mine.daysAvailable).toBeGreaterThanOrEqual(2);
    expect(mine.utilisation).toBe(Math.round((mine.daysUsed / mine.daysAvailable) * 10000) / 10000);
    const bottom = await center('GET', '/api/v1/fleet/reports/agency-mileage?from=2026-01-01&to=2026-12-31&limit=5');
    expect(bottom.statusCode, bottom.body).toBe(200);
    expect(bottom.json().bottom.length).toBeGreaterThan(0);
    const nev = await center('GET', `/api/v1/fleet/reports/nev-share?year=2025&agencyId=${sampleId}`);
    expect(nev.statusCode, nev.body).toBe(200);
    expect(nev.json()).toMatchObject({ minShare: 0.3 });
    expect(nev.json().purchased.nev).toBeGreaterThan(0);
  });

  it('special inspection findings need the rectification text when rectified; an agency cannot inspect', async () => {
    const i = await center('POST', '/api/v1/fleet/special-inspections', { agencyId: sampleId, title: '驻点车辆专项检查', inspectedOn: '2026-04-01' });
    expect(i.statusCode, i.body).toBe(201);
    const f = await center('POST', '/api/v1/fleet/inspection-findings', { inspectionId: i.json().id, vehicleId, description: '未按规定停放', deadline: '2026-04-30' });
    expect(f.statusCode, f.body).toBe(201);
    expect((await center('PATCH', `/api/v1/fleet/inspection-findings/${f.json().id}`, { rectifiedOn: '2026-04-20' })).statusCode).toBe(400);
    expect((await center('PATCH', `/api/v1/fleet/inspection-findings/${f.json().id}`, { rectifiedOn: '2026-04-20', rectification: '已定点停放' })).statusCode).toBe(200);
    expect((await agency('POST', '/api/v1/fleet/special-inspections', { agencyId: centerAgencyId, title: 'x', inspectedOn: '2026-04-01' })).statusCode).toBe(403);
  });

  it('charging sessions sum per month for the energy module', async () => {
    const st = await center('POST', '/api/v1/fleet/charging-stations', { agencyId: sampleId, name: '测试充电站' });
    expect(st.statusCode, st.body).toBe(201);
    const pile = await center('POST', '/api/v1/fleet/charging-piles', { stationId: st.json().id, code: 'P1', kind: 'dc', powerKw: 60 });
    expect(pile.statusCode, pile.body).toBe(201);
    for (const [startedAt, endedAt, kwh, amountFen] of [['2026-03-31T23:30:00+08:00', '2026-04-01T00:30:00+08:00', 20.5, 1500], ['2026-04-10T10:00:00+08:00', '2026-04-10T11:00:00+08:00', 30.25, 2200]] as const) {
      const r = await center('POST', '/api/v1/fleet/charging-sessions', { pileId: pile.json().id, vehicleId, startedAt, endedAt, kwh, amountFen });
      expect(r.statusCode, r.body).toBe(201);
    }
    const m = (await center('GET', `/api/v1/fleet/reports/charging-kwh?from=2026-03&to=2026-04&agencyId=${sampleId}`)).json();
    // March: 20.5 kWh (started 23:30 Shanghai on 31 March); April: 30.25 kWh
    expect(m.items.filter((x: { month: string }) => x.month === '2026-03')[0]).toMatchObject({ kwh: 20.5, amountFen: 1500 });
    expect(m.items.filter((x: { month: string }) => x.month === '2026-04')[0]).toMatchObject({ kwh: 30.25, amountFen: 2200 });
    // Scope, in the SQL: a session of another agency is the center's to see, not the agency officer's.
    const other = await center('POST', '/api/v1/fleet/charging-stations', { agencyId: centerAgencyId, name: '中心充电站' });
    const otherPile = await center('POST', '/api/v1/fleet/charging-piles', { stationId: other.json().id, code: 'C1', kind: 'ac', powerKw: 7 });
    expect((await center('POST', '/api/v1/fleet/charging-sessions', { pileId: otherPile.json().id, startedAt: '2026-04-11T10:00:00+08:00', endedAt: '2026-04-11T12:00:00+08:00', kwh: 14, amountFen: 1000 })).statusCode).toBe(201);
    const all = (await center('GET', '/api/v1/fleet/reports/charging-kwh?from=2026-03&to=2026-04')).json() as { items: Array<{ agencyId: string }> };
    expect(all.items.some((x) => x.agencyId === centerAgencyId)).toBe(true);
    const mine = (await agency('GET', '/api/v1/fleet/reports/charging-kwh?from=2026-03&to=2026-04')).json() as { items: Array<{ agencyId: string }> };
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((x) => x.agencyId === sampleId)).toBe(true);
  });
});
