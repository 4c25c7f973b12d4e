import { and, asc, count, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../../platform/audit/audit.service.js';
import type { Db } from '../../../../platform/db/types.js';
import type { DeliveredEvent } from '../../../../platform/events/index.js';
import { errors } from '../../../../platform/http/errors.js';
import type { NotifyApi } from '../../../../platform/notify/index.js';
import type { MovementEventPayload } from '../../../../platform/org/index.js';
import { agencies, people } from '../../../../platform/org/org.table.js';
import { scopeCondition, type Scope } from '../../../../platform/rbac/scope.js';
import { estateBuildings as b, estateRooms as r } from '../../db/buildings.table.js';
import { estateAssignments as a, estateRecoveryRules as rules, estateRecoveryTasks as t } from '../../db/office.table.js';
import type { AssignmentService } from '../assignments/assignments.service.js';
import { addDays, addMonths, shanghaiDate } from '../shared.js';

export const RECOVERY_SOURCE = '《党政机关办公用房管理办法》（2017）第十九条：调离、退休的 1 个月内腾退；兼职结束后 2 个月内腾退第二间 [S]';
export const recoveryReasons = { transfer: '调离', retirement: '退休', 'side-post-ended': '兼职结束' } as const;
type Reason = keyof typeof recoveryReasons;
const reasonOfEvent: Record<string, Reason> = { 'org.person.transferred': 'transfer', 'org.person.retired': 'retirement', 'org.person.side-post-ended': 'side-post-ended' };
const system: Actor = { accountId: null, name: 'system:estate.recovery', ip: null };

/** Accounts of a built-in role; agency officers of one agency when agencyId is given. */
async function holders(tx: Db, roleCode: string, agencyId?: string): Promise<string[]> {
  const rows = (await tx.execute(sql`select distinct g.account_id from platform_grant g join platform_role ro on ro.id = g.role_id
    where ro.code = ${roleCode} ${agencyId ? sql`and g.scope_kind = 'agency' and g.scope_id = ${agencyId}` : sql``}`)) as { rows: Array<{ account_id: string }> };
  return rows.rows.map((x) => x.account_id);
}

export function createRecoveryService(deps: { db: Db; notify: NotifyApi; assignments: AssignmentService }) {
  const { db, notify, assignments } = deps;

  async function seed(tx: Db = db) {
    await tx.insert(rules).values([
      { reason: 'transfer', months: 1, source: RECOVERY_SOURCE }, { reason: 'retirement', months: 1, source: RECOVERY_SOURCE },
      { reason: 'side-post-ended', months: 2, source: RECOVERY_SOURCE },
    ]).onConflictDoNothing();
  }

  const listRules = () => db.select().from(rules).orderBy(asc(rules.reason));

  async function setRule(actor: Actor, reason: string, patch: { months?: number | undefined; remindDaysBefore?: number | undefined; escalateAfterDays?: number | undefined; source?: string | undefined }) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(rules).where(eq(rules.reason, reason)).for('no key update');
      if (!before) throw errors.notFound('清退时限规则', 'Recovery rule');
      const [after] = await tx.update(rules).set({ ...patch, updatedAt: new Date() }).where(eq(rules.reason, reason)).returning();
      await appendAudit(tx, actor, { action: 'estate.recovery-rule.update', objectType: 'estate.recovery-rule', objectId: null, before, after });
      return after!;
    });
  }

  /** Subscriber of org.person.*: raises one recovery task per room the person holds (side rooms only when a side post ends). */
  async function onPersonEvent(ev: DeliveredEvent) {
    const reason = reasonOfEvent[ev.type];
    if (!reason) return;
    const p = ev.payload as unknown as MovementEventPayload;
    await db.transaction(async (tx) => {
      const [rule] = await tx.select().from(rules).where(eq(rules.reason, reason));
      if (!rule) throw new Error(`no recovery rule ${reason}`);
      const held = await tx.select({ id: a.id, roomId: a.roomId, agencyId: a.agencyId }).from(a)
        .where(and(eq(a.personId, p.personId), or(isNull(a.endDate), sql`${a.endDate} >= ${p.effectiveDate}`), reason === 'side-post-ended' ? eq(a.kind, 'side') : undefined));
      if (!held.length) return;
      const dueDate = addMonths(p.effectiveDate, rule.months);
      const created = await tx.insert(t).values(held.map((h) => ({
        personId: p.personId, agencyId: h.agencyId, roomId: h.roomId, assignmentId: h.id, reason, eventId: ev.id, effectiveDate: p.effectiveDate, dueDate,
      }))).onConflictDoNothing().returning();
      if (!created.length) return;
      const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.id, p.personId));
      for (const agencyId of new Set(created.map((c) => c.agencyId))) {
        await notify.send(tx, {
          to: await holders(tx, 'agency-officer', agencyId), title: `办公用房清退：${person?.name ?? ''}（${recoveryReasons[reason]}）`,
          body: `${person?.name ?? ''}于 ${p.effectiveDate} ${recoveryReasons[reason]}，其使用的办公用房应于 ${dueDate} 前腾退（${RECOVERY_SOURCE}）。`, link: '/estate/recovery-tasks',
        });
      }
      await appendAudit(tx, system, { action: 'estate.recovery.raise', objectType: 'estate.recovery-task', objectId: created[0]!.id, after: { eventId: ev.id, reason, tasks: created.map((c) => c.id), dueDate } });
    });
  }

  /** Daily job: reminders before the deadline, escalation to the center after it (+ escalateAfterDays). */
  async function sweep(now: Date) {
    const today = shanghaiDate(now);
    const open = await db.select({ task: t, rule: rules, personName: people.name, number: r.number }).from(t).innerJoin(rules, eq(rules.reason, t.reason))
      .innerJoin(people, eq(people.id, t.personId)).innerJoin(r, eq(r.id, t.roomId))
      .where(and(eq(t.status, 'open'), or(isNull(t.remindedAt), isNull(t.escalatedAt)))).orderBy(asc(t.dueDate)).limit(5000);
    let reminded = 0;
    let escalated = 0;
    for (const o of open) {
      const k = o.task;
      const late = today > addDays(k.dueDate, o.rule.escalateAfterDays);
      const remind = !k.remindedAt && today >= addDays(k.dueDate, -o.rule.remindDaysBefore);
      if (!late && !remind) continue;
      await db.transaction(async (tx) => {
        if (late && !k.escalatedAt) {
          await notify.send(tx, { to: await holders(tx, 'center'), title: `办公用房清退逾期：${o.personName} ${o.number}`, body: `应于 ${k.dueDate} 前腾退，已逾期。`, link: '/estate/recovery-tasks' });
          await tx.update(t).set({ escalatedAt: now, remindedAt: k.remindedAt ?? now, updatedAt: now }).where(eq(t.id, k.id));
          await appendAudit(tx, system, { action: 'estate.recovery.escalate', objectType: 'estate.recovery-task', objectId: k.id, after: { dueDate: k.dueDate, today } });
          escalated += 1;
        } else if (remind) {
          await notify.send(tx, { to: await holders(tx, 'agency-officer', k.agencyId), title: `办公用房清退提醒：${o.personName} ${o.number}`, body: `请于 ${k.dueDate} 前完成腾退。`, link: '/estate/recovery-tasks' });
          await tx.update(t).set({ remindedAt: now, updatedAt: now }).where(eq(t.id, k.id));
          reminded += 1;
        }
      });
    }
    return { reminded, escalated };
  }

  /** Recovery done: the assignment ends on `date` and the task closes, in one transaction. */
  async function complete(actor: Actor, scopes: readonly Scope[], id: string, date: string) {
    return db.transaction(async (tx) => {
      const [k] = await tx.select().from(t).where(and(eq(t.id, id), scopeCondition(scopes, { agencyId: t.agencyId }))).for('no key update');
      if (!k) throw errors.notFound('清退任务', 'Recovery task');
      if (k.status !== 'open') throw errors.conflict('ESTATE_RECOVERY_CLOSED', '该清退任务已办结', 'The recovery task is already closed', { status: k.status });
      const [asg] = await tx.select({ endDate: a.endDate }).from(a).where(eq(a.id, k.assignmentId));
      if (!asg?.endDate || asg.endDate > date) await assignments.end(actor, [{ kind: 'all' }], k.assignmentId, date, undefined, tx);
      const [after] = await tx.update(t).set({ status: 'done', doneAt: new Date(), updatedAt: new Date() }).where(eq(t.id, id)).returning();
      await appendAudit(tx, actor, { action: 'estate.recovery.complete', objectType: 'estate.recovery-task', objectId: id, before: k, after });
      return after!;
    });
  }

  async function list(scopes: readonly Scope[], f: { status?: string | undefined; agencyId?: string | undefined; overdue?: boolean | undefined; personId?: string | undefined }, today: string, limit: number, offset: number) {
    const w: SQL | undefined = and(scopeCondition(scopes, { agencyId: t.agencyId }), f.status ? eq(t.status, f.status) : undefined,
      f.agencyId ? eq(t.agencyId, f.agencyId) : undefined, f.personId ? eq(t.personId, f.personId) : undefined,
      f.overdue ? and(eq(t.status, 'open'), lt(t.dueDate, today)) : undefined);
    const [page, [total]] = await Promise.all([
      db.select({ id: t.id }).from(t).where(w).orderBy(asc(t.dueDate), asc(t.id)).limit(limit).offset(offset),
      db.select({ n: count() }).from(t).where(w),
    ]);
    const ids = page.map((x) => x.id);
    const rows = ids.length ? await db.select({ task: t, personName: people.name, agencyName: agencies.name, roomNumber: r.number, buildingName: b.name }).from(t)
      .innerJoin(people, eq(people.id, t.personId)).innerJoin(agencies, eq(agencies.id, t.agencyId)).innerJoin(r, eq(r.id, t.roomId)).innerJoin(b, eq(b.id, r.buildingId))
      .where(inArray(t.id, ids)).orderBy(asc(t.dueDate), asc(t.id)) : [];
    return { items: rows.map((x) => ({ ...x.task, personName: x.personName, agencyName: x.agencyName, roomNumber: x.roomNumber, buildingName: x.buildingName, overdue: x.task.status === 'open' && x.task.dueDate < today })), total: total?.n ?? 0 };
  }

  return { seed, listRules, setRule, onPersonEvent, sweep, complete, list };
}
export type RecoveryService = ReturnType<typeof createRecoveryService>;
