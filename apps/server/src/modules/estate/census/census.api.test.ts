import { and, count, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.table.js';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';
import { estateRooms } from '../db/buildings.table.js';
import { estateCensusItems } from '../db/census.table.js';
import { estateAssignments } from '../db/office.table.js';
import { addDays } from '../leasing/rent-schedule.js';
import { shanghaiDay } from './estate-shared.js';
import { dbOf, demoAgencies, makeRooms, peopleOf } from './estate-test-factory.js';

const URL = '/api/v1/estate/census-campaigns';

describe('census campaigns (摸清底数) API', () => {
  let app: FastifyInstance;
  let center: ReturnType<typeof as>;
  let agency: ReturnType<typeof as>;
  let ids: Awaited<ReturnType<typeof demoAgencies>>;
  let mine: Awaited<ReturnType<typeof makeRooms>>;
  let staff: Array<{ id: string; name: string }>;
  let campaignId = '';

  beforeAll(async () => {
    app = await buildTestApp();
    center = as(app, await login(app, 'center'));
    agency = as(app, await login(app, 'agency'));
    ids = await demoAgencies(app);
    staff = await peopleOf(app, ids.sample, 3);
    mine = await makeRooms(app, ids.sample, ids.regionId, [
      { number: '301', areaM2: '18.00', occupantIds: [staff[0]!.id] },
      { number: '302', areaM2: '24.00', occupantIds: [staff[1]!.id] },
    ]);
    await makeRooms(app, ids.other, ids.regionId, [{ number: '101', areaM2: '12.00' }]);
  });
  afterAll(async () => { await app.close(); });

  it('the demo tenant has an open campaign in which the agency account has not started yet', async () => {
    const list = (await agency('GET', URL)).json();
    expect(list.total).toBe(1);
    const demo = list.items[0];
    expect(demo).toMatchObject({ status: 'open', progress: { total: 1, not_started: 1 } });
    const mineItems = (await agency('GET', `${URL}/${demo.id}/my-items`)).json();
    expect(mineItems.total).toBeGreaterThan(0);
    const all = (await center('GET', `${URL}/${demo.id}`)).json();
    expect(all.progress.total).toBeGreaterThan(1);
    expect(all.progress.in_progress + all.progress.submitted).toBeGreaterThan(0);
  });

  it('only the center opens a campaign; every named agency gets a snapshot', async () => {
    const body = { title: '2026年度办公用房清查', year: 2026, deadline: addDays(shanghaiDay(new Date()), 30), agencyIds: [ids.sample, ids.other] };
    expect((await agency('POST', URL, body)).statusCode).toBe(403);
    const past = await center('POST', URL, { ...body, deadline: '2020-01-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json().fields[0].path).toBe('deadline');
    const res = await center('POST', URL, body);
    expect(res.statusCode, res.body).toBe(201);
    campaignId = res.json().id;
    expect(res.json().progress).toMatchObject({ total: 2, not_started: 2, percentDone: 0 });
  });

  type Item = { id: string; agencyId: string; origin: string; snapshot: { buildingName: string; number: string; usableAreaM2: string; useClass: string; occupants: unknown[] } | null };
  const itemsOf = async (call: ReturnType<typeof as>, q = '') => (await call('GET', `${URL}/${campaignId}/my-items?pageSize=200${q}`)).json() as { items: Item[]; total: number };

  it('the agency officer sees only its own rooms with their occupants', async () => {
    const res = await agency('GET', `${URL}/${campaignId}/my-items?pageSize=200`);
    expect(res.statusCode, res.body).toBe(200);
    const { items, total } = res.json() as { items: Item[]; total: number };
    const [own] = await dbOf(app).select({ n: count() }).from(estateRooms).where(eq(estateRooms.agencyId, ids.sample));
    expect(total).toBe(own!.n); // every room of the agency (the demo ones and the two made here), and nothing else
    expect(items.every((i) => i.agencyId === ids.sample)).toBe(true);
    const made = items.filter((i) => i.snapshot?.buildingName === mine.buildingName);
    expect(made.map((i) => i.snapshot!.number)).toEqual(['301', '302']);
    expect(made[1]!.snapshot).toMatchObject({ usableAreaM2: '24.00', useClass: 'office', occupants: [{ personId: staff[1]!.id, name: staff[1]!.name }] });
    const foreignItem = (await itemsOf(center, `&agencyId=${ids.other}`)).items[0]!.id;
    expect((await agency('POST', `${URL}/${campaignId}/items/${foreignItem}/confirm`)).statusCode).toBe(404);
    const list = await agency('GET', `${URL}?q=2026年度办公用房清查`);
    expect(list.json().items[0].progress.total).toBe(1); // the agency sees its own progress only
  });

  it('confirm, correct and add a missing room; submitting needs every room answered', async () => {
    const all = (await itemsOf(agency)).items;
    const made = all.filter((i) => i.snapshot?.buildingName === mine.buildingName);
    for (const i of all.filter((x) => !made.includes(x))) expect((await agency('POST', `${URL}/${campaignId}/items/${i.id}/confirm`)).statusCode).toBe(200);
    const c1 = await agency('POST', `${URL}/${campaignId}/items/${made[0]!.id}/confirm`);
    expect(c1.statusCode, c1.body).toBe(200);
    const noChange = await agency('POST', `${URL}/${campaignId}/items/${made[1]!.id}/correct`, { usableAreaM2: 24, note: '复核面积' });
    expect(noChange.statusCode).toBe(422);
    const c2 = await agency('POST', `${URL}/${campaignId}/items/${made[1]!.id}/correct`, { usableAreaM2: 30, occupantIds: [staff[1]!.id, staff[2]!.id], note: '实测面积30平方米，增加一人' });
    expect(c2.statusCode, c2.body).toBe(200);
    expect(c2.json()).toMatchObject({ response: 'corrected', usableAreaM2: '30.00' });
    const added = await agency('POST', `${URL}/${campaignId}/items`, { buildingId: mine.buildingId, floorId: mine.floorId, number: '305', useClass: 'service', usableAreaM2: 15.5, note: '档案室漏登' });
    expect(added.statusCode, added.body).toBe(201);
    const clash = await agency('POST', `${URL}/${campaignId}/items`, { buildingId: mine.buildingId, floorId: mine.floorId, number: '301', useClass: 'office', usableAreaM2: 10, note: '重复补报' });
    expect(clash.statusCode).toBe(409);
    const progress = (await center('GET', `${URL}/${campaignId}/agencies`)).json().items as Array<{ agencyId: string; status: string; answeredCount: number; itemCount: number }>;
    expect(progress.find((p) => p.agencyId === ids.sample)).toMatchObject({ status: 'in_progress', itemCount: all.length + 1, answeredCount: all.length + 1 });
    const theirs = progress.find((p) => p.agencyId === ids.other)!;
    expect(theirs).toMatchObject({ status: 'not_started', answeredCount: 0 });
    const incomplete = await center('POST', `${URL}/${campaignId}/submit`, { agencyId: ids.other });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json()).toMatchObject({ code: 'CENSUS_INCOMPLETE', ref: { pending: theirs.itemCount } });
    const sub = await agency('POST', `${URL}/${campaignId}/submit`, {});
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json().status).toBe('submitted');
    expect((await agency('POST', `${URL}/${campaignId}/items/${made[0]!.id}/confirm`)).statusCode).toBe(409);
  });

  it('the center accepts a correction (room and occupants updated) and rejects with a reason', async () => {
    expect((await agency('GET', `${URL}/${campaignId}/differences`)).statusCode).toBe(403);
    const diffs = (await center('GET', `${URL}/${campaignId}/differences?decided=false&agencyId=${ids.sample}`)).json().items as Array<{ id: string; origin: string }>;
    expect(diffs).toHaveLength(2);
    const corr = diffs.find((d) => d.origin === 'snapshot')!;
    const add = diffs.find((d) => d.origin === 'added')!;
    expect((await center('POST', `${URL}/${campaignId}/items/${add.id}/decide`, { decision: 'reject' })).statusCode).toBe(400);
    const acc = await center('POST', `${URL}/${campaignId}/items/${corr.id}/decide`, { decision: 'accept' });
    expect(acc.statusCode, acc.body).toBe(200);
    const db = dbOf(app);
    const [room] = await db.select().from(estateRooms).where(eq(estateRooms.id, mine.rooms[1]!.id));
    expect(room!.usableAreaM2).toBe('30.00');
    const open = await db.select({ personId: estateAssignments.personId }).from(estateAssignments).where(and(eq(estateAssignments.roomId, mine.rooms[1]!.id), isNull(estateAssignments.endDate)));
    expect(open.map((o) => o.personId).sort()).toEqual([staff[1]!.id, staff[2]!.id].sort());
    expect((await center('POST', `${URL}/${campaignId}/items/${corr.id}/decide`, { decision: 'accept' })).statusCode).toBe(409);
    const rej = await center('POST', `${URL}/${campaignId}/items/${add.id}/decide`, { decision: 'reject', reason: '该房间属公共区域，不计入' });
    expect(rej.statusCode, rej.body).toBe(200);
    const camp = (await center('GET', `${URL}/${campaignId}`)).json();
    expect(camp.progress).toMatchObject({ total: 2, reconciled: 1, not_started: 1, percentDone: 50 }); // 1 of 2 agencies done
    const trail = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectType, 'estate.census-item')).orderBy(auditLog.seq);
    expect(trail.map((t) => t.action)).toEqual(expect.arrayContaining(['estate.census.confirm', 'estate.census.correct', 'estate.census.add-room', 'estate.census.accept', 'estate.census.reject']));
  });

  it('answers 404 with the error body under an unknown campaign, for every sub-route', async () => {
    for (const unknown of ['00000000-0000-0000-0000-000000000000', '0192f000-0000-7000-8000-000000000001']) {
      const item = '0192f000-0000-7000-8000-000000000002';
      const room = { buildingId: mine.buildingId, floorId: mine.floorId, number: '398', useClass: 'office', usableAreaM2: 10, note: '漏登' };
      const calls: Array<[ReturnType<typeof as>, 'GET' | 'POST', string, unknown?]> = [
        [agency, 'GET', `${URL}/${unknown}`], [center, 'GET', `${URL}/${unknown}`],
        [agency, 'GET', `${URL}/${unknown}/my-items`], [center, 'GET', `${URL}/${unknown}/my-items`],
        [center, 'GET', `${URL}/${unknown}/differences`], [center, 'GET', `${URL}/${unknown}/agencies`],
        [center, 'POST', `${URL}/${unknown}/close`], [agency, 'POST', `${URL}/${unknown}/items`, room],
        [agency, 'POST', `${URL}/${unknown}/submit`, {}], [agency, 'POST', `${URL}/${unknown}/items/${item}/confirm`],
        [center, 'POST', `${URL}/${unknown}/items/${item}/decide`, { decision: 'accept' }],
        [center, 'POST', `${URL}/${unknown}/agencies/${ids.sample}/reconcile`],
      ];
      for (const [call, method, url, body] of calls) {
        const res = await call(method, url, body);
        expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(404);
        expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.any(String), messageEn: expect.any(String) });
      }
    }
  });

  it('two agencies adding the same missing room at the same moment: one 201, one 409 naming the first', async () => {
    const open = await center('POST', URL, { title: '补报并发测试', year: 2026, deadline: addDays(shanghaiDay(new Date()), 30), agencyIds: [ids.sample, ids.other] });
    expect(open.statusCode, open.body).toBe(201);
    const cid = open.json().id as string;
    const room = { buildingId: mine.buildingId, floorId: mine.floorId, number: '399', useClass: 'office', usableAreaM2: 12, note: '漏登' };
    const [a, b] = await Promise.all([agency('POST', `${URL}/${cid}/items`, room), center('POST', `${URL}/${cid}/items`, { ...room, agencyId: ids.other })]);
    expect([a.statusCode, b.statusCode].sort(), `${a.body} ${b.body}`).toEqual([201, 409]);
    const [won, lost] = a.statusCode === 201 ? [a, b] : [b, a];
    expect(lost.json()).toMatchObject({ code: 'CENSUS_ROOM_ADDED', ref: { itemId: won.json().id, agencyId: won.json().agencyId, number: '399' } });
    expect(lost.json().message).toContain('399');
    const again = await agency('POST', `${URL}/${cid}/items`, room);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CENSUS_ROOM_ADDED', ref: { itemId: won.json().id } });
    const [n] = await dbOf(app).select({ n: count() }).from(estateCensusItems)
      .where(and(eq(estateCensusItems.campaignId, cid), eq(estateCensusItems.floorId, mine.floorId), eq(estateCensusItems.number, '399')));
    expect(n!.n).toBe(1); // the second add left nothing behind

    // the room is registered on that floor before the center accepts the added one: 409, not 500
    const winner = won.json().agencyId as string;
    const pending = (await center('GET', `${URL}/${cid}/my-items?pageSize=200&agencyId=${winner}&response=pending`)).json().items as Item[];
    for (const i of pending) expect((await center('POST', `${URL}/${cid}/items/${i.id}/confirm`)).statusCode).toBe(200);
    const sub = await center('POST', `${URL}/${cid}/submit`, { agencyId: winner });
    expect(sub.statusCode, sub.body).toBe(200);
    const [reg] = await dbOf(app).insert(estateRooms).values({ floorId: mine.floorId, buildingId: mine.buildingId, number: '399', useClass: 'office', usableAreaM2: '12.00', agencyId: winner, status: 'vacant' }).returning();
    const acc = await center('POST', `${URL}/${cid}/items/${won.json().id}/decide`, { decision: 'accept' });
    expect(acc.statusCode, acc.body).toBe(409);
    expect(acc.json()).toMatchObject({ code: 'CENSUS_ROOM_EXISTS', ref: { roomId: reg!.id, number: '399' } });
    const rej = await center('POST', `${URL}/${cid}/items/${won.json().id}/decide`, { decision: 'reject', reason: '已另行登记' });
    expect(rej.statusCode, rej.body).toBe(200); // the failed accept left the item undecided
  });

  it('lists export to xlsx', async () => {
    const res = await center('GET', `${URL}/${campaignId}/agencies?format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });
});
