import { and, asc, desc, eq, inArray, lte, gte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { agencies, people } from '../../../platform/org/org.table.js';
import { housingApplications as A, housingRounds as R, housingRuleSets } from '../db/housing.table.js';
import { describeCriterion } from './housing-rules.js';
import { shanghaiDate } from './housing-scope.js';

/**
 * What a cadre sees on the portal (住房申请): the rounds of their region — the region of their
 * agency or any region above it — open for applications today, and those under public notice
 * today with the approved applicants (公示名单), against which they may object.
 */
export function createHousingPortalService(db: Db, clock: () => Date) {
  /** The round's region is the person's agency region or one of its ancestors (materialised paths). */
  const inRegionOf = (personId: string): SQL => sql`(select reg.path from platform_person p join platform_agency ag on ag.id = p.agency_id join platform_region reg on reg.id = ag.region_id where p.id = ${personId})
    like (select path from platform_region where id = ${R.regionId}) || '%'`;

  /** Rounds accepting applications today (Shanghai calendar day) with the rules summary and the caller's own application, if any. */
  async function openRounds(personId: string | null) {
    if (!personId) return { items: [], total: 0 };
    const today = shanghaiDate(clock());
    const rows = await db.select({
      id: R.id, code: R.code, name: R.name, method: R.method, referenceDate: R.referenceDate, applyFrom: R.applyFrom, applyTo: R.applyTo, quota: R.quota,
      ruleSetName: housingRuleSets.name, body: housingRuleSets.body, myApplicationId: A.id, myApplicationStatus: A.status,
    }).from(R).innerJoin(housingRuleSets, eq(housingRuleSets.id, R.ruleSetId))
      .leftJoin(A, and(eq(A.roundId, R.id), eq(A.personId, personId)))
      .where(and(eq(R.status, 'open'), lte(R.applyFrom, today), gte(R.applyTo, today), inRegionOf(personId)))
      .orderBy(asc(R.applyTo), asc(R.code));
    const items = rows.map(({ body, myApplicationId, myApplicationStatus, ...r }) => ({
      ...r,
      criteria: body.criteria.map(describeCriterion),
      scoring: body.scoring.map((s) => ({ key: s.key, kind: s.kind, weight: s.weight, cap: s.cap ?? null })),
      myApplication: myApplicationId ? { id: myApplicationId, status: myApplicationStatus! } : null,
    }));
    return { items, total: items.length };
  }

  /** Rounds under notice today with their approved applicants (two queries, whatever the number of rounds). */
  async function notices(personId: string | null) {
    if (!personId) return { items: [], total: 0 };
    const today = shanghaiDate(clock());
    const rounds = await db.select({ id: R.id, code: R.code, name: R.name, noticeStart: R.noticeStart, noticeEnd: R.noticeEnd }).from(R)
      .where(and(eq(R.status, 'notice'), lte(R.noticeStart, today), gte(R.noticeEnd, today), inRegionOf(personId))).orderBy(asc(R.noticeEnd), asc(R.code));
    const entries = rounds.length ? await db.select({ roundId: A.roundId, applicationId: A.id, personName: people.name, agencyName: agencies.name, score: A.score, mine: sql<boolean>`${A.personId} = ${personId}` })
      .from(A).innerJoin(people, eq(people.id, A.personId)).innerJoin(agencies, eq(agencies.id, A.agencyId))
      .where(and(inArray(A.roundId, rounds.map((r) => r.id)), eq(A.status, 'approved'))).orderBy(desc(A.score), asc(A.id)) : [];
    const items = rounds.map((r) => ({
      ...r, noticeStart: r.noticeStart!, noticeEnd: r.noticeEnd!,
      entries: entries.filter((e) => e.roundId === r.id).map(({ roundId: _r, ...e }) => e),
    }));
    return { items, total: items.length };
  }

  return { openRounds, notices };
}
export type HousingPortalService = ReturnType<typeof createHousingPortalService>;
