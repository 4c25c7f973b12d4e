import { bigint, date, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';

export const remoteRecordKinds = ['use', 'maintenance', 'lease'] as const;

/** 市外房产: property of the city outside it, entrusted to a trustee (e.g. the city's office in Hangzhou). */
export const estateRemoteProperties = pgTable('estate_remote_property', {
  id: idColumn(),
  name: text('name').notNull(),
  city: text('city').notNull(),
  address: text('address').notNull(),
  /** The agency responsible for it (data scope). */
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  trusteeName: text('trustee_name').notNull(),
  trusteeContact: text('trustee_contact'),
  /** The account that files the periodic reports and receives reminders. */
  trusteeAccountId: uuid('trustee_account_id'),
  currentUse: text('current_use').notNull(),
  areaM2: numeric('area_m2', { precision: 10, scale: 2 }).notNull(),
  titleCertNo: text('title_cert_no'),
  reportCycleMonths: integer('report_cycle_months').notNull().default(3),
  nextReportDue: date('next_report_due', { mode: 'string' }).notNull(),
  lastRemindedOn: date('last_reminded_on', { mode: 'string' }),
  status: text('status').notNull().default('active'),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('estate_remote_property_agency_idx').on(t.agencyId), index('estate_remote_property_due_idx').on(t.nextReportDue)]);

/** Use, maintenance and lease records of an out-of-city property. */
export const estateRemoteRecords = pgTable('estate_remote_record', {
  id: idColumn(),
  propertyId: uuid('property_id').notNull().references(() => estateRemoteProperties.id),
  kind: text('kind').notNull(),
  occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }),
  counterparty: text('counterparty'),
  amountFen: bigint('amount_fen', { mode: 'number' }),
  description: text('description').notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
}, (t) => [index('estate_remote_record_property_idx').on(t.propertyId, t.occurredOn)]);

/** A periodic report of the trustee, for the period ending at `dueOn`. */
export const estateRemoteReports = pgTable('estate_remote_report', {
  id: idColumn(),
  propertyId: uuid('property_id').notNull().references(() => estateRemoteProperties.id),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
  occupancy: text('occupancy').notNull(),
  content: text('content').notNull(),
  issues: text('issues'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('estate_remote_report_uq').on(t.propertyId, t.dueOn)]);
