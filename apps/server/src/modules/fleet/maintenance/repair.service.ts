/** 维修/保养: request with estimate → approval (workflow `fleet.repair`) → completion with amounts and odometer. */
import { and, eq } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { Db } from '../../../platform/db/types.js';
import type { DictApi } from '../../../platform/dict/index.js';
import { errors } from '../../../platform/http/errors.js';
import { inScope, scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { Caller, WorkflowApi } from '../../../platform/workflow/index.js';
import { REPAIR_TYPE } from '../core/definitions.seed.js';
import { shanghaiDate } from '../core/offerability.js';
import { agencyOfVehicle, plain } from '../core/resource.js';
import { fleetRepairs, fleetShops, repairStatuses, type RepairStatus } from '../db/maintenance.table.js';
import { fleetVehicles } from '../db/vehicles.table.js';
import { odometerRulesOn } from '../fuel/fleet-factors.js';
import { recordOdometer } from '../odometer/odometer.service.js';
import { invoiceMismatch } from './service-due.rules.js';

export interface RepairRequestInput {
  vehicleId: string;
  shopId?: string | null | undefined;
  kind: 'repair' | 'maintenance';
  description: string;
  estimateFen: number;
  requestedOn?: string | undefined;
}

export interface RepairCompletion {
  partsFen: number;
  labourFen: number;
  invoiceFen: number;
  invoiceNo: string;
  /** The odometer when the vehicle left the shop; when given it goes on the vehicle's odometer timeline (source `repair`). */
  odometerKm?: number | null | undefined;
  /** When that reading was taken (default: the start of `completedOn`, Asia/Shanghai); must fall on `completedOn`. */
  odometerAt?: string | null | undefined;
  completedOn: string;
  nextServiceKm?: number | null | undefined;
  nextServiceDate?: string | null | undefined;
}

/**
 * The event time of a completion's odometer reading: `odometerAt` when given (it must fall on `completedOn` in
 * Asia/Shanghai, else 400 naming the field), else 00:00 Asia/Shanghai of `completedOn` — the vehicle comes back from
 * the shop that day, so the day's trips follow the reading (a service between two trips of one day needs the time).
 */
export function repairReadingAt(c: Pick<RepairCompletion, 'odometerAt' | 'completedOn'>): Date {
  if (!c.odometerAt) return new Date(`${c.completedOn}T00:00:00+08:00`);
  const at = new Date(c.odometerAt);
  if (shanghaiDate(at) !== c.completedOn) throw errors.validation([{ path: 'odometerAt', code: 'NOT_ON_COMPLETION_DAY', message: `读数时间应在完工日期（${c.completedOn}）当天` }]);
  return at;
}

export function createRepairService(db: Db, workflow: Pick<WorkflowApi, 'submit'>, clock: () => Date, dict: DictApi) {
  async function request(caller: Caller, scopes: readonly Scope[], input: RepairRequestInput) {
    return db.transaction(async (tx) => {
      const agencyId = await agencyOfVehicle(tx, input.vehicleId);
      if (!(await inScope(tx, scopes, { agencyId }))) throw errors.validation([{ path: 'vehicleId', code: 'NOT_FOUND', message: '所选车辆不存在' }]);
      if (input.shopId) {
        const [s] = await tx.select({ active: fleetShops.active, designated: fleetShops.designated, name: fleetShops.name }).from(fleetShops).where(eq(fleetShops.id, input.shopId));
        if (!s) throw errors.validation([{ path: 'shopId', code: 'NOT_FOUND', message: '所选维修厂不存在' }]);
        if (!s.active || !s.designated) throw errors.rule('FLEET_SHOP_NOT_DESIGNATED', `“${s.name}”不是有效的定点维修厂（定点维修规定）`, 'Repairs go to an active designated shop', { shopId: input.shopId });
      }
      const [row] = await tx.insert(fleetRepairs).values({
        ...input, shopId: input.shopId ?? null, agencyId, requestedOn: input.requestedOn ?? shanghaiDate(clock()), requestedBy: caller.actor.accountId,
      }).returning();
      const [v] = await tx.select({ plate: fleetVehicles.plate }).from(fleetVehicles).where(eq(fleetVehicles.id, input.vehicleId));
      const inst = await workflow.submit(caller, { businessType: REPAIR_TYPE, businessId: row!.id, title: `车辆${input.kind === 'repair' ? '维修' : '保养'} ${v!.plate}`, subject: { amountFen: input.estimateFen, kind: input.kind } }, tx);
      const [done] = await tx.update(fleetRepairs).set({ workflowInstanceId: inst.id }).where(eq(fleetRepairs.id, row!.id)).returning();
      await appendAudit(tx, caller.actor, { action: 'fleet.repair.request', objectType: 'fleet.repair', objectId: row!.id, after: done });
      return plain(done!);
    });
  }

  async function complete(actor: Actor, scopes: readonly Scope[], id: string, c: RepairCompletion) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(fleetRepairs).where(and(eq(fleetRepairs.id, id), scopeCondition(scopes, { agencyId: fleetRepairs.agencyId }))).for('no key update');
      if (!before) throw errors.notFound('维修单', 'Repair');
      if (before.status !== 'approved') {
        throw errors.conflict('FLEET_REPAIR_STATUS', `维修单当前为“${repairStatuses[before.status].zh}”，批准后才能完工登记`, `The repair is ${before.status}; only an approved repair can be completed`, { status: before.status });
      }
      const mismatch = invoiceMismatch(c);
      if (mismatch) throw errors.rule('FLEET_REPAIR_INVOICE', mismatch, 'The invoice total must equal parts plus labour', { partsFen: c.partsFen, labourFen: c.labourFen, invoiceFen: c.invoiceFen });
      if (c.completedOn < before.requestedOn) throw errors.validation([{ path: 'completedOn', code: 'BEFORE_REQUEST', message: '完工日期不能早于申请日期' }]);
      const { nextServiceKm, nextServiceDate, odometerAt: _at, odometerKm, ...amounts } = c;
      const readingAt = odometerKm === undefined || odometerKm === null ? null : repairReadingAt(c);
      const [after] = await tx.update(fleetRepairs).set({ ...amounts, odometerKm: odometerKm ?? null, status: 'completed', updatedAt: new Date() }).where(eq(fleetRepairs.id, id)).returning();
      // why here, in the same transaction: a reading out of order (422 naming both neighbours) must leave the repair approved, not completed.
      const odometer = readingAt ? await recordOdometer(tx, { vehicleId: before.vehicleId, at: readingAt, km: odometerKm!, source: 'repair', sourceId: id }, await odometerRulesOn(dict, readingAt, tx)) : null;
      if (nextServiceKm !== undefined || nextServiceDate !== undefined) {
        await tx.update(fleetVehicles).set({
          ...(nextServiceKm !== undefined ? { nextServiceKm } : {}), ...(nextServiceDate !== undefined ? { nextServiceDate } : {}), updatedAt: new Date(),
        }).where(eq(fleetVehicles.id, before.vehicleId));
      }
      await appendAudit(tx, actor, { action: 'fleet.repair.complete', objectType: 'fleet.repair', objectId: id, before, after: { ...after, nextServiceKm, nextServiceDate, odometerAt: readingAt?.toISOString() ?? null, odometerFlags: odometer?.flags ?? null } });
      return plain(after!);
    });
  }

  const follow = (status: RepairStatus) => async ({ tx, instance, actor }: { tx: Db; instance: { businessId: string }; actor: Actor }) => {
    const [row] = await tx.update(fleetRepairs).set({ status, updatedAt: new Date() }).where(and(eq(fleetRepairs.id, instance.businessId), eq(fleetRepairs.status, 'pending'))).returning();
    if (row) await appendAudit(tx, actor, { action: `fleet.repair.${status}`, objectType: 'fleet.repair', objectId: row.id, after: row });
  };

  return { request, complete, follow };
}

export type RepairService = ReturnType<typeof createRepairService>;
