import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { exportList } from '../../../platform/http/export.js';
import { listQuery, offsetOf, pageOf } from '../../../platform/http/paging.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { calendarDay } from '../fuel/fuel.schemas.js';
import { fleetPermissions as P } from '../permissions.js';
import type { CostsService } from './costs.service.js';

const asOf = calendarDay.optional();
const tcoRow = z.object({
  vehicleId: z.string(), plate: z.string(), kind: z.string(), energy: z.string(), agencyId: z.string(), agencyName: z.string(),
  priceFen: z.number().int(), purchaseDate: z.string(), asOf: z.string(), depreciationYears: z.number(), yearsOwned: z.number(),
  purchaseFen: z.number().int(), fuelFen: z.number().int(), repairFen: z.number().int(), insuranceFen: z.number().int(), inspectionFen: z.number().int(),
  tollFen: z.number().int(), parkingFen: z.number().int(), totalFen: z.number().int(), km: z.number(),
  perKmFen: z.number().int().nullable(), perYearFen: z.number().int().nullable(),
}).meta({ id: 'FleetVehicleCost' });
const costsQuery = z.strictObject({ page: listQuery.page, pageSize: listQuery.pageSize, agencyId: z.uuid().optional(), asOf, format: z.enum(['json', 'xlsx']).optional() });
const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

export const costsRoutes = ({ db, costs }: { db: Db; costs: CostsService }): FastifyPluginAsyncZod => async (app) => {
  const tags = ['fleet'];

  app.get('/vehicles/:id/costs', {
    config: { permission: P.costRead },
    schema: { tags, summary: '单车成本核算 Total cost of ownership of a vehicle', params: idParams, querystring: z.strictObject({ asOf }), response: { 200: tcoRow, 404: errorBody, 422: errorBody } },
  }, async (req) => costs.ofVehicle(req.scopes, req.params.id, req.query.asOf));

  app.get('/reports/vehicle-costs', {
    config: { permission: P.costRead },
    schema: { tags, summary: '车辆成本汇总 Fleet-wide cost of ownership', querystring: costsQuery, response: { 200: pageOf(tcoRow), 422: errorBody } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.fuelExport, objectType: 'fleet.vehicle-costs', filename: '车辆成本核算.xlsx', sheet: '成本核算', filters: req.query,
        page: async (scopes, limit, offset) => (await costs.list(scopes, filter, limit, offset)).items,
        columns: [
          { header: '车牌号', value: (r) => r.plate }, { header: '单位', value: (r) => r.agencyName, width: 28 }, { header: '购置日期', value: (r) => r.purchaseDate },
          { header: '使用年限（年）', value: (r) => r.yearsOwned }, { header: '购置分摊（元）', value: (r) => yuan(r.purchaseFen) }, { header: '油电费（元）', value: (r) => yuan(r.fuelFen) },
          { header: '维修费（元）', value: (r) => yuan(r.repairFen) }, { header: '保险费（元）', value: (r) => yuan(r.insuranceFen) }, { header: '年检费（元）', value: (r) => yuan(r.inspectionFen) },
          { header: '通行费（元）', value: (r) => yuan(r.tollFen) }, { header: '停车费（元）', value: (r) => yuan(r.parkingFen) }, { header: '合计（元）', value: (r) => yuan(r.totalFen) },
          { header: '行驶里程（km）', value: (r) => r.km }, { header: '每公里（元）', value: (r) => yuan(r.perKmFen) }, { header: '每年（元）', value: (r) => yuan(r.perYearFen) },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return costs.list(req.scopes, filter, limit, offset);
  });
};
