import { describe, expect, it } from 'vitest';
import { bottomAgencies, dayCount, utilisation } from './utilisation.rules.js';

describe('utilisation', () => {
  it('June has 30 days; 12 days used of 30 is 0.4', () => {
    expect(dayCount('2025-06-01', '2025-06-30')).toBe(30);
    expect(utilisation(12, 30)).toBe(0.4);
  });
  it('7 of 9 days is 0.7778; nothing available is 0', () => {
    // 7 / 9 = 0.77777… → 0.7778
    expect(utilisation(7, 9)).toBe(0.7778);
    expect(utilisation(3, 0)).toBe(0);
  });
});

describe('bottomAgencies', () => {
  it('ranks by km per stationed vehicle ascending and skips agencies without vehicles', () => {
    const rows = [
      { agencyId: 'a', agencyName: '甲', vehicles: 4, km: 4000 }, // 1000 per vehicle
      { agencyId: 'b', agencyName: '乙', vehicles: 2, km: 1500 }, // 750
      { agencyId: 'c', agencyName: '丙', vehicles: 0, km: 0 },
      { agencyId: 'd', agencyName: '丁', vehicles: 3, km: 2400 }, // 800
    ];
    expect(bottomAgencies(rows, 2).map((r) => [r.rank, r.agencyId, r.kmPerVehicle])).toEqual([[1, 'b', 750], [2, 'd', 800]]);
  });
});
