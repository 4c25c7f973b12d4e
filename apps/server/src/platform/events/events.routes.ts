import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody, idParams, okBody } from '../http/schemas.js';
import { eventsPermissions as P } from './events.permissions.js';
import { eventDetail, eventItem, eventListQuery, webhook, webhookInput, webhookListQuery, webhookPatch, webhookWithSecret } from './events.schemas.js';
import type { EventsService } from './events.service.js';
import type { WebhooksService } from './webhooks.service.js';

/** /api/v1/events: the outbox for the system administrator. */
export const eventsRoutes = (events: EventsService): FastifyPluginAsyncZod => async (app) => {
  const tags = ['events'];
  app.get('', {
    config: { permission: P.eventRead },
    schema: { tags, summary: '事件列表（发件箱） List events of the outbox', querystring: eventListQuery, response: { 200: pageOf(eventItem), 400: errorBody } },
  }, async (req) => {
    const { page, pageSize, q: _q, ...filter } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return events.list(filter, limit, offset);
  });

  app.get('/:id', {
    config: { permission: P.eventRead },
    schema: { tags, summary: '事件详情及投递记录 An event and its deliveries', params: idParams, response: { 200: eventDetail, 404: errorBody } },
  }, async (req) => events.get(req.params.id));

  app.post('/:id/redeliver', {
    config: { permission: P.eventRedeliver },
    schema: { tags, summary: '重新投递失败的订阅 Redeliver failed deliveries', params: idParams, response: { 200: z.object({ requeued: z.number().int() }), 404: errorBody, 409: errorBody } },
  }, async (req) => events.redeliver(actorOf(req), req.params.id));
};

/** /api/v1/webhooks: outgoing webhooks (signed with HMAC-SM3). */
export const webhooksRoutes = (hooks: WebhooksService): FastifyPluginAsyncZod => async (app) => {
  const tags = ['events'];
  app.get('', {
    config: { permission: P.webhookWrite },
    schema: { tags, summary: 'Webhook 列表 List webhooks', querystring: webhookListQuery, response: { 200: pageOf(webhook) } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    const { limit, offset } = offsetOf({ page, pageSize });
    return hooks.list(filter, limit, offset);
  });

  app.post('', {
    config: { permission: P.webhookWrite },
    schema: { tags, summary: '新建 Webhook（密钥仅此次返回） Create a webhook; the secret is shown once', body: webhookInput, response: { 201: webhookWithSecret, 400: errorBody } },
  }, async (req, reply) => reply.status(201).send(await hooks.create(actorOf(req), req.body)));

  app.get('/:id', {
    config: { permission: P.webhookWrite },
    schema: { tags, summary: 'Webhook 详情 Get a webhook', params: idParams, response: { 200: webhook, 404: errorBody } },
  }, async (req) => hooks.get(req.params.id));

  app.patch('/:id', {
    config: { permission: P.webhookWrite },
    schema: { tags, summary: '修改 Webhook Update a webhook', params: idParams, body: webhookPatch, response: { 200: webhook, 400: errorBody, 404: errorBody } },
  }, async (req) => hooks.update(actorOf(req), req.params.id, req.body));

  app.delete('/:id', {
    config: { permission: P.webhookWrite },
    schema: { tags, summary: '删除 Webhook Delete a webhook', params: idParams, response: { 200: okBody, 404: errorBody } },
  }, async (req) => {
    await hooks.remove(actorOf(req), req.params.id);
    return { ok: true };
  });
};
