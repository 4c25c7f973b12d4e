import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { exportList } from '../../../platform/http/export.js';
import { offsetOf, pageOf, listQuery } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { estatePermissions as P } from '../permissions.js';
import type { ApplicationService } from './application.service.js';
import type { DrawService } from './draw.service.js';
import { application, noticeInput, objection, objectionInput, objectionResolve, round, roundInput, roundListQuery, ruleSet, ruleSetInput } from './housing.schemas.js';
import type { RoundService } from './round.service.js';

const tags = ['estate-housing'];
const entry = z.object({ rank: z.number().int(), applicationId: z.string(), score: z.number(), flatId: z.string().nullable() });
const drawInputs = z.object({
  roundId: z.string(), noticeEnd: z.string(), publicRandom: z.string(), method: z.enum(['score', 'lottery']), quota: z.number().int(),
  applicants: z.array(z.object({ applicationId: z.string(), score: z.number() })), flats: z.array(z.object({ flatId: z.string(), label: z.string() })),
});
const drawRecord = z.object({
  id: z.string(), roundId: z.string(), algorithm: z.string(), publicRandom: z.string(), seedMaterial: z.string(), seedHex: z.string(), resultHash: z.string(),
  drawnBy: z.string(), drawnAt: z.string(), inputs: drawInputs, result: z.array(entry),
}).meta({ id: 'HousingDraw' });
const publication = drawRecord.extend({
  round: z.object({ id: z.string(), code: z.string(), name: z.string(), method: z.string(), quota: z.number().int(), noticeStart: z.string().nullable(), noticeEnd: z.string().nullable() }),
  entries: z.array(entry.extend({ personName: z.string(), agencyName: z.string(), flatLabel: z.string().nullable() })),
}).meta({ id: 'HousingDrawPublication' });
const verifyResult = z.object({ matches: z.boolean(), algorithm: z.string(), seedMaterial: z.string(), seedHex: z.string(), recordedHash: z.string(), recomputedHash: z.string() });
const objectionParams = z.object({ id: z.uuid(), objectionId: z.uuid() });

export const roundRoutes = (db: Db, rounds: RoundService, apps: ApplicationService, draws: DrawService): FastifyPluginAsyncZod => async (app) => {
  app.get('/rule-sets', {
    config: { permission: P.housingRoundRead },
    schema: { tags, summary: '准入与评分规则 List rule sets', response: { 200: pageOf(ruleSet) } },
  }, async () => rounds.listRuleSets());

  app.post('/rule-sets', {
    config: { permission: P.housingRoundWrite },
    schema: { tags, summary: '新建规则 Create a rule set', body: ruleSetInput, response: { 201: ruleSet, 400: errorBody, 409: errorBody } },
  }, async (req, reply) => reply.status(201).send(await rounds.createRuleSet(actorOf(req), req.body)));

  app.get('/rounds', {
    config: { permission: P.housingRoundRead },
    schema: { tags, summary: '批次列表 List rounds', querystring: roundListQuery, response: { 200: pageOf(round) } },
  }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return rounds.list(req.scopes, f, limit, offset);
  });

  app.post('/rounds', {
    config: { permission: P.housingRoundWrite },
    schema: { tags, summary: '新建批次 Create a round', body: roundInput, response: { 201: round, 400: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req, reply) => reply.status(201).send(await rounds.create(actorOf(req), req.scopes, req.body)));

  app.get('/rounds/:id', {
    config: { permission: P.housingRoundRead },
    schema: { tags, summary: '批次详情 Get a round', params: idParams, response: { 200: round, 404: errorBody } },
  }, async (req) => rounds.get(req.scopes, req.params.id));

  app.post('/rounds/:id/close-applications', {
    config: { permission: P.housingRoundWrite },
    schema: { tags, summary: '截止申请 Close applications', params: idParams, response: { 200: round, 404: errorBody, 422: errorBody } },
  }, async (req) => rounds.closeApplications(actorOf(req), req.scopes, req.params.id));

  app.post('/rounds/:id/notice', {
    config: { permission: P.housingRoundWrite },
    schema: { tags, summary: '发布公示 Publish the notice', params: idParams, body: noticeInput, response: { 200: round, 404: errorBody, 422: errorBody } },
  }, async (req) => rounds.publishNotice(actorOf(req), req.scopes, req.params.id, req.body));

  app.get('/rounds/:id/waiting-list', {
    config: { permission: P.housingRoundRead },
    schema: { tags, summary: '轮候名单 Waiting list by score or draw rank', params: idParams, querystring: z.strictObject({ page: listQuery.page, pageSize: listQuery.pageSize }), response: { 200: pageOf(application), 404: errorBody } },
  }, async (req) => {
    await rounds.get(req.scopes, req.params.id);
    const { limit, offset } = offsetOf(req.query);
    return apps.waitingList(req.params.id, limit, offset);
  });

  app.post('/objections', {
    config: { permission: P.housingObjection },
    schema: { tags, summary: '公示异议 Raise an objection', body: objectionInput, response: { 201: objection, 404: errorBody, 422: errorBody } },
  }, async (req, reply) => reply.status(201).send(await rounds.raiseObjection(actorOf(req), req.body)));

  app.get('/rounds/:id/objections', {
    config: { permission: P.housingRoundRead },
    schema: { tags, summary: '异议列表 Objections of a round', params: idParams, response: { 200: pageOf(objection), 404: errorBody } },
  }, async (req) => rounds.objections(req.scopes, req.params.id));

  app.post('/rounds/:id/objections/:objectionId/resolve', {
    config: { permission: P.housingRoundWrite },
    schema: { tags, summary: '处理异议 Resolve an objection', params: objectionParams, body: objectionResolve, response: { 200: objection, 404: errorBody, 409: errorBody } },
  }, async (req) => rounds.resolveObjection(actorOf(req), req.scopes, req.params.id, req.params.objectionId, req.body));

  app.post('/rounds/:id/draw', {
    config: { permission: P.housingRoundWrite },
    schema: {
      tags, summary: '摇号/排序（记录种子） Draw with a recorded seed', params: idParams,
      body: z.strictObject({ publicRandom: z.string().trim().min(1).max(200) }), response: { 201: drawRecord, 404: errorBody, 422: errorBody },
    },
  }, async (req, reply) => reply.status(201).send(await draws.draw(actorOf(req), req.scopes, req.params.id, req.body)));

  app.post('/rounds/:id/draw/verify', {
    config: { permission: P.housingPublication },
    schema: {
      tags, summary: '复核摇号 Re-run the draw from its recorded inputs', params: idParams,
      body: z.strictObject({ publicRandom: z.string().trim().min(1).max(200).optional() }).default({}), response: { 200: verifyResult, 404: errorBody },
    },
  }, async (req) => draws.verify(actorOf(req), [{ kind: 'all' }], req.params.id, req.body ?? {}));

  app.get('/rounds/:id/draw/publication', {
    config: { permission: P.housingPublication },
    schema: { tags, summary: '摇号结果公示 The published draw', params: idParams, querystring: z.strictObject({ format: z.enum(['json', 'xlsx']).optional() }), response: { 200: publication, 404: errorBody } },
  }, async (req, reply) => {
    const pub = await draws.publication(req.params.id);
    if (req.query.format !== 'xlsx') return pub;
    return exportList(req, reply, {
      db, permission: P.housingPublication, objectType: 'estate.housing-draw', filename: `摇号结果-${pub.round.code}.xlsx`, sheet: '摇号结果', filters: { roundId: req.params.id },
      page: async (_s, limit, offset) => pub.entries.slice(offset, offset + limit),
      columns: [
        { header: '序号', value: (r) => r.rank }, { header: '姓名', value: (r) => r.personName }, { header: '单位', value: (r) => r.agencyName, width: 28 },
        { header: '得分', value: (r) => r.score }, { header: '配租房源', value: (r) => r.flatLabel ?? '轮候', width: 28 },
        { header: '种子 SHA-256', value: () => pub.seedHex, width: 66 }, { header: '算法', value: () => pub.algorithm, width: 40 },
      ],
    });
  });
};
