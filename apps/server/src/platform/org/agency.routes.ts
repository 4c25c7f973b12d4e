import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/types.js';
import { acceptXlsxBodies, templateXlsx, XLSX_MIME } from '../excel/xlsx.js';
import { exportList } from '../http/export.js';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams } from '../http/schemas.js';
import type { AgencyService } from './agency.service.js';
import { agencyKinds } from './org.constants.js';
import { agencyTemplate, type createOrgImportService } from './org-import.service.js';
import { orgPermissions as P } from './org.permissions.js';
import { agency, agencyInput, agencyListQuery, agencyPatch } from './org.schemas.js';

export interface AgencyRoutesDeps {
  db: Db;
  agencies: AgencyService;
  imports: ReturnType<typeof createOrgImportService>;
}

const importResult = z.object({ created: z.number().int() });

export const agencyRoutes = ({ db, agencies, imports }: AgencyRoutesDeps): FastifyPluginAsyncZod => async (app) => {
  acceptXlsxBodies(app);
  const tags = ['org'];

  app.get('', {
    config: { permission: P.agencyRead },
    schema: { tags, summary: '单位列表 List agencies', querystring: agencyListQuery, response: { 200: pageOf(agency) } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.agencyExport, objectType: 'org.agency', filename: '单位列表.xlsx', sheet: '单位', filters: req.query,
        page: async (scopes, limit, offset) => (await agencies.list(scopes, filter, limit, offset)).items,
        columns: [
          { header: '单位编码', value: (r) => r.code }, { header: '单位名称', value: (r) => r.name, width: 30 },
          { header: '简称', value: (r) => r.shortName }, { header: '单位性质', value: (r) => agencyKinds[r.kind as keyof typeof agencyKinds]?.zh ?? r.kind },
          { header: '所属区域', value: (r) => r.regionName }, { header: '编制人数', value: (r) => r.headcount },
          { header: '在职人数', value: (r) => r.peopleCount }, { header: '地址', value: (r) => r.address, width: 30 },
          { header: '状态', value: (r) => (r.active ? '启用' : '停用') },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return agencies.list(req.scopes, filter, limit, offset);
  });

  app.get('/import-template', {
    config: { permission: P.agencyImport },
    schema: { tags, summary: '单位导入模板 Agency import template', produces: [XLSX_MIME] },
  }, async (_req, reply) => {
    reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="agency-template.xlsx"; filename*=UTF-8''${encodeURIComponent('单位导入模板.xlsx')}`);
    return reply.send(await templateXlsx(agencyTemplate, '单位'));
  });

  app.post('/import', {
    config: { permission: P.agencyImport },
    schema: { tags, summary: '导入单位（全部成功才提交） Import agencies, all or nothing', consumes: [XLSX_MIME], response: { 200: importResult, 422: errorBody } },
  }, async (req) => imports.importAgencies(actorOf(req), req.scopes, req.body as Buffer));

  app.post('', {
    config: { permission: P.agencyWrite },
    schema: { tags, summary: '新建单位 Create an agency', body: agencyInput, response: { 201: agency, 400: errorBody, 409: errorBody } },
  }, async (req, reply) => {
    const row = await agencies.create(actorOf(req), req.scopes, req.body);
    return reply.status(201).send(await agencies.get(req.scopes, row.id));
  });

  app.get('/:id', {
    config: { permission: P.agencyRead },
    schema: { tags, summary: '单位详情 Get an agency', params: idParams, response: { 200: agency, 404: errorBody } },
  }, async (req) => agencies.get(req.scopes, req.params.id));

  app.patch('/:id', {
    config: { permission: P.agencyWrite },
    schema: { tags, summary: '修改单位 Update an agency', params: idParams, body: agencyPatch, response: { 200: agency, 404: errorBody, 409: errorBody } },
  }, async (req) => {
    await agencies.update(actorOf(req), req.scopes, req.params.id, req.body);
    return agencies.get(req.scopes, req.params.id);
  });

  for (const [verb, active] of [['deactivate', false], ['activate', true]] as const) {
    app.post(`/:id/${verb}`, {
      config: { permission: P.agencyWrite },
      schema: { tags, summary: active ? '启用单位 Activate' : '停用单位 Deactivate', params: idParams, response: { 200: agency, 404: errorBody } },
    }, async (req) => {
      await agencies.update(actorOf(req), req.scopes, req.params.id, { active });
      return agencies.get(req.scopes, req.params.id);
    });
  }
};
