/** 一车一档: the vehicle ledger — list, detail, register (standards and quota enforced), edit, status changes, files. */
import { and, asc, desc, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import { jsonObject, jsonPage } from '../../../platform/db/json-rows.js';
import { Binds, preparedFamily, shapeOf } from '../../../platform/db/prepared.js';
import type { Db } from '../../../platform/db/types.js';
import { emitEvent } from '../../../platform/events/index.js';
import type { FilesApi } from '../../../platform/files/index.js';
import { errors } from '../../../platform/http/errors.js';
import { afterCursor, likePattern, lookup, nextCursorOf, orderBy, pageOfIds } from '../../../platform/http/paging.js';
import { listTotal } from '../../../platform/http/list-totals.js';
import { agencies } from '../../../platform/org/org.table.js';
import { inScope, scopeCondition, type Bind, type Scope } from '../../../platform/rbac/scope.js';
import { plain } from '../core/resource.js';
import { fleetVehicleStatusChanges } from '../db/vehicle-events.table.js';
import { fleetVehicles, isNewEnergy, newEnergyKinds, vehicleStatuses, type VehicleStatus } from '../db/vehicles.table.js';
import type { StandardsService } from '../standards/standards.service.js';
import { normalizePlate, type StatusAction, type StatusChangeInput, type VehicleFilter, type VehicleInput, type VehiclePatch } from './vehicle.schemas.js';

export const VEHICLE_PHOTO = 'fleet.vehicle.photo';
export const VEHICLE_DOCUMENT = 'fleet.vehicle.document';

/** Status machine: action → allowed from-statuses and the new status. */
export const transitions: Record<StatusAction, { from: VehicleStatus[]; to: VehicleStatus }> = {
  seal: { from: ['in-use'], to: 'sealed' },
  unseal: { from: ['sealed'], to: 'in-use' },
  suspend: { from: ['in-use', 'repair', 'sealed'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'in-use' },
  'send-to-repair': { from: ['in-use'], to: 'repair' },
  'return-from-repair': { from: ['repair'], to: 'in-use' },
  'mark-for-disposal': { from: ['in-use', 'repair', 'sealed', 'suspended'], to: 'pending-disposal' },
  dispose: { from: ['pending-disposal'], to: 'disposed' },
};

const sortable = {
  plate: fleetVehicles.plate, kind: fleetVehicles.kind, status: fleetVehicles.status, purchaseDate: fleetVehicles.purchaseDate,
  priceFen: fleetVehicles.priceFen, insuranceDue: fleetVehicles.insuranceDue, inspectionDue: fleetVehicles.inspectionDue, createdAt: fleetVehicles.createdAt,
};

const pages = preparedFamily('fleet_vehicle_page');
/** A ledger row as the API writes it (`vehicle` in vehicle.schemas.ts): the columns, the agency's name, whether new-energy. */
const rowJson = jsonObject({
  ...getTableColumns(fleetVehicles),
  agencyName: lookup<string>(agencies, agencies.name, agencies.id, fleetVehicles.agencyId),
  isNewEnergy: inArray(fleetVehicles.energy, [...newEnergyKinds]),
});

export function createVehicleService(db: Db, standards: StandardsService, files: Pick<FilesApi, 'attach' | 'listOf'>) {
  const selection = { v: fleetVehicles, agencyName: agencies.name };
  const view = (r: { v: typeof fleetVehicles.$inferSelect; agencyName: string }) => ({ ...plain(r.v), agencyName: r.agencyName, isNewEnergy: isNewEnergy(r.v.energy) }) as ReturnType<typeof plain<typeof r.v>> & { agencyName: string; isNewEnergy: boolean; createdAt: string; updatedAt: string };

  function where(scopes: readonly Scope[], f: VehicleFilter, bind: Bind = (v) => v): SQL | undefined {
    const q = f.q ? bind(likePattern(f.q)) : undefined;
    return and(
      scopeCondition(scopes, { agencyId: fleetVehicles.agencyId }, bind),
      q ? or(sql`${fleetVehicles.plate} ilike ${q}`, sql`${fleetVehicles.brand} ilike ${q}`, sql`${fleetVehicles.model} ilike ${q}`, sql`${fleetVehicles.vin} ilike ${q}`) : undefined,
      f.kind ? sql`${fleetVehicles.kind} = ${bind(f.kind)}` : undefined,
      f.energy ? sql`${fleetVehicles.energy} = ${bind(f.energy)}` : undefined,
      f.status ? sql`${fleetVehicles.status} = ${bind(f.status)}` : undefined,
      f.agencyId ? sql`${fleetVehicles.agencyId} = ${bind(f.agencyId)}` : undefined,
      f.newEnergy === true ? inArray(fleetVehicles.energy, [...newEnergyKinds]) : f.newEnergy === false ? sql`${fleetVehicles.energy} not in ('bev','phev','erev','hydrogen')` : undefined,
    );
  }

  /** A page of the ledger as the answer's JSON text, written by PostgreSQL (platform/db/json-rows.ts). */
  async function list(scopes: readonly Scope[], f: VehicleFilter, limit: number, offset: number): Promise<string> {
    // why prepared by shape: the ledger's pages are the most read lists of the module (platform/db/prepared.ts).
    const b = new Binds();
    const w = where(scopes, f, b.bind);
    const whereShape = shapeOf(w);
    const total = listTotal(db, fleetVehicles, w, { binds: b, shape: whereShape });
    const order = orderBy(f.sort, sortable, [asc(fleetVehicles.plate)]);
    const pageWhere = f.after ? and(w, afterCursor(f.after, [fleetVehicles.plate], f.sort, 'asc', b.bind)) : w;
    const page = pageOfIds(fleetVehicles.id, fleetVehicles, pageWhere, order, limit, f.after ? 0 : offset);
    const shape = `${whereShape}|${f.sort ?? ''}|${f.after ? 'after' : ''}|${page.shape}|${total.source}`;
    // why one statement: the page's ids chosen on the vehicle table alone, only its rows read, the total counted once.
    const rows = await pages(shape, (h) => h.select({ plate: fleetVehicles.plate, json: rowJson, total: total.sql }).from(fleetVehicles).where(page.where).orderBy(...order))(db, { ...b.values, offset });
    return jsonPage(rows, { total: await total.of(rows, f.after ? 1 : offset), nextCursor: nextCursorOf(rows, limit, (r) => [r.plate]) });
  }

  async function get(scopes: readonly Scope[], id: string, tx: Db = db) {
    const [row] = await tx.select(selection).from(fleetVehicles).innerJoin(agencies, eq(agencies.id, fleetVehicles.agencyId))
      .where(and(eq(fleetVehicles.id, id), scopeCondition(scopes, { agencyId: fleetVehicles.agencyId })));
    if (!row) throw errors.notFound('车辆', 'Vehicle');
    return view(row);
  }

  async function assertPlateFree(tx: Db, plate: string, exceptId?: string) {
    const [c] = await tx.select({ id: fleetVehicles.id, agencyId: fleetVehicles.agencyId }).from(fleetVehicles).where(eq(fleetVehicles.plate, plate));
    if (c && c.id !== exceptId) throw errors.conflict('FLEET_PLATE_TAKEN', `车牌号“${plate}”已登记`, `The plate ${plate} is already registered`, { vehicleId: c.id, field: 'plate' });
  }

  async function assertAgency(tx: Db, scopes: readonly Scope[], agencyId: string) {
    const [a] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
    if (!a) throw errors.validation([{ path: 'agencyId', code: 'NOT_FOUND', message: '所选单位不存在' }]);
    if (!(await inScope(tx, scopes, { agencyId }))) throw errors.forbidden();
  }

  async function create(actor: Actor, scopes: readonly Scope[], input: VehicleInput) {
    return db.transaction(async (tx) => {
      const plate = normalizePlate(input.plate);
      await assertAgency(tx, scopes, input.agencyId);
      await assertPlateFree(tx, plate);
      const found = await standards.breaches(tx, { ...input, displacementL: input.displacementL ?? null });
      const override = await standards.enforce(tx, actor, found, { agencyId: input.agencyId, plate, overrideRequestId: input.overrideRequestId });
      const [row] = await tx.insert(fleetVehicles).values({ ...input, plate, overrideRequestId: override?.id ?? null }).returning();
      await appendAudit(tx, actor, { action: 'fleet.vehicle.create', objectType: 'fleet.vehicle', objectId: row!.id, after: row });
      if (override) await standards.markUsed(tx, actor, override.id, row!.id, found);
      await emitEvent(tx, 'fleet.vehicle.registered', { vehicleId: row!.id, agencyId: row!.agencyId, plate, kind: row!.kind, energy: row!.energy, priceFen: row!.priceFen }, { actorAccountId: actor.accountId });
      return get([{ kind: 'all' }], row!.id, tx);
    });
  }

  async function update(actor: Actor, scopes: readonly Scope[], id: string, patch: VehiclePatch) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(fleetVehicles).where(and(eq(fleetVehicles.id, id), scopeCondition(scopes, { agencyId: fleetVehicles.agencyId }))).for('no key update');
      if (!before) throw errors.notFound('车辆', 'Vehicle');
      const next = { ...before, ...patch, plate: patch.plate ? normalizePlate(patch.plate) : before.plate };
      if (patch.agencyId && patch.agencyId !== before.agencyId) await assertAgency(tx, scopes, patch.agencyId);
      if (patch.plate) await assertPlateFree(tx, next.plate, id);
      const ruleFields = ['kind', 'energy', 'seats', 'priceFen', 'displacementL', 'agencyId'] as const;
      if (ruleFields.some((k) => patch[k] !== undefined && patch[k] !== before[k])) {
        const found = await standards.breaches(tx, { ...next, displacementL: next.displacementL ?? null }, id);
        // why: a vehicle registered under an approved override keeps it for the limits that override covered.
        const approved = before.overrideRequestId ? ((await tx.execute(sql`select rules from fleet_override_request where id = ${before.overrideRequestId}`)) as unknown as { rows: Array<{ rules: string[] }> }).rows[0]?.rules ?? [] : [];
        await standards.enforce(tx, actor, found.filter((b) => !approved.includes(b.rule)), { agencyId: next.agencyId, plate: next.plate });
      }
      const [after] = await tx.update(fleetVehicles).set({ ...patch, plate: next.plate, updatedAt: new Date() }).where(eq(fleetVehicles.id, id)).returning();
      await appendAudit(tx, actor, { action: 'fleet.vehicle.update', objectType: 'fleet.vehicle', objectId: id, before, after });
      return get([{ kind: 'all' }], id, tx);
    });
  }

  async function changeStatus(actor: Actor, scopes: readonly Scope[], id: string, action: StatusAction, input: StatusChangeInput, at = new Date()) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(fleetVehicles).where(and(eq(fleetVehicles.id, id), scopeCondition(scopes, { agencyId: fleetVehicles.agencyId }))).for('no key update');
      if (!before) throw errors.notFound('车辆', 'Vehicle');
      const t = transitions[action];
      if (!t.from.includes(before.status)) {
        throw errors.conflict('FLEET_VEHICLE_STATUS', `车辆当前为“${vehicleStatuses[before.status].zh}”，不能${actionZh[action]}`, `The vehicle is ${before.status}; it cannot ${action}`, { status: before.status, action });
      }
      if (action === 'dispose') {
        const missing = (['receivingParty', 'disposalMethod'] as const).filter((k) => !input[k]);
        if (missing.length) throw errors.validation(missing.map((k) => ({ path: k, code: 'REQUIRED', message: k === 'receivingParty' ? '处置须填写接收方' : '处置须选择处置方式' })));
      }
      const [after] = await tx.update(fleetVehicles).set({ status: t.to, updatedAt: new Date() }).where(eq(fleetVehicles.id, id)).returning();
      const [change] = await tx.insert(fleetVehicleStatusChanges).values({
        vehicleId: id, agencyId: before.agencyId, fromStatus: before.status, toStatus: t.to, at, reason: input.reason ?? null,
        receivingParty: input.receivingParty ?? null, disposalMethod: input.disposalMethod ?? null, documentNo: input.documentNo ?? null, actorAccountId: actor.accountId,
      }).returning();
      if (input.documentFileIds?.length) await files.attach(tx, { fileIds: input.documentFileIds, use: VEHICLE_DOCUMENT, ownerId: id, uploadedBy: actor.accountId });
      await emitEvent(tx, action === 'dispose' ? 'fleet.vehicle.disposed' : 'fleet.vehicle.status-changed', {
        vehicleId: id, agencyId: before.agencyId, plate: before.plate, from: before.status, to: t.to,
        ...(action === 'dispose' ? { receivingParty: input.receivingParty, disposalMethod: input.disposalMethod, documentNo: input.documentNo ?? null } : {}),
      }, { actorAccountId: actor.accountId });
      await appendAudit(tx, actor, { action: `fleet.vehicle.${action}`, objectType: 'fleet.vehicle', objectId: id, before: { status: before.status }, after: { status: after!.status, change } });
      return plain(change!);
    });
  }

  async function statusHistory(scopes: readonly Scope[], id: string) {
    await get(scopes, id);
    const rows = await db.select().from(fleetVehicleStatusChanges).where(eq(fleetVehicleStatusChanges.vehicleId, id)).orderBy(desc(fleetVehicleStatusChanges.at));
    return { items: rows.map(plain), total: rows.length };
  }

  async function attachFiles(actor: Actor, scopes: readonly Scope[], id: string, kind: 'photo' | 'document', fileIds: string[]) {
    await get(scopes, id);
    return db.transaction(async (tx) => {
      const rows = await files.attach(tx, { fileIds, use: kind === 'photo' ? VEHICLE_PHOTO : VEHICLE_DOCUMENT, ownerId: id, uploadedBy: actor.accountId });
      await appendAudit(tx, actor, { action: 'fleet.vehicle.attach', objectType: 'fleet.vehicle', objectId: id, after: { kind, fileIds } });
      return rows;
    });
  }

  async function filesOf(scopes: readonly Scope[], id: string) {
    await get(scopes, id);
    const rows = [...(await files.listOf(VEHICLE_PHOTO, id)), ...(await files.listOf(VEHICLE_DOCUMENT, id))];
    return { items: rows.map((f) => ({ id: f.id, use: f.use, filename: f.originalName, mime: f.mime, sizeBytes: f.sizeBytes, createdAt: f.createdAt.toISOString() })), total: rows.length };
  }

  return { list, get, create, update, changeStatus, statusHistory, attachFiles, filesOf, where };
}

const actionZh: Record<StatusAction, string> = {
  seal: '封存', unseal: '启封', suspend: '停用', resume: '恢复使用', 'send-to-repair': '送修', 'return-from-repair': '修竣启用', 'mark-for-disposal': '转待处置', dispose: '处置',
};

export type VehicleService = ReturnType<typeof createVehicleService>;
