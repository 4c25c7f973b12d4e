import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuery, offsetOf, pageOf } from '../../../platform/http/paging.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { errorBody, idParams } from '../../../platform/http/schemas.js';
import { estatePermissions as P } from '../permissions.js';
import type { ActivityRoomsService } from './activity-rooms.service.js';

const tags = ['estate-activity-rooms'];
const errs = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
const room = z.object({
  id: z.string(), roomId: z.string(), agencyId: z.string(), name: z.string(), capacity: z.number().int(), openDays: z.array(z.number().int()),
  opensAt: z.string(), closesAt: z.string(), active: z.boolean(), note: z.string().nullable(), roomNumber: z.string(), buildingName: z.string(),
}).meta({ id: 'EstateActivityRoom' });
const createBody = z.strictObject({
  roomId: z.uuid(), agencyId: z.uuid(), name: z.string().trim().min(2).max(50), capacity: z.number().int().min(1).max(1000).default(20),
  openDays: z.array(z.number().int().min(1).max(7)).min(1).max(7), opensAt: hhmm, closesAt: hhmm, note: z.string().trim().max(500).nullish(),
});
const booking = z.object({ id: z.string(), resourceId: z.string(), startsAt: z.date(), endsAt: z.date(), state: z.string(), holderAgencyId: z.string(), holderPersonId: z.string().nullable(), title: z.string().nullable() }).meta({ id: 'EstateActivityRoomBooking' });
const bookBody = z.strictObject({ startsAt: z.coerce.date(), endsAt: z.coerce.date(), title: z.string().trim().min(2).max(100) });
const monthQuery = z.strictObject({ ...listQuery, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM') });
const usageRow = z.object({ activityRoomId: z.string(), name: z.string(), buildingName: z.string(), roomNumber: z.string(), bookings: z.number().int(), bookedHours: z.number(), openHours: z.number(), utilisationPct: z.number() }).meta({ id: 'EstateActivityRoomUtilisation' });

export const activityRoomRoutes = (svc: ActivityRoomsService): FastifyPluginAsyncZod => async (app) => {
  app.get('', { config: { permission: P.activityRoomRead }, schema: { tags, summary: '离退休干部活动室 List', querystring: z.strictObject({ ...listQuery, active: z.enum(['true', 'false']).transform((v) => v === 'true').optional() }), response: { 200: pageOf(room) } } },
    async (req) => { const { page, pageSize, active } = req.query; const o = offsetOf({ page, pageSize }); return svc.list({ active }, o.limit, o.offset); });
  app.get('/utilisation', { config: { permission: P.activityRoomRead }, schema: { tags, summary: '活动室月度使用率 Monthly utilisation', querystring: monthQuery, response: { 200: pageOf(usageRow).extend({ month: z.string() }) } } },
    async (req) => { const o = offsetOf(req.query); return svc.utilisationReport(req.query.month, o.limit, o.offset); });
  app.get('/:id', { config: { permission: P.activityRoomRead }, schema: { tags, summary: '活动室详情 Detail', params: idParams, response: { 200: room, 404: errorBody } } },
    async (req) => svc.get(req.params.id));
  app.post('', { config: { permission: P.activityRoomWrite }, schema: { tags, summary: '设为活动室 Flag a room as an activity room', body: createBody, response: { 201: room, ...errs } } },
    async (req, reply) => { const r = await svc.create(actorOf(req), req.body); return reply.status(201).send(await svc.get(r.id)); });
  app.get('/:id/bookings', { config: { permission: P.activityRoomRead }, schema: { tags, summary: '活动室预约情况 Schedule', params: idParams, querystring: z.strictObject({ ...listQuery, from: z.coerce.date(), to: z.coerce.date() }), response: { 200: pageOf(booking), 404: errorBody } } },
    async (req) => { const o = offsetOf(req.query); return svc.schedule(req.params.id, req.query.from, req.query.to, o.limit, o.offset); });
  app.post('/:id/bookings', { config: { permission: P.activityRoomBook }, schema: { tags, summary: '预约活动室 Book', params: idParams, body: bookBody, response: { 201: booking, ...errs } } },
    async (req, reply) => reply.status(201).send(await svc.book(actorOf(req), req.scopes, req.auth?.personId ?? null, req.params.id, req.body)));
  app.post('/bookings/:id/cancel', { config: { permission: P.activityRoomBook }, schema: { tags, summary: '取消预约 Cancel a booking', params: idParams, body: z.strictObject({ reason: z.string().trim().max(200).default('本人取消') }), response: { 200: booking, ...errs } } },
    async (req) => svc.cancel(actorOf(req), req.scopes, req.params.id, req.body.reason));
};
