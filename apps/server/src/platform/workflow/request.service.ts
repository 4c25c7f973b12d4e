/**
 * 事项申请 (`platform.request`): a generic request (title, kind, amount, description) that the engine
 * registers itself — for use as is, and as the example of a business type with callbacks.
 */
import { and, count, desc, eq, ilike } from 'drizzle-orm';
import { appendAudit } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { likePattern, orderBy } from '../http/paging.js';
import { people } from '../org/org.table.js';
import type { BusinessType, CallbackContext } from './business-types.js';
import type { Caller } from './engine.core.js';
import type { Engine } from './engine.service.js';
import type { Paging, TaskQueries } from './tasks.queries.js';
import { wfRequests, type RequestStatus } from './workflow.table.js';

export const REQUEST_TYPE = 'platform.request';
export const requestKinds = ['general', 'expense', 'purchase', 'leave', 'other'] as const;
export type RequestKind = (typeof requestKinds)[number];

export interface RequestInput {
  title: string;
  kind: RequestKind;
  amountFen?: number | null | undefined;
  description?: string | null | undefined;
  attachmentIds?: string[] | undefined;
}

export type RequestRow = typeof wfRequests.$inferSelect;

async function setStatus(ctx: CallbackContext, status: RequestStatus) {
  const decided = status === 'approved' || status === 'rejected' || status === 'withdrawn';
  await ctx.tx.update(wfRequests).set({ status, decidedAt: decided ? new Date() : null, updatedAt: new Date() }).where(eq(wfRequests.id, ctx.instance.businessId));
}

/** The business type with its callbacks: they keep the request's status in step with its approval. */
export const requestBusinessType: BusinessType = {
  type: REQUEST_TYPE, nameZh: '事项申请', nameEn: 'General request',
  link: (id) => `/workflow/requests?id=${id}`,
  onApproved: (ctx) => setStatus(ctx, 'approved'),
  onRejected: (ctx) => setStatus(ctx, 'rejected'),
  onWithdrawn: (ctx) => setStatus(ctx, 'withdrawn'),
  onReturned: (ctx) => setStatus(ctx, 'returned'),
};

export function createRequestService(db: Db, engine: Engine, queries: TaskQueries) {
  const subjectOf = (r: Pick<RequestInput, 'kind' | 'amountFen'>) => ({ kind: r.kind, amountFen: r.amountFen ?? null });

  async function file(caller: Caller, input: RequestInput): Promise<RequestRow> {
    if (!caller.personId) throw errors.rule('WF_NO_PERSON', '当前账号未关联人员，不能提交申请', 'The account is not linked to a person');
    return db.transaction(async (tx) => {
      const [p] = await tx.select({ agencyId: people.agencyId, departmentId: people.departmentId }).from(people).where(eq(people.id, caller.personId!));
      if (!p) throw errors.rule('WF_NO_PERSON', '当前账号关联的人员不存在', 'The linked person does not exist');
      const [row] = await tx.insert(wfRequests).values({
        title: input.title, kind: input.kind, amountFen: input.amountFen ?? null, description: input.description ?? null,
        attachmentIds: input.attachmentIds ?? [], applicantAccountId: caller.actor.accountId, applicantPersonId: caller.personId!,
        agencyId: p.agencyId, departmentId: p.departmentId, status: 'pending',
      }).returning();
      const inst = await engine.submit(caller, { businessType: REQUEST_TYPE, businessId: row!.id, title: input.title, subject: subjectOf(input), attachmentIds: input.attachmentIds }, tx);
      const [after] = await tx.update(wfRequests).set({ instanceId: inst.id }).where(eq(wfRequests.id, row!.id)).returning();
      // why re-read: with no applicable step the approval ends at once and the callback has set the status.
      const [current] = await tx.select().from(wfRequests).where(eq(wfRequests.id, row!.id));
      await appendAudit(tx, caller.actor, { action: 'workflow.request.create', objectType: 'workflow-request', objectId: row!.id, after });
      return current!;
    });
  }

  async function listMine(accountId: string, f: Paging & { status?: RequestStatus | undefined; kind?: string | undefined; id?: string | undefined }) {
    const where = and(
      eq(wfRequests.applicantAccountId, accountId),
      f.status ? eq(wfRequests.status, f.status) : undefined,
      f.kind ? eq(wfRequests.kind, f.kind) : undefined,
      f.id ? eq(wfRequests.id, f.id) : undefined,
      f.q ? ilike(wfRequests.title, likePattern(f.q)) : undefined,
    );
    const order = orderBy(f.sort, { createdAt: wfRequests.createdAt, title: wfRequests.title, amountFen: wfRequests.amountFen, status: wfRequests.status }, [desc(wfRequests.createdAt), desc(wfRequests.id)]);
    const [items, [total]] = await Promise.all([
      db.select().from(wfRequests).where(where).orderBy(...order).limit(f.limit).offset(f.offset),
      db.select({ n: count() }).from(wfRequests).where(where),
    ]);
    return { items, total: total?.n ?? 0 };
  }

  /** A request, for its applicant, the accounts that take part in its approval and process administrators. */
  async function get(id: string, accountId: string, canDefine: boolean): Promise<RequestRow> {
    const [row] = await db.select().from(wfRequests).where(eq(wfRequests.id, id));
    if (!row) throw errors.notFound('申请', 'Request');
    if (row.applicantAccountId !== accountId && !canDefine) {
      const inst = row.instanceId ? await queries.instance(row.instanceId, accountId, false).catch(() => null) : null;
      if (!inst) throw errors.notFound('申请', 'Request');
    }
    return row;
  }

  async function ownRequest(tx: Db, caller: Caller, id: string) {
    const [row] = await tx.select().from(wfRequests).where(eq(wfRequests.id, id)).for('no key update');
    if (!row || row.applicantAccountId !== caller.actor.accountId || !row.instanceId) throw errors.notFound('申请', 'Request');
    return row;
  }

  /** After a return for edits: new content, then the approval starts over. */
  async function resubmit(caller: Caller, id: string, input: RequestInput & { comment?: string | null | undefined }) {
    return db.transaction(async (tx) => {
      const before = await ownRequest(tx, caller, id);
      if (before.status !== 'returned') throw errors.conflict('WF_NOT_RETURNED', '只有被退回的申请可以修改后重新提交', 'Only a returned request can be resubmitted', { status: before.status });
      const [after] = await tx.update(wfRequests).set({
        title: input.title, kind: input.kind, amountFen: input.amountFen ?? null, description: input.description ?? null,
        attachmentIds: input.attachmentIds ?? before.attachmentIds, status: 'pending', updatedAt: new Date(),
      }).where(eq(wfRequests.id, id)).returning();
      await engine.resubmit(caller, before.instanceId!, { title: input.title, subject: subjectOf(input), comment: input.comment ?? null, attachmentIds: input.attachmentIds }, tx);
      await appendAudit(tx, caller.actor, { action: 'workflow.request.update', objectType: 'workflow-request', objectId: id, before, after });
      const [current] = await tx.select().from(wfRequests).where(eq(wfRequests.id, id));
      return current!;
    });
  }

  async function withdraw(caller: Caller, id: string, comment: string | null) {
    return db.transaction(async (tx) => {
      const row = await ownRequest(tx, caller, id);
      await engine.withdraw(caller, row.instanceId!, { comment }, tx);
      const [current] = await tx.select().from(wfRequests).where(eq(wfRequests.id, id));
      return current!;
    });
  }

  return { file, listMine, get, resubmit, withdraw };
}

export type RequestService = ReturnType<typeof createRequestService>;
