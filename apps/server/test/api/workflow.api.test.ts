import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workflow } from '../../src/platform/workflow/index.js';
import { as, buildTestApp, DEMO_PASSWORD, login, type Session } from '../helpers/test-app.js';

const NEW_PASSWORD = 'Signer#2026abc';
const HOUR = 3_600_000;

interface Task { id: string; instanceId: string; stepName: string; status: string; dueAt: string | null; via: string }

describe('workflow API: definitions, 事项申请, My tasks, SLA', () => {
  let app: FastifyInstance;
  const s: Record<string, Session> = {};
  const workflow = () => (app.platform as unknown as { workflow: Workflow }).workflow;

  /** sysadmin creates an account for a person, secadmin grants 干部, the person sets a password. */
  async function newAccount(username: string, personId: string): Promise<Session> {
    const created = await as(app, s.sysadmin!)('POST', '/api/v1/admin/accounts', { username, displayName: username, personId, initialPassword: DEMO_PASSWORD });
    expect(created.statusCode, created.body).toBe(201);
    const roles = (await as(app, s.secadmin!)('GET', '/api/v1/admin/roles')).json() as { items: Array<{ id: string; code: string }> };
    const grant = await as(app, s.secadmin!)('POST', '/api/v1/admin/grants', { accountId: created.json().id, roleId: roles.items.find((r) => r.code === 'cadre')!.id, scopeKind: 'self' });
    expect(grant.statusCode, grant.body).toBe(201);
    const first = await login(app, username);
    const changed = await as(app, first)('POST', '/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.statusCode, changed.body).toBe(204);
    return login(app, username, NEW_PASSWORD);
  }

  const tasksOf = async (who: string, instanceId: string) => {
    const r = await as(app, s[who]!)('GET', '/api/v1/workflow/tasks?pageSize=200');
    expect(r.statusCode, r.body).toBe(200);
    return (r.json().items as Task[]).filter((t) => t.instanceId === instanceId);
  };
  const act = (who: string, taskId: string, verb: string, body: unknown = {}) => as(app, s[who]!)('POST', `/api/v1/workflow/tasks/${taskId}/${verb}`, body);
  const fileRequest = async (who: string, title: string, amountFen = 50_000) => {
    const r = await as(app, s[who]!)('POST', '/api/v1/workflow/requests', { title, kind: 'purchase', amountFen, description: '办公用品' });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: string; instanceId: string; status: string };
  };

  /** Uploads a small PDF as a workflow attachment; returns its file id. */
  const uploadPdf = async (who: string, pdf = Buffer.from('%PDF-1.4\n%%EOF\n')) => {
    const boundary = '----zdwfattachment';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="报价单.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      pdf, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await as(app, s[who]!)('POST', '/api/v1/files?use=workflow.attachment', payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    expect(up.statusCode, up.body).toBe(201);
    return up.json().id as string;
  };

  beforeAll(async () => {
    app = await buildTestApp();
    for (const u of ['center', 'agency', 'staff', 'sysadmin', 'secadmin']) s[u] = await login(app, u);
    const defs = await as(app, s.center!)('GET', '/api/v1/workflow/definitions?businessType=platform.request');
    expect(defs.statusCode, defs.body).toBe(200);
    const step2 = defs.json().items[0].steps[1] as { assignees: Array<{ personId: string }> };
    s.signer1 = await newAccount('wf-signer1', step2.assignees[0]!.personId);
    s.signer2 = await newAccount('wf-signer2', step2.assignees[1]!.personId);
  }, 180_000);
  afterAll(async () => { await app?.close(); });

  it('guards the routes: definitions need the center permission, tasks a sign-in', async () => {
    expect((await as(app, s.staff!)('GET', '/api/v1/workflow/definitions')).statusCode).toBe(403);
    expect((await as(app, s.agency!)('GET', '/api/v1/workflow/definitions')).statusCode, 'an agency officer does not administer processes').toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/workflow/tasks' })).statusCode).toBe(401);
    const types = await as(app, s.staff!)('GET', '/api/v1/workflow/business-types');
    expect(types.json().items).toContainEqual({ type: 'platform.request', nameZh: '事项申请', nameEn: 'General request' });
  });

  it('attaches uploaded files to the request: its approvers may download them, others may not', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const fileId = await uploadPdf('staff', pdf);
    const r = await as(app, s.staff!)('POST', '/api/v1/workflow/requests', { title: '带附件的申请', kind: 'purchase', amountFen: 1000, description: '见附件', attachmentIds: [fileId] });
    expect(r.statusCode, r.body).toBe(201);
    const [task] = await tasksOf('agency', r.json().instanceId);
    expect(task, 'the first step is with the agency officer').toBeDefined();
    const byApprover = await as(app, s.agency!)('GET', `/api/v1/files/${fileId}`);
    expect(byApprover.statusCode).toBe(200);
    expect(byApprover.rawPayload.equals(pdf)).toBe(true);
    expect((await as(app, s.signer1!)('GET', `/api/v1/files/${fileId}`)).statusCode, 'not yet a participant').toBe(404);
    const again = await as(app, s.staff!)('POST', '/api/v1/workflow/requests', { title: '重复使用附件', kind: 'purchase', amountFen: 1000, attachmentIds: [fileId] });
    expect(again.statusCode, 'a file belongs to one record').toBe(400);
  });

  it('runs a three-step approval with an all-must-approve parallel step to the callback', async () => {
    const req = await fileRequest('staff', '购置会议室投影仪');
    expect(req.status).toBe('pending');
    const [t1] = await tasksOf('agency', req.instanceId);
    expect(t1?.stepName).toBe('部门负责人审批');
    expect((await act('agency', t1!.id, 'approve', { comment: '同意' })).statusCode).toBe(200);

    const [a] = await tasksOf('signer1', req.instanceId);
    const [b] = await tasksOf('signer2', req.instanceId);
    const first = await act('signer1', a!.id, 'approve', { comment: '会签同意' });
    expect(first.json()).toMatchObject({ status: 'running', currentStep: 1 });
    const second = await act('signer2', b!.id, 'approve', { attachmentIds: [await uploadPdf('signer2')] });
    expect(second.json()).toMatchObject({ status: 'running', currentStep: 2, currentStepName: '中心审批' });

    const [t3] = await tasksOf('center', req.instanceId);
    const done = await act('center', t3!.id, 'approve', { comment: '同意购置' });
    expect(done.json()).toMatchObject({ status: 'approved' });
    const after = await as(app, s.staff!)('GET', `/api/v1/workflow/requests/${req.id}`);
    expect(after.json()).toMatchObject({ status: 'approved' });

    const detail = (await as(app, s.staff!)('GET', `/api/v1/workflow/instances/${req.instanceId}`)).json();
    expect(detail.events.filter((e: { action: string }) => e.action === 'approve')).toHaveLength(4);
    expect(detail.events.at(-1).action).toBe('approved');
    const done1 = (await as(app, s.signer1!)('GET', '/api/v1/workflow/tasks?status=done')).json();
    expect(done1.items.some((t: Task) => t.instanceId === req.instanceId && t.status === 'approved')).toBe(true);
  });

  it('refuses a self-approval and hides an instance from accounts outside it', async () => {
    const req = await fileRequest('staff', '报销差旅费');
    const [t1] = await tasksOf('agency', req.instanceId);
    const self = await act('staff', t1!.id, 'approve');
    expect(self.statusCode).toBe(422);
    expect(self.json()).toMatchObject({ code: 'WF_SELF_APPROVAL', message: '不能审批本人提交的申请' });
    const toApplicant = await act('agency', t1!.id, 'delegate', { toAccountId: s.staff!.user.id });
    expect(toApplicant.json().code).toBe('WF_SELF_APPROVAL');
    expect((await act('signer1', t1!.id, 'approve')).statusCode).toBe(404);
    expect((await as(app, s.signer1!)('GET', `/api/v1/workflow/instances/${req.instanceId}`)).statusCode).toBe(404);
    expect((await as(app, s.signer1!)('GET', `/api/v1/workflow/requests/${req.id}`)).statusCode).toBe(404);

    // Delegation: the delegate may act, the delegator no longer can.
    const del = await act('agency', t1!.id, 'delegate', { toAccountId: s.signer1!.user.id, comment: '请代为审批' });
    expect(del.statusCode, del.body).toBe(200);
    expect((await act('agency', t1!.id, 'approve')).statusCode).toBe(409);
    const [delegated] = await tasksOf('signer1', req.instanceId);
    expect(delegated?.via).toBe('delegated');
    const comment = await as(app, s.signer1!)('POST', `/api/v1/workflow/instances/${req.instanceId}/comment`, { comment: '请补充发票' });
    expect(comment.statusCode).toBe(200);
    const ret = await act('signer1', delegated!.id, 'return', { comment: '发票不全' });
    expect(ret.json()).toMatchObject({ status: 'returned' });
    expect((await as(app, s.staff!)('GET', `/api/v1/workflow/requests/${req.id}`)).json().status).toBe('returned');
    const resubmitted = await as(app, s.staff!)('POST', `/api/v1/workflow/requests/${req.id}/resubmit`, { title: '报销差旅费（补发票）', kind: 'expense', amountFen: 80_000 });
    expect(resubmitted.json()).toMatchObject({ status: 'pending', title: '报销差旅费（补发票）' });
    const withdrawn = await as(app, s.staff!)('POST', `/api/v1/workflow/requests/${req.id}/withdraw`, { comment: '不再需要' });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
  });

  it('an overdue step sends its reminder once, then escalates to the center', async () => {
    const req = await fileRequest('staff', '超时未审的申请');
    const [t1] = await tasksOf('agency', req.instanceId);
    const due = new Date(t1!.dueAt!).getTime();
    expect(due - Date.now()).toBeGreaterThan(23 * HOUR);

    const first = await workflow().checkSla(new Date(due + HOUR));
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect((await workflow().checkSla(new Date(due + 2 * HOUR))).reminded).toBe(0);
    const timeline = (await as(app, s.staff!)('GET', `/api/v1/workflow/instances/${req.instanceId}`)).json();
    const reminders = timeline.events.filter((e: { action: string }) => e.action === 'remind');
    expect(reminders).toHaveLength(1);
    expect(reminders[0].details.accountId).toBe(s.agency!.user.id);

    const later = await workflow().checkSla(new Date(due + 25 * HOUR));
    expect(later.escalated).toBeGreaterThanOrEqual(1);
    const [escalated] = await tasksOf('center', req.instanceId);
    expect(escalated?.via).toBe('escalated');
  });

  it('edits a definition in the console: validation names the field; a new version applies to new requests only', async () => {
    const bad = await as(app, s.center!)('POST', '/api/v1/workflow/definitions', {
      businessType: 'platform.request', name: '错误的流程', steps: [{ name: '审批', assignees: [{ kind: 'person', personId: '0190a000-0000-7000-8000-000000000009' }] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].path).toBe('steps.0.assignees.0.personId');
    const list = (await as(app, s.center!)('GET', '/api/v1/workflow/definitions')).json() as { items: Array<{ id: string; businessType: string; version: number; steps: unknown[] }> };
    // why: the modules seed their own definitions too; this test edits the one of 事项申请.
    const def = list.items.find((d) => d.businessType === 'platform.request')!;
    const running = await fileRequest('staff', '修改流程前提交');
    const patched = await as(app, s.center!)('PATCH', `/api/v1/workflow/definitions/${def.id}`, { steps: [def.steps[2]] });
    expect(patched.json()).toMatchObject({ version: def.version + 1 });
    expect((await as(app, s.staff!)('GET', `/api/v1/workflow/instances/${running.instanceId}`)).json().steps).toHaveLength(3);
    const fresh = await fileRequest('staff', '修改流程后提交');
    expect((await as(app, s.staff!)('GET', `/api/v1/workflow/instances/${fresh.instanceId}`)).json().steps).toHaveLength(1);
  });
});
