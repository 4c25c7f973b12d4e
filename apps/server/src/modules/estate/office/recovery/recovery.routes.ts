import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuery, offsetOf, pageOf } from '../../../../platform/http/paging.js';
import { actorOf } from '../../../../platform/http/request-context.js';
import { errorBody, idParams, isoDate } from '../../../../platform/http/schemas.js';
import { estatePermissions as P } from '../../permissions.js';
import { shanghaiDate } from '../shared.js';
import type { RecoveryService } from './recovery.service.js';

const task = z.object({
  id: z.string(), personId: z.string(), personName: z.string(), agencyId: z.string(), agencyName: z.string(), roomId: z.string(), roomNumber: z.string(),
  buildingName: z.string(), assignmentId: z.string(), reason: z.string(), effectiveDate: z.string(), dueDate: z.string(), status: z.string(),
  remindedAt: z.date().nullable(), escalatedAt: z.date().nullable(), doneAt: z.date().nullable(), overdue: z.boolean(),
}).meta({ id: 'EstateRecoveryTask' });
const rule = z.object({ reason: z.string(), months: z.number().int(), remindDaysBefore: z.number().int(), escalateAfterDays: z.number().int(), source: z.string() });
const reason = z.enum(['transfer', 'retirement', 'side-post-ended']);

/** /api/v1/estate/recovery-tasks and /recovery-rules (用房清退). */
export const recoveryRoutes = (deps: { recovery: RecoveryService; clock: () => Date }): FastifyPluginAsyncZod => async (app) => {
  const { recovery, clock } = deps;
  const tags = ['estate'];

  app.get('/recovery-tasks', {
    config: { permission: P.recoveryRead },
    schema: {
      tags, summary: '用房清退任务 Room recovery tasks',
      querystring: z.strictObject({ page: listQuery.page, pageSize: listQuery.pageSize, status: z.enum(['open', 'done', 'cancelled']).optional(), agencyId: z.uuid().optional(), personId: z.uuid().optional(), overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional() }),
      response: { 200: pageOf(task) },
    },
  }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return recovery.list(req.scopes, f, shanghaiDate(clock()), limit, offset);
  });

  app.post('/recovery-tasks/:id/complete', {
    config: { permission: P.recoveryWrite },
    schema: { tags, summary: '办结清退（结束用房） Complete a recovery', params: idParams, body: z.strictObject({ date: isoDate }), response: { 200: z.object({ id: z.string(), status: z.string() }), 404: errorBody, 409: errorBody } },
  }, async (req) => recovery.complete(actorOf(req), req.scopes, req.params.id, req.body.date));

  app.get('/recovery-rules', {
    config: { permission: P.recoveryRead },
    schema: { tags, summary: '清退时限规则 Recovery periods', response: { 200: z.array(rule) } },
  }, async () => recovery.listRules());

  app.patch('/recovery-rules/:reason', {
    config: { permission: P.standardWrite },
    schema: {
      tags, summary: '修改清退时限 Change a recovery period', params: z.object({ reason }),
      body: z.strictObject({ months: z.number().int().min(0).max(24).optional(), remindDaysBefore: z.number().int().min(0).max(90).optional(), escalateAfterDays: z.number().int().min(0).max(90).optional(), source: z.string().min(1).max(500).optional() }),
      response: { 200: rule, 404: errorBody },
    },
  }, async (req) => recovery.setRule(actorOf(req), req.params.reason, req.body));
};
