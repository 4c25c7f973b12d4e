import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/types.js';
import { exportList } from '../http/export.js';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams } from '../http/schemas.js';
import type { DictItemsService } from './dict-items.service.js';
import type { DictTypesService } from './dict-types.service.js';
import { dictPermissions as P } from './dict.permissions.js';
import {
  dictItem, dictItemInput, dictItemListQuery, dictItemPatch, dictItemRetire, dictType, dictTypeInput, dictTypeListQuery, dictTypePatch, typeParams,
} from './dict.schemas.js';

export interface DictRoutesDeps {
  db: Db;
  types: DictTypesService;
  items: DictItemsService;
}

/** /api/v1/dict: dictionaries and factor tables, edited in the console. */
export const dictRoutes = ({ db, types, items }: DictRoutesDeps): FastifyPluginAsyncZod => async (app) => {
  const tags = ['dict'];

  app.get('/types', {
    config: { permission: P.read },
    schema: { tags, summary: '字典列表 List dictionaries', querystring: dictTypeListQuery, response: { 200: pageOf(dictType) } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return types.list(filter, limit, offset);
  });

  app.post('/types', {
    config: { permission: P.write },
    schema: { tags, summary: '新建字典 Create a dictionary', body: dictTypeInput, response: { 201: dictType, 400: errorBody, 409: errorBody } },
  }, async (req, reply) => reply.status(201).send(await types.create(actorOf(req), req.body)));

  app.get('/types/:code', {
    config: { permission: P.read },
    schema: { tags, summary: '字典详情 Get a dictionary', params: typeParams, response: { 200: dictType, 404: errorBody } },
  }, async (req) => types.get(req.params.code));

  app.patch('/types/:code', {
    config: { permission: P.write },
    schema: { tags, summary: '修改字典 Update a dictionary', params: typeParams, body: dictTypePatch, response: { 200: dictType, 400: errorBody, 404: errorBody } },
  }, async (req) => types.update(actorOf(req), req.params.code, req.body));

  app.get('/types/:code/items', {
    config: { permission: P.read },
    schema: { tags, summary: '字典条目（各版本） List the items of a dictionary', params: typeParams, querystring: dictItemListQuery, response: { 200: pageOf(dictItem), 404: errorBody } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    const code = req.params.code;
    if (format === 'xlsx') {
      const type = await types.get(code);
      return exportList(req, reply, {
        db, permission: P.read, objectType: 'platform.dict-item', filename: `${type.nameZh}.xlsx`, sheet: type.nameZh.slice(0, 31), filters: { type: code, ...req.query },
        page: async (_scopes, limit, offset) => (await items.list(code, filter, limit, offset)).items,
        columns: [
          { header: '编码', value: (r) => r.code }, { header: '名称', value: (r) => r.labelZh, width: 24 }, { header: '英文名称', value: (r) => r.labelEn, width: 24 },
          { header: '上级编码', value: (r) => r.parentCode }, { header: '数值', value: (r) => r.value }, { header: '单位', value: (r) => r.unit ?? type.unit },
          { header: '生效日期', value: (r) => r.effectiveFrom }, { header: '失效日期', value: (r) => r.effectiveTo }, { header: '年份', value: (r) => r.year },
          { header: '来源', value: (r) => r.source, width: 40 }, { header: '备注', value: (r) => r.note, width: 40 }, { header: '状态', value: (r) => (r.active ? '启用' : '停用') },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return items.list(code, filter, limit, offset);
  });

  app.post('/types/:code/items', {
    config: { permission: P.write },
    schema: { tags, summary: '新增字典条目（版本） Add an item version', params: typeParams, body: dictItemInput, response: { 201: dictItem, 400: errorBody, 404: errorBody, 409: errorBody } },
  }, async (req, reply) => reply.status(201).send(await items.create(actorOf(req), req.params.code, req.body)));

  app.get('/items/:id', {
    config: { permission: P.read },
    schema: { tags, summary: '字典条目详情 Get an item', params: idParams, response: { 200: dictItem, 404: errorBody } },
  }, async (req) => items.get(req.params.id));

  app.patch('/items/:id', {
    config: { permission: P.write },
    schema: { tags, summary: '更正字典条目 Correct an item', params: idParams, body: dictItemPatch, response: { 200: dictItem, 400: errorBody, 404: errorBody, 409: errorBody } },
  }, async (req) => items.update(actorOf(req), req.params.id, req.body));

  app.post('/items/:id/retire', {
    config: { permission: P.write },
    schema: { tags, summary: '设置失效日期 Retire an item (last valid day)', params: idParams, body: dictItemRetire, response: { 200: dictItem, 400: errorBody, 404: errorBody, 409: errorBody } },
  }, async (req) => items.retire(actorOf(req), req.params.id, req.body.effectiveTo));
};
