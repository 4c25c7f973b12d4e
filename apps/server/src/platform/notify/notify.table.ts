import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/auth.table.js';
import { createdAt, idColumn } from '../db/columns.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The in-app inbox: one row per message per account. */
export const notifications = pgTable('platform_notification', {
  id: idColumn(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  title: text('title').notNull(),
  body: text('body').notNull(),
  /** A path in the web app, e.g. '/fleet/trips/…'. */
  link: text('link'),
  readAt: ts('read_at'),
  createdAt: createdAt(),
}, (t) => [
  index('platform_notification_account_idx').on(t.accountId, t.createdAt),
  index('platform_notification_unread_idx').on(t.accountId).where(sql`read_at is null`),
]);

export interface OutboxPayload {
  title: string;
  body: string;
  link: string | null;
}

/**
 * Messages to send through an outside channel. Written in the sender's transaction, delivered
 * by the worker; a row stays until it is sent, so a channel that is down loses nothing.
 */
export const notifyOutbox = pgTable('platform_notify_outbox', {
  id: idColumn(),
  notificationId: uuid('notification_id').references(() => notifications.id),
  channel: text('channel').notNull(),
  /** The account id; the channel address is looked up when delivering (no personal data stored here). */
  recipient: text('recipient').notNull(),
  payload: jsonb('payload').$type<OutboxPayload>().notNull(),
  /** pending | sending | sent | failed | skipped */
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
  lastError: text('last_error'),
  createdAt: createdAt(),
  sentAt: ts('sent_at'),
}, (t) => [
  index('platform_notify_outbox_due_idx').on(t.nextAttemptAt).where(sql`status in ('pending', 'sending')`),
  index('platform_notify_outbox_status_idx').on(t.status, t.createdAt),
  index('platform_notify_outbox_notification_idx').on(t.notificationId),
]);

/** Per-account channel choices; no row = the channel is on. The inbox is always on. */
export const notifyPrefs = pgTable('platform_notify_pref', {
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  channel: text('channel').notNull(),
  enabled: boolean('enabled').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.accountId, t.channel] })]);
