import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login } from '../../../../../test/helpers/test-app.js';
import { estateFactory, expectStatus } from '../testing/estate.factory.js';

describe('office-area compliance (API, real database)', () => {
  let app: FastifyInstance;
  let f: Awaited<ReturnType<typeof estateFactory>>;
  beforeAll(async () => { app = await buildTestApp(); f = await estateFactory(app); });
  afterAll(async () => { await app.close(); });

  const peopleOf = async (agencyId: string) => (await f.ok('GET', `/api/v1/estate/compliance/people?agencyId=${agencyId}&pageSize=200`)).items as Array<Record<string, unknown>>;

  it('a 市级 正局 head alone in 30 m² is 6 m² over; two 科员 sharing 20 m² are 1 m² over each', async () => {
    const agency = await f.agency('city');
    const head = await f.person(agency.id, 'division_chief', 'city', '局长甲');
    const k1 = await f.person(agency.id, 'staff_1', 'city', '科员乙');
    const k2 = await f.person(agency.id, 'staff_2', 'city', '科员丙');
    const idle = await f.person(agency.id, 'section_chief', 'city', '科长丁'); // no room: counts in approved area only
    const b = await f.building();
    const fl = await f.floor(b.id);
    const r30 = await f.room(fl.id, agency.id, 30);
    const r20 = await f.room(fl.id, agency.id, 20);
    await f.room(fl.id, agency.id, 15); // vacant office room of the agency: counts in used area
    await f.assign(head.id, r30.id);
    await f.assign(k1.id, r20.id);
    await f.assign(k2.id, r20.id);

    const rows = await peopleOf(agency.id);
    const byId = new Map(rows.map((r) => [r.personId, r]));
    // 30 / 1 = 30; 正局(处) 24 → 30 − 24 = 6
    expect(byId.get(head.id)).toMatchObject({ name: '局长甲', standardM2: 24, actualM2: 30, overrunM2: 6 });
    // 20 / 2 = 10; 局(处)级以下 9 → 1 each
    expect(byId.get(k1.id)).toMatchObject({ standardM2: 9, actualM2: 10, overrunM2: 1 });
    expect(byId.get(k2.id)).toMatchObject({ standardM2: 9, actualM2: 10, overrunM2: 1 });
    expect(byId.has(idle.id)).toBe(false);
    expect(rows[0]!.personId).toBe(head.id); // ordered by overrun
    const x = await f.call('GET', `/api/v1/estate/compliance/people?agencyId=${agency.id}&format=xlsx`);
    expectStatus(x, 200);
    expect(x.headers['content-type']).toContain('spreadsheetml');

    const ag = (await f.ok('GET', `/api/v1/estate/compliance/agencies?agencyId=${agency.id}`)).items[0];
    // approved = 24 + 9 + 9 + 9 (科长 at 市级 = 以下) = 51; used = 30 + 20 + 15 = 65; overrun 65 − 51 = 14
    expect(ag).toMatchObject({ agencyId: agency.id, approvedM2: 51, usedM2: 65, overrunM2: 14, people: 4, rooms: 3, overStandardPeople: 3, personOverrunM2: 8 });

    const bl = (await f.ok('GET', '/api/v1/estate/compliance/buildings?pageSize=200')).items.find((x: { buildingId: string }) => x.buildingId === b.id);
    // office 65; occupied 30 + 20 = 50; approved of occupants 24 + 9 + 9 = 42; overrun 8
    expect(bl).toMatchObject({ officeAreaM2: 65, usedM2: 50, approvedM2: 42, overrunM2: 8, people: 3, overStandardPeople: 3, rooms: 3 });
  });

  it('a 县级 副科 in 12 m² is within standard', async () => {
    const agency = await f.agency('county');
    const p = await f.person(agency.id, 'section_deputy', 'county');
    const b = await f.building('county');
    const room = await f.room((await f.floor(b.id)).id, agency.id, 12);
    await f.assign(p.id, room.id);
    // 副科 = 12; 12 − 12 = 0
    expect((await peopleOf(agency.id))[0]).toMatchObject({ standardM2: 12, actualM2: 12, overrunM2: 0 });
    expect((await f.ok('GET', `/api/v1/estate/compliance/people?agencyId=${agency.id}&onlyOver=true`)).total).toBe(0);
  });

  it('a person with a side-post room counts both rooms; ended assignments do not count', async () => {
    const a1 = await f.agency('city');
    const a2 = await f.agency('city');
    const p = await f.person(a1.id, 'division_deputy', 'city'); // 副局(处) 18
    const other = await f.person(a2.id, 'staff_1', 'city');
    const b = await f.building();
    const fl = await f.floor(b.id);
    const main = await f.room(fl.id, a1.id, 16);
    const side = await f.room(fl.id, a2.id, 12);
    await f.assign(p.id, main.id);
    await f.assign(p.id, side.id, 'side');
    const shared = await f.assign(other.id, side.id);
    // 16 + 12 / 2 = 22; 22 − 18 = 4
    expect((await peopleOf(a1.id))[0]).toMatchObject({ actualM2: 22, standardM2: 18, overrunM2: 4, rooms: 2 });
    expectStatus(await f.call('POST', `/api/v1/estate/assignments/${shared.id}/end`, { endDate: '2025-06-30' }), 200);
    // other left: 16 + 12 = 28; 28 − 18 = 10
    expect((await peopleOf(a1.id))[0]).toMatchObject({ actualM2: 28, overrunM2: 10 });
    // a main-post assignment to another agency's room is refused (422, naming the rule)
    const res = await f.call('POST', '/api/v1/estate/assignments', { personId: other.id, roomId: main.id, startDate: '2025-01-01' });
    expectStatus(res, 422);
    expect(res.json().code).toBe('ESTATE_ASSIGN_OTHER_AGENCY');
  });

  it('agency officers see only their agency in compliance, and cannot assign another agency’s people', async () => {
    const officer = await login(app, 'agency');
    const me = as(app, officer);
    const own = (await f.ok('GET', `/api/v1/org/people/${officer.user.personId}`)).agencyId as string;
    const rows = (await me('GET', '/api/v1/estate/compliance/agencies?pageSize=200')).json().items as Array<{ agencyId: string }>;
    expect(rows.every((r) => r.agencyId === own)).toBe(true);
    const people = (await me('GET', '/api/v1/estate/compliance/people?pageSize=200')).json().items as Array<{ agencyId: string }>;
    expect(people.every((r) => r.agencyId === own)).toBe(true);
    const other = await f.agency();
    const stranger = await f.person(other.id, 'staff_1', 'city');
    const room = await f.room((await f.floor((await f.building()).id)).id, other.id, 10);
    const res = await me('POST', '/api/v1/estate/assignments', { personId: stranger.id, roomId: room.id, startDate: '2025-01-01' });
    expectStatus(res, 400);
    expect(res.json().fields[0]).toMatchObject({ path: 'personId' });
  });

  it('reads the 2014 standard as data and lets the center correct a row (which changes the check)', async () => {
    const city = (await f.ok('GET', '/api/v1/estate/standards?adminLevel=city')) as Array<{ id: string; postClass: string; usableM2: number; source: string }>;
    expect(city.map((r) => r.usableM2)).toEqual([42, 30, 24, 18, 9]);
    expect(city[0]!.source).toContain('2674');
    const county = (await f.ok('GET', '/api/v1/estate/standards?adminLevel=county')) as Array<{ usableM2: number }>;
    expect(county.map((r) => r.usableM2)).toEqual([30, 24, 18, 12, 9]);
    const map = (await f.ok('GET', '/api/v1/estate/standards/rank-map?adminLevel=city')) as Array<{ rank: string; postClass: string }>;
    expect(map.find((m) => m.rank === 'division_chief')!.postClass).toBe('head');
    expectStatus(await f.call('PUT', '/api/v1/estate/standards/rank-map', { adminLevel: 'city', rank: 'researcher_1', postClass: 'nonsense' }), 400);
  });
});
