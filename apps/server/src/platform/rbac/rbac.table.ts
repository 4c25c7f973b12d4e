import { boolean, index, pgTable, primaryKey, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/auth.table.js';
import { createdAt, idColumn, updatedAt } from '../db/columns.js';

/** A role bundles permissions of one category (system / security / audit / business). */
export const roles = pgTable('platform_role', {
  id: idColumn(),
  code: text('code').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  category: text('category').notNull(),
  builtin: boolean('builtin').notNull().default(false),
  description: text('description'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('platform_role_code_uq').on(t.code)]);

export const rolePermissions = pgTable('platform_role_permission', {
  roleId: uuid('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  permission: text('permission').notNull(),
}, (t) => [primaryKey({ columns: [t.roleId, t.permission] })]);

/** A grant of a role to an account with a data scope. `scopeId` is a region, agency or department id. */
export const grants = pgTable('platform_grant', {
  id: idColumn(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  roleId: uuid('role_id').notNull().references(() => roles.id),
  scopeKind: text('scope_kind').notNull(),
  scopeId: uuid('scope_id'),
  createdAt: createdAt(),
}, (t) => [
  index('platform_grant_account_idx').on(t.accountId),
  index('platform_grant_role_idx').on(t.roleId),
  unique('platform_grant_uq').on(t.accountId, t.roleId, t.scopeKind, t.scopeId).nullsNotDistinct(),
]);
