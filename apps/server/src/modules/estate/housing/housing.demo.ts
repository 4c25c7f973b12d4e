/**
 * Demo staff housing: 200 flats, a rule set, a drawn round with 60 applications from the demo
 * people (eligible and not), its published draw and the leases of the allocated flats, and an
 * open round. Deterministic (mulberry32 from fixed seeds, fixed dates) and idempotent.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { accounts } from '../../../platform/auth/auth.table.js';
import type { Db } from '../../../platform/db/types.js';
import { mulberry32 } from '../../../platform/demo/demo-org.data.js';
import { agencies, people, regions } from '../../../platform/org/org.table.js';
import { housingBills, housingLeases } from '../db/housing-lease.table.js';
import { housingApplications, housingDraws, housingFlats, housingRounds, housingRuleSets } from '../db/housing.table.js';
import { runDraw, type DrawInputs } from './housing-draw.js';
import { evaluate, factsOf, type RuleSetBody } from './housing-rules.js';
import { monthsOf, termEnd } from './housing-scope.js';

export const DEMO_RULE_SET_NAME = '舟山市本级机关公租房准入与评分规则（示例）';
export const DEMO_DRAWN_ROUND_CODE = 'GZF-2026-01';
export const DEMO_OPEN_ROUND_CODE = 'GZF-2026-02';
export const DEMO_PUBLIC_RANDOM = 'DEMO-20260417-公证处现场抽取随机数-083517';
export const demoRuleSetBody: RuleSetBody = {
  criteria: [{ key: 'yearsSinceHire', op: 'lte', value: 8 }, { key: 'ownsHomeInCity', op: 'eq', value: false }, { key: 'familySize', op: 'gte', value: 1 }],
  scoring: [
    { key: 'familySize', kind: 'per-unit', weight: 10, cap: 5 },
    { key: 'yearsSinceHire', kind: 'per-unit', weight: 5, cap: 8 },
    { key: 'perCapitaAreaM2', kind: 'cap-minus', weight: 1, cap: 30 },
  ],
  lease: { termMonths: 36, depositMonths: 2, reminderDays: [60, 30, 7] },
};
/** A deterministic UUIDv7 of the demo: fixed time (2026-03-01T00:00Z), a kind and a counter, so the draw inputs are the same on every install. */
export function demoId(kind: number, n: number): string {
  const ts = Date.UTC(2026, 2, 1).toString(16).padStart(12, '0');
  return `${ts.slice(0, 8)}-${ts.slice(8)}-7${kind.toString(16).padStart(3, '0')}-8000-${n.toString(16).padStart(12, '0')}`;
}
const ESTATES = ['新城惠民公寓', '临城人才公寓', '定海保障房小区', '普陀东港公寓'];
const LAYOUTS: Array<[string, number, number]> = [['一室一厅', 45, 60000], ['两室一厅', 65, 85000], ['两室两厅', 78, 98000], ['三室一厅', 90, 115000]];

export async function seedHousingDemo(db: Db): Promise<void> {
  const [exists] = await db.select({ id: housingRuleSets.id }).from(housingRuleSets).where(eq(housingRuleSets.name, DEMO_RULE_SET_NAME));
  if (exists) return;
  const [root] = await db.select({ id: regions.id }).from(regions).where(isNull(regions.parentId)).orderBy(asc(regions.code)).limit(1);
  if (!root) return;
  await db.transaction(async (tx) => {
    const flats: Array<typeof housingFlats.$inferInsert> = [];
    for (let i = 0; i < 200; i++) {
      const [layout, area, rent] = LAYOUTS[i % 4]!;
      const floor = Math.floor((i % 50) / 4) + 1;
      flats.push({
        id: demoId(1, i), regionId: root.id, estateName: ESTATES[Math.floor(i / 50)]!, buildingName: `${Math.floor((i % 50) / 25) + 1}幢`, unit: `${(i % 2) + 1}单元`,
        number: `${floor}${String((i % 4) + 1).padStart(2, '0')}`, areaM2: (area + (i % 3) * 1.5).toFixed(2), layout, rentFen: rent,
        status: i % 37 === 36 ? 'maintenance' : 'available',
      });
    }
    await tx.insert(housingFlats).values(flats);
    const [rs] = await tx.insert(housingRuleSets).values({
      id: demoId(4, 0), name: DEMO_RULE_SET_NAME, effectiveFrom: '2026-01-01', effectiveTo: null, body: demoRuleSetBody,
      source: '示例配置 [U]：舟山市机关公租房/保障房储备库规则未获取（domain-facts §3.5），阈值和权重须按中心正式文件修改',
    }).returning();
    const [drawn] = await tx.insert(housingRounds).values({
      id: demoId(2, 1), code: DEMO_DRAWN_ROUND_CODE, name: '2026 年第一批机关公租房配租', regionId: root.id, ruleSetId: rs!.id, method: 'score', referenceDate: '2026-03-01',
      applyFrom: '2026-03-01', applyTo: '2026-03-31', noticeStart: '2026-04-10', noticeEnd: '2026-04-16', quota: 20, status: 'drawn',
    }).returning();
    await tx.insert(housingRounds).values({
      id: demoId(2, 2), code: DEMO_OPEN_ROUND_CODE, name: '2026 年第二批机关公租房配租（摇号）', regionId: root.id, ruleSetId: rs!.id, method: 'lottery', referenceDate: '2026-06-01',
      applyFrom: '2026-06-01', applyTo: '2030-12-31', quota: 10, status: 'open',
    });

    const [staff] = await tx.select({ personId: accounts.personId }).from(accounts).where(eq(accounts.username, 'staff'));
    const pool = await tx.select({ id: people.id, agencyId: people.agencyId, departmentId: people.departmentId, entryDate: people.entryDate }).from(people)
      .innerJoin(agencies, eq(agencies.id, people.agencyId)).where(and(eq(agencies.regionId, root.id), eq(people.status, 'active')))
      .orderBy(sql`${people.entryDate} desc nulls last`, asc(people.name), asc(people.birthday), asc(people.id)).limit(80);
    // the demo cadre (account 'staff') always applies, so the portal shows an application and, if drawn, a lease
    const staffRow = staff?.personId ? await tx.select({ id: people.id, agencyId: people.agencyId, departmentId: people.departmentId, entryDate: people.entryDate }).from(people).where(eq(people.id, staff.personId)) : [];
    const chosen = [...staffRow, ...pool.filter((p) => p.id !== staff?.personId)].slice(0, 60);
    const accts = await tx.select({ id: accounts.id, personId: accounts.personId }).from(accounts).where(inArray(accounts.personId, chosen.map((p) => p.id)));
    const rows = chosen.map((p, i) => {
      const rnd = mulberry32(20260301 + i);
      const familySize = 1 + Math.floor(rnd() * 5);
      const ownsHomeInCity = rnd() < 0.2;
      const currentHousingAreaM2 = Math.floor(rnd() * 6000) / 100;
      const facts = factsOf({ entryDate: p.entryDate, referenceDate: '2026-03-01', familySize, ownsHomeInCity, currentHousingAreaM2 });
      const ev = evaluate(demoRuleSetBody, facts);
      return {
        id: demoId(3, i), roundId: drawn!.id, personId: p.id, agencyId: p.agencyId, departmentId: p.departmentId, accountId: accts.find((a) => a.personId === p.id)?.id ?? null,
        familySize, ownsHomeInCity, currentHousingAreaM2: currentHousingAreaM2.toFixed(2), yearsSinceHire: Number(facts.yearsSinceHire).toFixed(2),
        eligible: ev.eligible, reasons: ev.reasons, score: ev.score.toFixed(2), breakdown: ev.breakdown,
        status: ev.eligible ? 'approved' : 'rejected', reviewedBy: 'center', reviewedAt: new Date('2026-04-05T02:00:00Z'),
        reviewComment: ev.eligible ? '材料齐全，符合准入条件' : `不符合准入条件：${ev.reasons.filter((r) => !r.ok).map((r) => r.zh).join('；')}`,
      };
    });
    // why the draw before the insert: the ids are known, so every row is written once, in one statement.
    const available = flats.filter((f) => f.status === 'available');
    const inputs: DrawInputs = {
      roundId: drawn!.id, noticeEnd: '2026-04-16', publicRandom: DEMO_PUBLIC_RANDOM, method: 'score', quota: 20,
      applicants: rows.filter((a) => a.status === 'approved').map((a) => ({ applicationId: a.id, score: Number(a.score) })).sort((a, b) => (a.applicationId < b.applicationId ? -1 : 1)),
      flats: available.map((f) => ({ flatId: f.id!, label: `${f.estateName}${f.buildingName}${f.unit}${f.number}` })),
    };
    const outcome = runDraw(inputs);
    const drawOf = new Map(outcome.result.map((e) => [e.applicationId, e]));
    await tx.insert(housingApplications).values(rows.map((a) => {
      const e = drawOf.get(a.id);
      return e ? { ...a, queueRank: e.rank, flatId: e.flatId, status: e.flatId ? 'allocated' : 'waiting' } : a;
    }));
    await tx.insert(housingDraws).values({
      roundId: drawn!.id, algorithm: outcome.algorithm, publicRandom: DEMO_PUBLIC_RANDOM, seedMaterial: outcome.seedMaterial, seedHex: outcome.seedHex,
      inputs, result: outcome.result, resultHash: outcome.resultHash, drawnBy: 'center', drawnAt: new Date('2026-04-17T02:00:00Z'),
    });
    const allocated = outcome.result.filter((e) => e.flatId);
    if (!allocated.length) return;
    await tx.update(housingFlats).set({ status: 'allocated' }).where(inArray(housingFlats.id, allocated.map((e) => e.flatId!)));
    const byId = new Map(rows.map((a) => [a.id, a]));
    const rentOf = new Map(available.map((f) => [f.id!, f.rentFen]));
    const endDate = termEnd('2026-05-01', 36);
    const leases = await tx.insert(housingLeases).values(allocated.map((e, k) => {
      const a = byId.get(e.applicationId)!;
      const rentFen = rentOf.get(e.flatId!)!;
      return { id: demoId(5, k), flatId: e.flatId!, applicationId: a.id, personId: a.personId, agencyId: a.agencyId, departmentId: a.departmentId, accountId: a.accountId, startDate: '2026-05-01', endDate, rentFen, depositFen: rentFen * 2, reminderDays: [60, 30, 7] };
    })).returning({ id: housingLeases.id, rentFen: housingLeases.rentFen });
    const months = monthsOf('2026-05-01', endDate);
    await tx.insert(housingBills).values(leases.flatMap((l) => months.map((month) => ({
      leaseId: l.id, month, amountFen: l.rentFen, paidFen: month <= '2026-10' ? l.rentFen : 0, status: month <= '2026-10' ? 'paid' : 'unpaid',
    }))));
  });
}
