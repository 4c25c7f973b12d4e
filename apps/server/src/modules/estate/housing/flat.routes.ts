import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/types.js';
import { exportList } from '../../../platform/http/export.js';
import { offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { estatePermissions as P } from '../permissions.js';
import { flat, flatInput, flatListQuery, flatPatch } from './housing.schemas.js';
import type { FlatService } from './flat.service.js';

const statusZh: Record<string, string> = { available: '可配租', allocated: '已配租', maintenance: '维修中', withdrawn: '已退出储备' };
const tags = ['estate-housing'];

export const flatRoutes = (db: Db, flats: FlatService): FastifyPluginAsyncZod => async (app) => {
  app.get('/flats', {
    config: { permission: P.housingFlatRead },
    schema: { tags, summary: '公租房房源列表 List flats of the reserve', querystring: flatListQuery, response: { 200: pageOf(flat) } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.housingFlatExport, objectType: 'estate.housing-flat', filename: '公租房房源.xlsx', sheet: '房源', filters: req.query,
        page: async (scopes, limit, offset) => (await flats.list(scopes, filter, limit, offset)).items,
        columns: [
          { header: '小区', value: (r) => r.estateName, width: 20 }, { header: '楼栋', value: (r) => r.buildingName }, { header: '单元', value: (r) => r.unit },
          { header: '房号', value: (r) => r.number }, { header: '面积(m²)', value: (r) => Number(r.areaM2) }, { header: '户型', value: (r) => r.layout },
          { header: '月租金(元)', value: (r) => r.rentFen / 100 }, { header: '状态', value: (r) => statusZh[r.status] ?? r.status },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return flats.list(req.scopes, filter, limit, offset);
  });

  app.post('/flats', {
    config: { permission: P.housingFlatWrite },
    schema: { tags, summary: '新增房源 Add a flat', body: flatInput, response: { 201: flat, 400: errorBody, 409: errorBody } },
  }, async (req, reply) => reply.status(201).send(await flats.create(actorOf(req), req.scopes, req.body)));

  app.get('/flats/:id', {
    config: { permission: P.housingFlatRead },
    schema: { tags, summary: '房源详情 Get a flat', params: idParams, response: { 200: flat, 404: errorBody } },
  }, async (req) => flats.get(req.scopes, req.params.id));

  app.patch('/flats/:id', {
    config: { permission: P.housingFlatWrite },
    schema: { tags, summary: '修改房源 Update a flat', params: idParams, body: flatPatch, response: { 200: flat, 404: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req) => flats.update(actorOf(req), req.scopes, req.params.id, req.body));
};
