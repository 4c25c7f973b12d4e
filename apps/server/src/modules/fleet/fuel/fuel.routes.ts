import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { exportList } from '../../../platform/http/export.js';
import { offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams, okBody } from '../../../platform/http/schemas.js';
import { fleetPermissions as P } from '../permissions.js';
import type { createConsumptionService } from './consumption.service.js';
import type { FuelService } from './fuel.service.js';
import { consumption, consumptionQuery, fuelListQuery, fuelRecord, fuelRecordInput, fuelRecordPatch, odometerQuery, odometerReading } from './fuel.schemas.js';

export interface FuelRoutesDeps { db: Db; fuel: FuelService; consumption: ReturnType<typeof createConsumptionService> }

const flagZh: Record<string, string> = { 'fill-over-capacity': '超过油箱/电池容量', 'implausible-jump': '里程跳变异常' };

export const fuelRoutes = ({ db, fuel, consumption: cons }: FuelRoutesDeps): FastifyPluginAsyncZod => async (app) => {
  const tags = ['fleet'];

  app.get('/fuel-records', {
    config: { permission: P.fuelRead },
    schema: { tags, summary: '加油/充电记录 List fuel and charging records', querystring: fuelListQuery, response: { 200: pageOf(fuelRecord) } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.fuelExport, objectType: 'fleet.fuel-record', filename: '加油充电记录.xlsx', sheet: '加油充电', filters: req.query,
        page: async (scopes, limit, offset) => (await fuel.list(scopes, filter, limit, offset)).items,
        columns: [
          { header: '车牌号', value: (r) => r.plate }, { header: '单位', value: (r) => r.agencyName, width: 24 },
          { header: '加油/充电时间', value: (r) => r.filledAt, width: 20 }, { header: '里程表（km）', value: (r) => r.odometerKm },
          { header: '升数（L）', value: (r) => r.litres }, { header: '度数（kWh）', value: (r) => r.kwh },
          { header: '金额（元）', value: (r) => r.amountFen / 100 }, { header: '加满', value: (r) => (r.full ? '是' : '否') },
          { header: '漏记上次', value: (r) => (r.missedPrevious ? '是' : '否') }, { header: '加油站', value: (r) => r.station, width: 24 },
          { header: '油卡号', value: (r) => r.cardNo }, { header: '异常标记', value: (r) => r.flags.map((f) => flagZh[f] ?? f).join('、'), width: 24 },
          { header: '备注', value: (r) => r.notes, width: 24 },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return fuel.list(req.scopes, filter, limit, offset);
  });

  app.post('/fuel-records', {
    config: { permission: P.fuelWrite },
    schema: { tags, summary: '登记加油/充电 Record a fill or charge', body: fuelRecordInput, response: { 201: fuelRecord, 400: errorBody, 404: errorBody, 422: errorBody } },
  }, async (req, reply) => reply.status(201).send(await fuel.create(actorOf(req), req.scopes, req.body)));

  app.get('/fuel-records/:id', {
    config: { permission: P.fuelRead },
    schema: { tags, summary: '加油记录详情 Get a fuel record', params: idParams, response: { 200: fuelRecord, 404: errorBody } },
  }, async (req) => fuel.get(req.scopes, req.params.id));

  app.patch('/fuel-records/:id', {
    config: { permission: P.fuelWrite },
    schema: { tags, summary: '修改加油记录 Edit a fuel record', params: idParams, body: fuelRecordPatch, response: { 200: fuelRecord, 400: errorBody, 404: errorBody, 422: errorBody } },
  }, async (req) => fuel.update(actorOf(req), req.scopes, req.params.id, req.body));

  app.delete('/fuel-records/:id', {
    config: { permission: P.fuelWrite },
    schema: { tags, summary: '删除加油记录 Delete a fuel record', params: idParams, response: { 200: okBody, 404: errorBody } },
  }, async (req) => { await fuel.remove(actorOf(req), req.scopes, req.params.id); return { ok: true }; });

  app.get('/vehicles/:id/consumption', {
    config: { permission: P.fuelRead },
    schema: { tags, summary: '单车油耗（满油法） Consumption by the full-to-full method', params: idParams, querystring: consumptionQuery, response: { 200: consumption, 400: errorBody, 404: errorBody } },
  }, async (req) => cons.ofVehicle(req.scopes, req.params.id, req.query.from, req.query.to));

  app.get('/vehicles/:id/odometer', {
    config: { permission: P.odometerRead },
    schema: { tags, summary: '里程表时间线 Odometer timeline', params: idParams, querystring: odometerQuery, response: { 200: z.object({ items: z.array(odometerReading) }), 404: errorBody } },
  }, async (req) => {
    const { limit, offset } = offsetOf(req.query);
    return { items: await cons.timeline(req.scopes, req.params.id, limit, offset) };
  });
};
