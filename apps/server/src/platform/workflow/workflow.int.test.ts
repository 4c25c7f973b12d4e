import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/helpers/test-db.js';
import { ensureAuditHead, verifyAuditChain } from '../audit/audit.service.js';
import { createAccountService } from '../auth/account.service.js';
import { accounts } from '../auth/auth.table.js';
import { createFieldCrypto } from '../crypto/field-crypto.js';
import type { Database } from '../db/database.js';
import { agencies, people, regions } from '../org/org.table.js';
import { registerOrgPermissions } from '../org/index.js';
import { PermissionRegistry, registerPlatformPermissions } from '../rbac/permissions.js';
import { createRoleService } from '../rbac/roles.service.js';
import { createTenantService, DEMO_PASSWORD } from '../tenant/tenant.service.js';
import { createWorkflow, recordingNotifier, registerWorkflowPermissions, seedWorkflowDemo, type Caller, type StepDef } from './index.js';
import { wfRequests } from './workflow.table.js';

const HOUR = 3_600_000;
const system = { accountId: null, name: 'system', ip: null };

describe('workflow engine (module, real database)', () => {
  let database: Database;
  let wf: ReturnType<typeof createWorkflow>;
  const attached: Array<{ fileIds: readonly string[]; instanceId: string; uploadedBy: string | null }> = [];
  const notify = recordingNotifier();
  const clock = new Date('2026-03-02T01:00:00Z');
  const who: Record<string, Caller> = {};
  let signers: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    const db = database.db;
    await ensureAuditHead(db);
    const registry = new PermissionRegistry();
    registerPlatformPermissions(registry);
    registerOrgPermissions(registry);
    registerWorkflowPermissions(registry);
    const roles = createRoleService(db, registry);
    await roles.ensureBuiltinRoles();
    const accountSvc = createAccountService(db);
    const log = { info() {}, warn() {} } as never;
    await createTenantService({ db, crypto: createFieldCrypto(randomBytes(32)), accounts: accountSvc, roles, log }).seedDemo();
    const { definitionId } = await seedWorkflowDemo(db);
    // why a recorder: the files engine is wired in composition; here the engine's own hand-over is checked.
    wf = createWorkflow({ db, notify, clock: () => clock, attachFiles: async (_tx, a) => { attached.push(a); } });
    const def = await wf.api.definitions.get(definitionId);
    signers = def.steps[1]!.assignees.map((r) => (r.kind === 'person' ? r.personId : ''));
    for (const [i, personId] of signers.entries()) {
      await accountSvc.create(system, { username: `signer${i + 1}`, displayName: `会签人${i + 1}`, personId, initialPassword: DEMO_PASSWORD }, undefined, { mustChangePassword: false });
    }
    for (const username of ['staff', 'agency', 'center', 'signer1', 'signer2']) {
      const [a] = await db.select().from(accounts).where(eq(accounts.username, username));
      who[username] = { actor: { accountId: a!.id, name: username, ip: null }, personId: a!.personId };
    }
  }, 180_000);
  afterAll(async () => { await database?.close(); });

  const file = (title: string, amountFen = 120_000, by = 'staff') => wf.api.requests.file(who[by]!, { title, kind: 'expense', amountFen });
  const openTask = async (username: string, instanceId: string) => {
    const r = await wf.api.myTasks(who[username]!.actor.accountId, { status: 'open', limit: 50, offset: 0 });
    return r.items.find((t) => t.instanceId === instanceId);
  };

  it('goes through three steps with an all-must-approve parallel step, then runs the callback', async () => {
    const req = await file('采购打印机一台');
    const id = req.instanceId!;
    const t1 = await openTask('agency', id);
    expect(t1?.stepName).toBe('部门负责人审批');
    await wf.api.approve(who.agency!, t1!.id, { comment: '同意' });

    const a = await openTask('signer1', id);
    const b = await openTask('signer2', id);
    expect(a && b).toBeTruthy();
    await wf.api.approve(who.signer1!, a!.id, {});
    expect((await wf.api.instance(id, who.staff!.actor.accountId, false)).currentStep).toBe(1);
    expect(await openTask('center', id)).toBeUndefined();
    await wf.api.approve(who.signer2!, b!.id, { comment: '财务同意', attachmentIds: ['0190a000-0000-7000-8000-000000000001'] });
    expect(attached).toContainEqual({ fileIds: ['0190a000-0000-7000-8000-000000000001'], instanceId: id, uploadedBy: who.signer2!.actor.accountId });

    const t3 = await openTask('center', id);
    expect(t3?.stepName).toBe('中心审批');
    const done = await wf.api.approve(who.center!, t3!.id, {});
    expect(done.status).toBe('approved');
    const [row] = await database.db.select().from(wfRequests).where(eq(wfRequests.id, req.id));
    expect(row!.status).toBe('approved');
    expect(row!.decidedAt).not.toBeNull();
    const detail = await wf.api.instance(id, who.staff!.actor.accountId, false);
    expect(detail.events.map((e) => e.action).filter((a) => a !== 'reassign')).toEqual(['submit', 'step', 'approve', 'step', 'approve', 'approve', 'step', 'approve', 'approved']);
    expect(detail.events.find((e) => e.comment === '财务同意')!.attachmentIds).toHaveLength(1);
    expect(notify.sent.some((n) => n.accountIds.includes(who.staff!.actor.accountId) && n.title.includes('已通过'))).toBe(true);
  });

  it('refuses self-approval: the applicant acting on a task, delegation to the applicant, and never assigns the applicant', async () => {
    const req = await file('参加培训');
    const t1 = await openTask('agency', req.instanceId!);
    await expect(wf.api.approve(who.staff!, t1!.id, {})).rejects.toMatchObject({ status: 422, code: 'WF_SELF_APPROVAL' });
    await expect(wf.api.delegate(who.agency!, t1!.id, { toAccountId: who.staff!.actor.accountId })).rejects.toMatchObject({ status: 422, code: 'WF_SELF_APPROVAL' });
    await expect(wf.api.approve(who.center!, t1!.id, {})).rejects.toMatchObject({ status: 404 });

    // The agency officer files: its own department-head step falls to the center, never to itself.
    const own = await file('单位管理员的申请', 0, 'agency');
    expect(await openTask('agency', own.instanceId!)).toBeUndefined();
    const t = await openTask('center', own.instanceId!);
    expect(t?.via).toBe('no-assignee');
    await wf.api.withdraw(who.agency!, own.instanceId!, {});
  });

  it('sends one reminder when a step is overdue and escalates after a second period', async () => {
    const start = new Date(clock);
    const req = await file('超时测试');
    const t1 = await openTask('agency', req.instanceId!);
    expect(new Date(t1!.dueAt!).getTime()).toBe(start.getTime() + 24 * HOUR);
    notify.sent.length = 0;

    expect(await wf.checkSla(new Date(start.getTime() + 23 * HOUR))).toEqual({ reminded: 0, escalated: 0 });
    expect((await wf.checkSla(new Date(start.getTime() + 25 * HOUR))).reminded).toBeGreaterThanOrEqual(1);
    const reminder = notify.sent.find((n) => n.title === '审批超时提醒：超时测试');
    expect(reminder?.accountIds).toEqual([who.agency!.actor.accountId]);
    expect((await wf.checkSla(new Date(start.getTime() + 26 * HOUR))).reminded).toBe(0);
    expect(notify.sent.filter((n) => n.title === '审批超时提醒：超时测试')).toHaveLength(1);

    expect((await wf.checkSla(new Date(start.getTime() + 49 * HOUR))).escalated).toBeGreaterThanOrEqual(1);
    const escalated = await openTask('center', req.instanceId!);
    expect(escalated?.via).toBe('escalated');
    const d = await wf.api.instance(req.instanceId!, who.staff!.actor.accountId, false);
    expect(d.events.map((e) => e.action)).toEqual(expect.arrayContaining(['remind', 'escalate']));
    // Either holder may now act; the center's approval completes the step.
    await wf.api.approve(who.center!, escalated!.id, {});
    expect(await openTask('agency', req.instanceId!)).toBeUndefined();
  });

  it('returns for edits, resubmits from the first step, withdraws and rejects with the callbacks', async () => {
    const req = await file('需要修改的申请');
    const t1 = await openTask('agency', req.instanceId!);
    await expect(wf.api.returnForEdits(who.agency!, t1!.id, {})).rejects.toMatchObject({ status: 400 });
    await wf.api.returnForEdits(who.agency!, t1!.id, { comment: '请补充预算' });
    expect((await wf.api.requests.get(req.id, who.staff!.actor.accountId, false)).status).toBe('returned');
    const again = await wf.api.requests.resubmit(who.staff!, req.id, { title: '需要修改的申请（已补充）', kind: 'expense', amountFen: 90_000 });
    expect(again.status).toBe('pending');
    const t1b = await openTask('agency', req.instanceId!);
    await expect(wf.api.approve(who.agency!, t1!.id, {})).rejects.toMatchObject({ status: 409 });
    await wf.api.reject(who.agency!, t1b!.id, { comment: '不符合规定' });
    expect((await wf.api.requests.get(req.id, who.staff!.actor.accountId, false)).status).toBe('rejected');

    const w = await file('撤回的申请');
    await wf.api.requests.withdraw(who.staff!, w.id, '不需要了');
    expect((await wf.api.requests.get(w.id, who.staff!.actor.accountId, false)).status).toBe('withdrawn');
    expect(await openTask('agency', w.instanceId!)).toBeUndefined();
  });

  it('chooses the most specific region, skips steps whose condition fails, and lets any party approve', async () => {
    const db = database.db;
    const [staffPerson] = await db.select({ regionId: agencies.regionId }).from(people).innerJoin(agencies, eq(agencies.id, people.agencyId)).where(eq(people.id, who.staff!.personId!));
    const [region] = await db.select({ name: regions.name }).from(regions).where(eq(regions.id, staffPerson!.regionId));
    expect(region).toBeTruthy();
    const steps: StepDef[] = [
      { name: '大额审核', mode: 'all', condition: { amountFenMin: 1_000_000 }, assignees: [{ kind: 'center-role', roleCode: 'center' }] },
      { name: '或签', mode: 'any', assignees: [{ kind: 'center-role', roleCode: 'center' }, { kind: 'agency-role', roleCode: 'agency-officer' }] },
    ];
    await expect(wf.api.definitions.create(system, { businessType: 'platform.request', regionId: staffPerson!.regionId, name: '本区域流程', steps: [{ ...steps[0]!, assignees: [{ kind: 'center-role', roleCode: 'no-such-role' }] }] }))
      .rejects.toMatchObject({ status: 400, fields: [{ path: 'steps.0.assignees.0.roleCode' }] });
    const def = await wf.api.definitions.create(system, { businessType: 'platform.request', regionId: staffPerson!.regionId, name: '本区域流程', steps });

    const small = await file('小额申请', 5_000);
    const d = await wf.api.instance(small.instanceId!, who.staff!.actor.accountId, false);
    expect(d.steps.map((s) => s.applies)).toEqual([false, true]);
    expect(d.currentStep).toBe(1);
    const t = await openTask('agency', small.instanceId!);
    await wf.api.approve(who.agency!, t!.id, {});
    expect((await wf.api.requests.get(small.id, who.staff!.actor.accountId, false)).status).toBe('approved');
    expect(await openTask('center', small.instanceId!)).toBeUndefined();

    await wf.api.definitions.update(system, def.id, { active: false });
    const back = await file('回到默认流程');
    expect((await wf.api.instance(back.instanceId!, who.staff!.actor.accountId, false)).steps).toHaveLength(3);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
