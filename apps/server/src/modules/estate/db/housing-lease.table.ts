import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { accounts } from '../../../platform/auth/auth.table.js';
import { agencies, departments, people } from '../../../platform/org/org.table.js';
import { housingApplications, housingFlats } from './housing.table.js';

export const leaseStatuses = ['active', 'ended'] as const;
export const exitReasons = ['term-ended', 'bought-home', 'left-city', 'transferred', 'retired', 'breach', 'other'] as const;
export const itemConditions = ['good', 'worn', 'damaged', 'missing'] as const;

/** 租赁合同: term, rent, deposit; one active lease per flat (partial unique index). */
export const housingLeases = pgTable('estate_housing_lease', {
  id: idColumn(),
  flatId: uuid('flat_id').notNull().references(() => housingFlats.id),
  applicationId: uuid('application_id').references(() => housingApplications.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  departmentId: uuid('department_id').references(() => departments.id),
  accountId: uuid('account_id').references(() => accounts.id),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }).notNull(),
  rentFen: integer('rent_fen').notNull(),
  depositFen: integer('deposit_fen').notNull(),
  /** Days before the end date on which the tenant is reminded, copied from the rule set [U]. */
  reminderDays: jsonb('reminder_days').$type<number[]>().notNull(),
  status: text('status').notNull().default('active'),
  exitReason: text('exit_reason'),
  exitDate: date('exit_date', { mode: 'string' }),
  exitNote: text('exit_note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_housing_lease_active_flat_uq').on(t.flatId).where(sql`status = 'active'`),
  index('estate_housing_lease_flat_idx').on(t.flatId),
  index('estate_housing_lease_application_idx').on(t.applicationId),
  index('estate_housing_lease_person_idx').on(t.personId),
  index('estate_housing_lease_agency_idx').on(t.agencyId),
  index('estate_housing_lease_department_idx').on(t.departmentId),
  index('estate_housing_lease_account_idx').on(t.accountId),
  index('estate_housing_lease_end_idx').on(t.status, t.endDate),
]);

/** 月租账单: one per lease and month (YYYY-MM, Asia/Shanghai). */
export const housingBills = pgTable('estate_housing_bill', {
  id: idColumn(),
  leaseId: uuid('lease_id').notNull().references(() => housingLeases.id),
  month: text('month').notNull(),
  amountFen: integer('amount_fen').notNull(),
  paidFen: integer('paid_fen').notNull().default(0),
  status: text('status').notNull().default('unpaid'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('estate_housing_bill_lease_month_uq').on(t.leaseId, t.month), index('estate_housing_bill_status_idx').on(t.status, t.month)]);

export const housingPayments = pgTable('estate_housing_payment', {
  id: idColumn(),
  billId: uuid('bill_id').notNull().references(() => housingBills.id),
  amountFen: integer('amount_fen').notNull(),
  paidOn: date('paid_on', { mode: 'string' }).notNull(),
  method: text('method').notNull(),
  note: text('note'),
  createdAt: createdAt(),
}, (t) => [index('estate_housing_payment_bill_idx').on(t.billId)]);

export interface ChecklistItem { name: string; condition: (typeof itemConditions)[number]; note?: string | null | undefined; photoFileIds: string[] }

/** 入住/退房交接清单: items with their condition and photos (platform files, use estate.housing-checklist.photo). */
export const housingChecklists = pgTable('estate_housing_checklist', {
  id: idColumn(),
  leaseId: uuid('lease_id').notNull().references(() => housingLeases.id),
  kind: text('kind').notNull(),
  items: jsonb('items').$type<ChecklistItem[]>().notNull(),
  checkedOn: date('checked_on', { mode: 'string' }).notNull(),
  checkedBy: text('checked_by').notNull(),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('estate_housing_checklist_lease_kind_uq').on(t.leaseId, t.kind)]);

/** Reminders sent: one per lease and days-before, so the job never sends twice. */
export const housingReminders = pgTable('estate_housing_reminder', {
  id: idColumn(),
  leaseId: uuid('lease_id').notNull().references(() => housingLeases.id),
  daysBefore: integer('days_before').notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [uniqueIndex('estate_housing_reminder_lease_days_uq').on(t.leaseId, t.daysBefore)]);
