import { describe, expect, it } from 'vitest';
import { monthBounds, monthlyConsumption, overNorm, segmentsOf, shanghaiMonth, type Fill } from './consumption.rules.js';

// Shanghai local time → instant (UTC+8).
const t = (local: string) => new Date(`${local}+08:00`);
const fill = (id: string, local: string, km: number, q: number, full = true, missedPrevious = false): Fill =>
  ({ id, filledAt: t(local), odometerKm: km, quantity: q, full, missedPrevious });

describe('full-to-full consumption', () => {
  it('one segment between two full fills; partial fills in between count toward the closing segment', () => {
    const s = segmentsOf([
      fill('a', '2026-03-01T09:00', 10000, 40),
      fill('b', '2026-03-05T09:00', 10200, 10, false), // partial
      fill('c', '2026-03-10T09:00', 10500, 30),
    ]);
    // litres after a up to and including c: 10 + 30 = 40; km 10500 − 10000 = 500; 40 / 500 × 100 = 8.0
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ openId: 'a', closeId: 'c', km: 500, quantity: 40 });
    expect(s[0]!.per100km).toBeCloseTo(8, 10);
  });

  it('fills before the first full fill are not counted; the first full fill opens the chain', () => {
    const s = segmentsOf([
      fill('p', '2026-03-01T09:00', 9900, 15, false),
      fill('a', '2026-03-02T09:00', 10000, 40),
      fill('c', '2026-03-10T09:00', 10400, 36),
    ]);
    // 36 / 400 × 100 = 9.0
    expect(s.map((x) => [x.openId, x.closeId, x.quantity, x.km])).toEqual([['a', 'c', 36, 400]]);
    expect(s[0]!.per100km).toBeCloseTo(9, 10);
  });

  it('a missed fill breaks the chain; if full it opens a new segment', () => {
    const s = segmentsOf([
      fill('a', '2026-03-01T09:00', 10000, 40),
      fill('b', '2026-03-08T09:00', 10500, 45), // a→b: 45 / 500 × 100 = 9.0
      fill('m', '2026-03-20T09:00', 11300, 42, true, true), // missed previous: no b→m segment
      fill('d', '2026-03-28T09:00', 11700, 32), // m→d: 32 / 400 × 100 = 8.0
    ]);
    expect(s.map((x) => [x.openId, x.closeId, x.quantity, x.km])).toEqual([['a', 'b', 45, 500], ['m', 'd', 32, 400]]);
    // month: (45 + 32) / (500 + 400) × 100 = 77 / 900 × 100 = 8.5555…
    const [m] = monthlyConsumption(s);
    expect(m).toMatchObject({ month: '2026-03', km: 900, quantity: 77, segments: 2 });
    expect(m!.per100km).toBeCloseTo(8.555556, 5);
  });

  it('a partial fill marked missed breaks the chain and opens nothing', () => {
    const s = segmentsOf([
      fill('a', '2026-03-01T09:00', 10000, 40),
      fill('m', '2026-03-05T09:00', 10300, 20, false, true),
      fill('b', '2026-03-09T09:00', 10600, 30), // opens only
      fill('c', '2026-03-15T09:00', 11000, 34), // b→c: 34 / 400 × 100 = 8.5
    ]);
    expect(s.map((x) => [x.openId, x.closeId, x.quantity, x.km])).toEqual([['b', 'c', 34, 400]]);
  });

  it('a back-dated fill entered last is placed by event time and the segment is recomputed', () => {
    const fills = [
      fill('a', '2026-03-01T09:00', 10000, 40),
      fill('c', '2026-03-20T09:00', 10800, 50),
    ];
    // before: 50 / 800 × 100 = 6.25
    expect(segmentsOf(fills)[0]!.per100km).toBeCloseTo(6.25, 10);
    // an old receipt, full, at 10400 km on 03-10, typed after c:
    const s = segmentsOf([...fills, fill('b', '2026-03-10T09:00', 10400, 30)]);
    // a→b: 30 / 400 × 100 = 7.5; b→c: 50 / 400 × 100 = 12.5
    expect(s.map((x) => [x.openId, x.closeId, x.per100km])).toEqual([['a', 'b', 7.5], ['b', 'c', 12.5]]);
  });

  it('months are those of the closing fill in Asia/Shanghai', () => {
    const s = segmentsOf([
      fill('a', '2026-02-20T09:00', 10000, 40),
      fill('b', '2026-03-01T07:00', 10500, 40), // 2026-02-28T23:00Z: March in Shanghai
      fill('c', '2026-03-31T23:30', 11000, 45), // still March in Shanghai, April 1st is not reached
      fill('d', '2026-04-10T10:00', 11600, 48),
    ]);
    const m = monthlyConsumption(s);
    // March: (40 + 45) / (500 + 500) × 100 = 8.5; April: 48 / 600 × 100 = 8.0
    expect(m.map((x) => [x.month, x.quantity, x.km, x.per100km])).toEqual([['2026-03', 85, 1000, 8.5], ['2026-04', 48, 600, 8]]);
    expect(shanghaiMonth(new Date('2026-02-28T16:00:00Z'))).toBe('2026-03');
    expect(monthBounds('2026-03')).toEqual({ from: new Date('2026-02-28T16:00:00Z'), to: new Date('2026-03-31T16:00:00Z') });
  });

  it('flags a figure above the norm by more than the margin', () => {
    // norm 8.0, margin 10 %: limit 8.8
    expect(overNorm(8.8, 8, 0.1)).toBe(false);
    expect(overNorm(8.81, 8, 0.1)).toBe(true);
  });
});
