/**
 * Eligibility and scoring of a housing application: pure, rules as data (a rule set's body).
 * Zhoushan's own 机关公租房 rules were not found (domain-facts §3.5 [U]): every threshold and
 * weight is configured per rule set, with effective dates and a source.
 */
import { z } from 'zod';

export const factKeys = ['yearsSinceHire', 'familySize', 'ownsHomeInCity', 'perCapitaAreaM2'] as const;
export type FactKey = (typeof factKeys)[number];
export const factLabels: Record<FactKey, { zh: string; en: string; unitZh: string; unitEn: string }> = {
  yearsSinceHire: { zh: '入职年限', en: 'Years since hire', unitZh: '年', unitEn: 'years' },
  familySize: { zh: '家庭人口', en: 'Family size', unitZh: '人', unitEn: 'persons' },
  ownsHomeInCity: { zh: '本市自有住房', en: 'Owns a home in the city', unitZh: '', unitEn: '' },
  perCapitaAreaM2: { zh: '人均住房面积', en: 'Housing area per person', unitZh: 'm²', unitEn: 'm²' },
};

const factKey = z.enum(factKeys);
export const criterion = z.strictObject({
  key: factKey,
  op: z.enum(['lte', 'lt', 'gte', 'gt', 'eq']),
  value: z.union([z.number(), z.boolean()]),
});
export const scoringItem = z.strictObject({
  key: factKey,
  /** per-unit: weight × min(value, cap); flag: weight when the value is true / non-zero; cap-minus: weight × max(0, cap − value). */
  kind: z.enum(['per-unit', 'flag', 'cap-minus']),
  weight: z.number().min(0).max(1000),
  cap: z.number().min(0).max(10000).optional(),
});
export const ruleSetBody = z.strictObject({
  criteria: z.array(criterion).min(1).max(20),
  scoring: z.array(scoringItem).max(20),
  lease: z.strictObject({
    termMonths: z.number().int().min(1).max(60),
    depositMonths: z.number().int().min(0).max(12),
    reminderDays: z.array(z.number().int().min(1).max(365)).min(1).max(10),
  }),
});
export type RuleSetBody = z.infer<typeof ruleSetBody>;
export type Facts = Record<FactKey, number | boolean>;

export interface Reason { rule: string; ok: boolean; zh: string; en: string }
export interface Evaluation { eligible: boolean; reasons: Reason[]; score: number; breakdown: Array<{ key: FactKey; value: number; points: number }> }

const round2 = (x: number) => Math.round(x * 100) / 100;
const num = (v: number | boolean) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
const opText: Record<z.infer<typeof criterion>['op'], string> = { lte: '≤', lt: '<', gte: '≥', gt: '>', eq: '=' };

function holds(op: z.infer<typeof criterion>['op'], a: number, b: number): boolean {
  switch (op) {
    case 'lte': return a <= b;
    case 'lt': return a < b;
    case 'gte': return a >= b;
    case 'gt': return a > b;
    case 'eq': return a === b;
  }
}

const show = (v: number | boolean, zh: boolean) => (typeof v === 'boolean' ? (zh ? (v ? '是' : '否') : (v ? 'yes' : 'no')) : String(v));

/** Whole months from `from` to `to` (YYYY-MM-DD), divided by 12, to 2 decimals. */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return round2(Math.max(0, months) / 12);
}

/** The applicant's facts from what they declared and their entry date. */
export function factsOf(input: { entryDate: string | null; referenceDate: string; familySize: number; ownsHomeInCity: boolean; currentHousingAreaM2: number }): Facts {
  return {
    yearsSinceHire: input.entryDate ? yearsBetween(input.entryDate, input.referenceDate) : 0,
    familySize: input.familySize,
    ownsHomeInCity: input.ownsHomeInCity,
    perCapitaAreaM2: input.familySize > 0 ? round2(input.currentHousingAreaM2 / input.familySize) : 0,
  };
}

/** Eligible when every criterion holds; the score is the sum of the scoring items (2 decimals). */
export function evaluate(body: RuleSetBody, facts: Facts): Evaluation {
  const reasons: Reason[] = body.criteria.map((c) => {
    const v = facts[c.key];
    const ok = holds(c.op, num(v), num(c.value));
    const l = factLabels[c.key];
    return {
      rule: `${c.key}.${c.op}`,
      ok,
      zh: `${l.zh} ${show(v, true)}${l.unitZh}，要求 ${opText[c.op]} ${show(c.value, true)}${l.unitZh}：${ok ? '符合' : '不符合'}`,
      en: `${l.en} ${show(v, false)} ${l.unitEn}, required ${opText[c.op]} ${show(c.value, false)} ${l.unitEn}: ${ok ? 'met' : 'not met'}`.replace(/ +/g, ' '),
    };
  });
  const breakdown = body.scoring.map((s) => {
    const value = num(facts[s.key]);
    const cap = s.cap ?? Number.POSITIVE_INFINITY;
    const points = s.kind === 'flag' ? (value ? s.weight : 0)
      : s.kind === 'per-unit' ? s.weight * Math.min(value, cap)
        : s.weight * Math.max(0, (s.cap ?? 0) - value);
    return { key: s.key, value, points: round2(points) };
  });
  return { eligible: reasons.every((r) => r.ok), reasons, score: round2(breakdown.reduce((a, b) => a + b.points, 0)), breakdown };
}

/** A criterion as the applicant reads it, e.g. 「入职年限 ≤ 8年」 / "Years since hire ≤ 8 years". */
export function describeCriterion(c: z.infer<typeof criterion>): { rule: string; zh: string; en: string } {
  const l = factLabels[c.key];
  return {
    rule: `${c.key}.${c.op}`,
    zh: `${l.zh} ${opText[c.op]} ${show(c.value, true)}${l.unitZh}`,
    en: `${l.en} ${opText[c.op]} ${show(c.value, false)} ${l.unitEn}`.trim().replace(/ +/g, ' '),
  };
}
