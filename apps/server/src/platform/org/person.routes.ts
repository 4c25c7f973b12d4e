import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/types.js';
import { acceptXlsxBodies, templateXlsx, XLSX_MIME } from '../excel/xlsx.js';
import { exportList } from '../http/export.js';
import { keysetPageOf, offsetOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams } from '../http/schemas.js';
import { adminLevels, genders, personStatuses, ranks } from './org.constants.js';
import { personTemplate, type createOrgImportService } from './org-import.service.js';
import { orgPermissions as P } from './org.permissions.js';
import { person, personInput, type Person, personListQuery, personPatch } from './org.schemas.js';
import type { PersonService } from './person.service.js';

export interface PersonRoutesDeps {
  db: Db;
  people: PersonService;
  imports: ReturnType<typeof createOrgImportService>;
}

const label = <T extends Record<string, { zh: string }>>(t: T, v: string | null) => (v ? (t[v as keyof T]?.zh ?? v) : null);

export const personRoutes = ({ db, people, imports }: PersonRoutesDeps): FastifyPluginAsyncZod => async (app) => {
  acceptXlsxBodies(app);
  const tags = ['org'];

  app.get('', {
    config: { permission: P.personRead },
    schema: { tags, summary: '人员列表 List people', querystring: personListQuery, response: { 200: keysetPageOf(person), 400: errorBody } },
  }, async (req, reply) => {
    const { page, pageSize, format, after, ...filter } = req.query;
    if (format === 'xlsx') {
      // why without `after`: the export walks every page of the filter itself.
      return exportList(req, reply, {
        db, permission: P.personExport, objectType: 'org.person', filename: '人员列表.xlsx', sheet: '人员', filters: req.query,
        page: async (scopes, limit, offset) => (JSON.parse(await people.list(scopes, filter, limit, offset)) as { items: Person[] }).items,
        columns: [
          { header: '姓名', value: (r) => r.name }, { header: '性别', value: (r) => label(genders, r.gender) },
          { header: '单位', value: (r) => r.agencyName, width: 28 }, { header: '处室', value: (r) => r.departmentName },
          { header: '职级', value: (r) => label(ranks, r.rank) }, { header: '职务', value: (r) => r.post },
          { header: '行政层级', value: (r) => label(adminLevels, r.adminLevel) }, { header: '身份证号', value: (r) => r.idNumberMasked, width: 22 },
          { header: '手机号', value: (r) => r.mobileMasked }, { header: '出生日期', value: (r) => r.birthday },
          { header: '入职日期', value: (r) => r.entryDate }, { header: '状态', value: (r) => label(personStatuses, r.status) },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    // why a string: the page's JSON is written by PostgreSQL (person.service.ts), checked against `person` by the tests.
    return reply.type('application/json; charset=utf-8').send(await people.list(req.scopes, { ...filter, after }, limit, offset) as never);
  });

  app.get('/import-template', {
    config: { permission: P.personImport },
    schema: { tags, summary: '人员导入模板 People import template', produces: [XLSX_MIME] },
  }, async (_req, reply) => {
    reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="people-template.xlsx"; filename*=UTF-8''${encodeURIComponent('人员导入模板.xlsx')}`);
    return reply.send(await templateXlsx(personTemplate, '人员'));
  });

  app.post('/import', {
    config: { permission: P.personImport },
    schema: { tags, summary: '导入人员（全部成功才提交） Import people, all or nothing', consumes: [XLSX_MIME], response: { 200: z.object({ created: z.number().int() }), 422: errorBody } },
  }, async (req) => imports.importPeople(actorOf(req), req.scopes, req.body as Buffer));

  app.post('', {
    config: { permission: P.personWrite },
    schema: { tags, summary: '新建人员 Create a person', body: personInput, response: { 201: person, 400: errorBody, 409: errorBody } },
  }, async (req, reply) => {
    const row = await people.create(actorOf(req), req.scopes, req.body);
    return reply.status(201).send(await people.get(req.scopes, row.id));
  });

  app.get('/:id', {
    config: { permission: P.personRead },
    schema: { tags, summary: '人员详情 Get a person', params: idParams, response: { 200: person, 404: errorBody } },
  }, async (req) => people.get(req.scopes, req.params.id));

  app.patch('/:id', {
    config: { permission: P.personWrite },
    schema: { tags, summary: '修改人员 Update a person', params: idParams, body: personPatch, response: { 200: person, 404: errorBody, 409: errorBody } },
  }, async (req) => {
    await people.update(actorOf(req), req.scopes, req.params.id, req.body);
    return people.get(req.scopes, req.params.id);
  });

  app.post('/:id/reveal', {
    config: { permission: P.personReveal },
    schema: { tags, summary: '查看明文（记审计） Reveal personal fields (audited)', params: idParams, response: { 200: z.object({ idNumber: z.string().nullable(), mobile: z.string().nullable() }), 404: errorBody } },
  }, async (req) => people.reveal(actorOf(req), req.scopes, req.params.id));
};
