import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams } from '../http/schemas.js';
import type { BusinessTypeRegistry } from './business-types.js';
import type { DefinitionService } from './definitions.service.js';
import { workflowPermissions as P } from './workflow.permissions.js';
import { businessTypeItem, definition, definitionInput, definitionPatch, definitionQuery, json, roleItem } from './workflow.schemas.js';

/** /api/v1/workflow: process definitions (the center's administrators) and the lists their editor needs. */
export const definitionRoutes = (definitions: DefinitionService, types: BusinessTypeRegistry): FastifyPluginAsyncZod => async (app) => {
  const tags = ['workflow'];

  app.get('/business-types', {
    config: { authenticated: true },
    schema: { tags, summary: '业务类型 Registered business types', response: { 200: pageOf(businessTypeItem) } },
  }, async () => {
    const items = types.all().map(({ type, nameZh, nameEn }) => ({ type, nameZh, nameEn }));
    return { items, total: items.length };
  });

  app.get('/roles', {
    config: { permission: P.define },
    schema: { tags, summary: '可选业务角色 Business roles for assignee rules', response: { 200: pageOf(roleItem) } },
  }, async () => definitions.businessRoles());

  app.get('/definitions', {
    config: { permission: P.define },
    schema: { tags, summary: '流程定义列表 List process definitions', querystring: definitionQuery, response: { 200: pageOf(definition), 400: errorBody } },
  }, async (req) => json(await definitions.list({ ...req.query, ...offsetOf(req.query) })));

  app.get('/definitions/:id', {
    config: { permission: P.define },
    schema: { tags, summary: '流程定义 A process definition', params: idParams, response: { 200: definition, 404: errorBody } },
  }, async (req) => json(await definitions.get(req.params.id)));

  app.post('/definitions', {
    config: { permission: P.define },
    schema: { tags, summary: '新建流程定义 Create a process definition', body: definitionInput, response: { 201: z.object({ id: z.string() }), 400: errorBody } },
  }, async (req, reply) => {
    const row = await definitions.create(actorOf(req), req.body);
    return reply.status(201).send({ id: row.id });
  });

  app.patch('/definitions/:id', {
    config: { permission: P.define },
    schema: { tags, summary: '修改流程定义（新版本只影响之后提交的申请） Update a process definition', params: idParams, body: definitionPatch, response: { 200: definition, 400: errorBody, 404: errorBody } },
  }, async (req) => {
    await definitions.update(actorOf(req), req.params.id, req.body);
    return json(await definitions.get(req.params.id));
  });
};
