import { and, asc, eq, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../../platform/audit/audit.service.js';
import type { Db } from '../../../../platform/db/types.js';
import { errors } from '../../../../platform/http/errors.js';
import { adminLevels, ranks } from '../../../../platform/org/org.constants.js';
import { estateAreaStandards as s, estateRankPosts as m } from '../../db/office.table.js';
import { areaText, num, numOrNull } from '../shared.js';
import { defaultPostClass, RANK_MAP_SOURCE, STANDARD_2014_FROM, STANDARD_2014_SOURCE, standardSeeds, TOILET_MAX_M2 } from './standard.data.js';

export interface StandardPatch { usableM2?: number | undefined; toiletAllowed?: boolean | undefined; toiletMaxM2?: number | null | undefined; note?: string | null | undefined; source?: string | undefined }

export function createStandardsService(db: Db) {
  /** First state of the standard and the rank map; idempotent (existing rows are kept as edited). */
  async function seed(tx: Db = db) {
    await tx.insert(s).values(standardSeeds.map((r, i) => ({
      adminLevel: r.adminLevel, postClass: r.postClass, labelZh: r.labelZh, labelEn: r.labelEn, usableM2: areaText(r.usableM2)!,
      toiletAllowed: r.toiletAllowed, toiletMaxM2: r.toiletAllowed ? areaText(TOILET_MAX_M2) : null, effectiveFrom: STANDARD_2014_FROM,
      source: STANDARD_2014_SOURCE, note: r.note ?? null, sort: i,
    }))).onConflictDoNothing();
    const rows = Object.keys(adminLevels).flatMap((level) => Object.keys(ranks).map((rank) => ({ adminLevel: level, rank, postClass: defaultPostClass(level, rank), source: RANK_MAP_SOURCE })));
    await tx.insert(m).values(rows).onConflictDoNothing();
  }

  const view = (r: typeof s.$inferSelect) => ({ ...r, usableM2: num(r.usableM2), toiletMaxM2: numOrNull(r.toiletMaxM2) });

  async function list(adminLevel?: string) {
    const rows = await db.select().from(s).where(adminLevel ? eq(s.adminLevel, adminLevel) : undefined).orderBy(asc(s.sort), asc(s.effectiveFrom)).limit(500);
    return rows.map(view);
  }

  /** Changes a row in place (a correction); a new version with another effective date is a new row. */
  async function update(actor: Actor, id: string, patch: StandardPatch) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(s).where(eq(s.id, id)).for('no key update');
      if (!before) throw errors.notFound('面积标准', 'Area standard');
      const set = {
        ...(patch.usableM2 !== undefined ? { usableM2: areaText(patch.usableM2)! } : {}),
        ...(patch.toiletAllowed !== undefined ? { toiletAllowed: patch.toiletAllowed } : {}),
        ...(patch.toiletMaxM2 !== undefined ? { toiletMaxM2: areaText(patch.toiletMaxM2) } : {}),
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        ...(patch.source !== undefined ? { source: patch.source } : {}),
        updatedAt: new Date(),
      };
      const [after] = await tx.update(s).set(set).where(eq(s.id, id)).returning();
      await appendAudit(tx, actor, { action: 'estate.standard.update', objectType: 'estate.area-standard', objectId: id, before, after });
      return view(after!);
    });
  }

  async function rankMap(adminLevel?: string) {
    return db.select({ adminLevel: m.adminLevel, rank: m.rank, postClass: m.postClass, source: m.source }).from(m)
      .where(adminLevel ? eq(m.adminLevel, adminLevel) : undefined).orderBy(asc(m.adminLevel), asc(m.rank)).limit(500);
  }

  async function setRankPost(actor: Actor, input: { adminLevel: string; rank: string; postClass: string; source?: string | undefined }) {
    return db.transaction(async (tx) => {
      const [exists] = await tx.select({ id: s.id }).from(s).where(and(eq(s.adminLevel, input.adminLevel), eq(s.postClass, input.postClass))).limit(1);
      if (!exists) throw errors.validation([{ path: 'postClass', code: 'NO_STANDARD_ROW', message: `该层级没有“${input.postClass}”这一档标准` }]);
      const [before] = await tx.select().from(m).where(and(eq(m.adminLevel, input.adminLevel), eq(m.rank, input.rank)));
      await tx.insert(m).values({ ...input, source: input.source ?? null })
        .onConflictDoUpdate({ target: [m.adminLevel, m.rank], set: { postClass: input.postClass, source: input.source ?? null, updatedAt: sql`now()` } });
      await appendAudit(tx, actor, { action: 'estate.rank-map.update', objectType: 'estate.rank-post', objectId: before?.id ?? null, before, after: input });
      return input;
    });
  }

  return { seed, list, update, rankMap, setRankPost };
}
export type StandardsService = ReturnType<typeof createStandardsService>;
