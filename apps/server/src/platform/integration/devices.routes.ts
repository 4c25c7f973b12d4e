import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams, okBody } from '../http/schemas.js';
import type { DeviceService } from './devices.service.js';
import type { DeviceVerifier } from './devices.verify.js';
import { integrationPermissions as P } from './integration.permissions.js';
import { device, deviceInput, deviceListQuery, devicePatch, deviceWithSecret } from './integration.schemas.js';

/** /api/v1/admin/devices: device credentials. */
export const deviceAdminRoutes = (svc: DeviceService): FastifyPluginAsyncZod => async (app) => {
  const tags = ['admin'];
  app.get('', {
    config: { permission: P.deviceRead },
    schema: { tags, summary: '设备列表 List devices', querystring: deviceListQuery, response: { 200: pageOf(device), 400: errorBody } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return svc.list(filter, limit, offset);
  });

  app.post('', {
    config: { permission: P.deviceWrite },
    schema: { tags, summary: '登记设备（密钥仅此次返回） Register a device; the secret is shown once', body: deviceInput, response: { 201: deviceWithSecret, 400: errorBody } },
  }, async (req, reply) => reply.status(201).send(await svc.create(actorOf(req), req.body)));

  app.get('/:id', {
    config: { permission: P.deviceRead },
    schema: { tags, summary: '设备详情 Get a device', params: idParams, response: { 200: device, 404: errorBody } },
  }, async (req) => svc.get(req.params.id));

  app.patch('/:id', {
    config: { permission: P.deviceWrite },
    schema: { tags, summary: '修改设备 Update a device', params: idParams, body: devicePatch, response: { 200: device, 400: errorBody, 404: errorBody } },
  }, async (req) => svc.update(actorOf(req), req.params.id, req.body));

  app.post('/:id/rotate-secret', {
    config: { permission: P.deviceWrite },
    schema: { tags, summary: '更换设备密钥（仅此次返回） Rotate the secret; shown once', params: idParams, response: { 200: deviceWithSecret, 404: errorBody } },
  }, async (req) => svc.rotateSecret(actorOf(req), req.params.id));

  app.delete('/:id', {
    config: { permission: P.deviceWrite },
    schema: { tags, summary: '删除设备 Delete a device', params: idParams, response: { 200: okBody, 404: errorBody } },
  }, async (req) => {
    await svc.remove(actorOf(req), req.params.id);
    return { ok: true };
  });
};

/** /api/v1/devices: what devices post, signed (see devices.verify.ts). */
export const deviceIngestRoutes = (svc: DeviceService, verifier: DeviceVerifier): FastifyPluginAsyncZod => async (app) => {
  app.post('/heartbeat', {
    ...verifier.deviceRoute,
    schema: {
      tags: ['devices'], summary: '设备心跳（签名） Device heartbeat (signed)', security: [],
      body: z.object({ status: z.string().max(64).optional() }).optional(),
      response: { 200: z.object({ deviceId: z.string(), serverTime: z.string() }), 401: errorBody, 409: errorBody },
    },
  }, async (req) => svc.seen(req.device!.id));
};
