import { describe, expect, it } from 'vitest';
import { addMonths, arrearsAsOf, rentOf, rentSchedule } from './rent-schedule.js';

describe('rent schedule', () => {
  it('quarterly instalments with a pro-rata last period', () => {
    const s = rentSchedule({ startsOn: '2026-01-15', endsOn: '2026-12-31', monthlyRentFen: 300_000, cycleMonths: 3 });
    expect(s.map((i) => [i.periodStart, i.periodEnd, i.amountFen])).toEqual([
      ['2026-01-15', '2026-04-14', 900_000], // 3 × 300 000
      ['2026-04-15', '2026-07-14', 900_000],
      ['2026-07-15', '2026-10-14', 900_000],
      // 10-15..12-14 two whole months = 600 000; 12-15..12-31 = 17 of 31 days: 300 000 × 17 / 31 = 164 516.13 → 164 516
      ['2026-10-15', '2026-12-31', 764_516],
    ]);
    expect(s.every((i) => i.dueOn === i.periodStart)).toBe(true);
  });

  it('monthly from the 31st does not drift', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    const s = rentSchedule({ startsOn: '2026-01-31', endsOn: '2026-04-29', monthlyRentFen: 100_000, cycleMonths: 1 });
    expect(s.map((i) => i.periodStart)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    // last: 03-31..04-29 = 30 days of the month 03-31..04-30 (30 days) → whole month? no: 04-30 > 04-29, so 30/30 pro rata = 100 000
    expect(s[2]!.amountFen).toBe(100_000);
  });

  it('a short lease of 10 days in June is 10/30 of a month', () => {
    expect(rentOf('2026-06-01', '2026-06-10', 90_000)).toBe(30_000); // 90 000 × 10 / 30
  });

  it('arrears settle oldest first and count days from the due date', () => {
    const s = rentSchedule({ startsOn: '2026-01-15', endsOn: '2026-12-31', monthlyRentFen: 300_000, cycleMonths: 3 });
    const a = arrearsAsOf(s, [{ paidOn: '2026-01-20', amountFen: 900_000 }, { paidOn: '2026-04-20', amountFen: 500_000 }, { paidOn: '2026-09-01', amountFen: 99 }], '2026-08-01');
    // paid by 08-01: 1 400 000 → #1 settled, #2 owes 400 000 since 04-15 (15+31+30+31+1 = 108 days), #3 owes 900 000 since 07-15 (17 days)
    expect(a).toEqual([
      { seq: 2, dueOn: '2026-04-15', amountFen: 900_000, outstandingFen: 400_000, daysOverdue: 108 },
      { seq: 3, dueOn: '2026-07-15', amountFen: 900_000, outstandingFen: 900_000, daysOverdue: 17 },
    ]);
  });
});
