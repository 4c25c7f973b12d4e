import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';
import { estateRooms } from './buildings.table.js';

export const inspectionPlanStatuses = ['planned', 'in_progress', 'closed'] as const;
export const findingStatuses = ['open', 'reported', 'closed'] as const;
export const findingSeverities = ['minor', 'major'] as const;

/** 专项检查 plan, run with the discipline commission (纪委监委). */
export const estateInspectionPlans = pgTable('estate_inspection_plan', {
  id: idColumn(),
  title: text('title').notNull(),
  year: integer('year').notNull(),
  theme: text('theme'),
  withDiscipline: boolean('with_discipline').notNull().default(true),
  disciplineContact: text('discipline_contact'),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  /** Agencies to be inspected. */
  agencyIds: jsonb('agency_ids').$type<string[]>().notNull(),
  status: text('status').notNull().default('planned'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('estate_inspection_plan_year_idx').on(t.year), index('estate_inspection_plan_status_idx').on(t.status)]);

/** An on-site finding, to be rectified by the agency before a deadline. Photos are platform files (use estate.inspection.photo). */
export const estateInspectionFindings = pgTable('estate_inspection_finding', {
  id: idColumn(),
  planId: uuid('plan_id').notNull().references(() => estateInspectionPlans.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  roomId: uuid('room_id').references(() => estateRooms.id),
  foundOn: date('found_on', { mode: 'string' }).notNull(),
  category: text('category').notNull(),
  description: text('description').notNull(),
  severity: text('severity').notNull().default('minor'),
  rectifyBy: date('rectify_by', { mode: 'string' }).notNull(),
  status: text('status').notNull().default('open'),
  reportText: text('report_text'),
  reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'date' }),
  reportedBy: uuid('reported_by'),
  closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
  closeNote: text('close_note'),
  lastRemindedOn: date('last_reminded_on', { mode: 'string' }),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('estate_inspection_finding_plan_idx').on(t.planId),
  index('estate_inspection_finding_agency_idx').on(t.agencyId),
  index('estate_inspection_finding_room_idx').on(t.roomId),
  index('estate_inspection_finding_status_due_idx').on(t.status, t.rectifyBy),
  check('estate_inspection_finding_due_ck', sql`${t.rectifyBy} >= ${t.foundOn}`),
  check('estate_inspection_finding_status_ck', sql`${t.status} in ('open', 'reported', 'closed')`),
]);
