import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { agencies, people } from '../../../platform/org/org.table.js';
import type { Scope } from '../../../platform/rbac/scope.js';
import { housingApplications, housingDraws, housingFlats, housingObjections, housingRounds } from '../db/housing.table.js';
import { runDraw, type DrawEntry, type DrawInputs } from './housing-draw.js';
import { shanghaiDate } from './housing-scope.js';
import type { RoundService } from './round.service.js';

const flatLabel = (f: { estateName: string; buildingName: string; unit: string; number: string }) => `${f.estateName}${f.buildingName}${f.unit ? `${f.unit}` : ''}${f.number}`;

export function createDrawService(db: Db, rounds: RoundService, clock: () => Date) {
  /** 摇号/排序: after the notice period, with no open objection; records inputs, seed, algorithm and result. */
  async function draw(actor: Actor, scopes: readonly Scope[], roundId: string, input: { publicRandom: string }) {
    return db.transaction(async (tx) => {
      const r = await rounds.lock(tx, scopes, roundId);
      if (r.status !== 'notice' || !r.noticeEnd) throw rounds.wrongState(r, 'notice');
      const today = shanghaiDate(clock());
      if (today <= r.noticeEnd) {
        throw errors.rule('HOUSING_NOTICE_NOT_OVER', `公示期至 ${r.noticeEnd} 结束，之后才能摇号`, `The notice runs until ${r.noticeEnd}; draw after it`, { noticeEnd: r.noticeEnd, today });
      }
      const [open] = await tx.select({ n: count() }).from(housingObjections).where(and(eq(housingObjections.roundId, roundId), eq(housingObjections.status, 'open')));
      if (open && open.n > 0) throw errors.rule('HOUSING_OBJECTIONS_OPEN', `尚有 ${open.n} 条异议未处理`, `${open.n} objections are not resolved`, { open: open.n });
      const apps = await tx.select({ applicationId: housingApplications.id, score: housingApplications.score }).from(housingApplications)
        .where(and(eq(housingApplications.roundId, roundId), eq(housingApplications.status, 'approved'))).orderBy(asc(housingApplications.id));
      if (!apps.length) throw errors.rule('HOUSING_NO_APPLICANTS', '本批次没有审核通过的申请', 'The round has no approved applications', {});
      const flats = await tx.select().from(housingFlats).where(and(eq(housingFlats.status, 'available'),
        sql`${housingFlats.regionId} in (select r.id from platform_region r where r.path like (select path from platform_region where id = ${r.regionId}) || '%')`))
        .orderBy(asc(housingFlats.estateName), asc(housingFlats.buildingName), asc(housingFlats.unit), asc(housingFlats.number), asc(housingFlats.id));
      const inputs: DrawInputs = {
        roundId, noticeEnd: r.noticeEnd, publicRandom: input.publicRandom, method: r.method as DrawInputs['method'], quota: r.quota,
        applicants: apps.map((a) => ({ applicationId: a.applicationId, score: Number(a.score) })),
        flats: flats.map((f) => ({ flatId: f.id, label: flatLabel(f) })),
      };
      const outcome = runDraw(inputs);
      for (const e of outcome.result) {
        await tx.update(housingApplications).set({ queueRank: e.rank, flatId: e.flatId, status: e.flatId ? 'allocated' : 'waiting', updatedAt: new Date() })
          .where(eq(housingApplications.id, e.applicationId));
      }
      const allocatedFlats = outcome.result.flatMap((e) => (e.flatId ? [e.flatId] : []));
      if (allocatedFlats.length) await tx.update(housingFlats).set({ status: 'allocated', updatedAt: new Date() }).where(inArray(housingFlats.id, allocatedFlats));
      const [row] = await tx.insert(housingDraws).values({
        roundId, algorithm: outcome.algorithm, publicRandom: input.publicRandom, seedMaterial: outcome.seedMaterial, seedHex: outcome.seedHex,
        inputs, result: outcome.result, resultHash: outcome.resultHash, drawnBy: actor.name,
      }).returning();
      await tx.update(housingRounds).set({ status: 'drawn', updatedAt: new Date() }).where(eq(housingRounds.id, roundId));
      await appendAudit(tx, actor, {
        action: 'estate.housing-round.draw', objectType: 'estate.housing-round', objectId: roundId, before: { status: r.status },
        after: { status: 'drawn', drawId: row!.id, algorithm: outcome.algorithm, seedMaterial: outcome.seedMaterial, seedHex: outcome.seedHex, resultHash: outcome.resultHash, inputs },
      });
      return summary(row!);
    });
  }

  const summary = (d: typeof housingDraws.$inferSelect) => ({
    id: d.id, roundId: d.roundId, algorithm: d.algorithm, publicRandom: d.publicRandom, seedMaterial: d.seedMaterial, seedHex: d.seedHex,
    resultHash: d.resultHash, drawnBy: d.drawnBy, drawnAt: d.drawnAt.toISOString(),
    inputs: d.inputs as DrawInputs, result: d.result as DrawEntry[],
  });

  async function recorded(scopes: readonly Scope[] | null, roundId: string) {
    if (scopes) await rounds.get(scopes, roundId);
    const [d] = await db.select().from(housingDraws).where(eq(housingDraws.roundId, roundId));
    if (!d) throw errors.notFound('摇号记录', 'Draw record');
    return d;
  }

  /** Re-runs the draw from the recorded inputs (or with another public random value) and compares. */
  async function verify(actor: Actor, scopes: readonly Scope[], roundId: string, input: { publicRandom?: string | undefined }) {
    const d = await recorded(scopes, roundId);
    const inputs = { ...(d.inputs as DrawInputs), ...(input.publicRandom !== undefined ? { publicRandom: input.publicRandom } : {}) };
    const again = runDraw(inputs);
    // why field by field: jsonb does not keep the key order of the recorded objects.
    const recordedResult = d.result as DrawEntry[];
    const sameEntries = recordedResult.length === again.result.length && again.result.every((e, i) => {
      const r = recordedResult[i]!;
      return r.rank === e.rank && r.applicationId === e.applicationId && r.score === e.score && r.flatId === e.flatId;
    });
    const matches = again.resultHash === d.resultHash && sameEntries;
    await db.transaction((tx) => appendAudit(tx, actor, { action: 'estate.housing-round.draw-verify', objectType: 'estate.housing-round', objectId: roundId, after: { matches, publicRandom: inputs.publicRandom, recomputedHash: again.resultHash } }));
    return { matches, algorithm: again.algorithm, seedMaterial: again.seedMaterial, seedHex: again.seedHex, recordedHash: d.resultHash, recomputedHash: again.resultHash };
  }

  /**
   * 结果公示: the draw and its inputs, with names, agencies and flats, for everyone holding the
   * publication permission (a published result is not narrowed by data scope).
   */
  async function publication(roundId: string) {
    const d = await recorded(null, roundId);
    const [r] = await db.select().from(housingRounds).where(eq(housingRounds.id, roundId));
    const result = d.result as DrawEntry[];
    const ids = result.map((e) => e.applicationId);
    const names = ids.length ? await db.select({ id: housingApplications.id, personName: people.name, agencyName: agencies.name }).from(housingApplications)
      .innerJoin(people, eq(people.id, housingApplications.personId)).innerJoin(agencies, eq(agencies.id, housingApplications.agencyId))
      .where(inArray(housingApplications.id, ids)) : [];
    const byId = new Map(names.map((n) => [n.id, n]));
    const labels = new Map((d.inputs as DrawInputs).flats.map((f) => [f.flatId, f.label]));
    return {
      round: { id: r!.id, code: r!.code, name: r!.name, method: r!.method, quota: r!.quota, noticeStart: r!.noticeStart, noticeEnd: r!.noticeEnd },
      ...summary(d),
      entries: result.map((e) => ({ ...e, personName: byId.get(e.applicationId)?.personName ?? '', agencyName: byId.get(e.applicationId)?.agencyName ?? '', flatLabel: e.flatId ? labels.get(e.flatId) ?? null : null })),
    };
  }

  return { draw, verify, publication };
}
export type DrawService = ReturnType<typeof createDrawService>;
