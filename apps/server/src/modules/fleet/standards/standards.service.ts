/** 配备标准, 编制 and the 超标/超编 override requests (workflow business type `fleet.vehicle-override`). */
import { and, asc, count, desc, eq, isNull, lte, ne, or, gte, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { inScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { Caller, WorkflowApi } from '../../../platform/workflow/index.js';
import { fleetOverrideRequests, fleetQuotas, fleetSettings, fleetStandards } from '../db/standards.table.js';
import { fleetVehicles, vehicleKinds, type VehicleKind } from '../db/vehicles.table.js';
import { shanghaiDate } from '../core/offerability.js';
import { plain } from '../core/resource.js';
import { defaultSettings, defaultStandards } from './standards.defaults.js';
import { createStandardVersions, settingValueError } from './standard-versions.service.js';
import { quotaBreach, standardBreaches, type Breach, type VehicleFacts } from './standards.rules.js';

export const OVERRIDE_TYPE = 'fleet.vehicle-override';

export function createStandardsService(db: Db, workflow: Pick<WorkflowApi, 'submit'>, clock: () => Date) {
  /** Standards in force on a date (default today, Asia/Shanghai). */
  async function standardsOn(tx: Db, day = shanghaiDate(clock())) {
    return tx.select().from(fleetStandards).where(and(eq(fleetStandards.active, true), lte(fleetStandards.effectiveFrom, day),
      or(isNull(fleetStandards.effectiveTo), gte(fleetStandards.effectiveTo, day)))).orderBy(asc(fleetStandards.code));
  }

  async function setting(tx: Db, code: string): Promise<number> {
    const [s] = await tx.select().from(fleetSettings).where(eq(fleetSettings.code, code));
    if (!s) throw errors.rule('FLEET_SETTING_MISSING', `未配置参数“${code}”`, `The setting ${code} is not configured`, { code });
    return s.value;
  }

  /**
   * Every standard and quota limit a vehicle would break in its agency. The quota is locked for
   * the transaction (advisory lock per agency × kind) so two registrations cannot both take the last slot.
   */
  async function breaches(tx: Db, v: VehicleFacts & { agencyId: string }, exceptVehicleId?: string): Promise<Breach[]> {
    const out = standardBreaches(v, (await standardsOn(tx)).map((s) => ({ ...s, kind: s.kind ?? null })));
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`fleet-quota:${v.agencyId}:${v.kind}`}))`);
    const [q] = await tx.select({ quota: fleetQuotas.quota }).from(fleetQuotas).where(and(eq(fleetQuotas.agencyId, v.agencyId), eq(fleetQuotas.kind, v.kind as VehicleKind)));
    const [held] = await tx.select({ n: count() }).from(fleetVehicles).where(and(eq(fleetVehicles.agencyId, v.agencyId), eq(fleetVehicles.kind, v.kind as VehicleKind),
      ne(fleetVehicles.status, 'disposed'), exceptVehicleId ? ne(fleetVehicles.id, exceptVehicleId) : undefined));
    const qb = quotaBreach(v.kind, vehicleKinds[v.kind as VehicleKind]?.zh ?? v.kind, q?.quota ?? null, held?.n ?? 0);
    if (qb) out.push(qb);
    return out;
  }

  /** 422 naming the rules and limits, unless an approved override for this agency and plate covers every breach (then it is used up). */
  async function enforce(tx: Db, actor: Actor, found: Breach[], ctx: { agencyId: string; plate: string; overrideRequestId?: string | null | undefined }) {
    if (found.length === 0) return null;
    if (!ctx.overrideRequestId) {
      const quota = found.every((b) => b.rule.startsWith('quota:'));
      throw errors.rule(quota ? 'FLEET_QUOTA_EXCEEDED' : 'FLEET_STANDARD_EXCEEDED', found.map((b) => b.zh).join('；'), found.map((b) => b.en).join('; '),
        { breaches: found.map(({ rule, limit, actual }) => ({ rule, limit, actual })) });
    }
    const [req] = await tx.select().from(fleetOverrideRequests).where(eq(fleetOverrideRequests.id, ctx.overrideRequestId)).for('no key update');
    if (!req || req.agencyId !== ctx.agencyId || req.plate !== ctx.plate) {
      throw errors.validation([{ path: 'overrideRequestId', code: 'NOT_FOUND', message: '超标/超编申请不存在，或不是本单位本车牌的申请' }]);
    }
    if (req.status !== 'approved') throw errors.rule('FLEET_OVERRIDE_NOT_APPROVED', `超标/超编申请尚未批准（当前：${req.status}）`, `The override request is not approved (${req.status})`, { status: req.status });
    const uncovered = found.filter((b) => !req.rules.includes(b.rule));
    if (uncovered.length) {
      throw errors.rule('FLEET_OVERRIDE_NOT_COVERING', `已批准的申请未涵盖：${uncovered.map((b) => b.zh).join('；')}`, `The approved request does not cover: ${uncovered.map((b) => b.rule).join(', ')}`,
        { rules: uncovered.map((b) => b.rule) });
    }
    return req;
  }

  async function markUsed(tx: Db, actor: Actor, requestId: string, vehicleId: string, found: Breach[]) {
    await tx.update(fleetOverrideRequests).set({ status: 'used', usedByVehicleId: vehicleId, updatedAt: new Date() }).where(eq(fleetOverrideRequests.id, requestId));
    await appendAudit(tx, actor, { action: 'fleet.vehicle.override-used', objectType: 'fleet.vehicle', objectId: vehicleId, after: { overrideRequestId: requestId, breaches: found } });
  }

  /** Files a 超标/超编 request for a vehicle that breaks a rule, and submits it for approval in the same transaction. */
  async function requestOverride(caller: Caller, scopes: readonly Scope[], input: { vehicle: VehicleFacts & { agencyId: string; plate: string } & Record<string, unknown>; reason: string }) {
    return db.transaction(async (tx) => {
      if (!(await inScope(tx, scopes, { agencyId: input.vehicle.agencyId }))) throw errors.forbidden();
      const found = await breaches(tx, input.vehicle);
      if (found.length === 0) throw errors.rule('FLEET_OVERRIDE_NOT_NEEDED', '该车辆符合配备标准且未超编，无需申请', 'The vehicle meets the standards and quota; no override is needed');
      const [row] = await tx.insert(fleetOverrideRequests).values({
        agencyId: input.vehicle.agencyId, plate: input.vehicle.plate, rules: found.map((b) => b.rule), vehicle: input.vehicle, reason: input.reason, requestedBy: caller.actor.accountId,
      }).returning();
      const inst = await workflow.submit(caller, { businessType: OVERRIDE_TYPE, businessId: row!.id, title: `超标/超编配备申请 ${input.vehicle.plate}`, subject: { amountFen: input.vehicle.priceFen, kind: input.vehicle.kind } }, tx);
      const [done] = await tx.update(fleetOverrideRequests).set({ workflowInstanceId: inst.id }).where(eq(fleetOverrideRequests.id, row!.id)).returning();
      await appendAudit(tx, caller.actor, { action: 'fleet.override-request.create', objectType: 'fleet.override-request', objectId: row!.id, after: { ...done, breaches: found } });
      return { ...plain(done!), breaches: found };
    });
  }

  async function listOverrides(scopes: readonly Scope[], f: { status?: string | undefined }, limit: number, offset: number) {
    const w = and(scopeCondition(scopes, { agencyId: fleetOverrideRequests.agencyId }), f.status ? eq(fleetOverrideRequests.status, f.status as 'pending') : undefined);
    const [items, [total]] = await Promise.all([
      db.select().from(fleetOverrideRequests).where(w).orderBy(desc(fleetOverrideRequests.createdAt)).limit(limit).offset(offset),
      db.select({ n: count() }).from(fleetOverrideRequests).where(w),
    ]);
    return { items: items.map(plain), total: total?.n ?? 0 };
  }

  /** Workflow callbacks: the request follows its approval. */
  const setOverride = (status: 'approved' | 'rejected' | 'withdrawn') => async ({ tx, instance, actor }: { tx: Db; instance: { businessId: string }; actor: Actor }) => {
    const [row] = await tx.update(fleetOverrideRequests).set({ status, updatedAt: new Date() })
      .where(and(eq(fleetOverrideRequests.id, instance.businessId), eq(fleetOverrideRequests.status, 'pending'))).returning();
    if (row) await appendAudit(tx, actor, { action: `fleet.override-request.${status}`, objectType: 'fleet.override-request', objectId: row.id, after: row });
  };

  /** Quota and holding per agency × kind, in scope. */
  async function quotaUsage(scopes: readonly Scope[], agencyId?: string) {
    const r = (await db.execute(sql`
      select q.id, q.agency_id as "agencyId", a.name as "agencyName", q.kind, q.quota, q.approval_ref as "approvalRef",
        (select count(*)::int from fleet_vehicle v where v.agency_id = q.agency_id and v.kind = q.kind and v.status <> 'disposed') as held
      from fleet_quota q join platform_agency a on a.id = q.agency_id
      where ${scopeCondition(scopes, { agencyId: sql`q.agency_id` }) ?? sql`true`} ${agencyId ? sql`and q.agency_id = ${agencyId}` : sql``}
      order by a.sort, a.code, q.kind limit 2000`)) as unknown as { rows: Array<{ id: string; agencyId: string; agencyName: string; kind: string; quota: number; approvalRef: string | null; held: number }> };
    return { items: r.rows, total: r.rows.length };
  }

  /** Read-only check before registering (the same rules as registration). */
  async function check(v: Omit<VehicleFacts, 'displacementL'> & { agencyId: string; displacementL?: number | null | undefined }) {
    return db.transaction(async (tx) => breaches(tx, { ...v, displacementL: v.displacementL ?? null }));
  }

  async function settings() {
    const items = await db.select().from(fleetSettings).orderBy(asc(fleetSettings.code));
    return { items: items.map(({ updatedAt: _u, ...r }) => r), total: items.length };
  }

  async function updateSetting(actor: Actor, code: string, input: { value: number; source: string; note?: string | null | undefined }) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(fleetSettings).where(eq(fleetSettings.code, code)).for('no key update');
      if (!before) throw errors.notFound('参数', 'Setting');
      const bad = settingValueError(before, input.value);
      if (bad) throw errors.validation([{ path: 'value', code: 'OUT_OF_RANGE', message: bad }], bad, `The value ${input.value} is out of range for ${code} (${before.unit ?? 'number'})`);
      const [after] = await tx.update(fleetSettings).set({ value: input.value, source: input.source, note: input.note ?? before.note, updatedAt: new Date() }).where(eq(fleetSettings.code, code)).returning();
      await appendAudit(tx, actor, { action: 'fleet.setting.update', objectType: 'fleet.setting', objectId: null, before, after });
      return { code, value: after!.value, source: after!.source };
    });
  }

  /** Default standards and settings (idempotent: only missing codes are added). */
  async function seedDefaults() {
    await db.transaction(async (tx) => {
      await tx.insert(fleetStandards).values(defaultStandards.map((s) => ({ ...s, effectiveFrom: '2017-12-05' }))).onConflictDoNothing();
      await tx.insert(fleetSettings).values(defaultSettings).onConflictDoNothing();
    });
  }

  const { newVersion } = createStandardVersions(db);

  return { newVersion, standardsOn, setting, breaches, enforce, markUsed, requestOverride, listOverrides, setOverride, quotaUsage, check, settings, updateSetting, seedDefaults };
}

export type StandardsService = ReturnType<typeof createStandardsService>;
