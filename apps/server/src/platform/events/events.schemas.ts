import { z } from 'zod';
import { listQuery } from '../http/paging.js';
import { EVENT_PATTERN, EVENT_TYPE } from './events.types.js';

const deliveryStatus = z.enum(['pending', 'delivering', 'delivered', 'failed', 'skipped']);

export const eventListQuery = z.strictObject({
  ...listQuery,
  type: z.string().trim().regex(EVENT_TYPE, '事件类型格式应为“模块.对象.动作过去式”').optional(),
  processRunId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  deliveryStatus: deliveryStatus.optional(),
});

const counts = z.object({ pending: z.number().int(), delivered: z.number().int(), failed: z.number().int(), skipped: z.number().int() });

export const eventItem = z.object({
  id: z.string(), type: z.string(), payload: z.record(z.string(), z.unknown()), actorAccountId: z.string().nullable(),
  processRunId: z.string().nullable(), createdAt: z.string(), fannedOutAt: z.string().nullable(), deliveries: counts,
}).meta({ id: 'PlatformEvent' });

export const eventDelivery = z.object({
  subscriber: z.string(), status: deliveryStatus, attempts: z.number().int(), nextAttemptAt: z.string(),
  lastError: z.string().nullable(), deliveredAt: z.string().nullable(),
}).meta({ id: 'PlatformEventDelivery' });

export const eventDetail = eventItem.extend({ deliveryList: z.array(eventDelivery) }).meta({ id: 'PlatformEventDetail' });

const url = z.url({ protocol: /^https?$/, error: '地址应为 http:// 或 https:// 开头的网址' }).max(500);
const eventTypes = z.array(z.string().trim().regex(EVENT_PATTERN, '事件类型应为“模块.对象.动作”或含 * 的模式')).min(1).max(50);
const secret = z.string().min(16, '密钥至少 16 个字符').max(200);

export const webhook = z.object({
  id: z.string(), name: z.string(), url: z.string(), eventTypes: z.array(z.string()), active: z.boolean(), createdAt: z.string(), updatedAt: z.string(),
}).meta({ id: 'Webhook' });
export const webhookWithSecret = webhook.extend({ secret: z.string() }).meta({ id: 'WebhookWithSecret' });

export const webhookInput = z.strictObject({
  name: z.string().trim().min(1).max(64), url, eventTypes, active: z.boolean().default(true),
  /** Omitted: the server generates one and returns it once. */
  secret: secret.optional(),
});
export const webhookPatch = z.strictObject({
  name: z.string().trim().min(1).max(64).optional(), url: url.optional(), eventTypes: eventTypes.optional(), active: z.boolean().optional(), secret: secret.optional(),
});
export const webhookListQuery = z.strictObject({ ...listQuery, active: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });

export type WebhookInput = z.infer<typeof webhookInput>;
export type WebhookPatch = z.infer<typeof webhookPatch>;
