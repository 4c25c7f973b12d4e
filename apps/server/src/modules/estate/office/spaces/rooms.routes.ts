import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../../platform/db/types.js';
import { exportList } from '../../../../platform/http/export.js';
import { offsetOf, pageOf } from '../../../../platform/http/paging.js';
import { actorOf } from '../../../../platform/http/request-context.js';
import { errorBody, idParams, okBody } from '../../../../platform/http/schemas.js';
import { estatePermissions as P } from '../../permissions.js';
import type { RoomService } from './rooms.service.js';
import { room, roomInput, roomListQuery, roomPatch } from './spaces.schemas.js';

export const useClassZh: Record<string, string> = { office: '办公室', service: '服务用房', equipment: '设备用房', ancillary: '附属用房' };
export const roomStatusZh: Record<string, string> = { 'in-use': '在用', vacant: '空置', repair: '维修', 'leased-out': '出租', reserved: '预留' };

const point = z.tuple([z.number().finite().min(-1e6).max(1e6), z.number().finite().min(-1e6).max(1e6)]);
export const outlineBody = z.strictObject({
  /** Polygon in the plan's coordinates (3 to 500 points), or null to clear it. */
  outline: z.array(point).min(3).max(500).nullable(),
  svgElementId: z.string().trim().max(100).regex(/^[A-Za-z_][\w.:-]*$/, 'SVG 元素 id 格式不正确').nullish(),
});

/** /api/v1/estate/rooms. */
export const roomRoutes = (deps: { db: Db; rooms: RoomService }): FastifyPluginAsyncZod => async (app) => {
  const { db, rooms } = deps;
  const tags = ['estate'];

  app.get('/rooms', {
    config: { permission: P.read },
    schema: { tags, summary: '房间列表 List rooms', querystring: roomListQuery, response: { 200: pageOf(room) } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.read, objectType: 'estate.room', filename: '房间列表.xlsx', sheet: '房间', filters: req.query,
        page: async (scopes, limit, offset) => (await rooms.list(scopes, filter, limit, offset)).items,
        columns: [
          { header: '楼宇', value: (r) => r.buildingName, width: 30 }, { header: '楼层', value: (r) => r.floorName }, { header: '房间号', value: (r) => r.number },
          { header: '使用类别', value: (r) => useClassZh[r.useClass] ?? r.useClass }, { header: '具体用途', value: (r) => r.subUse },
          { header: '使用面积(m²)', value: (r) => r.usableAreaM2 }, { header: '建筑面积(m²)', value: (r) => r.constructionAreaM2 },
          { header: '使用单位', value: (r) => r.agencyName, width: 30 }, { header: '状态', value: (r) => roomStatusZh[r.status] ?? r.status },
          { header: '在用人数', value: (r) => r.occupantCount },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return rooms.list(req.scopes, filter, limit, offset);
  });

  app.post('/rooms', {
    config: { permission: P.write },
    schema: { tags, summary: '新建房间 Create a room', body: roomInput, response: { 201: room, 400: errorBody, 403: errorBody, 409: errorBody } },
  }, async (req, reply) => {
    const row = await rooms.create(actorOf(req), req.scopes, req.body);
    return reply.status(201).send(await rooms.get([{ kind: 'all' }], row.id));
  });

  app.get('/rooms/:id', {
    config: { permission: P.read },
    schema: { tags, summary: '房间详情 Get a room', params: idParams, response: { 200: room, 404: errorBody } },
  }, async (req) => rooms.get(req.scopes, req.params.id));

  app.patch('/rooms/:id', {
    config: { permission: P.write },
    schema: { tags, summary: '修改房间 Update a room', params: idParams, body: roomPatch, response: { 200: room, 400: errorBody, 404: errorBody, 409: errorBody } },
  }, async (req) => {
    await rooms.update(actorOf(req), req.scopes, req.params.id, req.body);
    return rooms.get([{ kind: 'all' }], req.params.id);
  });

  app.delete('/rooms/:id', {
    config: { permission: P.write },
    schema: { tags, summary: '删除房间（无使用记录时） Delete a room', params: idParams, response: { 200: okBody, 404: errorBody, 409: errorBody } },
  }, async (req) => { await rooms.remove(actorOf(req), req.scopes, req.params.id); return { ok: true }; });

  app.put('/rooms/:id/outline', {
    config: { permission: P.write },
    schema: { tags, summary: '保存房间在平面图上的轮廓 Save the outline drawn on the floor plan', params: idParams, body: outlineBody, response: { 200: okBody, 400: errorBody, 404: errorBody } },
  }, async (req) => { await rooms.saveOutline(actorOf(req), req.scopes, req.params.id, req.body.outline, req.body.svgElementId); return { ok: true }; });
};
