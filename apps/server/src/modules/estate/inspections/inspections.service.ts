/** 专项检查: plans with the discipline commission, on-site findings with photos, rectification and its reports, reminders, the notice. */
import { and, asc, count, desc, eq, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import { errors } from '../../../platform/http/errors.js';
import { orderBy } from '../../../platform/http/paging.js';
import { fileMetaOf, fileTable } from '../../../platform/files/index.js';
import { agencies } from '../../../platform/org/org.table.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import type { EstateContext } from '../estate.context.js';
import { estateRooms } from '../db/buildings.table.js';
import { estateInspectionFindings as F, estateInspectionPlans as PL } from '../db/inspections.table.js';
import { addDays } from '../leasing/rent-schedule.js';
import { agencyAccounts, shanghaiDay } from '../census/estate-shared.js';
import { buildNotice } from './inspection-notice.js';

export const PHOTO_USE = 'estate.inspection.photo';
export const REPORT_USE = 'estate.inspection.report';
/** 现场照片 per finding, at most. */
export const MAX_PHOTOS = 20;
export interface PlanInput { title: string; year: number; theme?: string | null | undefined; withDiscipline: boolean; disciplineContact?: string | null | undefined; startsOn: string; endsOn: string; agencyIds: string[] }
export interface FindingInput { agencyId: string; roomId?: string | null | undefined; foundOn: string; category: string; description: string; severity: 'minor' | 'major'; rectifyBy: string; photoFileIds: string[] }

export function createInspectionsService(ctx: EstateContext, perms: { report: string }) {
  const { db } = ctx;
  const planVisible = (scopes: readonly Scope[]): SQL | undefined => {
    const c = scopeCondition(scopes, { agencyId: sql`x.value::uuid` });
    return c ? sql`exists (select 1 from jsonb_array_elements_text(${PL.agencyIds}) x where ${c})` : undefined;
  };

  async function listPlans(scopes: readonly Scope[], f: { year?: number | undefined; status?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(planVisible(scopes), f.year ? eq(PL.year, f.year) : undefined, f.status ? eq(PL.status, f.status) : undefined);
    const [items, [total]] = await Promise.all([
      db.select().from(PL).where(w).orderBy(...orderBy(f.sort, { startsOn: PL.startsOn, title: PL.title, year: PL.year }, [desc(PL.startsOn), asc(PL.id)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(PL).where(w),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  async function getPlan(scopes: readonly Scope[], id: string) {
    const [row] = await db.select().from(PL).where(and(eq(PL.id, id), planVisible(scopes)));
    if (!row) throw errors.notFound('专项检查', 'Inspection plan');
    return row;
  }

  async function createPlan(actor: Actor, input: PlanInput) {
    if (input.endsOn < input.startsOn) throw errors.validation([{ path: 'endsOn', code: 'BEFORE_START', message: '结束日期不能早于开始日期' }]);
    return db.transaction(async (tx) => {
      const ids = [...new Set(input.agencyIds)];
      const known = await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, ids));
      if (known.length !== ids.length) throw errors.validation([{ path: 'agencyIds', code: 'NOT_FOUND', message: '部分单位不存在' }]);
      const [row] = await tx.insert(PL).values({ ...input, agencyIds: ids, theme: input.theme ?? null, disciplineContact: input.disciplineContact ?? null, createdBy: actor.accountId }).returning();
      await appendAudit(tx, actor, { action: 'estate.inspection.plan.create', objectType: 'estate.inspection-plan', objectId: row!.id, after: row });
      return row!;
    });
  }

  const findingSelect = { finding: F, agencyName: agencies.name, roomNumber: estateRooms.number };
  async function listFindings(scopes: readonly Scope[], f: { id?: string | undefined; planId?: string | undefined; status?: string | undefined; agencyId?: string | undefined; overdueOn?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(scopeCondition(scopes, { agencyId: F.agencyId }), f.id ? eq(F.id, f.id) : undefined, f.planId ? eq(F.planId, f.planId) : undefined, f.status ? eq(F.status, f.status) : undefined,
      f.agencyId ? eq(F.agencyId, f.agencyId) : undefined, f.overdueOn ? and(eq(F.status, 'open'), sql`${F.rectifyBy} < ${f.overdueOn}::date`) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select(findingSelect).from(F).innerJoin(agencies, eq(agencies.id, F.agencyId)).leftJoin(estateRooms, eq(estateRooms.id, F.roomId)).where(w)
        .orderBy(...orderBy(f.sort, { rectifyBy: F.rectifyBy, foundOn: F.foundOn, status: F.status }, [asc(F.rectifyBy), asc(F.id)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(F).where(w),
    ]);
    return { items: rows.map((r) => ({ ...r.finding, agencyName: r.agencyName, roomNumber: r.roomNumber })), total: total?.n ?? 0 };
  }

  async function getFinding(scopes: readonly Scope[], id: string) {
    const [r] = await db.select(findingSelect).from(F).innerJoin(agencies, eq(agencies.id, F.agencyId)).leftJoin(estateRooms, eq(estateRooms.id, F.roomId))
      .where(and(eq(F.id, id), scopeCondition(scopes, { agencyId: F.agencyId })));
    if (!r) throw errors.notFound('检查问题', 'Finding');
    const [photos, reportFiles] = await Promise.all([ctx.files.api.listOf(PHOTO_USE, id), ctx.files.api.listOf(REPORT_USE, id)]);
    return { ...r.finding, agencyName: r.agencyName, roomNumber: r.roomNumber, photos: photos.map(fileMetaOf), reportFiles: reportFiles.map(fileMetaOf) };
  }

  async function createFinding(actor: Actor, planId: string, input: FindingInput) {
    return db.transaction(async (tx) => {
      const [plan] = await tx.select().from(PL).where(eq(PL.id, planId)).for('no key update');
      if (!plan) throw errors.notFound('专项检查', 'Inspection plan');
      if (plan.status === 'closed') throw errors.conflict('INSPECTION_CLOSED', '检查已结束，不能再登记问题', 'The inspection is closed');
      if (!plan.agencyIds.includes(input.agencyId)) throw errors.validation([{ path: 'agencyId', code: 'NOT_IN_PLAN', message: '该单位不在本次检查范围内' }]);
      if (input.rectifyBy < input.foundOn) throw errors.validation([{ path: 'rectifyBy', code: 'BEFORE_FOUND', message: '整改期限不能早于发现日期' }]);
      if (input.roomId) {
        const [room] = await tx.select({ agencyId: estateRooms.agencyId }).from(estateRooms).where(eq(estateRooms.id, input.roomId));
        if (room?.agencyId !== input.agencyId) throw errors.validation([{ path: 'roomId', code: 'NOT_AGENCY_ROOM', message: '房间不属于该单位' }]);
      }
      const { photoFileIds, ...rest } = input;
      const [row] = await tx.insert(F).values({ ...rest, roomId: input.roomId ?? null, planId, createdBy: actor.accountId }).returning();
      await ctx.files.api.attach(tx, { fileIds: photoFileIds, use: PHOTO_USE, ownerId: row!.id, uploadedBy: actor.accountId });
      if (plan.status === 'planned') await tx.update(PL).set({ status: 'in_progress', updatedAt: new Date() }).where(eq(PL.id, planId));
      const to = await agencyAccounts(tx, input.agencyId, perms.report);
      if (to.length) await ctx.notify.send(tx, { to, title: `专项检查发现问题：${input.category}`, body: `${input.description}。请于 ${input.rectifyBy} 前完成整改并报送整改情况。`, link: `/estate/inspections?id=${row!.id}` });
      await appendAudit(tx, actor, { action: 'estate.inspection.finding.create', objectType: 'estate.inspection-finding', objectId: row!.id, after: { ...row, photoFileIds } });
      return row!;
    });
  }

  async function transition(actor: Actor, scopes: readonly Scope[], id: string, action: 'report' | 'close' | 'reopen', body: { text: string; fileIds?: string[] | undefined }) {
    const from = { report: 'open', close: 'reported', reopen: 'reported' }[action];
    const to = { report: 'reported', close: 'closed', reopen: 'open' }[action];
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(F).where(and(eq(F.id, id), scopeCondition(scopes, { agencyId: F.agencyId }))).for('no key update');
      if (!before) throw errors.notFound('检查问题', 'Finding');
      if (before.status !== from) throw errors.conflict('FINDING_STATE', `问题当前状态（${before.status}）不能执行此操作`, `Cannot ${action} a finding in state ${before.status}`, { status: before.status });
      const set = action === 'report' ? { reportText: body.text, reportedAt: new Date(), reportedBy: actor.accountId } : action === 'close' ? { closedAt: new Date(), closeNote: body.text } : { closeNote: body.text };
      const [after] = await tx.update(F).set({ ...set, status: to, updatedAt: new Date() }).where(eq(F.id, id)).returning();
      if (action === 'report') await ctx.files.api.attach(tx, { fileIds: body.fileIds ?? [], use: REPORT_USE, ownerId: id, uploadedBy: actor.accountId });
      await appendAudit(tx, actor, { action: `estate.inspection.finding.${action}`, objectType: 'estate.inspection-finding', objectId: id, before, after: { ...after, fileIds: body.fileIds } });
      return after!;
    });
  }

  /** 现场照片 added to a finding not yet closed: images the caller uploaded for this use, at most MAX_PHOTOS in all. */
  async function addPhotos(actor: Actor, scopes: readonly Scope[], id: string, fileIds: string[]) {
    return db.transaction(async (tx) => {
      const [f] = await tx.select().from(F).where(and(eq(F.id, id), scopeCondition(scopes, { agencyId: F.agencyId }))).for('no key update');
      if (!f) throw errors.notFound('检查问题', 'Finding');
      if (f.status === 'closed') throw errors.conflict('FINDING_STATE', '问题已整改销号，不能再添加现场照片', 'The finding is closed; no more photos', { status: f.status });
      const ids = [...new Set(fileIds)];
      const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(fileTable).where(and(eq(fileTable.use, PHOTO_USE), eq(fileTable.ownerId, id)));
      if (n + ids.length > MAX_PHOTOS) throw errors.rule('FINDING_PHOTO_LIMIT', `每个问题最多 ${MAX_PHOTOS} 张现场照片（已有 ${n} 张）`, `At most ${MAX_PHOTOS} photos per finding (${n} already)`, { limit: MAX_PHOTOS, current: n });
      await ctx.files.api.attach(tx, { fileIds: ids, use: PHOTO_USE, ownerId: id, uploadedBy: actor.accountId });
      await appendAudit(tx, actor, { action: 'estate.inspection.finding.photo-add', objectType: 'estate.inspection-finding', objectId: id, after: { fileIds: ids } });
    });
  }

  /** Open findings due within 3 days or overdue, reminded once a day to the agency's officers. */
  async function remindRectification(now = ctx.clock()) {
    const today = shanghaiDay(now);
    const due = await db.select({ id: F.id, agencyId: F.agencyId, category: F.category, rectifyBy: F.rectifyBy }).from(F)
      .where(and(eq(F.status, 'open'), lte(F.rectifyBy, addDays(today, 3)), or(isNull(F.lastRemindedOn), ne(F.lastRemindedOn, today))));
    for (const d of due) {
      await db.transaction(async (tx) => {
        const to = await agencyAccounts(tx, d.agencyId, perms.report);
        const late = d.rectifyBy < today;
        if (to.length) await ctx.notify.send(tx, { to, title: late ? `整改已逾期：${d.category}` : `整改即将到期：${d.category}`, body: `整改期限 ${d.rectifyBy}，请尽快整改并报送整改情况。`, link: `/estate/inspections?id=${d.id}` });
        await tx.update(F).set({ lastRemindedOn: today }).where(eq(F.id, d.id));
      });
    }
    return due.length;
  }

  async function notice(scopes: readonly Scope[], planId: string) {
    const plan = await getPlan(scopes, planId);
    const rows = await db.select({ agencyName: agencies.name, category: F.category, description: F.description, severity: F.severity, rectifyBy: F.rectifyBy, status: F.status, roomNumber: estateRooms.number })
      .from(F).innerJoin(agencies, eq(agencies.id, F.agencyId)).leftJoin(estateRooms, eq(estateRooms.id, F.roomId))
      .where(and(eq(F.planId, planId), scopeCondition(scopes, { agencyId: F.agencyId }))).orderBy(asc(agencies.name), asc(F.foundOn), asc(F.id)).limit(2000);
    const issuedOn = shanghaiDay(ctx.clock());
    return { issuedOn, ...buildNotice({ ...plan, agencyCount: plan.agencyIds.length }, rows, issuedOn) };
  }

  return { listPlans, getPlan, createPlan, listFindings, getFinding, createFinding, transition, addPhotos, remindRectification, notice };
}
export type InspectionsService = ReturnType<typeof createInspectionsService>;
