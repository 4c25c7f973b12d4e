import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors } from '../http/errors.js';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf, type AuthContext } from '../http/request-context.js';
import { errorBody, idParams, okBody } from '../http/schemas.js';
import { notifyPermissions as P } from './notify.permissions.js';
import { inboxQuery, notification, outboxItem, outboxQuery, prefInput, prefList, readAllResult, unreadCount } from './notify.schemas.js';
import type { NotifyService } from './notify.service.js';
import type { OutboxService } from './outbox.service.js';

const me = (req: { auth: AuthContext | null }): string => {
  if (!req.auth) throw errors.unauthenticated();
  return req.auth.accountId;
};

export const notifyRoutes = (service: NotifyService, outbox: OutboxService): FastifyPluginAsyncZod => async (app) => {
  const tags = ['notifications'];
  const mine = { authenticated: true } as const;

  app.get('', {
    config: mine,
    schema: { tags, summary: '我的消息 My inbox', querystring: inboxQuery, response: { 200: pageOf(notification) } },
  }, async (req) => {
    const { limit, offset } = offsetOf(req.query);
    return service.inbox(me(req), { unread: req.query.unread }, limit, offset);
  });

  app.get('/unread-count', {
    config: mine,
    schema: { tags, summary: '未读消息数 Unread count', response: { 200: unreadCount } },
  }, async (req) => ({ count: await service.unreadCount(me(req)) }));

  app.post('/:id/read', {
    config: mine,
    schema: { tags, summary: '标为已读 Mark read', params: idParams, response: { 200: okBody, 404: errorBody } },
  }, async (req) => {
    await service.markRead(me(req), req.params.id);
    return { ok: true };
  });

  app.post('/read-all', {
    config: mine,
    schema: { tags, summary: '全部标为已读 Mark all read', response: { 200: readAllResult } },
  }, async (req) => ({ updated: await service.markAllRead(me(req)) }));

  app.get('/preferences', {
    config: mine,
    schema: { tags, summary: '通知渠道设置 My channel preferences', response: { 200: prefList } },
  }, async (req) => ({ items: await service.preferences(me(req)) }));

  app.put('/preferences', {
    config: mine,
    schema: { tags, summary: '修改通知渠道设置 Set my channel preferences', body: prefInput, response: { 200: prefList, 400: errorBody } },
  }, async (req) => ({ items: await service.setPreferences(actorOf(req), me(req), req.body.items) }));

  app.get('/outbox', {
    config: { permission: P.outboxRead },
    schema: { tags, summary: '通知发送队列 Notification outbox', querystring: outboxQuery, response: { 200: pageOf(outboxItem) } },
  }, async (req) => {
    const { limit, offset } = offsetOf(req.query);
    return outbox.list({ status: req.query.status, channel: req.query.channel }, limit, offset);
  });

  app.post('/outbox/:id/retry', {
    config: { permission: P.outboxRetry },
    schema: { tags, summary: '重发失败的通知 Retry a failed message', params: idParams, response: { 200: okBody, 404: errorBody, 409: errorBody } },
  }, async (req) => {
    await outbox.retry(actorOf(req), req.params.id);
    return { ok: true };
  });
};
