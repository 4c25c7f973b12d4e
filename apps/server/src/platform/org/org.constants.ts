/** Code lists of the organisation model. Labels are zh-CN / en-US. */
export const agencyKinds = {
  party: { zh: '党委', en: 'Party committee' },
  congress: { zh: '人大', en: "People's congress" },
  government: { zh: '政府', en: 'Government' },
  cppcc: { zh: '政协', en: 'CPPCC' },
  mass: { zh: '群团', en: 'Mass organisation' },
  institution: { zh: '事业单位', en: 'Public institution' },
  soe: { zh: '国企', en: 'State-owned enterprise' },
} as const;
export type AgencyKind = keyof typeof agencyKinds;

/** 行政层级 of a post's organ; the office-area standard (2014) is set per level. */
export const adminLevels = {
  central: { zh: '中央', en: 'Central' },
  province: { zh: '省', en: 'Province' },
  city: { zh: '市', en: 'City' },
  county: { zh: '县', en: 'County' },
  township: { zh: '乡', en: 'Township' },
} as const;
export type AdminLevel = keyof typeof adminLevels;

/** 职务层次与职级 (公务员法 2018): leadership posts and ranks. */
export const ranks = {
  minister: { zh: '省部级正职', en: 'Minister' },
  vice_minister: { zh: '省部级副职', en: 'Vice minister' },
  bureau_chief: { zh: '厅局级正职', en: 'Bureau chief' },
  bureau_deputy: { zh: '厅局级副职', en: 'Deputy bureau chief' },
  division_chief: { zh: '县处级正职', en: 'Division chief' },
  division_deputy: { zh: '县处级副职', en: 'Deputy division chief' },
  section_chief: { zh: '乡科级正职', en: 'Section chief' },
  section_deputy: { zh: '乡科级副职', en: 'Deputy section chief' },
  inspector_1: { zh: '一级巡视员', en: 'Inspector, grade 1' },
  inspector_2: { zh: '二级巡视员', en: 'Inspector, grade 2' },
  researcher_1: { zh: '一级调研员', en: 'Researcher, grade 1' },
  researcher_2: { zh: '二级调研员', en: 'Researcher, grade 2' },
  researcher_3: { zh: '三级调研员', en: 'Researcher, grade 3' },
  researcher_4: { zh: '四级调研员', en: 'Researcher, grade 4' },
  principal_staff_1: { zh: '一级主任科员', en: 'Principal staff, grade 1' },
  principal_staff_2: { zh: '二级主任科员', en: 'Principal staff, grade 2' },
  principal_staff_3: { zh: '三级主任科员', en: 'Principal staff, grade 3' },
  principal_staff_4: { zh: '四级主任科员', en: 'Principal staff, grade 4' },
  staff_1: { zh: '一级科员', en: 'Staff, grade 1' },
  staff_2: { zh: '二级科员', en: 'Staff, grade 2' },
  clerk: { zh: '办事员', en: 'Clerk' },
} as const;
export type Rank = keyof typeof ranks;

export const genders = { M: { zh: '男', en: 'Male' }, F: { zh: '女', en: 'Female' } } as const;

export const personStatuses = {
  active: { zh: '在职', en: 'Active' },
  transferred: { zh: '调离', en: 'Transferred' },
  retired: { zh: '退休', en: 'Retired' },
  left: { zh: '离职', en: 'Left' },
} as const;
export type PersonStatus = keyof typeof personStatuses;

export const codeKeys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** Finds a code by its code or its Chinese label (Excel imports use labels). */
export function codeFromLabel<T extends Record<string, { zh: string; en: string }>>(table: T, value: string): (keyof T & string) | undefined {
  const v = value.trim();
  if (v in table) return v as keyof T & string;
  for (const [k, label] of Object.entries(table)) if (label.zh === v || label.en.toLowerCase() === v.toLowerCase()) return k as keyof T & string;
  return undefined;
}
