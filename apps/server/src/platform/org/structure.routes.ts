import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams } from '../http/schemas.js';
import { adminLevels, agencyKinds, genders, personStatuses, ranks } from './org.constants.js';
import { orgPermissions as P } from './org.permissions.js';
import { department, departmentInput, departmentListQuery, departmentPatch, position, positionInput, positionListQuery, region } from './org.schemas.js';
import type { StructureService } from './structure.service.js';

const codeList = z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() }));
const asList = (t: Record<string, { zh: string; en: string }>) => Object.entries(t).map(([code, l]) => ({ code, zh: l.zh, en: l.en }));

export const structureRoutes = (s: StructureService): FastifyPluginAsyncZod => async (app) => {
  const tags = ['org'];
  app.get('/codes', {
    config: { authenticated: true },
    schema: { tags, summary: '组织代码表 Organisation code lists', response: { 200: z.object({ agencyKinds: codeList, adminLevels: codeList, ranks: codeList, genders: codeList, personStatuses: codeList }) } },
  }, async () => ({ agencyKinds: asList(agencyKinds), adminLevels: asList(adminLevels), ranks: asList(ranks), genders: asList(genders), personStatuses: asList(personStatuses) }));

  app.get('/regions', {
    config: { permission: P.regionRead },
    schema: { tags, summary: '区域 Regions', response: { 200: pageOf(region) } },
  }, async () => s.listRegions());

  app.get('/departments', {
    config: { permission: P.departmentRead },
    schema: { tags, summary: '处室列表 List departments', querystring: departmentListQuery, response: { 200: pageOf(department) } },
  }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return s.listDepartments(req.scopes, f, limit, offset);
  });
  app.get('/departments/:id', {
    config: { permission: P.departmentRead },
    schema: { tags, summary: '处室详情 Get a department', params: idParams, response: { 200: department, 404: errorBody } },
  }, async (req) => s.getDepartment(req.scopes, req.params.id));
  app.post('/departments', {
    config: { permission: P.departmentWrite },
    schema: { tags, summary: '新建处室 Create a department', body: departmentInput, response: { 201: department, 400: errorBody, 409: errorBody } },
  }, async (req, reply) => reply.status(201).send(await s.createDepartment(actorOf(req), req.scopes, req.body)));
  app.patch('/departments/:id', {
    config: { permission: P.departmentWrite },
    schema: { tags, summary: '修改处室 Update a department', params: idParams, body: departmentPatch, response: { 200: department, 404: errorBody, 409: errorBody } },
  }, async (req) => s.updateDepartment(actorOf(req), req.scopes, req.params.id, req.body));
  app.post('/departments/:id/deactivate', {
    config: { permission: P.departmentWrite },
    schema: { tags, summary: '停用处室 Deactivate a department', params: idParams, response: { 200: department, 404: errorBody } },
  }, async (req) => s.updateDepartment(actorOf(req), req.scopes, req.params.id, { active: false }));

  app.get('/positions', {
    config: { permission: P.positionRead },
    schema: { tags, summary: '岗位列表 List positions', querystring: positionListQuery, response: { 200: pageOf(position) } },
  }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return s.listPositions(req.scopes, f, limit, offset);
  });
  app.post('/positions', {
    config: { permission: P.positionWrite },
    schema: { tags, summary: '新建岗位 Create a position', body: positionInput, response: { 201: position, 400: errorBody } },
  }, async (req, reply) => reply.status(201).send(await s.createPosition(actorOf(req), req.scopes, req.body)));
};
