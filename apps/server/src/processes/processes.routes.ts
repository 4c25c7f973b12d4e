import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../platform/http/request-context.js';
import { errorBody } from '../platform/http/schemas.js';
import { idempotencyHeaders, onboardPersonInput, onboardPersonResult } from './onboard-person/index.js';
import type { ProcessesApi } from './index.js';
import { processPermissions as P } from './processes.permissions.js';

/** /api/v1/processes: one-stop processes across modules; writes take an Idempotency-Key. */
export const processesRoutes = (api: ProcessesApi): FastifyPluginAsyncZod => async (app) => {
  const tags = ['processes'];
  app.post('/onboard-person', {
    config: { permission: P.onboardPersonRun },
    schema: {
      tags, summary: '新干部入职：建人员、开账号、授干部角色（一个事务，幂等） Onboard a cadre in one transaction (idempotent)',
      headers: idempotencyHeaders, body: onboardPersonInput,
      response: { 201: onboardPersonResult, 400: errorBody, 403: errorBody, 409: errorBody, 422: errorBody },
    },
  }, async (req, reply) => {
    const out = await api.onboardPerson(req.body, { idempotencyKey: req.headers['idempotency-key'], actor: actorOf(req), scopes: req.scopes });
    if (out.replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(201).send({ runId: out.runId, ...out.result, replayed: out.replayed });
  });
};
