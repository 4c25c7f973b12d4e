import { describe, expect, it } from 'vitest';
import { monthBounds, openHoursInMonth, utilisation, withinOpenHours } from './activity-rooms.rules.js';

describe('activity room rules', () => {
  it('open hours of a month', () => {
    // November 2026: 1st is a Sunday; Mon–Fri days = 21 (weeks of 2–6, 9–13, 16–20, 23–27, plus 30th); 8:30–11:30 + … = 3 h a day here
    expect(openHoursInMonth('2026-11', [1, 2, 3, 4, 5], '08:30', '11:30')).toBe(63); // 21 × 3
    expect(openHoursInMonth('2026-02', [6, 7], '14:00', '17:00')).toBe(24); // 8 weekend days × 3
  });
  it('a booking must sit inside one opening period (Shanghai time)', () => {
    const mon = (h: number, m = 0) => new Date(Date.UTC(2026, 10, 2, h - 8, m)); // Monday 2026-11-02, Shanghai wall clock
    expect(withinOpenHours(mon(9), mon(11), [1, 2, 3, 4, 5], '08:30', '11:30')).toBe(true);
    expect(withinOpenHours(mon(8), mon(10), [1, 2, 3, 4, 5], '08:30', '11:30')).toBe(false);
    expect(withinOpenHours(mon(9), mon(11), [6, 7], '08:30', '11:30')).toBe(false);
  });
  it('month bounds and utilisation', () => {
    expect(monthBounds('2026-11').map((d) => d.toISOString())).toEqual(['2026-10-31T16:00:00.000Z', '2026-11-30T16:00:00.000Z']);
    expect(utilisation(4, 63)).toBe(6.3); // 4 / 63 = 6.35 % → 6.3
    expect(utilisation(1, 0)).toBe(0);
  });
});
