import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, grantedAccount, type Session } from '../../../../../test/helpers/test-app.js';
import { estateFactory, expectStatus } from '../testing/estate.factory.js';

describe('floor plans (API)', () => {
  let app: FastifyInstance;
  let f: Awaited<ReturnType<typeof estateFactory>>;
  beforeAll(async () => { app = await buildTestApp(); f = await estateFactory(app); });
  afterAll(async () => { await app.close(); });

  it('stores a sanitised SVG plan and returns every room with outline, occupants and over-standard state', async () => {
    const agency = await f.agency();
    const fl = await f.floor((await f.building()).id, 3);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 500"><script>alert(1)</script><rect id="r301" x="0" y="0" width="100" height="100" onload="x()"/></svg>';
    const put = await f.call('PUT', `/api/v1/estate/floors/${fl.id}/plan`, { svg, name: '3F' });
    expectStatus(put, 200);
    expect(put.json()).toMatchObject({ kind: 'svg', width: 1000, height: 500, elementIds: ['r301'] });
    const file = await f.call('GET', `/api/v1/files/${put.json().fileId}`);
    expectStatus(file, 200);
    expect(file.body).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 500"><rect id="r301" x="0" y="0" width="100" height="100"/></svg>');
    expectStatus(await f.call('PUT', `/api/v1/estate/floors/${fl.id}/plan`, { svg: '<html><body/></html>' }), 400);

    const head = await f.person(agency.id, 'division_chief', 'city', '局长甲');
    const k1 = await f.person(agency.id, 'staff_1', 'city', '科员乙');
    const r301 = await f.room(fl.id, agency.id, 30, { number: '301', svgElementId: 'r301' });
    const r302 = await f.room(fl.id, agency.id, 9, { number: '302' });
    await f.room(fl.id, null, 40, { number: '303', useClass: 'service', subUse: '会议室' });
    await f.assign(head.id, r301.id);
    await f.assign(k1.id, r302.id);
    await f.call('PUT', `/api/v1/estate/rooms/${r302.id}/outline`, { outline: [[100, 0], [200, 0], [200, 100], [100, 100]] });

    const plan = await f.ok('GET', `/api/v1/estate/floors/${fl.id}/plan`);
    expect(plan.plan).toMatchObject({ kind: 'svg', width: 1000, height: 500 });
    expect(plan.rooms.map((r: { number: string }) => r.number)).toEqual(['301', '302', '303']);
    const [a, b, c] = plan.rooms;
    // 301: 30 m², 正局(处) 24 → 6 over
    expect(a).toMatchObject({ svgElementId: 'r301', occupantCount: 1, overStandard: true, overrunM2: 6 });
    expect(a.occupants).toEqual([{ personId: head.id, name: '局长甲', post: 'division_chief', standardM2: 24, actualM2: 30, overrunM2: 6 }]);
    // 302: 9 m², 以下 9 → within
    expect(b).toMatchObject({ outline: [[100, 0], [200, 0], [200, 100], [100, 100]], occupantCount: 1, overStandard: false, overrunM2: 0 });
    expect(c).toMatchObject({ useClass: 'service', occupantCount: 0, occupants: [], overStandard: false });
  });

  it('uses an uploaded image (platform files) as the plan, with its size', async () => {
    const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const boundary = '----zdestate';
    const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="2F.png"\r\nContent-Type: image/png\r\n\r\n`), png, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const up = await app.inject({ method: 'POST', url: '/api/v1/files?use=estate.floor.plan', headers: { cookie: f.center.cookie, 'x-csrf-token': f.center.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    expectStatus(up, 201);
    const fl = await f.floor((await f.building()).id, 2);
    const put = await f.call('PUT', `/api/v1/estate/floors/${fl.id}/plan`, { fileId: up.json().id });
    expectStatus(put, 200);
    expect(put.json()).toMatchObject({ kind: 'image', width: 1600, height: 900 });
    expect((await f.ok('GET', `/api/v1/estate/floors/${fl.id}/plan`)).plan).toMatchObject({ kind: 'image', fileId: up.json().id });
    expectStatus(await f.call('GET', `/api/v1/files/${up.json().id}`), 200);
  });

  it('answers a 200-room floor in one query, quickly', async () => {
    const agency = await f.agency();
    const fl = await f.floor((await f.building()).id);
    const rows = Array.from({ length: 200 }, (_, i) => `('${fl.id}', (select building_id from estate_floor where id = '${fl.id}'), 'N${i}', 'office', 20, '${agency.id}', 'vacant', gen_random_uuid())`);
    await app.platform.db.execute(`insert into estate_room (floor_id, building_id, number, use_class, usable_area_m2, agency_id, status, id) values ${rows.join(',')}` as never);
    const t0 = performance.now();
    const plan = await f.ok('GET', `/api/v1/estate/floors/${fl.id}/plan`);
    const ms = performance.now() - t0;
    expect(plan.rooms).toHaveLength(200);
    expect(ms).toBeLessThan(1500); // embedded database, shared CPU: generous
  });

  it('an agency officer sees only the rooms of their agency on a shared floor; each agency its own', async () => {
    const fl = await f.floor((await f.building()).id, 5);
    const [a, b] = [await f.agency(), await f.agency()];
    await f.room(fl.id, a.id, 20, { number: '501' });
    await f.room(fl.id, b.id, 20, { number: '502' });
    await f.room(fl.id, a.id, 20, { number: '503' });
    const officer = (agencyId: string, username: string) => grantedAccount(app, username, 'agency-officer', 'agency', agencyId);
    const numbers = async (s: Session) => ((await as(app, s)('GET', `/api/v1/estate/floors/${fl.id}/plan`)).json().rooms as Array<{ number: string }>).map((r) => r.number);
    const [oa, ob] = [await officer(a.id, 'plan-officer-a'), await officer(b.id, 'plan-officer-b')];
    expect((await f.ok('GET', `/api/v1/estate/floors/${fl.id}/plan`)).rooms.map((r: { number: string }) => r.number)).toEqual(['501', '502', '503']);
    // the same statement for both officers, with each one's own agency
    expect(await numbers(oa)).toEqual(['501', '503']);
    expect(await numbers(ob)).toEqual(['502']);
    expect(await numbers(oa)).toEqual(['501', '503']);
  });
});
