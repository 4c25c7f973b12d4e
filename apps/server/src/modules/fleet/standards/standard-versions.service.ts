/**
 * Versions of a 配备标准: rows sharing a `code`, each in force from `effectiveFrom` to `effectiveTo` (inclusive,
 * null = open). Versions of one code never overlap (409 naming the colliding version); a new version ends the
 * one it supersedes the day before it starts, in the same transaction. Settings are checked against their unit.
 */
import { and, eq, ne } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { plain } from '../core/resource.js';
import { fleetStandards } from '../db/standards.table.js';

export interface StandardVersionInput {
  effectiveFrom: string;
  effectiveTo?: string | null | undefined;
  maxPriceFen: number | null;
  maxDisplacementL: number | null;
  maxSeats?: number | null | undefined;
  source: string;
  note?: string | null | undefined;
}

/** The calendar day before a `YYYY-MM-DD` day. */
export const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Whether two inclusive day ranges (null end = open) share a day. */
export const rangesOverlap = (a: { from: string; to: string | null }, b: { from: string; to: string | null }) =>
  (b.to === null || a.from <= b.to) && (a.to === null || b.from <= a.to);

const span = (from: string, to: string | null) => `${from} ~ ${to ?? '长期'}`;
const spanEn = (from: string, to: string | null) => `${from} to ${to ?? 'open'}`;

/** 409 FLEET_STANDARD_OVERLAP when another version of the same code is in force on any day of [from, to]. */
export async function assertNoOverlap(tx: Db, next: { code: string; effectiveFrom: string; effectiveTo: string | null }, exceptId?: string) {
  const others = await tx.select({ id: fleetStandards.id, effectiveFrom: fleetStandards.effectiveFrom, effectiveTo: fleetStandards.effectiveTo }).from(fleetStandards)
    .where(and(eq(fleetStandards.code, next.code), exceptId ? ne(fleetStandards.id, exceptId) : undefined));
  const hit = others.find((o) => rangesOverlap({ from: next.effectiveFrom, to: next.effectiveTo }, { from: o.effectiveFrom, to: o.effectiveTo }));
  if (hit) {
    throw errors.conflict('FLEET_STANDARD_OVERLAP',
      `标准“${next.code}”在 ${span(next.effectiveFrom, next.effectiveTo)} 与已有版本（${span(hit.effectiveFrom, hit.effectiveTo)}）的有效期重叠；请先终止原版本或调整日期`,
      `Standard ${next.code} (${spanEn(next.effectiveFrom, next.effectiveTo)}) overlaps the version in force ${spanEn(hit.effectiveFrom, hit.effectiveTo)}`,
      { standardId: hit.id, effectiveFrom: hit.effectiveFrom, effectiveTo: hit.effectiveTo });
  }
}

export function createStandardVersions(db: Db) {
  /**
   * Adds a version of the standard `id` starting `effectiveFrom` (after the version's own start): the version is
   * ended the day before (if it was open or ran later), the new row keeps its code, names, kind and energy class.
   */
  async function newVersion(actor: Actor, id: string, input: StandardVersionInput) {
    return db.transaction(async (tx) => {
      const [cur] = await tx.select().from(fleetStandards).where(eq(fleetStandards.id, id)).for('no key update');
      if (!cur) throw errors.notFound('配备标准', 'Vehicle standard');
      if (input.effectiveFrom <= cur.effectiveFrom) {
        throw errors.validation([{ path: 'effectiveFrom', code: 'NOT_AFTER_CURRENT', message: `新版本的生效日期须晚于原版本的生效日期（${cur.effectiveFrom}）` }]);
      }
      const to = input.effectiveTo ?? null;
      if (to && to < input.effectiveFrom) throw errors.validation([{ path: 'effectiveTo', code: 'BEFORE_START', message: '失效日期不能早于生效日期' }]);
      const end = dayBefore(input.effectiveFrom);
      if (cur.effectiveTo === null || cur.effectiveTo > end) {
        const [ended] = await tx.update(fleetStandards).set({ effectiveTo: end, updatedAt: new Date() }).where(eq(fleetStandards.id, id)).returning();
        await appendAudit(tx, actor, { action: 'fleet.standard.update', objectType: 'fleet.standard', objectId: id, before: cur, after: ended });
      }
      await assertNoOverlap(tx, { code: cur.code, effectiveFrom: input.effectiveFrom, effectiveTo: to }, id);
      const [row] = await tx.insert(fleetStandards).values({
        code: cur.code, nameZh: cur.nameZh, nameEn: cur.nameEn, kind: cur.kind, energyClass: cur.energyClass,
        maxSeats: input.maxSeats === undefined ? cur.maxSeats : input.maxSeats, maxPriceFen: input.maxPriceFen, maxDisplacementL: input.maxDisplacementL,
        effectiveFrom: input.effectiveFrom, effectiveTo: to, source: input.source, note: input.note ?? null, active: true,
      }).returning();
      await appendAudit(tx, actor, { action: 'fleet.standard.new-version', objectType: 'fleet.standard', objectId: row!.id, before: { supersedes: id }, after: row });
      return plain(row!);
    });
  }
  return { newVersion };
}

/** The range a setting's value must keep, by its unit (a ratio is 0–1; days and km are whole numbers). */
export function settingValueError(s: { nameZh: string; unit: string | null }, value: number): string | null {
  switch (s.unit) {
    case 'ratio': return value >= 0 && value <= 1 ? null : `“${s.nameZh}”是比例，应在 0 到 1 之间（如 0.30 表示 30%）`;
    case 'day': return Number.isInteger(value) && value >= 0 && value <= 365 ? null : `“${s.nameZh}”应为 0 到 365 之间的整数天数`;
    case 'km': return Number.isInteger(value) && value >= 0 && value <= 100_000 ? null : `“${s.nameZh}”应为 0 到 100000 之间的整数公里数`;
    default: return null;
  }
}
