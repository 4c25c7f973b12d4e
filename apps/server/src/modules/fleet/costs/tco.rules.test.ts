import { describe, expect, it } from 'vitest';
import { tco, yearsBetween } from './tco.rules.js';

describe('total cost of ownership', () => {
  it('straight-line purchase share plus recorded running costs, per km and per year', () => {
    const r = tco({
      priceFen: 18_000_000, purchaseDate: '2024-01-01', asOf: '2025-12-31', depreciationYears: 8,
      fuelFen: 1_200_000, repairFen: 300_000, insuranceFen: 500_000, inspectionFen: 0, tollFen: 50_000, parkingFen: 20_000, km: 40_000,
    });
    // 2024-01-01 → 2025-12-31 = 730 days = 2.00 years; purchase 18,000,000 × 2 / 8 = 4,500,000
    expect(r.yearsOwned).toBe(2);
    expect(r.purchaseFen).toBe(4_500_000);
    // total 4,500,000 + 1,200,000 + 300,000 + 500,000 + 0 + 50,000 + 20,000 = 6,570,000
    expect(r.totalFen).toBe(6_570_000);
    // per km 6,570,000 / 40,000 = 164.25 → 164 fen; per year 6,570,000 / 2 = 3,285,000
    expect(r.perKmFen).toBe(164);
    expect(r.perYearFen).toBe(3_285_000);
  });

  it('the purchase share never exceeds the price; no km, no per-km figure', () => {
    // 10 years owned with 8-year depreciation: capped at the price
    const r = tco({ priceFen: 10_000_000, purchaseDate: '2015-01-01', asOf: '2025-01-01', depreciationYears: 8, fuelFen: 0, repairFen: 0, insuranceFen: 0, inspectionFen: 0, tollFen: 0, parkingFen: 0, km: 0 });
    expect(r.purchaseFen).toBe(10_000_000);
    expect(r.perKmFen).toBeNull();
    expect(yearsBetween('2025-01-01', '2024-01-01')).toBe(0);
  });
});
