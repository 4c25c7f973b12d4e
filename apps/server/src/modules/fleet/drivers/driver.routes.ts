import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../../../platform/http/errors.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody } from '../../../platform/http/schemas.js';
import { licenceClassCodes, requiredLicenceClass } from '../db/drivers.table.js';
import { fleetPermissions as P } from '../permissions.js';
import { driver } from './driver.resources.js';
import type { DriverService } from './driver.service.js';
import { day } from '../core/schemas.js';

const tags = ['fleet'];
/** 白班, 夜班, 待命, 休息 (a driver rostered `off` is not offered for dispatch that day). */
const shifts = ['day', 'night', 'standby', 'off'] as const;
const rosterRow = z.object({ id: z.string(), driverId: z.string(), driverName: z.string(), agencyId: z.string(), day: z.string(), shift: z.string(), note: z.string().nullable() });

export async function driverRoutes(root: FastifyInstance, deps: { drivers: DriverService }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get('/driver-roster', {
    config: { permission: P.driverRead },
    schema: { tags, summary: '驾驶员排班 Duty roster', querystring: z.object({ from: day, to: day, agencyId: z.uuid().optional(), driverId: z.uuid().optional() }),
      response: { 200: z.object({ items: z.array(rosterRow), total: z.number() }), 400: errorBody } },
  }, async (req) => deps.drivers.roster(req.scopes, req.query) as never);

  app.put('/driver-roster', {
    config: { permission: P.driverWrite },
    schema: { tags, summary: '设置排班 Set a shift', body: z.object({ driverId: z.uuid(), day: day, shift: z.enum(shifts), note: z.string().max(200).nullish() }),
      response: { 200: rosterRow.omit({ driverName: true }), 400: errorBody, 404: errorBody } },
  }, async (req) => deps.drivers.setShift(actorOf(req), req.scopes, req.body) as never);

  app.post('/driver-roster/batch', {
    config: { permission: P.driverWrite },
    schema: { tags, summary: '保存排班表（多名驾驶员多天，一次提交） Save a roster grid', body: z.object({
      entries: z.array(z.object({ driverId: z.uuid(), day, shift: z.enum(shifts).nullable(), note: z.string().max(200).nullish() })).min(1).max(1000),
    }), response: { 200: z.object({ set: z.number(), cleared: z.number() }), 400: errorBody, 404: errorBody } },
  }, async (req) => deps.drivers.saveRoster(actorOf(req), req.scopes, req.body.entries));

  app.get('/drivers-available', {
    config: { permission: P.driverRead },
    schema: { tags, summary: '可派驾驶员 Drivers that may be offered for a window', querystring: z.object({
      from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }), seats: z.coerce.number().int().min(1).max(80).optional(),
      licenceClass: z.enum(licenceClassCodes).optional(), agencyId: z.uuid().optional(), emergencyOnly: z.enum(['true', 'false']).optional(),
    }), response: { 200: z.object({ items: z.array(driver), total: z.number() }), 400: errorBody } },
  }, async (req) => {
    const q = req.query;
    const window = { from: new Date(q.from), to: new Date(q.to) };
    if (window.to <= window.from) throw errors.validation([{ path: 'to', code: 'BEFORE_START', message: '结束时间应晚于开始时间' }]);
    const cls = q.licenceClass ?? requiredLicenceClass({ seats: q.seats ?? 5 });
    const items = await deps.drivers.offerable(req.scopes, window, cls, { agencyId: q.agencyId, emergencyOnly: q.emergencyOnly === 'true' });
    return { items, total: items.length } as never;
  });
}
