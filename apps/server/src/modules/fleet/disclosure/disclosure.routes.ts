import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/types.js';
import { exportList } from '../../../platform/http/export.js';
import { offsetOf } from '../../../platform/http/paging.js';
import { errorBody } from '../../../platform/http/schemas.js';
import { sendPdf } from '../../../platform/pdf/index.js';
import type { Scope } from '../../../platform/rbac/scope.js';
import { vehicleKinds } from '../db/vehicles.table.js';
import { fleetPermissions as P } from '../permissions.js';
import { disclosurePdf } from './disclosure.pdf.js';
import { disclosurePage, disclosurePdfQuery, disclosureQuery, rewardPage } from './disclosure.schemas.js';
import type { DisclosureService } from './disclosure.service.js';

/**
 * 百里油耗公示 is a public notice inside the government (公车使用情况公开): every holder of
 * `fleet:disclosure:read` sees every vehicle of the tenant, whatever their data scope. The
 * permission is still required; 节油奖 (money per vehicle) stays scoped.
 */
const tenantWide: readonly Scope[] = [{ kind: 'all' }];

const kindZh = (k: string) => vehicleKinds[k as keyof typeof vehicleKinds]?.zh ?? k;
const fix = (n: number | null, d = 2) => (n === null ? null : Number(n.toFixed(d)));

export const disclosureRoutes = ({ db, disclosure }: { db: Db; disclosure: DisclosureService }): FastifyPluginAsyncZod => async (app) => {
  const tags = ['fleet'];

  app.get('/reports/fuel-disclosure', {
    config: { permission: P.disclosureRead },
    schema: { tags, summary: '百里油耗公示 Monthly fuel-consumption disclosure', querystring: disclosureQuery, response: { 200: disclosurePage, 400: errorBody } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.fuelExport, objectType: 'fleet.fuel-disclosure', filename: `${filter.month}百里油耗公示.xlsx`, sheet: '百里油耗公示', filters: req.query,
        page: async (_scopes, limit, offset) => (await disclosure.rows(tenantWide, filter, limit, offset)).items,
        columns: [
          { header: '车牌号', value: (r) => r.plate }, { header: '车辆类别', value: (r) => kindZh(r.kind) }, { header: '单位', value: (r) => r.agencyName, width: 28 },
          { header: '行驶里程（km）', value: (r) => r.km }, { header: '出车次数', value: (r) => r.trips },
          { header: '油耗（L）', value: (r) => r.litres }, { header: '电耗（kWh）', value: (r) => r.kwh },
          { header: '百公里油（电）耗', value: (r) => fix(r.lPer100km) }, { header: '定额', value: (r) => r.normLPer100km },
          { header: '偏离定额（%）', value: (r) => r.deviationPct }, { header: '类别内排名', value: (r) => r.rankInKind },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return disclosure.rows(tenantWide, filter, limit, offset);
  });

  app.get('/reports/fuel-disclosure.pdf', {
    config: { permission: P.disclosureRead },
    schema: { tags, summary: '百里油耗公示（PDF） Printable disclosure', querystring: disclosurePdfQuery, produces: ['application/pdf'], response: { 400: errorBody } },
  }, async (req, reply) => sendPdf(reply, `${req.query.month}百里油耗公示`, await disclosurePdf(await disclosure.rows(tenantWide, req.query, null, 0))));

  app.get('/reports/fuel-rewards', {
    config: { permission: P.disclosureRead },
    schema: { tags, summary: '节油奖 Fuel-saving rewards of a month', querystring: disclosureQuery, response: { 200: rewardPage, 400: errorBody, 422: errorBody } },
  }, async (req, reply) => {
    const { page, pageSize, format, ...filter } = req.query;
    if (format === 'xlsx') {
      return exportList(req, reply, {
        db, permission: P.fuelExport, objectType: 'fleet.fuel-rewards', filename: `${filter.month}节油奖.xlsx`, sheet: '节油奖', filters: req.query,
        page: async (scopes, limit, offset) => (await disclosure.rewards(scopes, filter, limit, offset)).items,
        columns: [
          { header: '车牌号', value: (r) => r.plate }, { header: '单位', value: (r) => r.agencyName, width: 28 }, { header: '行驶里程（km）', value: (r) => r.km },
          { header: '百公里油（电）耗', value: (r) => fix(r.lPer100km) }, { header: '定额', value: (r) => r.normLPer100km },
          { header: '节约量（L/kWh）', value: (r) => r.savedQty }, { header: '单价（元）', value: (r) => r.priceFen / 100 },
          { header: '奖励比例', value: (r) => r.rate }, { header: '奖励（扣罚）金额（元）', value: (r) => r.rewardFen / 100 },
        ],
      });
    }
    const { limit, offset } = offsetOf({ page, pageSize });
    return disclosure.rewards(req.scopes, filter, limit, offset);
  });
};
