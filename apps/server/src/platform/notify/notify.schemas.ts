import { z } from 'zod';
import { listQuery } from '../http/paging.js';

const instant = z.iso.datetime({ offset: true });

export const notification = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  readAt: instant.nullable(),
  createdAt: instant,
}).meta({ id: 'Notification' });

export const inboxQuery = z.object({
  page: listQuery.page,
  pageSize: listQuery.pageSize,
  unread: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
});

export const unreadCount = z.object({ count: z.number().int() });
export const readAllResult = z.object({ updated: z.number().int() });

export const prefItem = z.object({ channel: z.string(), label: z.string(), labelEn: z.string(), enabled: z.boolean() }).meta({ id: 'NotifyPreference' });
export const prefList = z.object({ items: z.array(prefItem) });
export const prefInput = z.object({ items: z.array(z.object({ channel: z.string().min(1).max(50), enabled: z.boolean() }).strict()).max(50) }).strict();

export const outboxStatus = z.enum(['pending', 'sending', 'sent', 'failed', 'skipped']);
export const outboxItem = z.object({
  id: z.string(),
  notificationId: z.string().nullable(),
  channel: z.string(),
  recipient: z.string(),
  title: z.string(),
  status: outboxStatus,
  attempts: z.number().int(),
  nextAttemptAt: instant,
  lastError: z.string().nullable(),
  createdAt: instant,
  sentAt: instant.nullable(),
}).meta({ id: 'NotifyOutboxItem' });
export const outboxQuery = z.object({ page: listQuery.page, pageSize: listQuery.pageSize, status: outboxStatus.optional(), channel: z.string().max(50).optional() });
