import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../http/schemas.js';
import type { TenantService } from './tenant.service.js';

const admin = z.strictObject({
  username: z.string().trim().min(3).max(32).regex(/^[A-Za-z0-9_.-]+$/, '用户名只能包含字母、数字、点、下划线和短横线'),
  displayName: z.string().trim().min(1).max(32),
  password: z.string().min(1).max(128),
});

export const tenantRoutes = (tenant: TenantService): FastifyPluginAsyncZod => async (app) => {
  app.post('/bootstrap', {
    config: { public: true },
    schema: {
      tags: ['auth'], summary: '首次初始化三员账号 Create the first administrators (one-time link)',
      body: z.strictObject({ token: z.string().min(10).max(100), sysadmin: admin, secadmin: admin, auditor: admin }),
      response: { 204: z.null(), 400: errorBody, 403: errorBody, 409: errorBody },
    },
  }, async (req, reply) => {
    const { token, ...admins } = req.body;
    await tenant.bootstrap(token, admins, req.ip);
    return reply.status(204).send(null);
  });
};
