import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../http/errors.js';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams, okBody } from '../http/schemas.js';
import type { Caller } from './engine.core.js';
import type { Engine } from './engine.service.js';
import type { TaskQueries } from './tasks.queries.js';
import { workflowPermissions as P } from './workflow.permissions.js';
import { accountItem, actInput, delegateInput, instanceDetail, instanceQuery, instanceSummary, json, taskItem, taskQuery } from './workflow.schemas.js';

/** The signed-in account as the engine's caller. */
export function callerOf(req: FastifyRequest): Caller {
  if (!req.auth) throw errors.unauthenticated();
  return { actor: { ...actorOf(req), accountId: req.auth.accountId }, personId: req.auth.personId };
}
export const canDefine = (req: FastifyRequest) => !!req.auth?.permissions.has(P.define);

/** /api/v1/workflow: My tasks, the actions on a task, my submissions and an instance's timeline. */
export const taskRoutes = (engine: Engine, queries: TaskQueries): FastifyPluginAsyncZod => async (app) => {
  const tags = ['workflow'];
  const auth = { authenticated: true } as const;
  const acted = { 200: instanceSummary, 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
  const summaryOf = async (req: FastifyRequest, id: string) => {
    const d = await queries.instance(id, req.auth!.accountId, true);
    const { subject: _s, applicantName: _a, applicantPersonName: _p, agencyName: _g, departmentName: _d, applicantAccountId: _i, steps: _st, tasks: _t, events: _e, ...summary } = d;
    return json(summary);
  };

  app.get('/tasks', {
    config: auth,
    schema: { tags, summary: '我的待办 My tasks across all modules', querystring: taskQuery, response: { 200: pageOf(taskItem), 400: errorBody } },
  }, async (req) => json(await queries.myTasks(req.auth!.accountId, { ...req.query, ...offsetOf(req.query) })));

  app.get('/tasks/count', {
    config: auth,
    schema: { tags, summary: '待办数 Number of open tasks', response: { 200: z.object({ open: z.number().int() }) } },
  }, async (req) => queries.openCount(req.auth!.accountId));

  app.post('/tasks/:id/approve', {
    config: auth,
    schema: { tags, summary: '同意 Approve', params: idParams, body: actInput, response: acted },
  }, async (req) => summaryOf(req, (await engine.approve(callerOf(req), req.params.id, req.body)).id));

  app.post('/tasks/:id/reject', {
    config: auth,
    schema: { tags, summary: '驳回 Reject (the request ends)', params: idParams, body: actInput, response: acted },
  }, async (req) => summaryOf(req, (await engine.reject(callerOf(req), req.params.id, req.body)).id));

  app.post('/tasks/:id/return', {
    config: auth,
    schema: { tags, summary: '退回修改 Return for edits', params: idParams, body: actInput, response: acted },
  }, async (req) => summaryOf(req, (await engine.returnForEdits(callerOf(req), req.params.id, req.body)).id));

  app.post('/tasks/:id/delegate', {
    config: auth,
    schema: { tags, summary: '委托 Delegate to another account', params: idParams, body: delegateInput, response: { 200: z.object({ taskId: z.string() }), 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req) => ({ taskId: (await engine.delegate(callerOf(req), req.params.id, req.body)).id }));

  app.get('/accounts', {
    config: auth,
    schema: { tags, summary: '可委托的账号 Accounts to delegate to', querystring: z.strictObject({ q: z.string().trim().max(50).optional() }), response: { 200: pageOf(accountItem) } },
  }, async (req) => queries.assignableAccounts(req.query.q));

  app.get('/instances', {
    config: auth,
    schema: { tags, summary: '我发起的审批 Approvals I submitted', querystring: instanceQuery, response: { 200: pageOf(instanceSummary), 400: errorBody } },
  }, async (req) => json(await queries.myInstances(req.auth!.accountId, { ...req.query, ...offsetOf(req.query) })));

  app.get('/instances/:id', {
    config: auth,
    schema: { tags, summary: '审批单与审批记录 An approval with its tasks and timeline', params: idParams, response: { 200: instanceDetail, 404: errorBody } },
  }, async (req) => json(await queries.instance(req.params.id, req.auth!.accountId, canDefine(req))));

  app.post('/instances/:id/comment', {
    config: auth,
    schema: { tags, summary: '发表意见 Comment (with attachments)', params: idParams, body: actInput, response: { 200: okBody, 400: errorBody, 404: errorBody } },
  }, async (req) => {
    await engine.comment(callerOf(req), req.params.id, req.body, canDefine(req));
    return { ok: true };
  });

  app.post('/instances/:id/withdraw', {
    config: auth,
    schema: { tags, summary: '撤回 Withdraw (the applicant)', params: idParams, body: actInput, response: acted },
  }, async (req) => summaryOf(req, (await engine.withdraw(callerOf(req), req.params.id, req.body)).id));

  app.post('/instances/:id/resubmit', {
    config: auth,
    schema: { tags, summary: '重新提交 Resubmit after a return (the applicant)', params: idParams, body: actInput.extend({ title: z.string().trim().min(1).max(100).optional() }), response: acted },
  }, async (req) => summaryOf(req, (await engine.resubmit(callerOf(req), req.params.id, req.body)).id));
};
