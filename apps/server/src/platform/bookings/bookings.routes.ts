import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams } from '../http/schemas.js';
import { people } from '../org/org.table.js';
import { bookingPermissions as P } from './bookings.permissions.js';
import type { BookingQueries } from './bookings.queries.js';
import { booking, bookingInput, bookingJson, bookingListQuery, cancelInput, freeQuery, freeResult, seriesInput, seriesResult } from './bookings.schemas.js';
import type { BookingRequest, BookingsService } from './bookings.service.js';
import type { z } from 'zod';

export interface BookingRoutesDeps { db: Db; service: BookingsService; queries: BookingQueries }

export const bookingRoutes = ({ db, service, queries }: BookingRoutesDeps): FastifyPluginAsyncZod => async (app) => {
  const tags = ['bookings'];
  const ctx = (req: FastifyRequest) => ({ actor: actorOf(req), scopes: req.scopes });

  /** The body as a service request; the holder defaults to the signed-in person and their agency. */
  async function requestOf(req: FastifyRequest, body: z.infer<typeof bookingInput>): Promise<BookingRequest> {
    let agencyId = body.holderAgencyId;
    const personId = body.holderPersonId ?? (agencyId ? undefined : req.auth?.personId ?? undefined);
    if (!agencyId && personId) {
      const [p] = await db.select({ agencyId: people.agencyId }).from(people).where(eq(people.id, personId));
      agencyId = p?.agencyId;
    }
    if (!agencyId) throw errors.validation([{ path: 'holderAgencyId', code: 'REQUIRED', message: '请指定预订单位（当前账号未关联人员）' }]);
    return {
      resourceType: body.resourceType, resourceId: body.resourceId, range: [new Date(body.startsAt), new Date(body.endsAt)],
      holder: { agencyId, personId: personId ?? null }, title: body.title ?? null,
      ref: body.refType && body.refId ? { type: body.refType, id: body.refId } : null, checkInGraceMinutes: body.checkInGraceMinutes ?? null,
    };
  }

  app.get('', {
    config: { permission: P.read },
    schema: { tags, summary: '预订列表 List bookings', querystring: bookingListQuery, response: { 200: pageOf(booking), 400: errorBody } },
  }, async (req) => {
    const { page, pageSize, q: _q, from, to, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    const r = await queries.list(req.scopes, { ...f, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined }, limit, offset);
    return { items: r.items.map(bookingJson), total: r.total };
  });

  app.get('/free', {
    config: { permission: P.read },
    schema: { tags, summary: '空闲资源 Which of these resources are free in [from, to)', querystring: freeQuery, response: { 200: freeResult, 400: errorBody } },
  }, async (req) => {
    const q = req.query;
    const r = await queries.freeResources({ resourceType: q.resourceType, candidates: q.resourceIds, from: new Date(q.from), to: new Date(q.to), page: q.page, pageSize: q.pageSize });
    return { items: r.items.map((resourceId) => ({ resourceId })), total: r.total };
  });

  app.post('', {
    config: { permission: P.write },
    schema: { tags, summary: '预订或暂留 Book (or hold) a resource', body: bookingInput, response: { 201: booking, 400: errorBody, 403: errorBody, 409: errorBody } },
  }, async (req, reply) => {
    const r = await requestOf(req, req.body);
    const row = req.body.hold ? await service.hold({ ...r, holdMinutes: req.body.holdMinutes }, ctx(req)) : await service.book(r, ctx(req));
    return reply.status(201).send(bookingJson(row));
  });

  app.post('/series', {
    config: { permission: P.write },
    schema: { tags, summary: '重复预订 Book a recurring series (RRULE); conflicts are reported per occurrence', body: seriesInput, response: { 201: seriesResult, 400: errorBody, 403: errorBody, 422: errorBody } },
  }, async (req, reply) => {
    const r = await requestOf(req, req.body);
    const out = await service.bookRecurring({
      ...r, rrule: req.body.rrule, until: req.body.until ? new Date(req.body.until) : undefined, allOrNothing: req.body.allOrNothing,
      hold: req.body.hold, holdMinutes: req.body.holdMinutes,
    }, ctx(req));
    return reply.status(201).send({
      seriesId: out.seriesId, booked: out.booked.map(bookingJson),
      conflicts: out.conflicts.map((c) => ({ startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString(), message: c.conflict.messageZh, ...(c.conflict.ref ? { ref: c.conflict.ref } : {}) })),
    });
  });

  app.get('/:id', {
    config: { permission: P.read },
    schema: { tags, summary: '预订详情 Get a booking', params: idParams, response: { 200: booking, 404: errorBody } },
  }, async (req) => bookingJson(await queries.get(req.params.id, req.scopes)));

  const actions = [
    ['confirm', '确认暂留 Confirm a hold', (id: string, req: FastifyRequest) => service.confirm(id, ctx(req))],
    ['check-in', '签到 Check in', (id: string, req: FastifyRequest) => service.checkIn(id, ctx(req))],
    ['release', '提前释放 Give back early', (id: string, req: FastifyRequest) => service.release(id, ctx(req))],
  ] as const;
  for (const [verb, summary, run] of actions) {
    app.post(`/:id/${verb}`, {
      config: { permission: P.write },
      schema: { tags, summary, params: idParams, response: { 200: booking, 404: errorBody, 409: errorBody, 422: errorBody } },
    }, async (req) => bookingJson(await run(req.params.id, req)));
  }

  app.post('/:id/cancel', {
    config: { permission: P.write },
    schema: { tags, summary: '取消预订 Cancel a booking', params: idParams, body: cancelInput.nullish(), response: { 200: booking, 404: errorBody, 409: errorBody } },
  }, async (req) => bookingJson(await service.cancel(req.params.id, { ...ctx(req), reason: req.body?.reason ?? null })));
};
