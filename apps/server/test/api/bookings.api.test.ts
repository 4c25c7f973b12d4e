import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig, type AppConfig } from '../../src/platform/config/config.js';
import { auditLog } from '../../src/platform/audit/audit.table.js';
import { createBookings, expandRecurrence, type BookingsApi } from '../../src/platform/bookings/index.js';
import { bookings } from '../../src/platform/bookings/bookings.table.js';
import type { Db } from '../../src/platform/db/types.js';
import { AppError } from '../../src/platform/http/errors.js';
import { agencies } from '../../src/platform/org/org.table.js';
import { as, login, type Session } from '../helpers/test-app.js';
import { openTestDatabase } from '../helpers/test-db.js';

/** The real app on a fresh test database. */
async function buildBookingsTestApp(): Promise<FastifyInstance> {
  const database = await openTestDatabase();
  const config: AppConfig = { ...loadConfig({ LOG_LEVEL: 'silent', DEMO: '1' }), memoryDb: true, databaseUrl: undefined, webDist: '/nonexistent' };
  const app = await buildApp(config, { database, logger: false });
  await app.ready();
  return app;
}

const T0 = new Date('2031-03-10T01:00:00Z'); // 09:00 in Shanghai
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const rejection = (r: PromiseSettledResult<unknown>) => (r as PromiseRejectedResult).reason as AppError;

describe('bookings engine', () => {
  let app: FastifyInstance;
  let db: Db;
  let api: BookingsApi;
  let now = T0;
  let agencyA: string;
  let agencyB: string;
  const holder = () => ({ agencyId: agencyA });
  const req = (resourceId: string, from: number, to: number) => ({ resourceType: 'meetings.room', resourceId, range: [at(from), at(to)] as const, holder: holder() });

  beforeAll(async () => {
    app = await buildBookingsTestApp();
    db = app.platform.db;
    api = createBookings(db, { clock: () => now }).api;
    const list = await db.select({ id: agencies.id }).from(agencies).orderBy(agencies.code).limit(2);
    [agencyA, agencyB] = [list[0]!.id, list[1]!.id];
  });
  afterAll(async () => { await app?.close(); });

  it('200 concurrent attempts on one resource: exactly one confirmed, 199 conflicts naming it', async () => {
    const room = uuidv7();
    const results = await Promise.allSettled(Array.from({ length: 200 }, (_, i) =>
      api.book({ resourceType: 'fleet.vehicle', resourceId: room, range: [at(i / 60), at(60 + i / 60)], holder: holder() })));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<{ id: string; startsAt: Date; endsAt: Date }>).value;
    const lost = results.filter((r) => r.status === 'rejected').map(rejection);
    expect(lost).toHaveLength(199);
    for (const e of lost) {
      expect(e).toBeInstanceOf(AppError);
      expect(e).toMatchObject({ status: 409, code: 'BOOKING_CONFLICT' });
      expect(e.ref).toMatchObject({ bookingId: winner.id, startsAt: winner.startsAt.toISOString(), endsAt: winner.endsAt.toISOString(), state: 'confirmed' });
    }
    const rows = await db.select({ state: bookings.state }).from(bookings).where(eq(bookings.resourceId, room));
    expect(rows).toEqual([{ state: 'confirmed' }]);
  });

  it('half-open ranges: back-to-back is fine; other resources, cancelled and released rows do not block', async () => {
    const room = uuidv7();
    const a = await api.book(req(room, 0, 60));
    await api.book(req(room, 60, 120));
    await api.book(req(uuidv7(), 0, 60));
    await expect(api.book(req(room, 30, 90))).rejects.toMatchObject({ code: 'BOOKING_CONFLICT', ref: { bookingId: a.id } });
    await api.cancel(a.id, { reason: '会议改期' });
    const b = await api.book(req(room, 0, 60));
    expect(b.state).toBe('confirmed');
    await expect(api.cancel(a.id)).rejects.toMatchObject({ status: 409, code: 'BOOKING_STATE' });
    await expect(api.book(req(room, 60, 30))).rejects.toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const audited = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, a.id)).orderBy(auditLog.seq);
    expect(audited.map((r) => r.action)).toEqual(['platform.booking.create', 'platform.booking.cancel']);
  });

  it('a lapsed tentative hold stops blocking: released lazily in the booking transaction; it cannot be confirmed', async () => {
    const room = uuidv7();
    now = T0;
    const held = await api.hold({ ...req(room, 120, 180), holdMinutes: 10 });
    expect(held).toMatchObject({ state: 'tentative', expiresAt: at(10) });
    now = at(5);
    await expect(api.book(req(room, 150, 200))).rejects.toMatchObject({ code: 'BOOKING_CONFLICT', ref: { bookingId: held.id, state: 'tentative' } });
    expect((await api.freeResources({ resourceType: 'meetings.room', candidates: [room], from: at(150), to: at(200) })).items).toEqual([]);
    now = at(11);
    expect((await api.freeResources({ resourceType: 'meetings.room', candidates: [room], from: at(150), to: at(200) })).items).toEqual([room]);
    await expect(api.confirm(held.id)).rejects.toMatchObject({ code: 'BOOKING_HOLD_EXPIRED' });
    const mine = await api.book(req(room, 150, 200));
    expect(mine.state).toBe('confirmed');
    expect(await api.get(held.id)).toMatchObject({ state: 'released', releaseReason: 'expired' });
    // a hold confirmed in time, and the sweep that marks lapsed holds
    now = T0;
    const h2 = await api.hold({ ...req(room, 300, 360), holdMinutes: 10 });
    const h3 = await api.hold({ ...req(room, 400, 460), holdMinutes: 10 });
    expect((await api.confirm(h2.id)).state).toBe('confirmed');
    expect((await api.expireHolds(at(10))).map((b) => b.id)).toEqual([h3.id]);
    // twenty transactions racing to release the same lapsed hold and book over it: one wins
    const h4 = await api.hold({ ...req(room, 500, 560), holdMinutes: 10 });
    now = at(11);
    const race = await Promise.allSettled(Array.from({ length: 20 }, () => api.book(req(room, 520, 540))));
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(race.filter((r) => r.status === 'rejected').map((r) => rejection(r).code)).toEqual(Array(19).fill('BOOKING_CONFLICT'));
    expect((await api.get(h4.id)).state).toBe('released');
    now = T0;
  });

  it('check-in inside its window; no-shows are released and free the resource', async () => {
    const room = uuidv7();
    now = at(-100);
    const show = await api.book({ ...req(room, 0, 60), checkInGraceMinutes: 15 });
    const noShow = await api.book({ ...req(room, 60, 120), checkInGraceMinutes: 15 });
    await expect(api.checkIn(show.id)).rejects.toMatchObject({ status: 422, code: 'BOOKING_CHECK_IN_WINDOW' });
    now = at(5);
    expect((await api.checkIn(show.id)).state).toBe('checked_in');
    const released = await api.releaseNoShows(at(76));
    expect(released.map((b) => b.id)).toContain(noShow.id);
    expect(released.map((b) => b.id)).not.toContain(show.id);
    expect(await api.get(noShow.id)).toMatchObject({ state: 'released', releaseReason: 'no_show' });
    now = at(80);
    expect((await api.book(req(room, 80, 120))).state).toBe('confirmed');
    expect((await api.release(show.id)).state).toBe('released');
    now = T0;
  });

  it.each(['UTC', 'Asia/Shanghai', 'America/New_York'])('daily 09:00 Shanghai across a month end is right with process TZ=%s', (tz) => {
    const saved = process.env.TZ;
    process.env.TZ = tz;
    try {
      const occ = expandRecurrence({ rrule: 'RRULE:FREQ=DAILY;COUNT=3', firstStart: new Date('2031-01-31T09:00:00+08:00'), firstEnd: new Date('2031-01-31T10:00:00+08:00'), timeZone: 'Asia/Shanghai' });
      expect(occ.map(([s, e]) => [s.toISOString(), e.toISOString()])).toEqual([
        ['2031-01-31T01:00:00.000Z', '2031-01-31T02:00:00.000Z'], ['2031-02-01T01:00:00.000Z', '2031-02-01T02:00:00.000Z'], ['2031-02-02T01:00:00.000Z', '2031-02-02T02:00:00.000Z'],
      ]);
      // 07:00 Shanghai is the previous UTC day; BYDAY is the Shanghai weekday; UNTIL in UTC is an instant (inclusive)
      const early = expandRecurrence({ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20310210T230000Z', firstStart: new Date('2031-02-03T07:00:00+08:00'), firstEnd: new Date('2031-02-03T08:00:00+08:00'), timeZone: 'Asia/Shanghai' });
      expect(early.map(([s]) => s.toISOString())).toEqual(['2031-02-02T23:00:00.000Z', '2031-02-03T23:00:00.000Z', '2031-02-09T23:00:00.000Z', '2031-02-10T23:00:00.000Z']);
    } finally {
      process.env.TZ = saved;
    }
  });

  it('recurring: free occurrences booked, each conflict reported with the booking it hits; all-or-nothing books none', async () => {
    const room = uuidv7();
    const first = [new Date('2031-04-07T14:00:00+08:00'), new Date('2031-04-07T15:00:00+08:00')] as const; // a Monday
    const blocker = await api.book({ ...req(room, 0, 1), range: [new Date('2031-04-14T14:30:00+08:00'), new Date('2031-04-14T16:00:00+08:00')] });
    const all = await api.bookRecurring({ ...req(room, 0, 1), range: first, rrule: 'FREQ=WEEKLY;COUNT=4', allOrNothing: true });
    expect(all).toMatchObject({ seriesId: null, booked: [] });
    expect(all.conflicts).toHaveLength(1);
    const out = await api.bookRecurring({ ...req(room, 0, 1), range: first, rrule: 'FREQ=WEEKLY;COUNT=4' });
    expect(out.seriesId).toBeTruthy();
    expect(out.booked.map((b) => b.startsAt.toISOString())).toEqual(['2031-04-07T06:00:00.000Z', '2031-04-21T06:00:00.000Z', '2031-04-28T06:00:00.000Z']);
    expect(out.conflicts).toHaveLength(1);
    expect(out.conflicts[0]).toMatchObject({ startsAt: new Date('2031-04-14T06:00:00Z'), with: { bookingId: blocker.id } });
    expect(out.conflicts[0]!.conflict.ref).toMatchObject({ bookingId: blocker.id, startsAt: '2031-04-14T06:30:00.000Z' });
    now = new Date('2031-04-20T00:00:00Z');
    expect((await api.cancelSeries(out.seriesId!)).map((b) => b.startsAt.toISOString())).toEqual(['2031-04-21T06:00:00.000Z', '2031-04-28T06:00:00.000Z']);
    now = T0;
    await expect(api.bookRecurring({ ...req(room, 0, 1), rrule: 'FREQ=DAILY' })).rejects.toMatchObject({ status: 400, fields: [{ path: 'rrule' }] });
    await expect(api.bookRecurring({ ...req(room, 0, 60), rrule: 'FREQ=MINUTELY;COUNT=900' })).rejects.toMatchObject({ status: 422 });
  });

  it('free-resource search pages in SQL over an id list or a subquery', async () => {
    const ids = Array.from({ length: 5 }, () => uuidv7()).sort();
    await api.book(req(ids[1]!, 1000, 1060));
    await api.hold(req(ids[3]!, 1030, 1100));
    const q = { resourceType: 'meetings.room', from: at(1000), to: at(1060) };
    expect(await api.freeResources({ ...q, candidates: ids, pageSize: 2 })).toEqual({ items: [ids[0], ids[2]], total: 3 });
    expect(await api.freeResources({ ...q, candidates: ids, page: 2, pageSize: 2 })).toEqual({ items: [ids[4]], total: 3 });
    expect(await api.freeResources({ ...q, candidates: ids, page: 3, pageSize: 2 })).toEqual({ items: [], total: 3 });
    const sub = sql`select id from (values ${sql.join(ids.map((id) => sql`(${id}::uuid)`), sql`, `)}) as v(id)`;
    expect((await api.freeResources({ ...q, candidates: sub })).items).toEqual([ids[0], ids[2], ids[4]]);
  });

  describe('REST /api/v1/bookings', () => {
    let center: Session;
    let officer: Session;
    beforeAll(async () => {
      center = await login(app, 'center');
      officer = await login(app, 'agency');
    });
    const body = (resourceId: string, from: number, to: number, extra: object = {}) =>
      ({ resourceType: 'meetings.room', resourceId, startsAt: at(from).toISOString(), endsAt: at(to).toISOString(), holderAgencyId: agencyA, ...extra });

    it('books, refuses an overlap with 409 naming the booking, lists, checks in and cancels', async () => {
      const call = as(app, center);
      const room = uuidv7();
      const created = await call('POST', '/api/v1/bookings', body(room, 10_000, 10_060, { title: '党组会' }));
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      const clash = await call('POST', '/api/v1/bookings', body(room, 10_030, 10_090));
      expect(clash.statusCode).toBe(409);
      expect(clash.json()).toMatchObject({ code: 'BOOKING_CONFLICT', ref: { bookingId: id, startsAt: at(10_000).toISOString(), endsAt: at(10_060).toISOString() } });
      expect(clash.json().message).toContain(id);
      const list = await call('GET', `/api/v1/bookings?resourceId=${room}&state=confirmed,tentative&from=${encodeURIComponent(at(10_050).toISOString())}&to=${encodeURIComponent(at(10_100).toISOString())}`);
      expect(list.json()).toMatchObject({ total: 1, items: [{ id, title: '党组会', state: 'confirmed' }] });
      expect((await call('POST', `/api/v1/bookings/${id}/check-in`)).json()).toMatchObject({ code: 'BOOKING_CHECK_IN_WINDOW' });
      const cancelled = await call('POST', `/api/v1/bookings/${id}/cancel`, { reason: '改期' });
      expect(cancelled.json()).toMatchObject({ state: 'cancelled', cancelReason: '改期' });
      const free = await call('GET', `/api/v1/bookings/free?resourceType=meetings.room&resourceIds=${room}&from=${encodeURIComponent(at(10_000).toISOString())}&to=${encodeURIComponent(at(10_060).toISOString())}`);
      expect(free.json()).toEqual({ items: [{ resourceId: room }], total: 1 });
      const bad = await call('POST', '/api/v1/bookings', body(room, 10_060, 10_000));
      expect(bad.statusCode).toBe(400);
      const again = await call('POST', '/api/v1/bookings', body(room, 10_000, 10_060, { hold: true }));
      expect((await call('POST', `/api/v1/bookings/${again.json().id}/cancel`)).json()).toMatchObject({ state: 'cancelled', cancelReason: null });
    });

    it('is documented in the OpenAPI document', async () => {
      const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, unknown> };
      expect(Object.keys(doc.paths).filter((p) => p.startsWith('/api/v1/bookings'))).toEqual(expect.arrayContaining([
        '/api/v1/bookings', '/api/v1/bookings/free', '/api/v1/bookings/series', '/api/v1/bookings/{id}', '/api/v1/bookings/{id}/check-in', '/api/v1/bookings/{id}/cancel',
      ]));
    });

    it('books a series and reports conflicts per occurrence', async () => {
      const room = uuidv7();
      await as(app, center)('POST', '/api/v1/bookings', body(room, 20_000 + 1440, 20_060 + 1440));
      const res = await as(app, center)('POST', '/api/v1/bookings/series', { ...body(room, 20_000, 20_060), rrule: 'FREQ=DAILY;COUNT=3' });
      expect(res.statusCode).toBe(201);
      expect(res.json().booked).toHaveLength(2);
      expect(res.json().conflicts).toMatchObject([{ startsAt: at(21_440).toISOString(), ref: { state: 'confirmed' } }]);
    });

    it('an agency officer sees and books only inside their agency', async () => {
      const other = await as(app, center)('POST', '/api/v1/bookings', body(uuidv7(), 30_000, 30_060, { holderAgencyId: agencyB }));
      const mine = await as(app, officer)('POST', '/api/v1/bookings', { ...body(uuidv7(), 30_000, 30_060), holderAgencyId: undefined });
      expect(mine.statusCode).toBe(201);
      const ownAgency = mine.json().holderAgencyId as string;
      expect((await as(app, officer)('GET', `/api/v1/bookings/${other.json().id}`)).statusCode).toBe(ownAgency === agencyB ? 200 : 404);
      const foreign = ownAgency === agencyA ? agencyB : agencyA;
      expect((await as(app, officer)('POST', '/api/v1/bookings', body(uuidv7(), 30_000, 30_060, { holderAgencyId: foreign }))).statusCode).toBe(403);
      const listed = (await as(app, officer)('GET', '/api/v1/bookings?pageSize=200')).json().items as Array<{ holderAgencyId: string }>;
      expect(new Set(listed.map((b) => b.holderAgencyId))).toEqual(new Set([ownAgency]));
    });
  });
});
