import { describe, expect, it } from 'vitest';
import { evaluate, factsOf, yearsBetween, type RuleSetBody } from './housing-rules.js';
import { dueThreshold } from './reminder.job.js';
import { daysBetween, monthsOf, termEnd } from './housing-scope.js';

const body: RuleSetBody = {
  criteria: [{ key: 'yearsSinceHire', op: 'lte', value: 8 }, { key: 'ownsHomeInCity', op: 'eq', value: false }, { key: 'familySize', op: 'gte', value: 1 }],
  scoring: [
    { key: 'familySize', kind: 'per-unit', weight: 10, cap: 5 },
    { key: 'yearsSinceHire', kind: 'per-unit', weight: 5, cap: 8 },
    { key: 'perCapitaAreaM2', kind: 'cap-minus', weight: 1, cap: 30 },
  ],
  lease: { termMonths: 36, depositMonths: 2, reminderDays: [60, 30, 7] },
};

describe('housing eligibility and scoring (pure)', () => {
  it('counts years since hire in whole months', () => {
    // 2023-03-15 → 2026-01-10: 3×12 + (1−3) = 34 months, day 10 < 15 so 33; 33/12 = 2.75
    expect(yearsBetween('2023-03-15', '2026-01-10')).toBe(2.75);
    // 2020-01-01 → 2026-03-01: 6×12 + 2 = 74 months; 74/12 = 6.1666… → 6.17
    expect(yearsBetween('2020-01-01', '2026-03-01')).toBe(6.17);
    expect(yearsBetween('2026-05-01', '2026-03-01')).toBe(0);
  });

  it('derives the per-capita area from the declared area and family size', () => {
    // 50 m² / 4 persons = 12.5 m²
    const f = factsOf({ entryDate: '2023-03-15', referenceDate: '2026-01-10', familySize: 4, ownsHomeInCity: false, currentHousingAreaM2: 50 });
    expect(f).toEqual({ yearsSinceHire: 2.75, familySize: 4, ownsHomeInCity: false, perCapitaAreaM2: 12.5 });
  });

  it('an eligible applicant: every criterion met, score broken down', () => {
    const ev = evaluate(body, { yearsSinceHire: 2.75, familySize: 3, ownsHomeInCity: false, perCapitaAreaM2: 12.5 });
    expect(ev.eligible).toBe(true);
    expect(ev.reasons.map((r) => r.ok)).toEqual([true, true, true]);
    // family 10×min(3,5) = 30; years 5×min(2.75,8) = 13.75; area 1×max(0, 30−12.5) = 17.5; total 61.25
    expect(ev.breakdown.map((b) => b.points)).toEqual([30, 13.75, 17.5]);
    expect(ev.score).toBe(61.25);
  });

  it('an ineligible applicant gets the reasons of each failed rule; caps apply', () => {
    const ev = evaluate(body, { yearsSinceHire: 9.5, familySize: 7, ownsHomeInCity: true, perCapitaAreaM2: 35 });
    expect(ev.eligible).toBe(false);
    expect(ev.reasons.filter((r) => !r.ok).map((r) => r.rule)).toEqual(['yearsSinceHire.lte', 'ownsHomeInCity.eq']);
    expect(ev.reasons[0]!.zh).toBe('入职年限 9.5年，要求 ≤ 8年：不符合');
    // family capped: 10×5 = 50; years capped: 5×8 = 40; area above cap: max(0, 30−35) = 0; total 90
    expect(ev.score).toBe(90);
  });

  it('a flag item scores its weight when true', () => {
    const ev = evaluate({ ...body, scoring: [{ key: 'ownsHomeInCity', kind: 'flag', weight: 7 }] }, { yearsSinceHire: 1, familySize: 1, ownsHomeInCity: true, perCapitaAreaM2: 0 });
    expect(ev.score).toBe(7);
  });
});

describe('lease dates and reminders (pure)', () => {
  it('a 36-month term from 2026-05-01 ends 2029-04-30 and has 36 bills', () => {
    expect(termEnd('2026-05-01', 36)).toBe('2029-04-30');
    // 2026-01-31 + 1 month → 2026-02-28 (clamped), minus a day → 2026-02-27
    expect(termEnd('2026-01-31', 1)).toBe('2026-02-27');
    expect(monthsOf('2026-05-01', '2029-04-30')).toHaveLength(36);
    expect(monthsOf('2026-11-15', '2027-01-14')).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('picks the smallest threshold reached', () => {
    expect(daysBetween('2026-03-01', '2026-04-30')).toBe(60); // 30 (rest of March) + 30 (April)
    expect(dueThreshold([60, 30, 7], 61)).toBeNull();
    expect(dueThreshold([60, 30, 7], 60)).toBe(60);
    expect(dueThreshold([60, 30, 7], 29)).toBe(30);
    expect(dueThreshold([60, 30, 7], 7)).toBe(7);
    expect(dueThreshold([60, 30, 7], -1)).toBeNull();
  });
});
