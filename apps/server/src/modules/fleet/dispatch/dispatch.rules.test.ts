import { describe, expect, it } from 'vitest';
import { proposeCarpools, type PoolRequest } from './carpool.rules.js';
import { rankDrivers, rankVehicles, seatsNeeded } from './ranking.rules.js';

const A = 'agency-a';
const B = 'agency-b';
const v = (id: string, agencyId: string, seats: number, energy: string, monthKm: number) => ({ id, plate: id, agencyId, seats, energy, monthKm });

describe('vehicle ranking', () => {
  const cands = [
    v('other-bev', B, 5, 'bev', 0), v('own-gas-used', A, 5, 'gasoline', 900), v('own-gas-fresh', A, 7, 'gasoline', 100),
    v('own-bev', A, 5, 'bev', 1500), v('own-small', A, 2, 'bev', 0),
  ];
  it('in-city: own agency first, then new energy, then least used; too few seats never offered', () => {
    // 3 passengers + driver = 4 seats: own-small (2) is filtered out
    const r = rankVehicles({ agencyId: A, passengers: 3, inCity: true }, seatsNeeded(3, true), cands);
    expect(r.map((x) => x.item.id)).toEqual(['own-bev', 'own-gas-fresh', 'own-gas-used', 'other-bev']);
    expect(r[0]!.reasons).toEqual(['本单位车辆', '座位 5 个，需 4 个', '新能源车，市内出行优先', '本月已行驶 1500 km']);
  });
  it('out of town: no new-energy preference, least used first', () => {
    const r = rankVehicles({ agencyId: A, passengers: 3, inCity: false }, 4, cands);
    expect(r.map((x) => x.item.id)).toEqual(['own-gas-fresh', 'own-gas-used', 'own-bev', 'other-bev']);
  });
});

describe('driver ranking', () => {
  const d = (id: string, agencyId: string, emergencyTeam: boolean, monthTrips: number) => ({ id, name: id, agencyId, emergencyTeam, monthTrips });
  const cands = [d('own-busy', A, false, 9), d('other-team', B, true, 0), d('own-idle', A, false, 1), d('own-team', A, true, 5)];
  it('normal: own agency, then fewest trips', () => {
    expect(rankDrivers({ agencyId: A, passengers: 1, inCity: true }, cands).map((x) => x.item.id)).toEqual(['own-idle', 'own-team', 'own-busy', 'other-team']);
  });
  it('emergency: the emergency team first', () => {
    const r = rankDrivers({ agencyId: A, passengers: 1, inCity: true, emergency: true }, cands);
    expect(r.map((x) => x.item.id)).toEqual(['own-team', 'other-team', 'own-idle', 'own-busy']);
    expect(r[0]!.reasons[0]).toBe('应急出车小分队成员，应急优先');
  });
});

describe('carpool proposals', () => {
  const t = (h: number) => new Date(Date.UTC(2031, 2, 10, h));
  const r = (id: string, s: number, e: number, dest: string, passengers: number, coords: [number, number] | null = null): PoolRequest => ({
    id, start: t(s), end: t(e), destinations: [dest], destLat: coords?.[0] ?? null, destLon: coords?.[1] ?? null, passengers, needDriver: true,
  });
  it('groups overlapping requests to the same or a near destination within the seats', () => {
    const list = [
      r('a', 1, 3, '舟山市 定海区政府', 2), r('b', 2, 4, '舟山市定海区政府', 1), // same after normalising
      r('c', 2, 3, '普陀区政府', 1, [29.9465, 122.2998]), r('d', 2, 5, '普陀区东港', 2, [29.9530, 122.3100]), // ~1.3 km apart
      r('e', 5, 6, '舟山市定海区政府', 1), // no overlap with a
      r('f', 1, 3, '舟山市定海区政府', 4), // sorted before b, but 2 + 4 + 1 driver = 7 > 6 seats
    ];
    const p = proposeCarpools(list, { maxSeats: 6, nearKm: 3 });
    expect(p.map((x) => x.requestIds)).toEqual([['a', 'b'], ['c', 'd']]);
    // a ∪ b window is 01:00–04:00; 2 + 1 passengers + 1 driver = 4 seats
    expect(p[0]).toMatchObject({ start: t(1), end: t(4), passengers: 3, seatsNeeded: 4 });
    expect(p[1]!.reasons.some((x) => /目的地相距 1\.\d km/.test(x))).toBe(true);
  });
  it('no proposal for a lone request', () => {
    expect(proposeCarpools([r('a', 1, 2, 'x', 1)], { maxSeats: 5, nearKm: 3 })).toEqual([]);
  });
});

describe('month of use (Asia/Shanghai)', () => {
  it('starts at 00:00 Shanghai on the 1st, which is 16:00 UTC the day before', async () => {
    const { monthStart } = await import('./dispatch.repo.js');
    // 2031-03-31T16:30Z is 2031-04-01 00:30 in Shanghai → April began at 2031-03-31T16:00Z
    expect(monthStart(new Date('2031-03-31T16:30:00Z')).toISOString()).toBe('2031-03-31T16:00:00.000Z');
    // 2031-03-31T15:30Z is 23:30 on 31 March in Shanghai → still March, which began 2031-02-28T16:00Z
    expect(monthStart(new Date('2031-03-31T15:30:00Z')).toISOString()).toBe('2031-02-28T16:00:00.000Z');
  });
});
