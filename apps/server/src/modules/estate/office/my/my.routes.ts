import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../../../platform/http/request-context.js';
import { listQuery, offsetOf, pageOf } from '../../../../platform/http/paging.js';
import { errorBody, idParams } from '../../../../platform/http/schemas.js';
import { estatePermissions as P } from '../../permissions.js';
import { shanghaiDate } from '../shared.js';
import { problemCategories, type MyOfficeService } from './my.service.js';

const myOffice = z.object({
  personId: z.string(), name: z.string(), post: z.string().nullable(),
  rooms: z.array(z.object({
    roomId: z.string(), number: z.string(), buildingName: z.string(), floorName: z.string(), usableAreaM2: z.number(), useClass: z.string(), suitePart: z.string().nullable(),
    kind: z.string(), startDate: z.string(), occupants: z.number().int(), shareM2: z.number(),
  })),
  standardLabel: z.string().nullable(), standardM2: z.number().nullable(), actualM2: z.number(), overrunM2: z.number(), violations: z.array(z.string()),
}).meta({ id: 'EstateMyOffice' });
const problem = z.object({ id: z.string(), roomId: z.string(), category: z.string(), description: z.string(), status: z.string(), createdAt: z.date() });

/** Portal reads: /api/v1/estate/my/office and /my/room-problems (the signed-in cadre's own rooms). */
export const myRoutes = (deps: { my: MyOfficeService; clock: () => Date }): FastifyPluginAsyncZod => async (app) => {
  const { my, clock } = deps;
  const tags = ['estate'];
  app.get('/my/office', {
    config: { permission: P.myRead },
    schema: { tags, summary: '我的办公室 My office, area and standard', response: { 200: myOffice, 404: errorBody } },
  }, async (req) => my.office(req.auth?.personId ?? null, shanghaiDate(clock())));

  app.post('/my/room-problems', {
    config: { permission: P.myReport },
    schema: {
      tags, summary: '报告我的办公室问题 Report a problem with my room',
      body: z.strictObject({ roomId: z.uuid(), category: z.enum(Object.keys(problemCategories) as [keyof typeof problemCategories]), description: z.string().trim().min(2).max(1000) }),
      response: { 201: problem, 400: errorBody, 404: errorBody },
    },
  }, async (req, reply) => reply.status(201).send(await my.report(actorOf(req), req.auth?.personId ?? null, shanghaiDate(clock()), req.body)));

  app.get('/room-problems', {
    config: { permission: P.read },
    schema: {
      tags, summary: '干部报告的办公室问题 Room problems reported by cadres', querystring: z.strictObject({ page: listQuery.page, pageSize: listQuery.pageSize, status: z.enum(['open', 'handled']).optional() }),
      response: { 200: pageOf(problem.extend({ roomNumber: z.string(), buildingName: z.string(), personName: z.string() })) },
    },
  }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return my.problems(req.scopes, f, limit, offset);
  });

  app.post('/room-problems/:id/handle', {
    config: { permission: P.problemHandle },
    schema: { tags, summary: '标记问题已处理 Mark a problem handled', params: idParams, response: { 200: problem, 404: errorBody } },
  }, async (req) => my.handle(actorOf(req), req.scopes, req.params.id));
};
