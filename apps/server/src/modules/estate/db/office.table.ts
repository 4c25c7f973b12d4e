import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { files } from '../../../platform/files/files.table.js';
import { agencies, people } from '../../../platform/org/org.table.js';
import { estateRooms } from './buildings.table.js';

/**
 * 党政机关办公用房建设标准 (发改投资〔2014〕2674号): usable office area per person by the level of
 * the organ and the post class. Data with source and effective dates, never constants in code.
 */
export const estateAreaStandards = pgTable('estate_area_standard', {
  id: idColumn(),
  /** central | province | city | county | township (platform adminLevels). */
  adminLevel: text('admin_level').notNull(),
  /** level-chief | level-deputy | bureau-chief | bureau-deputy | division-chief | division-deputy | below */
  postClass: text('post_class').notNull(),
  labelZh: text('label_zh').notNull(),
  labelEn: text('label_en').notNull(),
  usableM2: numeric('usable_m2', { precision: 6, scale: 2 }).notNull(),
  /** Whether the standard allows a 卫生间 inside the area for this post, and its limit. */
  toiletAllowed: boolean('toilet_allowed').notNull().default(false),
  toiletMaxM2: numeric('toilet_max_m2', { precision: 6, scale: 2 }),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  effectiveTo: date('effective_to', { mode: 'string' }),
  source: text('source').notNull(),
  note: text('note'),
  sort: integer('sort').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('estate_area_standard_level_post_from_uq').on(t.adminLevel, t.postClass, t.effectiveFrom)]);

/** Which standard row a platform rank falls under, per administrative level (documented in README). */
export const estateRankPosts = pgTable('estate_rank_post', {
  id: idColumn(),
  adminLevel: text('admin_level').notNull(),
  rank: text('rank').notNull(),
  postClass: text('post_class').notNull(),
  source: text('source'),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('estate_rank_post_level_rank_uq').on(t.adminLevel, t.rank)]);

/** A person assigned to a room (main post or 兼职 side post), from a date to a date. */
export const estateAssignments = pgTable('estate_assignment', {
  id: idColumn(),
  personId: uuid('person_id').notNull().references(() => people.id),
  roomId: uuid('room_id').notNull().references(() => estateRooms.id),
  /** The person's agency when assigned (scope of the row). */
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  /** 'main' 主职 or 'side' 兼职. */
  kind: text('kind').notNull().default('main'),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('estate_assignment_person_idx').on(t.personId),
  index('estate_assignment_room_idx').on(t.roomId),
  index('estate_assignment_agency_idx').on(t.agencyId),
  index('estate_assignment_open_room_idx').on(t.roomId, t.personId).where(sql`end_date is null`),
  index('estate_assignment_open_person_idx').on(t.personId, t.roomId).where(sql`end_date is null`),
]);

/** Allocation of rooms to an agency (配置), with its 使用协议 and 分配使用凭证 numbers. */
export const estateAllocations = pgTable('estate_allocation', {
  id: idColumn(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  agreementNo: text('agreement_no').notNull(),
  certificateNo: text('certificate_no').notNull(),
  allocatedOn: date('allocated_on', { mode: 'string' }).notNull(),
  purpose: text('purpose'),
  /** active | revoked */
  status: text('status').notNull().default('active'),
  totalAreaM2: numeric('total_area_m2', { precision: 12, scale: 2 }).notNull(),
  requestId: uuid('request_id'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('estate_allocation_agency_idx').on(t.agencyId),
  uniqueIndex('estate_allocation_agreement_uq').on(t.agreementNo),
  uniqueIndex('estate_allocation_certificate_uq').on(t.certificateNo),
  index('estate_allocation_status_idx').on(t.status),
]);

export const estateAllocationRooms = pgTable('estate_allocation_room', {
  id: idColumn(),
  allocationId: uuid('allocation_id').notNull().references(() => estateAllocations.id),
  roomId: uuid('room_id').notNull().references(() => estateRooms.id),
  usableAreaM2: numeric('usable_area_m2', { precision: 8, scale: 2 }).notNull(),
}, (t) => [index('estate_allocation_room_allocation_idx').on(t.allocationId), index('estate_allocation_room_room_idx').on(t.roomId)]);

/** Lifecycle requests through the workflow engine: allocate, swap (调剂), vacate (腾退), repair. */
export const estateRequests = pgTable('estate_request', {
  id: idColumn(),
  kind: text('kind').notNull(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  applicantPersonId: uuid('applicant_person_id').references(() => people.id),
  /** Rooms concerned: to allocate / to give back / to repair; for a swap, the rooms given back. */
  roomIds: jsonb('room_ids').$type<string[]>().notNull().default([]),
  /** For a swap: the rooms received. */
  targetRoomIds: jsonb('target_room_ids').$type<string[]>().notNull().default([]),
  reason: text('reason').notNull(),
  /** pending | approved | rejected | withdrawn | returned */
  status: text('status').notNull().default('pending'),
  workflowInstanceId: uuid('workflow_instance_id'),
  decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('estate_request_agency_idx').on(t.agencyId),
  index('estate_request_applicant_idx').on(t.applicantPersonId),
  index('estate_request_kind_status_idx').on(t.kind, t.status),
]);

/** Periods of room recovery after people events (管理办法 2017 第十九条), configurable with source. */
export const estateRecoveryRules = pgTable('estate_recovery_rule', {
  /** transfer | retirement | side-post-ended */
  reason: text('reason').primaryKey(),
  months: integer('months').notNull(),
  remindDaysBefore: integer('remind_days_before').notNull().default(7),
  /** Escalate to the center this many days after the deadline (0 = the day after). */
  escalateAfterDays: integer('escalate_after_days').notNull().default(0),
  source: text('source').notNull(),
  updatedAt: updatedAt(),
});

/** A room to be recovered from a person by a deadline (清退任务). */
export const estateRecoveryTasks = pgTable('estate_recovery_task', {
  id: idColumn(),
  personId: uuid('person_id').notNull().references(() => people.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  roomId: uuid('room_id').notNull().references(() => estateRooms.id),
  assignmentId: uuid('assignment_id').notNull().references(() => estateAssignments.id),
  reason: text('reason').notNull(),
  /** The platform event that raised it (idempotency). */
  eventId: text('event_id'),
  effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  /** open | done | cancelled */
  status: text('status').notNull().default('open'),
  remindedAt: timestamp('reminded_at', { withTimezone: true, mode: 'date' }),
  escalatedAt: timestamp('escalated_at', { withTimezone: true, mode: 'date' }),
  doneAt: timestamp('done_at', { withTimezone: true, mode: 'date' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_recovery_task_assignment_reason_uq').on(t.assignmentId, t.reason),
  index('estate_recovery_task_person_idx').on(t.personId),
  index('estate_recovery_task_agency_status_idx').on(t.agencyId, t.status),
  index('estate_recovery_task_room_idx').on(t.roomId),
  index('estate_recovery_task_status_due_idx').on(t.status, t.dueDate),
]);

/** A problem a cadre reports with their own room (portal). */
export const estateRoomProblems = pgTable('estate_room_problem', {
  id: idColumn(),
  roomId: uuid('room_id').notNull().references(() => estateRooms.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  category: text('category').notNull(),
  description: text('description').notNull(),
  photoFileId: uuid('photo_file_id').references(() => files.id),
  /** open | handled */
  status: text('status').notNull().default('open'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('estate_room_problem_room_idx').on(t.roomId),
  index('estate_room_problem_person_idx').on(t.personId),
  index('estate_room_problem_agency_status_idx').on(t.agencyId, t.status),
  index('estate_room_problem_photo_idx').on(t.photoFileId),
]);
