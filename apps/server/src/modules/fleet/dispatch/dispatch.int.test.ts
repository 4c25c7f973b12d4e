import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings } from '../../../platform/bookings/bookings.table.js';
import type { Db } from '../../../platform/db/types.js';
import { as, login } from '../../../../test/helpers/test-app.js';
import { fleetSealings, fleetSealingVehicles } from '../db/supervision.table.js';
import { fleetTripRequests, fleetTrips } from '../db/trips.table.js';
import { approvedRequest, demoIds, makeAccount, makeDriver, makeVehicle, openFleetTestApp } from './dispatch.factories.js';

const T0 = new Date('2031-03-10T01:00:00Z'); // 09:00 in Shanghai
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('dispatch (派车)', () => {
  let app: FastifyInstance;
  let db: Db;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let dispatcher: ReturnType<typeof as>;
  let center: ReturnType<typeof as>;
  const req = (start: number, end: number, o: { passengers?: number; needDriver?: boolean; destination?: string; inCity?: boolean } = {}) =>
    approvedRequest(db, { agencyId: ids.sampleAgencyId, personId: ids.staff.personId!, accountId: ids.staff.accountId, start: at(start), end: at(end), ...o });

  beforeAll(async () => {
    ({ app, db } = await openFleetTestApp());
    ids = await demoIds(db);
    await makeAccount(db, { username: 'test-dispatcher', roleCode: 'fleet-dispatcher', scopeKind: 'all' });
    dispatcher = as(app, await login(app, 'test-dispatcher'));
    center = as(app, await login(app, 'center'));
  });
  afterAll(async () => { await app?.close(); });

  it('100 concurrent dispatches of one vehicle to overlapping windows: exactly one booking, 99 conflicts naming the winning trip', async () => {
    const v = await makeVehicle(db, { agencyId: ids.sampleAgencyId });
    // request i covers [i×30 s, 60 min + i×30 s): the latest starts at 49.5 min, before the earliest ends (60 min) — all overlap.
    const requests = [];
    for (let i = 0; i < 100; i++) requests.push(await req(i / 2, 60 + i / 2));
    const results = await Promise.all(requests.map((r) => dispatcher('POST', `/api/v1/fleet/trip-requests/${r.id}/dispatch`, { vehicleId: v.id })));
    const won = results.filter((r) => r.statusCode === 201);
    expect(won).toHaveLength(1);
    const winner = won[0]!.json() as { id: string; plate: string };
    const lost = results.filter((r) => r.statusCode !== 201);
    expect(lost).toHaveLength(99);
    for (const r of lost) {
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ code: 'FLEET_VEHICLE_BOOKED', ref: { tripId: winner.id, resourceId: v.id } });
    }
    expect((lost[0]!.json() as { message: string }).message).toContain(v.plate);
    const active = await db.select({ id: bookings.id }).from(bookings).where(and(eq(bookings.resourceId, v.id), inArray(bookings.state, ['tentative', 'confirmed', 'checked_in'])));
    expect(active).toHaveLength(1);
    expect(await db.select({ id: fleetTrips.id }).from(fleetTrips).where(eq(fleetTrips.vehicleId, v.id))).toEqual([{ id: winner.id }]);
    const states = await db.select({ status: fleetTripRequests.status, n: sql<number>`count(*)::int` }).from(fleetTripRequests)
      .where(inArray(fleetTripRequests.id, requests.map((r) => r.id))).groupBy(fleetTripRequests.status);
    expect(Object.fromEntries(states.map((s) => [s.status, s.n]))).toEqual({ dispatched: 1, approved: 99 });
  });

  it('refuses unfit vehicles and drivers with 422 naming the rule, and never offers them', async () => {
    const own = ids.sampleAgencyId;
    const repair = await makeVehicle(db, { agencyId: own, status: 'repair' });
    const sealed = await makeVehicle(db, { agencyId: own });
    const small = await makeVehicle(db, { agencyId: own, seats: 2 });
    const bus = await makeVehicle(db, { agencyId: own, seats: 12 });
    const good = await makeVehicle(db, { agencyId: own });
    const [s] = await db.insert(fleetSealings).values({ name: '清明节', startsAt: at(1900), endsAt: at(2200) }).returning();
    await db.insert(fleetSealingVehicles).values({ sealingId: s!.id, vehicleId: sealed.id, agencyId: own });
    // the trip (T0 + 2000…2100 min) runs 2031-03-11 18:20–20:00 Shanghai: a licence valid until 03-10 has expired by then
    const expired = await makeDriver(db, { agencyId: own, licenceExpiry: '2031-03-10' });
    const c1 = await makeDriver(db, { agencyId: own, licenceClass: 'C1' });
    const r = await req(2000, 2100, { passengers: 2, needDriver: true });
    const url = `/api/v1/fleet/trip-requests/${r.id}/dispatch`;
    const code = async (body: object) => { const res = await dispatcher('POST', url, body); return [res.statusCode, (res.json() as { code: string }).code]; };
    // the sealing (T0 + 1900…2200 min) covers the trip
    expect(await code({ vehicleId: repair.id, driverId: c1.id })).toEqual([422, 'FLEET_VEHICLE_NOT_OFFERABLE']);
    expect(await code({ vehicleId: sealed.id, driverId: c1.id })).toEqual([422, 'FLEET_VEHICLE_SEALED']);
    // 2 passengers + the driver = 3 seats > 2
    expect(await code({ vehicleId: small.id, driverId: c1.id })).toEqual([422, 'FLEET_SEATS_INSUFFICIENT']);
    expect(await code({ vehicleId: good.id, driverId: expired.id })).toEqual([422, 'FLEET_DRIVER_LICENCE_EXPIRED']);
    // 12 seats need B1 (中型客车); C1 does not cover it
    expect(await code({ vehicleId: bus.id, driverId: c1.id })).toEqual([422, 'FLEET_DRIVER_LICENCE_CLASS']);
    expect(await code({ vehicleId: good.id })).toEqual([400, 'VALIDATION_FAILED']);

    const sug = (await dispatcher('GET', `/api/v1/fleet/trip-requests/${r.id}/suggestions`)).json() as { vehicles: Array<{ id: string }>; drivers: Array<{ id: string }> };
    const offered = sug.vehicles.map((x) => x.id);
    expect(offered).toContain(good.id);
    for (const bad of [repair.id, sealed.id, small.id]) expect(offered).not.toContain(bad);
    expect(sug.drivers.map((x) => x.id)).toContain(c1.id);
    expect(sug.drivers.map((x) => x.id)).not.toContain(expired.id);
    const forBus = (await dispatcher('GET', `/api/v1/fleet/trip-requests/${r.id}/suggestions?vehicleId=${bus.id}`)).json() as { drivers: Array<{ id: string }> };
    expect(forBus.drivers.map((x) => x.id)).not.toContain(c1.id);

    const ok = await dispatcher('POST', url, { vehicleId: good.id, driverId: c1.id });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ vehicleId: good.id, driverId: c1.id, status: 'dispatched', passengerCount: 2 });
    // the same driver on another vehicle in an overlapping window: the database refuses it
    const r2 = await req(2050, 2150, { needDriver: true });
    const other = await makeVehicle(db, { agencyId: own });
    const clash = await dispatcher('POST', `/api/v1/fleet/trip-requests/${r2.id}/dispatch`, { vehicleId: other.id, driverId: c1.id });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'FLEET_DRIVER_BOOKED', ref: { tripId: (ok.json() as { id: string }).id } });
    // a second dispatch of a dispatched request
    expect((await dispatcher('POST', url, { vehicleId: other.id, driverId: c1.id })).json()).toMatchObject({ code: 'FLEET_REQUEST_STATE' });
  });

  it('ranks suggestions: own agency, new energy in the city, least used this month — with reasons', async () => {
    const win = [3000, 3060] as const;
    const own = ids.sampleAgencyId;
    const ownGas = await makeVehicle(db, { agencyId: own, plate: '浙L·R0001' });
    const ownBev = await makeVehicle(db, { agencyId: own, energy: 'bev', plate: '浙L·R0002' });
    const otherBev = await makeVehicle(db, { agencyId: ids.otherAgencyId, energy: 'bev', plate: '浙L·R0003' });
    const r = await req(win[0], win[1], { passengers: 3 });
    const res = await dispatcher('GET', `/api/v1/fleet/trip-requests/${r.id}/suggestions`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { seatsNeeded: number; vehicles: Array<{ id: string; rank: number; reasons: string[] }> };
    expect(body.seatsNeeded).toBe(3); // 3 passengers, no driver needed
    const order = body.vehicles.map((v) => v.id).filter((id) => [ownGas.id, ownBev.id, otherBev.id].includes(id));
    expect(order).toEqual([ownBev.id, ownGas.id, otherBev.id]);
    expect(body.vehicles.find((v) => v.id === ownBev.id)!.reasons).toEqual(['本单位车辆', '座位 5 个，需 3 个', '新能源车，市内出行优先', '本月已行驶 0 km']);
    // the same reasons in both languages, with stable codes (the English console shows `en`)
    const texts = (res.json() as { vehicles: Array<{ id: string; reasonTexts: Array<{ code: string; zh: string; en: string }> }> }).vehicles.find((v) => v.id === ownBev.id)!.reasonTexts;
    expect(texts).toEqual([
      { code: 'own-agency', zh: '本单位车辆', en: 'Vehicle of the same agency' },
      { code: 'seats', zh: '座位 5 个，需 3 个', en: '5 seats, 3 needed' },
      { code: 'nev-in-city', zh: '新能源车，市内出行优先', en: 'New-energy vehicle, preferred for in-city trips' },
      { code: 'month-km', zh: '本月已行驶 0 km', en: '0 km driven this month' },
    ]);
    const other = (res.json() as { vehicles: Array<{ id: string; reasonTexts: Array<{ code: string; en: string }> }> }).vehicles.find((v) => v.id === otherBev.id)!;
    expect(other.reasonTexts[0]).toMatchObject({ code: 'other-agency', en: 'Vehicle of another agency or the platform pool' });
  });

  it('carpool: proposes overlapping requests to the same destination and merges them onto one trip', async () => {
    const a = await req(4000, 4090, { passengers: 2, destination: '普陀区 东港街道' });
    const b = await req(4030, 4120, { passengers: 1, destination: '普陀区东港街道' });
    const res = await dispatcher('GET', `/api/v1/fleet/carpool-proposals?from=${at(3900).toISOString()}&to=${at(4200).toISOString()}`);
    expect(res.statusCode).toBe(200);
    const p = (res.json() as { items: Array<{ requestIds: string[]; passengers: number; start: string; end: string }> }).items.find((x) => x.requestIds.includes(a.id));
    expect(p).toMatchObject({ requestIds: [a.id, b.id], passengers: 3, start: at(4000).toISOString(), end: at(4120).toISOString() });
    const rt = (p as unknown as { reasonTexts: Array<{ code: string; zh: string; en: string }> }).reasonTexts;
    expect(rt.map((x) => x.code)).toEqual(['overlap', 'same-destination', 'seats']);
    expect(rt.slice(0, 2).map((x) => x.en)).toEqual(['Overlapping time windows', 'Same destination']);
    expect(rt.every((x) => x.en.length > 0 && !/[\u4e00-\u9fff]/.test(x.en))).toBe(true);
    const v = await makeVehicle(db, { agencyId: ids.sampleAgencyId });
    const m = await dispatcher('POST', '/api/v1/fleet/carpool-proposals/merge', { requestIds: [a.id, b.id], vehicleId: v.id });
    expect(m.statusCode).toBe(201);
    const trip = m.json() as { id: string; passengerCount: number; plannedStart: string; plannedEnd: string; requests: Array<{ id: string }> };
    expect(trip).toMatchObject({ passengerCount: 3, plannedStart: at(4000).toISOString(), plannedEnd: at(4120).toISOString() });
    expect(trip.requests.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('emergency dispatch: team drivers first, no approval, flagged for review; review clears it with a comment', async () => {
    const own = ids.sampleAgencyId;
    const v = await makeVehicle(db, { agencyId: own });
    const plain = await makeDriver(db, { agencyId: own, name: '甲驾驶员' });
    const team = await makeDriver(db, { agencyId: ids.otherAgencyId, name: '乙驾驶员', emergencyTeam: true });
    const q = `agencyId=${own}&from=${at(5000).toISOString()}&to=${at(5120).toISOString()}&passengers=2&emergency=true`;
    const sug = (await dispatcher('GET', `/api/v1/fleet/dispatch/suggestions?${q}`)).json() as { drivers: Array<{ id: string; reasons: string[] }> };
    const order = sug.drivers.map((d) => d.id).filter((id) => id === plain.id || id === team.id);
    expect(order).toEqual([team.id, plain.id]);
    const res = await dispatcher('POST', '/api/v1/fleet/trips/emergency', {
      agencyId: own, vehicleId: v.id, driverId: team.id, plannedStart: at(5000).toISOString(), plannedEnd: at(5120).toISOString(),
      origin: '市行政中心', destination: '沈家门渔港', purpose: '台风应急转移', passengerCount: 2,
    });
    expect(res.statusCode).toBe(201);
    const trip = res.json() as { id: string; emergency: boolean; reviewFlag: boolean; requestId: string | null };
    expect(trip).toMatchObject({ emergency: true, reviewFlag: true, requestId: null });
    expect((await dispatcher('POST', `/api/v1/fleet/trips/${trip.id}/review`, { comment: '情况属实' })).statusCode).toBe(403);
    const reviewed = await center('POST', `/api/v1/fleet/trips/${trip.id}/review`, { comment: '台风应急，情况属实' });
    expect(reviewed.json()).toMatchObject({ reviewFlag: false, reviewComment: '台风应急，情况属实' });
    expect((await center('POST', `/api/v1/fleet/trips/${trip.id}/review`, { comment: '再次' })).json()).toMatchObject({ code: 'FLEET_TRIP_NOT_FLAGGED' });
  });

  it('a vehicle booked outside dispatch (e.g. for its annual inspection) is refused with what holds it', async () => {
    const v = await makeVehicle(db, { agencyId: ids.sampleAgencyId });
    const b = await center('POST', '/api/v1/bookings', { resourceType: 'fleet.vehicle', resourceId: v.id, startsAt: at(7000).toISOString(), endsAt: at(7200).toISOString(), holderAgencyId: ids.sampleAgencyId, title: '车辆年检',
      // A reference typed by hand that only looks like a trip's: still named by the booking's title.
      refType: 'fleet.trip', refId: 'NJ-2026-07' });
    expect(b.statusCode).toBe(201);
    const r = await req(7100, 7300);
    const res = await dispatcher('POST', `/api/v1/fleet/trip-requests/${r.id}/dispatch`, { vehicleId: v.id });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'FLEET_VEHICLE_BOOKED', ref: { tripId: null, bookingId: (b.json() as { id: string }).id } });
    expect((res.json() as { message: string }).message).toContain('车辆年检');
    const sug = (await dispatcher('GET', `/api/v1/fleet/trip-requests/${r.id}/suggestions`)).json() as { vehicles: Array<{ id: string }> };
    expect(sug.vehicles.map((x) => x.id)).not.toContain(v.id);
  });

  it('cancel releases the bookings and the request waits for dispatch again', async () => {
    const v = await makeVehicle(db, { agencyId: ids.sampleAgencyId });
    const r = await req(6000, 6060);
    const t = (await dispatcher('POST', `/api/v1/fleet/trip-requests/${r.id}/dispatch`, { vehicleId: v.id })).json() as { id: string };
    const c = await dispatcher('POST', `/api/v1/fleet/trips/${t.id}/cancel`, { reason: '会议取消' });
    expect(c.json()).toMatchObject({ status: 'cancelled', cancelReason: '会议取消' });
    const [b] = await db.select({ state: bookings.state }).from(bookings).where(eq(bookings.refId, t.id));
    expect(b!.state).toBe('cancelled');
    const again = await dispatcher('POST', `/api/v1/fleet/trip-requests/${r.id}/dispatch`, { vehicleId: v.id });
    expect(again.statusCode).toBe(201);
    expect((await dispatcher('POST', `/api/v1/fleet/trips/${t.id}/cancel`, { reason: 'x' })).json()).toMatchObject({ code: 'FLEET_TRIP_STATE' });
  });

  it('answers the dispatched trip exactly as GET /trips/:id reads it back', async () => {
    const v = await makeVehicle(db, { agencyId: ids.sampleAgencyId });
    const d = await makeDriver(db, { agencyId: ids.sampleAgencyId, name: '回读驾驶员' });
    const r = await req(3000, 3060, { passengers: 2, needDriver: true });
    const res = await dispatcher('POST', `/api/v1/fleet/trip-requests/${r.id}/dispatch`, { vehicleId: v.id, driverId: d.id });
    expect(res.statusCode).toBe(201);
    const trip = res.json() as { id: string };
    const read = await dispatcher('GET', `/api/v1/fleet/trips/${trip.id}`);
    expect(read.statusCode).toBe(200);
    expect(trip).toEqual(read.json());
    expect(trip).toMatchObject({ plate: v.plate, driverName: '回读驾驶员', requests: [{ id: r.id, status: 'dispatched' }] });
  });

  it('the same request dispatched by ten dispatchers at once to ten vehicles: one trip, nine 409s, nothing else booked', async () => {
    const vs = [];
    for (let i = 0; i < 10; i++) vs.push(await makeVehicle(db, { agencyId: ids.sampleAgencyId }));
    const r = await req(3200, 3260);
    const results = await Promise.all(vs.map((v) => dispatcher('POST', `/api/v1/fleet/trip-requests/${r.id}/dispatch`, { vehicleId: v.id })));
    expect(results.filter((x) => x.statusCode === 201)).toHaveLength(1);
    const lost = results.filter((x) => x.statusCode !== 201);
    expect(lost.map((x) => [x.statusCode, (x.json() as { code: string }).code])).toEqual(Array(9).fill([409, 'FLEET_REQUEST_STATE']));
    const trips = await db.select({ id: fleetTrips.id, vehicleId: fleetTrips.vehicleId }).from(fleetTrips).where(eq(fleetTrips.requestId, r.id));
    expect(trips).toHaveLength(1);
    const held = await db.select({ id: bookings.id }).from(bookings).where(and(inArray(bookings.resourceId, vs.map((v) => v.id)), inArray(bookings.state, ['tentative', 'confirmed', 'checked_in'])));
    expect(held).toHaveLength(1);
    const [state] = await db.select({ status: fleetTripRequests.status, tripId: fleetTripRequests.tripId }).from(fleetTripRequests).where(eq(fleetTripRequests.id, r.id));
    expect(state).toEqual({ status: 'dispatched', tripId: trips[0]!.id });
  });

  it('names what is missing: an unknown vehicle or an unknown request is a 404 of that one', async () => {
    const v = await makeVehicle(db, { agencyId: ids.sampleAgencyId });
    const r = await req(3400, 3460);
    const noVehicle = await dispatcher('POST', `/api/v1/fleet/trip-requests/${r.id}/dispatch`, { vehicleId: '01900000-0000-7000-8000-000000000000' });
    expect([noVehicle.statusCode, (noVehicle.json() as { message: string }).message]).toEqual([404, expect.stringContaining('车辆')]);
    const noRequest = await dispatcher('POST', '/api/v1/fleet/trip-requests/01900000-0000-7000-8000-000000000000/dispatch', { vehicleId: v.id });
    expect([noRequest.statusCode, (noRequest.json() as { message: string }).message]).toEqual([404, expect.stringContaining('用车申请')]);
  });
});
