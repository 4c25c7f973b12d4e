/**
 * Seed data of the office-area standard (docs/domain-facts.md §2.1): 《党政机关办公用房建设标准》
 * 发改投资〔2014〕2674号, in force from 2014-11-24, replacing 计投资〔1999〕2250号 (never used here).
 * Rows are data: the center edits them through /api/v1/estate/standards; this is only the first state.
 */
export const STANDARD_2014_FROM = '2014-11-24';
export const STANDARD_2014_SOURCE = '《党政机关办公用房建设标准》（发改投资〔2014〕2674号，2014-11-24）表：http://www.creditsailing.com/GuoJiaZhengCe/823345.html [S]';
const TOWNSHIP_NOTE = '[U] 乡级标准由省规定，原则上不得超过县级副职（24 m²）；暂按县级正科/副科/科级以下取值，待确认浙江省规定';
const TOILET_NOTE = '可在核定面积内设卫生间，不超过 6 m²（省部级、厅局级正职及市、县党政正职）[S]；休息室在核定面积内安排';

/** Post classes, relative to the level of the organ: 本级正职, 本级副职, 正局/正司/正厅/正科, 副…, 处级/正处, 副处, 以下. */
export const postClasses = ['chief', 'deputy', 'head', 'head-deputy', 'division', 'division-deputy', 'below'] as const;
export type PostClass = (typeof postClasses)[number];

export interface StandardSeed { adminLevel: string; postClass: PostClass; labelZh: string; labelEn: string; usableM2: number; toiletAllowed: boolean; note?: string }

const row = (adminLevel: string, postClass: PostClass, labelZh: string, labelEn: string, usableM2: number, toiletAllowed = false, note?: string): StandardSeed =>
  ({ adminLevel, postClass, labelZh, labelEn, usableM2, toiletAllowed, ...(note ? { note } : toiletAllowed ? { note: TOILET_NOTE } : {}) });

export const standardSeeds: StandardSeed[] = [
  row('central', 'chief', '部级正职', 'Minister', 54, true),
  row('central', 'deputy', '部级副职', 'Vice minister', 42, true),
  row('central', 'head', '正司(局)级', 'Director-general', 24, true),
  row('central', 'head-deputy', '副司(局)级', 'Deputy director-general', 18),
  row('central', 'division', '处级', 'Division level', 12),
  row('central', 'below', '处级以下', 'Below division level', 9),
  row('province', 'chief', '省级正职', 'Provincial chief', 54, true),
  row('province', 'deputy', '省级副职', 'Provincial deputy', 42, true),
  row('province', 'head', '正厅(局)级', 'Department chief', 30, true),
  row('province', 'head-deputy', '副厅(局)级', 'Deputy department chief', 24),
  row('province', 'division', '正处级', 'Division chief', 18),
  row('province', 'division-deputy', '副处级', 'Deputy division chief', 12),
  row('province', 'below', '处级以下', 'Below division level', 9),
  row('city', 'chief', '市级正职', 'City chief', 42, true),
  row('city', 'deputy', '市级副职', 'City deputy', 30),
  row('city', 'head', '正局(处)级', 'Bureau (division) chief', 24),
  row('city', 'head-deputy', '副局(处)级', 'Deputy bureau (division) chief', 18),
  row('city', 'below', '局(处)级以下', 'Below bureau (division) level', 9),
  row('county', 'chief', '县级正职', 'County chief', 30, true),
  row('county', 'deputy', '县级副职', 'County deputy', 24),
  row('county', 'head', '正科级', 'Section chief', 18),
  row('county', 'head-deputy', '副科级', 'Deputy section chief', 12),
  row('county', 'below', '科级以下', 'Below section level', 9),
  row('township', 'chief', '乡级正职', 'Township chief', 18, false, TOWNSHIP_NOTE),
  row('township', 'deputy', '乡级副职', 'Township deputy', 12, false, TOWNSHIP_NOTE),
  row('township', 'below', '乡级一般工作人员', 'Township staff', 9, false, TOWNSHIP_NOTE),
];
export const TOILET_MAX_M2 = 6;

/**
 * Which row a platform rank (org.constants `ranks`) falls under at each level. Leadership posts map by
 * their 职务层次 relative to the organ's level (a 市直 bureau head is 县处级正职 = 市级 "正局(处)").
 * 职级 (巡视员/调研员/主任科员) map to the leadership level they are equivalent to under
 * 《公务员职务与职级并行规定》(2019) — [U] whether 办公用房 follows that equivalence is to be confirmed
 * with the customer; the rows are data and can be changed at /api/v1/estate/standards/rank-map.
 */
const equivalent: Record<string, string> = {
  inspector_1: 'bureau_chief', inspector_2: 'bureau_deputy', researcher_1: 'division_chief', researcher_2: 'division_chief',
  researcher_3: 'division_deputy', researcher_4: 'division_deputy', principal_staff_1: 'section_chief', principal_staff_2: 'section_chief',
  principal_staff_3: 'section_deputy', principal_staff_4: 'section_deputy',
};
const leadership: Record<string, Record<string, PostClass>> = {
  central: { minister: 'chief', vice_minister: 'deputy', bureau_chief: 'head', bureau_deputy: 'head-deputy', division_chief: 'division', division_deputy: 'division' },
  province: { minister: 'chief', vice_minister: 'deputy', bureau_chief: 'head', bureau_deputy: 'head-deputy', division_chief: 'division', division_deputy: 'division-deputy' },
  city: { bureau_chief: 'chief', bureau_deputy: 'deputy', division_chief: 'head', division_deputy: 'head-deputy' },
  county: { division_chief: 'chief', division_deputy: 'deputy', section_chief: 'head', section_deputy: 'head-deputy' },
  township: { section_chief: 'chief', section_deputy: 'deputy' },
};
export const RANK_MAP_SOURCE = '职务层次按机构层级对应（domain-facts §2.1）；职级按《公务员职务与职级并行规定》（2019）对应职务层次 [U]';

/** The default post class of a rank at a level (pure; the seed of estate_rank_post). */
export function defaultPostClass(adminLevel: string, rank: string): PostClass {
  const table = leadership[adminLevel] ?? {};
  return table[rank] ?? table[equivalent[rank] ?? ''] ?? 'below';
}
