import { readFileSync } from 'node:fs';
import { like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../platform/db/types.js';
import { notifications } from '../../../platform/notify/notify.table.js';
import { as, login } from '../../../../test/helpers/test-app.js';
import { approvedRequest, demoIds, freePerson, makeAccount, makeDriver, makeVehicle, openFleetTestApp } from '../dispatch/dispatch.factories.js';

const T0 = new Date('2031-04-01T01:00:00Z'); // 09:00 in Shanghai
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();
const gpx = readFileSync(new URL('./fixtures/dinghai-walk.gpx', import.meta.url), 'utf8');
type Api = ReturnType<typeof as>;

describe('trip requests and trips (用车申请、出车)', () => {
  let app: FastifyInstance;
  let db: Db;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let staff: Api; let agency: Api; let dispatcher: Api; let driver: Api; let outsider: Api;
  let driverRow: { id: string };

  const input = (start: number, end: number, extra: object = {}) => ({
    passengerCount: 2, passengerNames: ['张三', '李四'], origin: '舟山市行政中心', destinations: ['定海区政府', '舟山港综合保税区'],
    plannedStart: at(start), plannedEnd: at(end), purpose: '调研港区建设', inCity: true, needDriver: true, ...extra,
  });
  /** The agency head acts on the open task of the request's approval. */
  async function decide(instanceId: string, action: 'approve' | 'reject' | 'return', comment = '同意') {
    const tasks = (await agency('GET', `/api/v1/workflow/tasks?status=open&instanceId=${instanceId}`)).json() as { items: Array<{ id: string }> };
    expect(tasks.items).toHaveLength(1);
    const res = await agency('POST', `/api/v1/workflow/tasks/${tasks.items[0]!.id}/${action}`, { comment });
    expect(res.statusCode).toBe(200);
  }

  beforeAll(async () => {
    ({ app, db } = await openFleetTestApp());
    ids = await demoIds(db);
    await makeAccount(db, { username: 'test-dispatcher', roleCode: 'fleet-dispatcher', scopeKind: 'all' });
    const dp = await freePerson(db, ids.sampleAgencyId);
    driverRow = await makeDriver(db, { agencyId: ids.sampleAgencyId, personId: dp.id, name: dp.name });
    await makeAccount(db, { username: 'test-driver', personId: dp.id, roleCode: 'fleet-driver', scopeKind: 'self' });
    const op = await freePerson(db, ids.otherAgencyId);
    await makeAccount(db, { username: 'test-outsider', personId: op.id, roleCode: 'cadre', scopeKind: 'self' });
    const api = async (u: string) => as(app, await login(app, u));
    staff = await api('staff'); agency = await api('agency'); dispatcher = await api('test-dispatcher');
    driver = await api('test-driver'); outsider = await api('test-outsider');
  });
  afterAll(async () => { await app?.close(); });

  it('the demo seed files requests through the approval: one waits for the agency head, two approved form a carpool proposal', async () => {
    const tasks = (await agency('GET', '/api/v1/workflow/tasks?status=open')).json() as { items: Array<{ businessType: string }> };
    expect(tasks.items.filter((t) => t.businessType === 'fleet.trip')).toHaveLength(1);
    await makeVehicle(db, { agencyId: ids.sampleAgencyId }); // a proposal needs a vehicle with enough seats: 2 passengers + driver ≤ 5
    const p = (await dispatcher('GET', '/api/v1/fleet/carpool-proposals')).json() as { items: Array<{ requestIds: string[]; passengers: number; destination: string }> };
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({ passengers: 2, destination: '普陀区东港街道办事处' });
    expect(p.items[0]!.requestIds).toHaveLength(2);
    // the demo driver (account `driver`) has the third demo request as a task; the demo dispatcher sees it
    const demoDriver = as(app, await login(app, 'driver'));
    const tasksOfDriver = (await demoDriver('GET', '/api/v1/fleet/trips/mine')).json() as { items: Array<{ id: string; status: string; destination: string }> };
    expect(tasksOfDriver.items).toHaveLength(1);
    expect(tasksOfDriver.items[0]).toMatchObject({ status: 'dispatched', destination: '舟山市政务服务中心' });
    const demoDispatcher = as(app, await login(app, 'dispatcher'));
    expect((await demoDispatcher('GET', `/api/v1/fleet/trips/${tasksOfDriver.items[0]!.id}`)).statusCode).toBe(200);
  });

  it('a cadre requests a car, the agency head approves, the dispatcher dispatches, the driver departs and returns, the cadre rates', async () => {
    expect((await staff('POST', '/api/v1/fleet/trip-requests', input(60, 0))).json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'plannedEnd' }] });
    const created = await staff('POST', '/api/v1/fleet/trip-requests', input(0, 240));
    expect(created.statusCode).toBe(201);
    const r = created.json() as { id: string; status: string; instanceId: string; agencyId: string };
    expect(r).toMatchObject({ status: 'pending', agencyId: ids.sampleAgencyId });
    // not yet approved: no dispatch
    const vehicle = await makeVehicle(db, { agencyId: ids.sampleAgencyId, energy: 'bev' });
    expect((await dispatcher('POST', `/api/v1/fleet/trip-requests/${r.id}/dispatch`, { vehicleId: vehicle.id, driverId: driverRow.id })).json()).toMatchObject({ code: 'FLEET_REQUEST_STATE' });
    await decide(r.instanceId, 'approve', '同意用车');
    const detail = (await staff('GET', `/api/v1/fleet/trip-requests/${r.id}`)).json() as { status: string; history: Array<{ action: string; comment: string | null }> };
    expect(detail.status).toBe('approved');
    expect(detail.history.map((h) => h.action)).toEqual(['submit', 'step', 'approve', 'approved']);
    expect(detail.history.find((h) => h.action === 'approve')!.comment).toBe('同意用车');
    // scope: the applicant's agency head sees it, a cadre of another agency does not
    expect(((await agency('GET', '/api/v1/fleet/trip-requests')).json() as { items: Array<{ id: string }> }).items.map((x) => x.id)).toContain(r.id);
    expect((await outsider('GET', `/api/v1/fleet/trip-requests/${r.id}`)).statusCode).toBe(404);
    expect((await outsider('GET', '/api/v1/fleet/trip-requests')).json()).toMatchObject({ total: 0 });
    expect(((await staff('GET', '/api/v1/fleet/trip-requests?mine=true&status=approved')).json() as { items: Array<{ id: string }> }).items.map((x) => x.id)).toContain(r.id);

    const d = await dispatcher('POST', `/api/v1/fleet/trip-requests/${r.id}/dispatch`, { vehicleId: vehicle.id, driverId: driverRow.id });
    expect(d.statusCode).toBe(201);
    const trip = d.json() as { id: string };
    expect((await staff('GET', `/api/v1/fleet/trip-requests/${r.id}`)).json()).toMatchObject({ status: 'dispatched', trip: { id: trip.id, plate: vehicle.plate, status: 'dispatched' } });
    const inbox = await db.select({ title: notifications.title, accountId: notifications.accountId }).from(notifications).where(like(notifications.title, `%${vehicle.plate}%`));
    expect(inbox.map((n) => n.title).sort()).toEqual([`出车任务：${vehicle.plate}`, `用车已派车：${vehicle.plate}`]);
    const mine = (await driver('GET', '/api/v1/fleet/trips/mine')).json() as { items: Array<{ id: string }> };
    expect(mine.items.map((t) => t.id)).toEqual([trip.id]);

    expect((await driver('POST', `/api/v1/fleet/trips/${trip.id}/depart`, { at: at(5), odometerKm: 10_000 })).json()).toMatchObject({ status: 'departed', departureKm: 10_000 });
    // the odometer cannot go back
    expect((await driver('POST', `/api/v1/fleet/trips/${trip.id}/return`, { at: at(200), odometerKm: 9_990 })).statusCode).toBe(422);
    expect((await driver('POST', `/api/v1/fleet/trips/${trip.id}/return`, { at: at(1), odometerKm: 10_020 })).json()).toMatchObject({ code: 'FLEET_RETURN_BEFORE_DEPARTURE' });
    const back = await driver('POST', `/api/v1/fleet/trips/${trip.id}/return`, { at: at(200), odometerKm: 10_012.5, tollFen: 1500, parkingFen: 500 });
    // km = 10012.5 − 10000 = 12.5
    expect(back.json()).toMatchObject({ status: 'returned', km: 12.5, tollFen: 1500, parkingFen: 500, otherFen: 0 });

    // back at +200 min of a window planned until +240: the vehicle and the driver are free again at once
    const next = await approvedRequest(db, { agencyId: ids.sampleAgencyId, personId: ids.staff.personId!, accountId: ids.staff.accountId, start: new Date(at(210)), end: new Date(at(300)), needDriver: true });
    expect((await dispatcher('POST', `/api/v1/fleet/trip-requests/${next.id}/dispatch`, { vehicleId: vehicle.id, driverId: driverRow.id })).statusCode).toBe(201);

    // GPX: 2.22 km against 12.5 km on the odometer; limit max(2, 0.2 × 12.5 = 2.5) = 2.5 < 10.28 → flagged
    const g = await driver('POST', `/api/v1/fleet/trips/${trip.id}/track`, gpx, { 'content-type': 'application/gpx+xml' });
    expect(g.statusCode).toBe(200);
    expect(g.json()).toMatchObject({ trackPoints: 5, trackKm: 2.22, flags: ['gps-mismatch'], track: { maxSpeedKmh: 33.4, polyline: [[30.01, 122.106], [30.03, 122.106]] } });
    // CSV along the meridian 30.0° → 30.1°: 0.1 × 111.195 = 11.12 km; |11.12 − 12.5| = 1.38 ≤ 2.5 → the flag goes
    const csv = 'lat,lon,time\n30.0,122.1,2031-04-01T01:05:00Z\n30.05,122.1,2031-04-01T01:30:00Z\n30.1,122.1,2031-04-01T02:00:00Z\n';
    const c = await driver('POST', `/api/v1/fleet/trips/${trip.id}/track`, csv, { 'content-type': 'text/csv' });
    expect(c.json()).toMatchObject({ trackPoints: 3, trackKm: 11.12, flags: [] });
    expect((await driver('POST', `/api/v1/fleet/trips/${trip.id}/track`, 'lat,lon\n95,122\n30,122', { 'content-type': 'text/csv' })).json()).toMatchObject({ code: 'FLEET_TRACK_INVALID' });

    const done = (await staff('GET', `/api/v1/fleet/trip-requests/${r.id}`)).json() as { status: string; history: Array<{ action: string }>; trip: Record<string, unknown> };
    expect(done.status).toBe('completed');
    // the trip of the request is a declared shape (FleetTripRequestTrip): exactly these fields
    expect(Object.keys(done.trip).sort()).toEqual(['cancelReason', 'createdAt', 'departedAt', 'departureKm', 'driverId', 'driverName', 'emergency', 'id', 'km',
      'plannedEnd', 'plannedStart', 'plate', 'returnKm', 'returnedAt', 'status', 'vehicleId']);
    expect(done.trip).toMatchObject({ id: trip.id, vehicleId: vehicle.id, plate: vehicle.plate, driverId: driverRow.id, status: 'returned',
      departedAt: new Date(at(5)).toISOString(), returnedAt: new Date(at(200)).toISOString(), departureKm: 10_000, returnKm: 10_012.5, km: 12.5, emergency: false, cancelReason: null });
    expect(done.history.map((h) => h.action)).toEqual(['submit', 'step', 'approve', 'approved', 'dispatch', 'depart', 'return']);
    expect((await staff('POST', `/api/v1/fleet/trip-requests/${r.id}/rate`, { rating: 6 })).statusCode).toBe(400);
    expect((await staff('POST', `/api/v1/fleet/trip-requests/${r.id}/rate`, { rating: 5, comment: '准时' })).json()).toMatchObject({ rating: 5 });
    expect((await dispatcher('GET', `/api/v1/fleet/trips/${trip.id}`)).json()).toMatchObject({ rating: 5 });
  });

  it('a driver sees only their own trips; lists export to xlsx', async () => {
    const v = await makeVehicle(db, { agencyId: ids.sampleAgencyId });
    const otherDriver = await makeDriver(db, { agencyId: ids.sampleAgencyId });
    const res = await dispatcher('POST', '/api/v1/fleet/trips/emergency', {
      agencyId: ids.sampleAgencyId, vehicleId: v.id, driverId: otherDriver.id, plannedStart: at(1000), plannedEnd: at(1100),
      origin: '市行政中心', destination: '岱山县', purpose: '防汛检查', passengerCount: 1,
    });
    const foreign = res.json() as { id: string };
    expect((await driver('GET', `/api/v1/fleet/trips/${foreign.id}`)).statusCode).toBe(404);
    expect((await driver('POST', `/api/v1/fleet/trips/${foreign.id}/depart`, { at: at(1000), odometerKm: 5 })).statusCode).toBe(404);
    const list = (await driver('GET', '/api/v1/fleet/trips')).json() as { items: Array<{ id: string }> };
    expect(list.items.map((t) => t.id)).not.toContain(foreign.id);
    expect(((await dispatcher('GET', '/api/v1/fleet/trips?reviewFlag=true')).json() as { items: Array<{ id: string }> }).items.map((t) => t.id)).toContain(foreign.id);
    for (const [who, url] of [[dispatcher, '/api/v1/fleet/trips?format=xlsx'], [agency, '/api/v1/fleet/trip-requests?format=xlsx']] as const) {
      const x = await who('GET', url);
      expect(x.statusCode).toBe(200);
      expect(x.headers['content-type']).toContain('spreadsheetml');
    }
  });

  it('the OpenAPI document describes the routes (track upload as GPX or CSV)', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>> };
    for (const p of ['/api/v1/fleet/trip-requests', '/api/v1/fleet/trip-requests/{id}/dispatch', '/api/v1/fleet/trip-requests/{id}/suggestions', '/api/v1/fleet/carpool-proposals/merge', '/api/v1/fleet/trips/{id}/return', '/api/v1/fleet/trips/mine']) {
      expect(doc.paths[p], p).toBeDefined();
    }
    expect(Object.keys(doc.paths['/api/v1/fleet/trips/{id}/track']!.post!.requestBody!.content)).toEqual(expect.arrayContaining(['application/gpx+xml', 'text/csv']));
    const schemas = (doc as unknown as { components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> } }).components.schemas;
    expect(schemas.FleetTripRequestTrip!.required).toEqual(expect.arrayContaining(['plate', 'driverName', 'status', 'departedAt', 'returnedAt', 'departureKm', 'returnKm', 'km']));
    expect(schemas.FleetTripRequestDetail!.properties!.trip).toBeDefined();
    expect(schemas.FleetDispatchReason!.required).toEqual(['code', 'zh', 'en']);
  });

  it('withdraw, return for edits and resubmit, reject', async () => {
    const a = (await staff('POST', '/api/v1/fleet/trip-requests', input(3000, 3060))).json() as { id: string; instanceId: string };
    expect((await staff('POST', `/api/v1/fleet/trip-requests/${a.id}/withdraw`, { comment: '行程取消' })).json()).toMatchObject({ status: 'withdrawn' });
    const b = (await staff('POST', '/api/v1/fleet/trip-requests', input(3100, 3160))).json() as { id: string; instanceId: string };
    await decide(b.instanceId, 'return', '请补充乘车人');
    expect((await staff('GET', `/api/v1/fleet/trip-requests/${b.id}`)).json()).toMatchObject({ status: 'returned' });
    const re = await staff('POST', `/api/v1/fleet/trip-requests/${b.id}/resubmit`, { ...input(3100, 3160), passengerCount: 3, passengerNames: ['张三', '李四', '王五'] });
    expect(re.json()).toMatchObject({ status: 'pending', passengerCount: 3 });
    await decide(b.instanceId, 'reject', '不符合用车规定');
    expect((await staff('GET', `/api/v1/fleet/trip-requests/${b.id}`)).json()).toMatchObject({ status: 'rejected' });
    expect((await staff('POST', `/api/v1/fleet/trip-requests/${b.id}/withdraw`, {})).json()).toMatchObject({ code: 'FLEET_REQUEST_STATE' });
    // someone else's request is not found for withdrawing
    expect((await outsider('POST', `/api/v1/fleet/trip-requests/${b.id}/withdraw`, {})).statusCode).toBe(404);
  });
});
