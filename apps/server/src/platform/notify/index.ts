/** Notifications: an in-app inbox, and an outbox delivered through e-mail, SMS and 浙政钉 work notices. */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types.js';
import type { JobsApi } from '../jobs/index.js';
import type { Channel } from './channels/channel.js';
import { createDelivery, type DeliveryOptions } from './notify-delivery.js';
import { notifyRoutes } from './notify.routes.js';
import { createNotifyService } from './notify.service.js';
import { createOutboxService } from './outbox.service.js';

export { registerNotifyPermissions, notifyPermissions } from './notify.permissions.js';
export { PermanentChannelError, type Channel, type ChannelMessage } from './channels/channel.js';
export { SmtpChannel, type SmtpChannelOptions } from './channels/smtp.channel.js';
export { SmsChannel, type SmsChannelOptions } from './channels/sms.channel.js';
export { WebhookChannel, signWebhook, type WebhookChannelOptions } from './channels/webhook.channel.js';
export type { AddressBook, DeliveryOptions, DeliveryReport } from './notify-delivery.js';
export type { SendInput, SendResult, PrefItem } from './notify.service.js';

export interface NotifyOptions extends DeliveryOptions {
  /** The configured outside channels; the inbox needs none. */
  channels?: Channel[];
  /** When given, registers the nightly purge of delivered outbox rows. */
  jobs?: Pick<JobsApi, 'register'>;
  /** Delivered and skipped outbox rows are kept this long (default 30 days). */
  keepSentDays?: number;
}

export function createNotify(db: Db, opts: NotifyOptions = {}) {
  const channels = new Map((opts.channels ?? []).map((c) => [c.name, c] as const));
  if (channels.size !== (opts.channels ?? []).length) throw new Error('two notification channels share a name');
  const service = createNotifyService(db, channels);
  const outbox = createOutboxService(db);
  const delivery = createDelivery(db, channels, opts);
  const keepDays = opts.keepSentDays ?? 30;
  opts.jobs?.register({
    name: 'platform.notify.purge-outbox',
    cron: '30 3 * * *',
    retries: 2,
    handler: async (ctx) => {
      await ctx.db.execute(sql`delete from platform_notify_outbox where status in ('sent', 'skipped') and created_at < now() - ${`${keepDays} days`}::interval`);
    },
  });
  const api = {
    /** `notify.send(tx, { to, title, body, link?, channels? })` inside the caller's transaction. */
    send: service.send,
    unreadCount: service.unreadCount,
    /** Delivers every due outbox row now (tests, the command line). */
    deliverDue: delivery.deliverDue,
    channels: () => [...channels.keys()],
  };
  return {
    api,
    async registerRoutes(app: FastifyInstance) {
      await app.register(notifyRoutes(service, outbox), { prefix: '/api/v1/notifications' });
    },
    /** Starts the delivery poller (idempotent; every `pollMs`, default 2 s). */
    start: () => delivery.start(),
    /** Stops the poller and waits for the batch in progress. */
    stop: () => delivery.stop(),
  };
}

export type Notify = ReturnType<typeof createNotify>;
export type NotifyApi = Notify['api'];
