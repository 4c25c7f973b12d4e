import { describe, expect, it } from 'vitest';
import { defaultPostClass, standardSeeds } from './standard.data.js';
import { checkPerson, overrunOf, personOfficeArea, shareOf, suiteViolations } from './standard.rules.js';

const std = (level: string, rank: string) => {
  const pc = defaultPostClass(level, rank);
  const row = standardSeeds.find((s) => s.adminLevel === level && s.postClass === pc)!;
  return { usableM2: row.usableM2, toiletAllowed: row.toiletAllowed, toiletMaxM2: row.toiletAllowed ? 6 : null };
};

describe('office-area standard 2014 (data)', () => {
  it('has the 市级 and 县级 rows of domain-facts §2.1, never the 1999 table', () => {
    const m2 = (level: string) => standardSeeds.filter((s) => s.adminLevel === level).map((s) => s.usableM2);
    expect(m2('city')).toEqual([42, 30, 24, 18, 9]);
    expect(m2('county')).toEqual([30, 24, 18, 12, 9]);
    expect(m2('central')).toEqual([54, 42, 24, 18, 12, 9]);
    expect(m2('province')).toEqual([54, 42, 30, 24, 18, 12, 9]);
    // 1999 市级正职 was 32 and 中央处级以下 6: neither appears
    expect(standardSeeds.find((s) => s.adminLevel === 'city' && s.postClass === 'chief')!.usableM2).not.toBe(32);
  });

  it('maps platform ranks to the post of the level', () => {
    expect(defaultPostClass('city', 'bureau_chief')).toBe('chief'); // 市长 = 厅局级正职 → 市级正职
    expect(defaultPostClass('city', 'division_chief')).toBe('head'); // 市直局长 = 县处级正职 → 正局(处)
    expect(defaultPostClass('city', 'division_deputy')).toBe('head-deputy');
    expect(defaultPostClass('city', 'section_chief')).toBe('below');
    expect(defaultPostClass('city', 'staff_1')).toBe('below');
    expect(defaultPostClass('county', 'division_chief')).toBe('chief'); // 县长 = 县处级正职
    expect(defaultPostClass('county', 'section_deputy')).toBe('head-deputy'); // 副科
    expect(defaultPostClass('county', 'principal_staff_3')).toBe('head-deputy'); // 三级主任科员 ≈ 乡科级副职 [U]
    expect(defaultPostClass('central', 'division_deputy')).toBe('division'); // 中央: 处级 one row
  });
});

describe('person office area and overrun', () => {
  it('a 市级 正局 head alone in 30 m² is 6 m² over', () => {
    // standard 正局(处) at 市级 = 24; 30 / 1 = 30; 30 − 24 = 6
    const r = checkPerson([{ usableAreaM2: 30, occupants: 1 }], std('city', 'division_chief'));
    expect(r).toEqual({ actualM2: 30, standardM2: 24, overrunM2: 6, violations: [] });
  });

  it('two 科员 sharing 20 m² at 市级 are 1 m² over each', () => {
    // 20 / 2 = 10 each; standard 局(处)级以下 = 9; 10 − 9 = 1
    const r = checkPerson([{ usableAreaM2: 20, occupants: 2 }], std('city', 'staff_1'));
    expect(r.actualM2).toBe(10);
    expect(r.overrunM2).toBe(1);
  });

  it('a 县级 副科 in 12 m² is within standard', () => {
    // standard 副科 = 12; 12 − 12 = 0
    expect(checkPerson([{ usableAreaM2: 12, occupants: 1 }], std('county', 'section_deputy')).overrunM2).toBe(0);
  });

  it('counts both rooms of a person with a side post, split evenly per room', () => {
    // main 18 m² alone = 18; side room 15 m² shared by 3 = 5; total 23
    expect(personOfficeArea([{ usableAreaM2: 18, occupants: 1 }, { usableAreaM2: 15, occupants: 3 }])).toBe(23);
    // 23 − 18 (市级 副局) = 5
    expect(overrunOf(23, 18)).toBe(5);
  });

  it('rounds a share to 0.01 m²', () => {
    // 10 / 3 = 3.333… → 3.33
    expect(shareOf({ usableAreaM2: 10, occupants: 3 })).toBe(3.33);
    // 10.01 / 2 = 5.005 → 5.01 (half up on exact hundredths: 1001 / 2 = 500.5 → 501)
    expect(shareOf({ usableAreaM2: 10.01, occupants: 2 })).toBe(5.01);
  });

  it('applies the toilet rule: ≤ 6 m² and only for the named posts, inside the area', () => {
    const mayor = std('city', 'bureau_chief'); // 市级正职 42, toilet allowed
    // office 34 + rest room 4 + toilet 4 = 42 → within; toilet 4 ≤ 6
    expect(checkPerson([{ usableAreaM2: 34, occupants: 1 }, { usableAreaM2: 4, occupants: 1, suitePart: 'rest' }, { usableAreaM2: 4, occupants: 1, suitePart: 'toilet' }], mayor))
      .toEqual({ actualM2: 42, standardM2: 42, overrunM2: 0, violations: [] });
    expect(suiteViolations([{ usableAreaM2: 7, occupants: 1, suitePart: 'toilet' }], mayor)).toEqual(['toilet-too-large']); // 7 > 6
    expect(suiteViolations([{ usableAreaM2: 3, occupants: 1, suitePart: 'toilet' }], std('city', 'division_chief'))).toEqual(['toilet-not-allowed']);
  });
});
