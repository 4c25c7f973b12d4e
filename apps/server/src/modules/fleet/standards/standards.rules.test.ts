import { describe, expect, it } from 'vitest';
import { nevShare, quotaBreach, standardBreaches, type StandardRule } from './standards.rules.js';

const S: StandardRule[] = [
  { code: 'confidential', nameZh: '机要通信用车', kind: 'confidential', energyClass: 'any', maxSeats: null, maxPriceFen: 12_000_000, maxDisplacementL: 1.6, source: '2017办法' },
  { code: 'nev-sedan', nameZh: '新能源轿车', kind: null, energyClass: 'nev', maxSeats: 5, maxPriceFen: 18_000_000, maxDisplacementL: null, source: '2017办法' },
];

describe('standardBreaches', () => {
  it('a confidential car of ¥125,000 and 1.8 L breaks both limits of its kind', () => {
    // 12,500,000 fen > 12,000,000 fen; 1.8 L > 1.6 L
    const b = standardBreaches({ kind: 'confidential', energy: 'gasoline', seats: 5, priceFen: 12_500_000, displacementL: 1.8 }, S);
    expect(b.map((x) => x.rule)).toEqual(['standard:confidential:price', 'standard:confidential:displacement']);
    expect(b[0]!.limit).toBe(12_000_000);
    expect(b[0]!.zh).toContain('120,000元');
  });
  it('exactly at the limit is allowed', () => {
    expect(standardBreaches({ kind: 'confidential', energy: 'gasoline', seats: 5, priceFen: 12_000_000, displacementL: 1.6 }, S)).toEqual([]);
  });
  it('a BEV sedan of ¥180,000.01 breaks the NEV sedan limit; a 7-seat BEV is not a sedan', () => {
    expect(standardBreaches({ kind: 'other', energy: 'bev', seats: 5, priceFen: 18_000_001, displacementL: null }, S).map((x) => x.rule)).toEqual(['standard:nev-sedan:price']);
    expect(standardBreaches({ kind: 'other', energy: 'bev', seats: 7, priceFen: 18_000_001, displacementL: null }, S)).toEqual([]);
  });
  it('a gasoline car is not held to the NEV sedan limit', () => {
    expect(standardBreaches({ kind: 'other', energy: 'gasoline', seats: 5, priceFen: 20_000_000, displacementL: 1.5 }, S)).toEqual([]);
  });
});

describe('quotaBreach', () => {
  it('quota 3 with 2 held allows a third; with 3 held refuses and names the limit', () => {
    expect(quotaBreach('emergency', '应急保障用车', 3, 2)).toBeNull();
    const b = quotaBreach('emergency', '应急保障用车', 3, 3)!;
    expect(b).toMatchObject({ rule: 'quota:emergency', limit: 3, actual: 4 });
    expect(b.zh).toContain('编制3辆');
  });
  it('no quota approved means 0', () => {
    expect(quotaBreach('special', '特种专业技术用车', null, 0)).toMatchObject({ limit: 0, actual: 1 });
  });
});

describe('nevShare', () => {
  it('3 of 10 is 30% and meets a 30% rule; 2 of 7 (28.57%) does not', () => {
    expect(nevShare(3, 10, 0.3)).toEqual({ nev: 3, total: 10, share: 0.3, minShare: 0.3, meets: true });
    // 2 / 7 = 0.285714… → 0.2857
    expect(nevShare(2, 7, 0.3)).toMatchObject({ share: 0.2857, meets: false });
  });
});
