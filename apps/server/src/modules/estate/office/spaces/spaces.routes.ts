import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../../platform/db/types.js';
import { exportList } from '../../../../platform/http/export.js';
import { offsetOf, pageOf } from '../../../../platform/http/paging.js';
import { actorOf } from '../../../../platform/http/request-context.js';
import { errorBody, idParams, okBody } from '../../../../platform/http/schemas.js';
import { estatePermissions as P } from '../../permissions.js';
import type { BuildingService } from './buildings.service.js';
import type { FloorService } from './floors.service.js';
import {
  building, buildingInput, buildingListQuery, buildingPatch, floor, floorInput, floorListQuery, floorPatch,
} from './spaces.schemas.js';

const ownership: Record<string, string> = { state: '国有', collective: '集体', 'leased-in': '租用', other: '其他' };
const statusZh: Record<string, string> = { 'in-use': '在用', idle: '闲置', repair: '维修', disposed: '已处置' };

/** /api/v1/estate/buildings and /floors. */
export const buildingRoutes = (deps: { db: Db; buildings: BuildingService; floors: FloorService }): FastifyPluginAsyncZod => async (app) => {
  const { db, buildings, floors } = deps;
  const tags = ['estate'];

  app.get('/buildings', {
    config: { permission: P.read },
    schema: { tags, summary: '楼宇列表 List buildings', querystring: buildingListQuery, response: { 200: pageOf(building) } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.read, objectType: 'estate.building', filename: '楼宇列表.xlsx', sheet: '楼宇', filters: req.query,
        page: async (scopes, limit, offset) => (await buildings.list(scopes, filter, limit, offset)).items,
        columns: [
          { header: '编码', value: (r) => r.code }, { header: '名称', value: (r) => r.name, width: 30 }, { header: '地址', value: (r) => r.address, width: 30 },
          { header: '区域', value: (r) => r.regionName }, { header: '产权单位', value: (r) => r.ownerAgencyName ?? r.ownerName, width: 30 },
          { header: '产权性质', value: (r) => ownership[r.ownershipKind] ?? r.ownershipKind }, { header: '不动产权证号', value: (r) => r.titleCertNo, width: 24 },
          { header: '地上层数', value: (r) => r.floorsAbove }, { header: '地下层数', value: (r) => r.floorsBelow },
          { header: '建筑面积(m²)', value: (r) => r.constructionAreaM2 }, { header: '房间数', value: (r) => r.roomCount },
          { header: '使用面积合计(m²)', value: (r) => r.usableAreaM2 }, { header: '状态', value: (r) => statusZh[r.status] ?? r.status },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return buildings.list(req.scopes, filter, limit, offset);
  });

  app.post('/buildings', {
    config: { permission: P.write },
    schema: { tags, summary: '新建楼宇 Create a building', body: buildingInput, response: { 201: building, 400: errorBody, 403: errorBody, 409: errorBody } },
  }, async (req, reply) => {
    const row = await buildings.create(actorOf(req), req.scopes, req.body);
    return reply.status(201).send(await buildings.get([{ kind: 'all' }], row.id));
  });

  app.get('/buildings/:id', {
    config: { permission: P.read },
    schema: { tags, summary: '楼宇详情 Get a building', params: idParams, response: { 200: building, 404: errorBody } },
  }, async (req) => buildings.get(req.scopes, req.params.id));

  app.patch('/buildings/:id', {
    config: { permission: P.write },
    schema: { tags, summary: '修改楼宇 Update a building', params: idParams, body: buildingPatch, response: { 200: building, 403: errorBody, 404: errorBody, 409: errorBody } },
  }, async (req) => {
    await buildings.update(actorOf(req), req.scopes, req.params.id, req.body);
    return buildings.get([{ kind: 'all' }], req.params.id);
  });

  app.delete('/buildings/:id', {
    config: { permission: P.write },
    schema: { tags, summary: '删除楼宇（无楼层时） Delete a building without floors', params: idParams, response: { 200: okBody, 404: errorBody, 409: errorBody } },
  }, async (req) => { await buildings.remove(actorOf(req), req.scopes, req.params.id); return { ok: true }; });

  app.get('/floors', {
    config: { permission: P.read },
    schema: { tags, summary: '楼层列表 List floors', querystring: floorListQuery, response: { 200: pageOf(floor) } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.read, objectType: 'estate.floor', filename: '楼层列表.xlsx', sheet: '楼层', filters: req.query,
        page: async (scopes, limit, offset) => (await floors.list(scopes, filter, limit, offset)).items,
        columns: [
          { header: '楼宇', value: (r) => r.buildingName, width: 30 }, { header: '楼层', value: (r) => r.level }, { header: '名称', value: (r) => r.name },
          { header: '房间数', value: (r) => r.roomCount }, { header: '使用面积合计(m²)', value: (r) => r.usableAreaM2 },
          { header: '平面图', value: (r) => (r.planKind === 'svg' ? 'SVG' : r.planKind === 'image' ? '图片' : '无') },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return floors.list(req.scopes, filter, limit, offset);
  });

  app.post('/floors', {
    config: { permission: P.write },
    schema: { tags, summary: '新建楼层 Create a floor', body: floorInput, response: { 201: floor, 400: errorBody, 403: errorBody, 409: errorBody } },
  }, async (req, reply) => {
    const row = await floors.create(actorOf(req), req.scopes, req.body);
    return reply.status(201).send(await floors.get([{ kind: 'all' }], row.id));
  });

  app.get('/floors/:id', {
    config: { permission: P.read },
    schema: { tags, summary: '楼层详情 Get a floor', params: idParams, response: { 200: floor, 404: errorBody } },
  }, async (req) => floors.get(req.scopes, req.params.id));

  app.patch('/floors/:id', {
    config: { permission: P.write },
    schema: { tags, summary: '修改楼层 Update a floor', params: idParams, body: floorPatch, response: { 200: floor, 404: errorBody, 409: errorBody } },
  }, async (req) => {
    await floors.update(actorOf(req), req.scopes, req.params.id, req.body);
    return floors.get([{ kind: 'all' }], req.params.id);
  });

  app.delete('/floors/:id', {
    config: { permission: P.write },
    schema: { tags, summary: '删除楼层（无房间时） Delete a floor without rooms', params: idParams, response: { 200: okBody, 404: errorBody, 409: errorBody } },
  }, async (req) => { await floors.remove(actorOf(req), req.scopes, req.params.id); return { ok: true }; });
};

