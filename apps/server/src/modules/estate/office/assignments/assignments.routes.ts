import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../../platform/db/types.js';
import { exportList } from '../../../../platform/http/export.js';
import { offsetOf, pageOf } from '../../../../platform/http/paging.js';
import { actorOf } from '../../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../../platform/http/schemas.js';
import { estatePermissions as P } from '../../permissions.js';
import { assignment, assignmentEnd, assignmentInput, assignmentListQuery } from './assignments.schemas.js';
import type { AssignmentService } from './assignments.service.js';

/** /api/v1/estate/assignments: people ↔ office rooms. */
export const assignmentRoutes = (deps: { db: Db; assignments: AssignmentService }): FastifyPluginAsyncZod => async (app) => {
  const { db, assignments } = deps;
  const tags = ['estate'];

  app.get('/assignments', {
    config: { permission: P.read },
    schema: { tags, summary: '人员用房登记列表 List room assignments', querystring: assignmentListQuery, response: { 200: pageOf(assignment) } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.read, objectType: 'estate.assignment', filename: '人员用房登记.xlsx', sheet: '用房登记', filters: req.query,
        page: async (scopes, limit, offset) => (await assignments.list(scopes, filter, limit, offset)).items,
        columns: [
          { header: '姓名', value: (r) => r.personName }, { header: '职务', value: (r) => r.post }, { header: '单位', value: (r) => r.agencyName, width: 30 },
          { header: '楼宇', value: (r) => r.buildingName, width: 24 }, { header: '房间号', value: (r) => r.roomNumber }, { header: '使用面积(m²)', value: (r) => r.usableAreaM2 },
          { header: '类型', value: (r) => (r.kind === 'side' ? '兼职' : '主职') }, { header: '开始日期', value: (r) => r.startDate }, { header: '结束日期', value: (r) => r.endDate },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return assignments.list(req.scopes, filter, limit, offset);
  });

  app.post('/assignments', {
    config: { permission: P.assignmentWrite },
    schema: { tags, summary: '登记人员使用办公室 Assign a person to an office room', body: assignmentInput, response: { 201: assignment, 400: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req, reply) => {
    const row = await assignments.create(actorOf(req), req.scopes, req.body);
    return reply.status(201).send(await assignments.get([{ kind: 'all' }], row.id));
  });

  app.get('/assignments/:id', {
    config: { permission: P.read },
    schema: { tags, summary: '用房登记详情 Get an assignment', params: idParams, response: { 200: assignment, 404: errorBody } },
  }, async (req) => assignments.get(req.scopes, req.params.id));

  app.post('/assignments/:id/end', {
    config: { permission: P.assignmentWrite },
    schema: { tags, summary: '结束用房（腾出） End an assignment', params: idParams, body: assignmentEnd, response: { 200: assignment, 400: errorBody, 404: errorBody } },
  }, async (req) => {
    await assignments.end(actorOf(req), req.scopes, req.params.id, req.body.endDate, req.body.note);
    return assignments.get([{ kind: 'all' }], req.params.id);
  });
};
