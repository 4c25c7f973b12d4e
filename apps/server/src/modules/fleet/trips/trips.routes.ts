import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { exportList } from '../../../platform/http/export.js';
import { offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { tripStatuses } from '../db/trips.table.js';
import { fleetPermissions as P } from '../permissions.js';
import type { TripService } from './trips.service.js';
import { cancelInput, departInput, json, returnInput, reviewInput, trip, tripDetail, tripQuery } from './trips.schemas.js';

const sh = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '');
const yuan = (fen: number) => (fen / 100).toFixed(2);
const TRACK_TYPES = ['application/gpx+xml', 'application/xml', 'text/xml', 'text/csv'];

/** /api/v1/fleet/trips: 出车任务 and their execution. */
export const tripRoutes = (svc: TripService, db: Db): FastifyPluginAsyncZod => async (app) => {
  const tags = ['fleet'];
  const bad = { 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
  app.addContentTypeParser(TRACK_TYPES, { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.get('/trips', {
    config: { permission: P.tripRead },
    schema: { tags, summary: '出车记录 List trips', querystring: tripQuery, response: { 200: pageOf(trip), 400: errorBody } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.tripExport, objectType: 'fleet.trip', filename: '出车记录.xlsx', sheet: '出车记录', filters: req.query,
        page: async (scopes, limit, offset) => (await svc.list(scopes, filter, limit, offset)).items,
        columns: [
          { header: '车牌', value: (r) => r.plate }, { header: '驾驶员', value: (r) => r.driverName }, { header: '单位', value: (r) => r.agencyName, width: 24 },
          { header: '计划开始', value: (r) => sh(r.plannedStart) }, { header: '计划结束', value: (r) => sh(r.plannedEnd) },
          { header: '目的地', value: (r) => r.destination, width: 24 }, { header: '事由', value: (r) => r.purpose, width: 30 },
          { header: '出车时间', value: (r) => sh(r.departedAt) }, { header: '收车时间', value: (r) => sh(r.returnedAt) },
          { header: '出车里程表(km)', value: (r) => r.departureKm }, { header: '收车里程表(km)', value: (r) => r.returnKm }, { header: '行驶(km)', value: (r) => r.km },
          { header: '过路费(元)', value: (r) => yuan(r.tollFen) }, { header: '停车费(元)', value: (r) => yuan(r.parkingFen) }, { header: '其他(元)', value: (r) => yuan(r.otherFen) },
          { header: '状态', value: (r) => tripStatuses[r.status].zh }, { header: '应急', value: (r) => (r.emergency ? '是' : '') },
          { header: '待复核', value: (r) => (r.reviewFlag ? '是' : '') }, { header: '评分', value: (r) => r.rating },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return json(await svc.list(req.scopes, filter, limit, offset));
  });

  app.get('/trips/mine', {
    config: { permission: P.tripRead },
    schema: { tags, summary: '我的出车任务（驾驶员） My trips as a driver', querystring: tripQuery.omit({ format: true }), response: { 200: pageOf(trip), 400: errorBody } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return json(await svc.mine(req.scopes, req.auth?.personId ?? null, filter, limit, offset));
  });

  app.get('/trips/:id', {
    config: { permission: P.tripRead },
    schema: { tags, summary: '出车任务详情 A trip', params: idParams, response: { 200: tripDetail, 404: errorBody } },
  }, async (req) => json(await svc.get(req.scopes, req.params.id)));

  app.post('/trips/:id/depart', {
    config: { permission: P.tripRecord },
    schema: { tags, summary: '登记出车（时间、里程表） Record the departure', params: idParams, body: departInput, response: { 200: tripDetail, ...bad } },
  }, async (req) => json(await svc.depart(actorOf(req), req.scopes, req.params.id, req.body)));

  app.post('/trips/:id/return', {
    config: { permission: P.tripRecord },
    schema: { tags, summary: '登记收车（时间、里程表、过路停车等费用，分） Record the return', params: idParams, body: returnInput, response: { 200: tripDetail, ...bad } },
  }, async (req) => json(await svc.returnTrip(actorOf(req), req.scopes, req.params.id, req.body)));

  app.post('/trips/:id/cancel', {
    config: { permission: P.tripDispatch },
    schema: { tags, summary: '取消出车（释放车辆和驾驶员） Cancel a trip', params: idParams, body: cancelInput, response: { 200: tripDetail, ...bad } },
  }, async (req) => json(await svc.cancel(actorOf(req), req.scopes, req.params.id, req.body.reason)));

  app.post('/trips/:id/review', {
    config: { permission: P.tripReview },
    schema: { tags, summary: '复核应急出车 Review an emergency trip', params: idParams, body: reviewInput, response: { 200: tripDetail, ...bad } },
  }, async (req) => json(await svc.review(actorOf(req), req.scopes, req.params.id, req.body.comment)));

  app.post('/trips/:id/track', {
    config: { permission: P.tripRecord },
    bodyLimit: 10 * 1024 * 1024,
    schema: {
      tags, summary: '导入 GPS 轨迹（GPX 或 CSV：lat,lon,time） Import a GPS track', params: idParams, consumes: TRACK_TYPES,
      body: z.string().min(1), response: { 200: tripDetail, ...bad },
    },
  }, async (req) => json(await svc.importTrack(actorOf(req), req.scopes, req.params.id, req.body)));
};
