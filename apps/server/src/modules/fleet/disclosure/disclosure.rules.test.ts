import { describe, expect, it } from 'vitest';
import { deviationPct, fuelReward, lastDayOf, per100km } from './disclosure.rules.js';

describe('fuel disclosure and reward rules', () => {
  it('L/100 km and deviation from the norm', () => {
    // 77 L over 900 km: 77 / 900 × 100 = 8.5555… → 8.56
    expect(per100km(77, 900)).toBe(8.56);
    expect(per100km(10, 0)).toBeNull();
    // (8.56 − 8) / 8 × 100 = 7.0 %
    expect(deviationPct(8.56, 8)).toBe(7);
    // (6.8 − 8) / 8 × 100 = −15 %
    expect(deviationPct(6.8, 8)).toBe(-15);
  });

  it('节油奖: saving against the norm × price × rate, never negative without penalties', () => {
    // norm 9.0, actual 8.0, 1,200 km: saved (9 − 8) × 1200 / 100 = 12 L; 12 × 780 fen × 0.5 = 4,680 fen
    expect(fuelReward({ norm: 9, actual: 8, km: 1200, priceFen: 780, rate: 0.5, penalties: false })).toEqual({ savedQty: 12, rewardFen: 4680 });
    // over the norm: actual 10, 1,000 km: (9 − 10) × 1000 / 100 = −10 L → 0 without penalties
    expect(fuelReward({ norm: 9, actual: 10, km: 1000, priceFen: 780, rate: 0.5, penalties: false })).toEqual({ savedQty: -10, rewardFen: 0 });
    // with penalties: −10 × 780 × 0.5 = −3,900 fen
    expect(fuelReward({ norm: 9, actual: 10, km: 1000, priceFen: 780, rate: 0.5, penalties: true })).toEqual({ savedQty: -10, rewardFen: -3900 });
    // electric: norm 15 kWh, actual 13.5, 800 km: (15 − 13.5) × 800 / 100 = 12 kWh; 12 × 120 × 0.5 = 720 fen
    expect(fuelReward({ norm: 15, actual: 13.5, km: 800, priceFen: 120, rate: 0.5, penalties: false })).toEqual({ savedQty: 12, rewardFen: 720 });
    expect(fuelReward({ norm: 9, actual: null, km: 1000, priceFen: 780, rate: 0.5, penalties: true }).rewardFen).toBe(0);
  });

  it('factors are read on the last day of the month', () => {
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });
});
