import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../../test/helpers/test-app.js';
import { createAssignmentService } from '../assignments/assignments.service.js';
import { estateFactory, expectStatus } from '../testing/estate.factory.js';
import { createRecoveryService } from './recovery.service.js';

describe('room recovery after people events (API + job, real database)', () => {
  let app: FastifyInstance;
  let f: Awaited<ReturnType<typeof estateFactory>>;
  let sweep: (now: Date) => Promise<{ reminded: number; escalated: number }>;
  beforeAll(async () => {
    app = await buildTestApp();
    f = await estateFactory(app);
    const { db, notify } = app.platform;
    // the job's own code, driven with an explicit `now` (the job passes the clock)
    const recovery = createRecoveryService({ db, notify: notify.api, assignments: createAssignmentService(db, () => new Date()) });
    sweep = recovery.sweep;
  });
  afterAll(async () => { await app.close(); });

  const tasksOf = async (personId: string) => (await f.ok('GET', `/api/v1/estate/recovery-tasks?personId=${personId}`)).items as Array<Record<string, unknown>>;

  it('a transfer raises the 1-month recovery task; reminded before, escalated when late, closed on completion', async () => {
    const agency = await f.agency();
    const p = await f.person(agency.id, 'staff_1', 'city');
    const room = await f.room((await f.floor((await f.building()).id)).id, agency.id, 14);
    await f.assign(p.id, room.id, 'main', '2025-03-01');

    const mv = await f.call('POST', `/api/v1/org/people/${p.id}/movements`, { kind: 'transferred', effectiveDate: '2026-01-15' });
    expectStatus(mv, 201);
    expect((await f.ok('GET', `/api/v1/org/people/${p.id}`)).status).toBe('transferred');
    await app.platform.events.deliverEvents(new Date());
    await app.platform.events.deliverEvents(new Date()); // a redelivery changes nothing
    const [task] = await tasksOf(p.id);
    // 2026-01-15 + 1 month = 2026-02-15
    expect(task).toMatchObject({ reason: 'transfer', effectiveDate: '2026-01-15', dueDate: '2026-02-15', status: 'open', roomId: room.id, agencyId: agency.id });
    expect(await tasksOf(p.id)).toHaveLength(1);

    // 2026-02-01 (Shanghai) is 14 days before the deadline: remind window is 7 days → nothing
    expect(await sweep(new Date('2026-02-01T02:00:00Z'))).toMatchObject({ escalated: 0 });
    expect((await tasksOf(p.id))[0]).toMatchObject({ remindedAt: null, escalatedAt: null });
    // 2026-02-10 is 5 days before → reminded, not escalated
    await sweep(new Date('2026-02-10T02:00:00Z'));
    expect((await tasksOf(p.id))[0]!.remindedAt).not.toBeNull();
    expect((await tasksOf(p.id))[0]!.escalatedAt).toBeNull();
    // 2026-02-15 is the deadline itself → not late yet
    await sweep(new Date('2026-02-15T02:00:00Z'));
    expect((await tasksOf(p.id))[0]!.escalatedAt).toBeNull();
    // 2026-02-16 → late: escalated to the center, which gets a notification
    await sweep(new Date('2026-02-16T02:00:00Z'));
    expect((await tasksOf(p.id))[0]!.escalatedAt).not.toBeNull();
    const inbox = (await f.ok('GET', '/api/v1/notifications?pageSize=50')) as { items: Array<{ title: string }> };
    expect(inbox.items.some((n) => n.title.includes('逾期'))).toBe(true);

    const done = await f.call('POST', `/api/v1/estate/recovery-tasks/${task!.id}/complete`, { date: '2026-02-20' });
    expectStatus(done, 200);
    expect((await f.ok('GET', `/api/v1/estate/assignments?personId=${p.id}`)).items[0]).toMatchObject({ endDate: '2026-02-20' });
    expect((await f.ok('GET', `/api/v1/estate/rooms/${room.id}`)).status).toBe('vacant');
    expectStatus(await f.call('POST', `/api/v1/estate/recovery-tasks/${task!.id}/complete`, { date: '2026-02-20' }), 409);
  });

  it('a retirement also raises a 1-month task; movements are validated and listed', async () => {
    const agency = await f.agency();
    const p = await f.person(agency.id, 'section_chief', 'city');
    const room = await f.room((await f.floor((await f.building()).id)).id, agency.id, 9);
    await f.assign(p.id, room.id);
    expectStatus(await f.call('POST', `/api/v1/org/people/${p.id}/movements`, { kind: 'retired', effectiveDate: '2026-03-31', toAgencyId: agency.id }), 400);
    expectStatus(await f.call('POST', `/api/v1/org/people/${p.id}/movements`, { kind: 'retired', effectiveDate: '2026-03-31' }), 201);
    expectStatus(await f.call('POST', `/api/v1/org/people/${p.id}/movements`, { kind: 'retired', effectiveDate: '2026-04-01' }), 409); // no longer active
    expect((await f.ok('GET', `/api/v1/org/people/${p.id}/movements`))).toMatchObject([{ kind: 'retired', effectiveDate: '2026-03-31' }]);
    expectStatus(await f.call('GET', '/api/v1/org/people/00000000-0000-7000-8000-000000000000/movements'), 404);
    await app.platform.events.deliverEvents(new Date());
    // 2026-03-31 + 1 month = 2026-04-30 (clamped to April's last day)
    expect((await tasksOf(p.id)).map((t) => [t.reason, t.dueDate])).toEqual([['retirement', '2026-04-30']]);
  });

  it('the end of a side post raises a 2-month task for the side room only; periods are configurable', async () => {
    const a1 = await f.agency();
    const a2 = await f.agency();
    const p = await f.person(a1.id, 'division_chief', 'city');
    const fl = await f.floor((await f.building()).id);
    const main = await f.room(fl.id, a1.id, 20);
    const side = await f.room(fl.id, a2.id, 10);
    await f.assign(p.id, main.id);
    await f.assign(p.id, side.id, 'side');
    expectStatus(await f.call('PATCH', '/api/v1/estate/recovery-rules/side-post-ended', { months: 3 }), 200);
    expectStatus(await f.call('POST', `/api/v1/org/people/${p.id}/movements`, { kind: 'side-post-ended', effectiveDate: '2026-01-31', sidePost: '某协调小组副组长' }), 201);
    await app.platform.events.deliverEvents(new Date());
    const tasks = await tasksOf(p.id);
    // 2026-01-31 + 3 months = 2026-04-30 (April has 30 days)
    expect(tasks.map((t) => [t.roomId, t.dueDate, t.reason])).toEqual([[side.id, '2026-04-30', 'side-post-ended']]);
    expectStatus(await f.call('PATCH', '/api/v1/estate/recovery-rules/side-post-ended', { months: 2 }), 200);
  });
});
