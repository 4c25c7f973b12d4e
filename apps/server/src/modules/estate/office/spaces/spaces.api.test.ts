import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login } from '../../../../../test/helpers/test-app.js';
import { readXlsx } from '../../../../../test/helpers/xlsx.js';
import { estateFactory, expectStatus } from '../testing/estate.factory.js';

describe('estate buildings, floors, rooms (API)', () => {
  let app: FastifyInstance;
  let f: Awaited<ReturnType<typeof estateFactory>>;
  beforeAll(async () => { app = await buildTestApp(); f = await estateFactory(app); });
  afterAll(async () => { await app.close(); });

  it('creates a building → floor → rooms, lists with filters, q, paging and xlsx', async () => {
    const agency = await f.agency();
    const b = await f.building();
    const fl = await f.floor(b.id, 2);
    await f.room(fl.id, agency.id, 30.5, { number: 'A201' });
    await f.room(fl.id, agency.id, 18, { number: 'A202', useClass: 'service', subUse: '会议室' });
    const dup = await f.call('POST', '/api/v1/estate/rooms', { floorId: fl.id, number: 'A201', useClass: 'office', usableAreaM2: 10 });
    expectStatus(dup, 409);
    expect(dup.json().code).toBe('ESTATE_ROOM_DUPLICATE');
    const bad = await f.call('POST', '/api/v1/estate/rooms', { floorId: fl.id, number: 'A209', useClass: 'kitchen', usableAreaM2: 10 });
    expectStatus(bad, 400);

    const list = await f.ok('GET', `/api/v1/estate/rooms?floorId=${fl.id}&sort=number:asc`);
    expect(list.total).toBe(2);
    expect(list.items[0]).toMatchObject({ number: 'A201', useClass: 'office', usableAreaM2: 30.5, agencyName: agency.name, occupantCount: 0, level: 2 });
    expect((await f.ok('GET', `/api/v1/estate/rooms?floorId=${fl.id}&useClass=service`)).items.map((r: { number: string }) => r.number)).toEqual(['A202']);
    expect((await f.ok('GET', `/api/v1/estate/rooms?floorId=${fl.id}&q=会议`)).total).toBe(1);
    expect((await f.ok('GET', `/api/v1/estate/rooms?floorId=${fl.id}&pageSize=1&page=2`)).items).toHaveLength(1);

    const bld = await f.ok('GET', `/api/v1/estate/buildings/${b.id}`);
    expect(bld).toMatchObject({ roomCount: 2, usableAreaM2: 48.5, constructionAreaM2: 1234.5 }); // 30.5 + 18 = 48.5
    expect((await f.ok('GET', `/api/v1/estate/floors?buildingId=${b.id}`)).items[0]).toMatchObject({ level: 2, roomCount: 2, usableAreaM2: 48.5 });

    const x = await f.call('GET', `/api/v1/estate/rooms?floorId=${fl.id}&format=xlsx`);
    expectStatus(x, 200);
    const sheet = await readXlsx(x.rawPayload);
    expect(sheet[0]).toContain('使用面积(m²)');
    expect(sheet).toHaveLength(3); // header + 2 rooms
    expect(sheet.some((row) => row.includes('会议室'))).toBe(true);

    const del = await f.call('DELETE', `/api/v1/estate/floors/${fl.id}`);
    expectStatus(del, 409);
  });

  it('an agency user sees only its agency’s rooms and gets 404 for another agency’s room', async () => {
    const agencyUser = await login(app, 'agency');
    const me = as(app, agencyUser);
    const all = (await me('GET', '/api/v1/estate/rooms?pageSize=200')).json();
    const b = await f.building();
    const fl = await f.floor(b.id);
    const other = await f.agency();
    const foreign = await f.room(fl.id, other.id, 20);
    expectStatus(await me('GET', `/api/v1/estate/rooms/${foreign.id}`), 404);
    const after = (await me('GET', '/api/v1/estate/rooms?pageSize=200')).json();
    expect(after.total).toBe(all.total);
    expectStatus(await me('GET', `/api/v1/estate/buildings/${b.id}`), 404);
    expectStatus(await me('POST', '/api/v1/estate/buildings', { name: 'x', code: 'X1', regionId: f.regionOf('city') }), 403);
  });

  it('saves an outline drawn on the plan and validates it', async () => {
    const b = await f.building();
    const fl = await f.floor(b.id);
    const room = await f.room(fl.id, null, 12);
    expectStatus(await f.call('PUT', `/api/v1/estate/rooms/${room.id}/outline`, { outline: [[0, 0], [10, 0], [10, 8], [0, 8]], svgElementId: 'room-101' }), 200);
    expect(await f.ok('GET', `/api/v1/estate/rooms/${room.id}`)).toMatchObject({ outline: [[0, 0], [10, 0], [10, 8], [0, 8]], svgElementId: 'room-101' });
    expectStatus(await f.call('PUT', `/api/v1/estate/rooms/${room.id}/outline`, { outline: [[0, 0], [1, 1]] }), 400);
  });
});
