import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';
import { demoAgencies, makeRooms } from '../census/estate-test-factory.js';

const U = '/api/v1/estate/activity-rooms';
const sh = (day: string, hm: string) => `${day}T${hm}:00+08:00`;

describe("retired cadres' activity rooms (离退休干部活动室)", () => {
  let app: FastifyInstance;
  let center: ReturnType<typeof as>;
  let agency: ReturnType<typeof as>;
  let staff: ReturnType<typeof as>;
  let id = '';

  beforeAll(async () => {
    app = await buildTestApp();
    center = as(app, await login(app, 'center'));
    agency = as(app, await login(app, 'agency'));
    staff = as(app, await login(app, 'staff'));
    const ids = await demoAgencies(app);
    const r = await makeRooms(app, ids.center, ids.regionId, [{ number: '105', areaM2: '120.00', useClass: 'service' }]);
    const res = await center('POST', U, { roomId: r.rooms[0]!.id, agencyId: ids.center, name: '老干部棋牌活动室', capacity: 30, openDays: [1, 2, 3, 4, 5], opensAt: '08:30', closesAt: '17:00' });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect((await agency('POST', U, { roomId: r.rooms[0]!.id, agencyId: ids.center, name: 'x', openDays: [1], opensAt: '08:00', closesAt: '09:00' })).statusCode).toBe(403);
  });
  afterAll(async () => { await app.close(); });

  it('books through the bookings engine: inside opening hours, never double-booked', async () => {
    const demo = (await staff('GET', U)).json().items.find((r: { name: string }) => r.name === '离退休干部活动室（书画棋牌）');
    expect(demo).toBeDefined(); // the demo room, visible to every cadre
    const ok = await staff('POST', `${U}/${id}/bookings`, { startsAt: sh('2026-11-02', '09:00'), endsAt: sh('2026-11-02', '11:00'), title: '书法兴趣小组' });
    expect(ok.statusCode, ok.body).toBe(201);
    const clash = await agency('POST', `${U}/${id}/bookings`, { startsAt: sh('2026-11-02', '10:00'), endsAt: sh('2026-11-02', '12:00'), title: '棋类比赛' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('BOOKING_CONFLICT');
    const closed = await agency('POST', `${U}/${id}/bookings`, { startsAt: sh('2026-11-07', '09:00'), endsAt: sh('2026-11-07', '10:00'), title: '周六活动' });
    expect(closed.statusCode).toBe(422);
    expect(closed.json().code).toBe('ACTIVITY_ROOM_CLOSED');
    const sched = await staff('GET', `${U}/${id}/bookings?from=${encodeURIComponent(sh('2026-11-01', '00:00'))}&to=${encodeURIComponent(sh('2026-12-01', '00:00'))}`);
    expect(sched.json().total).toBe(1);
  });

  it('utilisation = booked hours / open hours for the month', async () => {
    const res = await center('GET', `${U}/utilisation?month=2026-11`);
    expect(res.statusCode, res.body).toBe(200);
    // November 2026 has 21 weekdays × 8.5 h (08:30–17:00) = 178.5 h open; 2 h booked → 2 / 178.5 = 1.12 % → 1.1
    expect(res.json().items.find((r: { activityRoomId: string }) => r.activityRoomId === id)).toMatchObject({ bookings: 1, bookedHours: 2, openHours: 178.5, utilisationPct: 1.1 });
    const b = (await staff('GET', `${U}/${id}/bookings?from=${encodeURIComponent(sh('2026-11-01', '00:00'))}&to=${encodeURIComponent(sh('2026-12-01', '00:00'))}`)).json().items[0];
    expect((await staff('POST', `${U}/bookings/${b.id}/cancel`, {})).json().state).toBe('cancelled');
    const after = await center('GET', `${U}/utilisation?month=2026-11`);
    expect(after.json().items.find((r: { activityRoomId: string }) => r.activityRoomId === id)).toMatchObject({ bookings: 0, bookedHours: 0 });
  });
});
