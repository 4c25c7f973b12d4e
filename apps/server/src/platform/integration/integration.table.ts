import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/auth.table.js';
import { createdAt, idColumn, updatedAt } from '../db/columns.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** An OIDC subject (the `sub` claim of an issuer) linked to a local account. */
export const oidcLinks = pgTable('platform_oidc_link', {
  id: idColumn(),
  issuer: text('issuer').notNull(),
  subject: text('subject').notNull(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  createdAt: createdAt(),
  lastLoginAt: ts('last_login_at'),
}, (t) => [uniqueIndex('platform_oidc_link_subject_uq').on(t.issuer, t.subject), index('platform_oidc_link_account_idx').on(t.accountId)]);

/** A sign-in in progress: state, nonce and PKCE verifier, kept server-side for a few minutes. `id` is the state. */
export const oidcStates = pgTable('platform_oidc_state', {
  id: text('id').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  createdAt: createdAt(),
  expiresAt: ts('expires_at').notNull(),
}, (t) => [index('platform_oidc_state_expires_idx').on(t.expiresAt)]);

/** An API token of an integration; the secret is kept as its SHA-256 only. */
export const apiTokens = pgTable('platform_api_token', {
  id: idColumn(),
  name: text('name').notNull(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  permissions: text('permissions').array().notNull(),
  tokenHash: text('token_hash').notNull(),
  expiresAt: ts('expires_at').notNull(),
  revokedAt: ts('revoked_at'),
  lastUsedAt: ts('last_used_at'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
}, (t) => [index('platform_api_token_account_idx').on(t.accountId), index('platform_api_token_expires_idx').on(t.expiresAt)]);

/** A gate, meter or reader that posts signed requests; the secret is field-encrypted. */
export const devices = pgTable('platform_device', {
  id: idColumn(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  location: text('location'),
  secretEnc: text('secret_enc').notNull(),
  active: boolean('active').notNull().default(true),
  lastSeenAt: ts('last_seen_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('platform_device_kind_idx').on(t.kind), index('platform_device_active_idx').on(t.active)]);

/** Nonces seen from a device, kept until its timestamp window has passed (replay protection). */
export const deviceNonces = pgTable('platform_device_nonce', {
  deviceId: uuid('device_id').notNull().references(() => devices.id, { onDelete: 'cascade' }),
  nonce: text('nonce').notNull(),
  expiresAt: ts('expires_at').notNull(),
}, (t) => [
  uniqueIndex('platform_device_nonce_uq').on(t.deviceId, t.nonce),
  index('platform_device_nonce_expires_idx').on(t.expiresAt),
]);
