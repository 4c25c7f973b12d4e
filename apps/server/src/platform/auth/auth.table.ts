import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../db/columns.js';
import { people } from '../org/org.table.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A local account; `personId` links it to a cadre of the organisation. */
export const accounts = pgTable('platform_account', {
  id: idColumn(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  personId: uuid('person_id').references(() => people.id),
  passwordHash: text('password_hash'),
  passwordChangedAt: ts('password_changed_at'),
  mustChangePassword: boolean('must_change_password').notNull().default(true),
  failedCount: integer('failed_count').notNull().default(0),
  lockedUntil: ts('locked_until'),
  status: text('status').notNull().default('active'),
  lastLoginAt: ts('last_login_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('platform_account_username_uq').on(t.username), index('platform_account_person_idx').on(t.personId)]);

/** Server-side session; `id` is the SHA-256 of the cookie token, never the token itself. */
export const sessions = pgTable('platform_session', {
  id: text('id').primaryKey(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
  endedAt: ts('ended_at'),
  ip: text('ip'),
  userAgent: text('user_agent'),
}, (t) => [index('platform_session_account_idx').on(t.accountId)]);

/** 登录日志: every sign-in attempt. */
export const loginEvents = pgTable('platform_login_event', {
  id: idColumn(),
  at: ts('at').notNull().defaultNow(),
  username: text('username').notNull(),
  accountId: uuid('account_id'),
  ip: text('ip'),
  userAgent: text('user_agent'),
  result: text('result').notNull(),
}, (t) => [index('platform_login_event_account_idx').on(t.accountId, t.at), index('platform_login_event_at_idx').on(t.at)]);

/** Key/value settings of the tenant (e.g. the one-time bootstrap token). */
export const settings = pgTable('platform_setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updatedAt(),
});
