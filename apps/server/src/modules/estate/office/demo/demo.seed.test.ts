import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../../test/helpers/test-app.js';
import { estateFactory } from '../testing/estate.factory.js';
import { generateDemoEstate } from './demo.data.js';
import { seedDemoEstate } from './demo.seed.js';

describe('demo administrative center', () => {
  it('is deterministic and has ~1,500 rooms of every use class', () => {
    let n = 0;
    const id = () => `id-${(n += 1)}`;
    const agencies = [{ id: 'a1', kind: 'party', name: '甲' }, { id: 'a2', kind: 'government', name: '乙' }];
    const people = [
      { id: 'p1', agencyId: 'a2', rank: 'division_chief', adminLevel: 'city' }, { id: 'p2', agencyId: 'a2', rank: 'staff_1', adminLevel: 'city' },
      { id: 'p3', agencyId: 'a2', rank: 'staff_2', adminLevel: 'city' }, { id: 'p4', agencyId: 'a1', rank: 'division_deputy', adminLevel: 'city' },
    ];
    const one = generateDemoEstate(agencies, people, id);
    n = 0;
    expect(generateDemoEstate(agencies, people, id)).toEqual(one);
    // 4 towers: (10 + 12 + 8 + 9) floors × 38 rooms + 4 basements × 8 = 1,482 + 32 = 1,514
    expect(one.rooms).toHaveLength(1514);
    expect(new Set(one.rooms.map((r) => r.useClass))).toEqual(new Set(['office', 'service', 'equipment', 'ancillary']));
    // agency #1 (index 1, 1 % 5 = 1): two staff share 20 m²; its leader has 24 (正局(处))
    const byRoom = new Map(one.rooms.map((r) => [r.id, r]));
    const roomOf = (p: string) => byRoom.get(one.assignments.find((a) => a.personId === p)!.roomId)!;
    expect(roomOf('p1').usableAreaM2).toBe(24);
    expect(roomOf('p2').usableAreaM2).toBe(20);
    expect(roomOf('p2').id).toBe(roomOf('p3').id);
    expect(roomOf('p4').usableAreaM2).toBe(18);
  });

  describe('seeded with the platform demo', () => {
    let app: FastifyInstance;
    beforeAll(async () => { app = await buildTestApp(); });
    afterAll(async () => { await app.close(); });

    it('has rooms, occupants and a few over-standard cases, and seeding again changes nothing', async () => {
      const f = await estateFactory(app);
      const rooms = await f.ok('GET', '/api/v1/estate/rooms?pageSize=1');
      expect(rooms.total).toBeGreaterThanOrEqual(1500);
      const over = await f.ok('GET', '/api/v1/estate/compliance/people?onlyOver=true&pageSize=200');
      expect(over.total).toBeGreaterThan(2);
      expect(over.items.some((r: { standardM2: number; actualM2: number; overrunM2: number }) => r.standardM2 === 24 && r.actualM2 === 30 && r.overrunM2 === 6)).toBe(true);
      expect(over.items.some((r: { standardM2: number; actualM2: number; overrunM2: number }) => r.standardM2 === 9 && r.actualM2 === 10 && r.overrunM2 === 1)).toBe(true);
      const agencies = await f.ok('GET', '/api/v1/estate/compliance/agencies?pageSize=200');
      expect(agencies.total).toBeGreaterThan(10);
      expect(await seedDemoEstate(app.platform.db)).toMatchObject({ created: false });
      expect((await f.ok('GET', '/api/v1/estate/rooms?pageSize=1')).total).toBe(rooms.total);
      const plan = await f.ok('GET', `/api/v1/estate/floors/${(await f.ok('GET', '/api/v1/estate/floors?pageSize=1&sort=level:desc')).items[0].id}/plan`);
      expect(plan.rooms.length).toBeGreaterThan(30);
      expect(plan.rooms[0].outline).toHaveLength(4);
    });
  });
});
