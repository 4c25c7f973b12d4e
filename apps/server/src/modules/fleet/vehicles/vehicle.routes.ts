import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { exportList } from '../../../platform/http/export.js';
import { keysetPageOf, offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { vehicleEnergies, vehicleKinds, vehicleStatuses } from '../db/vehicles.table.js';
import { fleetPermissions as P } from '../permissions.js';
import { attachInput, type Vehicle, fileItem, statusActions, statusChange, statusChangeInput, vehicle, vehicleInput, vehicleListQuery, vehiclePatch } from './vehicle.schemas.js';
import type { VehicleService } from './vehicle.service.js';

const tags = ['fleet'];
const yuan = (fen: number) => fen / 100;

export async function vehicleRoutes(root: FastifyInstance, deps: { db: Db; vehicles: VehicleService }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { vehicles } = deps;

  app.get('/vehicles', {
    config: { permission: P.vehicleRead },
    schema: { tags, summary: '车辆台账 List vehicles', querystring: vehicleListQuery, response: { 200: keysetPageOf(vehicle), 400: errorBody } },
  }, async (req, reply) => {
    const { page, pageSize, format, after, ...filter } = req.query;
    if (format === 'xlsx') {
      // why without `after`: the export walks every page of the filter itself.
      return exportList(req, reply, {
        db: deps.db, permission: P.vehicleExport, objectType: 'fleet.vehicle', filename: '公务用车台账.xlsx', sheet: '车辆', filters: req.query,
        page: async (scopes, limit, offset) => (JSON.parse(await vehicles.list(scopes, filter, limit, offset)) as { items: Vehicle[] }).items,
        columns: [
          { header: '车牌号', value: (r) => r.plate }, { header: '品牌', value: (r) => r.brand }, { header: '型号', value: (r) => r.model },
          { header: '类别', value: (r) => vehicleKinds[r.kind as keyof typeof vehicleKinds]?.zh ?? r.kind },
          { header: '能源', value: (r) => vehicleEnergies[r.energy as keyof typeof vehicleEnergies]?.zh ?? r.energy },
          { header: '排气量(L)', value: (r) => r.displacementL }, { header: '价格(元)', value: (r) => yuan(r.priceFen) },
          { header: '购置日期', value: (r) => r.purchaseDate }, { header: '所属单位', value: (r) => r.agencyName, width: 30 },
          { header: '座位数', value: (r) => r.seats }, { header: '油耗定额(/百公里)', value: (r) => r.normPer100km },
          { header: '状态', value: (r) => vehicleStatuses[r.status as keyof typeof vehicleStatuses]?.zh ?? r.status },
          { header: '保险到期', value: (r) => r.insuranceDue }, { header: '年检到期', value: (r) => r.inspectionDue },
          { header: '车架号', value: (r) => r.vin }, { header: 'GPS终端', value: (r) => r.gpsTerminalId },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    // why a string: the page's JSON is written by PostgreSQL (vehicle.service.ts), checked against `vehicle` by the tests.
    return reply.type('application/json; charset=utf-8').send(await vehicles.list(req.scopes, { ...filter, after }, limit, offset) as never);
  });

  app.post('/vehicles', {
    config: { permission: P.vehicleWrite },
    schema: { tags, summary: '登记车辆（超标/超编须经批准） Register a vehicle', body: vehicleInput, response: { 201: vehicle, 400: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req, reply) => reply.status(201).send(await vehicles.create(actorOf(req), req.scopes, req.body)));

  app.get('/vehicles/:id', {
    config: { permission: P.vehicleRead },
    schema: { tags, summary: '车辆档案 Get a vehicle', params: idParams, response: { 200: vehicle, 404: errorBody } },
  }, async (req) => vehicles.get(req.scopes, req.params.id));

  app.patch('/vehicles/:id', {
    config: { permission: P.vehicleWrite },
    schema: { tags, summary: '修改车辆档案 Update a vehicle', params: idParams, body: vehiclePatch, response: { 200: vehicle, 400: errorBody, 404: errorBody, 409: errorBody, 422: errorBody } },
  }, async (req) => vehicles.update(actorOf(req), req.scopes, req.params.id, req.body));

  for (const action of statusActions) {
    app.post(`/vehicles/:id/${action}`, {
      config: { permission: P.vehicleStatus },
      schema: { tags, summary: `车辆状态变更 ${action}`, params: idParams, body: statusChangeInput, response: { 200: statusChange, 400: errorBody, 404: errorBody, 409: errorBody } },
    }, async (req) => vehicles.changeStatus(actorOf(req), req.scopes, req.params.id, action, req.body) as never);
  }

  app.get('/vehicles/:id/status-changes', {
    config: { permission: P.vehicleRead },
    schema: { tags, summary: '车辆状态变更记录 Status history', params: idParams, response: { 200: pageOf(statusChange), 404: errorBody } },
  }, async (req) => vehicles.statusHistory(req.scopes, req.params.id) as never);

  app.get('/vehicles/:id/files', {
    config: { permission: P.vehicleRead },
    schema: { tags, summary: '车辆照片和证照 Photos and documents', params: idParams, response: { 200: z.object({ items: z.array(fileItem), total: z.number() }), 404: errorBody } },
  }, async (req) => vehicles.filesOf(req.scopes, req.params.id));

  app.post('/vehicles/:id/files', {
    config: { permission: P.vehicleWrite },
    schema: { tags, summary: '上传车辆照片或证照 Attach photos or documents', params: idParams, body: attachInput, response: { 200: z.object({ attached: z.number() }), 400: errorBody, 404: errorBody } },
  }, async (req) => ({ attached: (await vehicles.attachFiles(actorOf(req), req.scopes, req.params.id, req.body.kind, req.body.fileIds)).length }));
}
