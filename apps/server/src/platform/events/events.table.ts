import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../db/columns.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The event outbox: one row per event, written in the transaction of the change it announces.
 * `type` is '<module>.<entity>.<past-verb>'. The dispatcher fans a row out into one delivery per
 * matching subscriber (`fanned_out_at` set), then delivers those at least once.
 */
export const eventOutbox = pgTable('platform_event_outbox', {
  id: idColumn(),
  type: text('type').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  actorAccountId: uuid('actor_account_id'),
  /** The process run that emitted it, if any. */
  processRunId: uuid('process_run_id'),
  createdAt: createdAt(),
  fannedOutAt: ts('fanned_out_at'),
}, (t) => [
  index('platform_event_outbox_created_idx').on(t.createdAt),
  index('platform_event_outbox_type_idx').on(t.type, t.createdAt),
  index('platform_event_outbox_fanout_idx').on(t.createdAt).where(sql`fanned_out_at is null`),
  index('platform_event_outbox_process_run_idx').on(t.processRunId),
]);

/**
 * One event for one subscriber: 'fn:<name>' (in-process) or 'webhook:<id>'.
 * status: pending | delivering | delivered | failed | skipped.
 */
export const eventDeliveries = pgTable('platform_event_delivery', {
  eventId: uuid('event_id').notNull().references(() => eventOutbox.id),
  subscriber: text('subscriber').notNull(),
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
  lastError: text('last_error'),
  deliveredAt: ts('delivered_at'),
  createdAt: createdAt(),
}, (t) => [
  primaryKey({ columns: [t.eventId, t.subscriber] }),
  index('platform_event_delivery_due_idx').on(t.nextAttemptAt).where(sql`status in ('pending', 'delivering')`),
  index('platform_event_delivery_status_idx').on(t.status),
  index('platform_event_delivery_subscriber_idx').on(t.subscriber),
]);

/** An outgoing webhook: events whose type matches one of `eventTypes` are POSTed to `url`, signed. */
export const webhooks = pgTable('platform_webhook', {
  id: idColumn(),
  name: text('name').notNull(),
  url: text('url').notNull(),
  /** Exact types or patterns ('org.person.*', '*'). */
  eventTypes: text('event_types').array().notNull(),
  /** The HMAC-SM3 secret, encrypted with the field key. */
  secretEnc: text('secret_enc').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('platform_webhook_active_idx').on(t.active)]);

/**
 * One successful run of a process (written in the run's own transaction, so a failed run leaves
 * no row). A second run with the same (process, key) returns `result` without running again.
 */
export const processRuns = pgTable('platform_process_run', {
  id: idColumn(),
  processName: text('process_name').notNull(),
  idempotencyKey: text('idempotency_key').notNull(),
  /** SM3 of the canonical input (secrets left out): the same key with another input is refused. */
  inputHash: text('input_hash').notNull(),
  status: text('status').notNull(),
  result: jsonb('result'),
  actorAccountId: uuid('actor_account_id'),
  createdAt: createdAt(),
  finishedAt: ts('finished_at'),
}, (t) => [
  uniqueIndex('platform_process_run_key_uq').on(t.processName, t.idempotencyKey),
  index('platform_process_run_created_idx').on(t.createdAt),
]);
