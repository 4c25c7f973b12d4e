import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import type { Db } from '../../../platform/db/types.js';
import { exportList } from '../../../platform/http/export.js';
import { offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { estatePermissions as P } from '../permissions.js';
import type { ApplicationService } from './application.service.js';
import { application, applicationInput, applicationListQuery, reviewInput } from './housing.schemas.js';

const tags = ['estate-housing'];
const statusZh: Record<string, string> = { submitted: '待审核', approved: '审核通过', rejected: '未通过', withdrawn: '已撤回', allocated: '已配租', waiting: '轮候中' };

export const applicationRoutes = (db: Db, apps: ApplicationService): FastifyPluginAsyncZod => async (app) => {
  app.post('/applications', {
    config: { permission: P.housingApply },
    schema: { tags, summary: '申请公租房（干部本人） Apply for staff housing', body: applicationInput, response: { 201: application, 400: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req, reply) => reply.status(201).send(await apps.submit({ actor: actorOf(req), accountId: req.auth!.accountId, personId: req.auth!.personId }, req.body)));

  app.get('/applications/mine', {
    config: { permission: P.housingApply },
    schema: { tags, summary: '我的申请 My applications and their status', response: { 200: pageOf(application) } },
  }, async (req) => apps.mine(req.auth!.personId));

  app.post('/applications/:id/withdraw', {
    config: { permission: P.housingApply },
    schema: { tags, summary: '撤回我的申请 Withdraw my application', params: idParams, response: { 200: application, 404: errorBody, 422: errorBody } },
  }, async (req) => apps.withdraw({ actor: actorOf(req), accountId: req.auth!.accountId, personId: req.auth!.personId }, req.params.id));

  app.get('/applications', {
    config: { permission: P.housingApplicationRead },
    schema: { tags, summary: '申请列表 List applications', querystring: applicationListQuery, response: { 200: pageOf(application) } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.housingApplicationRead, objectType: 'estate.housing-application', filename: '公租房申请.xlsx', sheet: '申请', filters: req.query,
        page: async (scopes, limit, offset) => (await apps.list(scopes, filter, limit, offset)).items,
        columns: [
          { header: '批次', value: (r) => r.roundName }, { header: '姓名', value: (r) => r.personName }, { header: '单位', value: (r) => r.agencyName, width: 28 },
          { header: '家庭人口', value: (r) => r.familySize }, { header: '入职年限', value: (r) => Number(r.yearsSinceHire) }, { header: '本市有房', value: (r) => (r.ownsHomeInCity ? '是' : '否') },
          { header: '符合条件', value: (r) => (r.eligible ? '是' : '否') }, { header: '得分', value: (r) => Number(r.score) }, { header: '状态', value: (r) => statusZh[r.status] ?? r.status },
          { header: '轮候序号', value: (r) => r.queueRank }, { header: '审核意见', value: (r) => r.reviewComment, width: 30 },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return apps.list(req.scopes, filter, limit, offset);
  });

  app.get('/applications/:id', {
    config: { permission: P.housingApplicationRead },
    schema: { tags, summary: '申请详情 Get an application', params: idParams, response: { 200: application, 404: errorBody } },
  }, async (req) => apps.get(req.scopes, req.params.id));

  app.post('/applications/:id/review', {
    config: { permission: P.housingApplicationReview },
    schema: { tags, summary: '审核申请（通过/驳回，须填理由） Review an application', params: idParams, body: reviewInput, response: { 200: application, 404: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req) => apps.review(actorOf(req), req.scopes, req.params.id, req.body));
};

