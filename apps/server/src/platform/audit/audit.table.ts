import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only, hash-chained audit trail. `seq` is contiguous; `hash` = SM3(prevHash ‖ canonical record). */
export const auditLog = pgTable('platform_audit_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  actorAccountId: uuid('actor_account_id'),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  objectType: text('object_type').notNull(),
  objectId: text('object_id'),
  before: jsonb('before'),
  after: jsonb('after'),
  ip: text('ip'),
  result: text('result').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [
  index('platform_audit_log_at_idx').on(t.at),
  index('platform_audit_log_actor_idx').on(t.actorAccountId),
  index('platform_audit_log_action_idx').on(t.action),
  index('platform_audit_log_object_idx').on(t.objectType, t.objectId),
]);

/** The head of the chain: last seq and hash, updated in the same transaction as every append. */
export const auditHead = pgTable('platform_audit_head', {
  id: integer('id').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});

/**
 * Records committed but not yet chained. A transaction inserts its records here (no lock); right
 * after its commit the sealer moves them, in id order and in batches, onto the chain under the head
 * lock. Rows stay here only for that moment, or until the next start after a crash.
 */
export const auditPending = pgTable('platform_audit_pending', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  actorAccountId: uuid('actor_account_id'),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  objectType: text('object_type').notNull(),
  objectId: text('object_id'),
  before: jsonb('before'),
  after: jsonb('after'),
  ip: text('ip'),
  result: text('result').notNull(),
});
