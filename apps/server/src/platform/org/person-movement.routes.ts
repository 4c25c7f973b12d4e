import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams, isoDate } from '../http/schemas.js';
import { orgPermissions as P } from './org.permissions.js';
import { movementKinds, type PersonMovementService } from './person-movement.service.js';

const movement = z.object({
  id: z.string(), personId: z.string(), kind: z.string(), effectiveDate: z.string(), toAgencyId: z.string().nullable(),
  sidePost: z.string().nullable(), note: z.string().nullable(), createdAt: z.date(),
}).meta({ id: 'PersonMovement' });
const movementInput = z.strictObject({
  kind: z.enum(Object.keys(movementKinds) as [keyof typeof movementKinds, ...(keyof typeof movementKinds)[]]),
  effectiveDate: isoDate, toAgencyId: z.uuid().nullish(), sidePost: z.string().trim().max(100).nullish(), note: z.string().trim().max(200).nullish(),
});

/** /api/v1/org/people/:id/movements — 人事变动 (transfer, retirement, end of a side post), each emitting org.person.* events. */
export const personMovementRoutes = (movements: PersonMovementService): FastifyPluginAsyncZod => async (app) => {
  const tags = ['org'];
  app.post('/:id/movements', {
    config: { permission: P.personWrite },
    schema: { tags, summary: '登记人事变动 Record a transfer, retirement or end of a side post', params: idParams, body: movementInput, response: { 201: movement, 400: errorBody, 404: errorBody, 409: errorBody } },
  }, async (req, reply) => reply.status(201).send(await movements.record(actorOf(req), req.scopes, req.params.id, req.body)));

  app.get('/:id/movements', {
    config: { permission: P.personRead },
    schema: { tags, summary: '人事变动记录 Movements of a person', params: idParams, response: { 200: z.array(movement), 404: errorBody } },
  }, async (req) => movements.list(req.scopes, req.params.id));
};
