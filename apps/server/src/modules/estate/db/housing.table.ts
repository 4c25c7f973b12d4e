import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { accounts } from '../../../platform/auth/auth.table.js';
import { agencies, departments, people, regions } from '../../../platform/org/org.table.js';
import type { RuleSetBody } from '../housing/housing-rules.js';
import { estateBuildings } from './buildings.table.js';

export const flatStatuses = ['available', 'allocated', 'maintenance', 'withdrawn'] as const;
export const roundStatuses = ['open', 'review', 'notice', 'drawn', 'closed'] as const;
export const applicationStatuses = ['submitted', 'approved', 'rejected', 'withdrawn', 'allocated', 'waiting'] as const;

/** 公租房/保障房储备库: one flat of the reserve (need not be an estate room; may reference a building). */
export const housingFlats = pgTable('estate_housing_flat', {
  id: idColumn(),
  regionId: uuid('region_id').notNull().references(() => regions.id),
  buildingId: uuid('building_id').references(() => estateBuildings.id),
  /** 小区/楼名 as published. */
  estateName: text('estate_name').notNull(),
  buildingName: text('building_name').notNull(),
  unit: text('unit').notNull().default(''),
  number: text('number').notNull(),
  areaM2: numeric('area_m2', { precision: 8, scale: 2 }).notNull(),
  /** e.g. 两室一厅 */
  layout: text('layout').notNull(),
  rentFen: integer('rent_fen').notNull(),
  status: text('status').notNull().default('available'),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_housing_flat_address_uq').on(t.estateName, t.buildingName, t.unit, t.number),
  index('estate_housing_flat_region_idx').on(t.regionId),
  index('estate_housing_flat_building_idx').on(t.buildingId),
  index('estate_housing_flat_status_idx').on(t.status),
]);

/** 准入与评分规则 as data, with effective dates and the source of the rules. */
export const housingRuleSets = pgTable('estate_housing_rule_set', {
  id: idColumn(),
  name: text('name').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  effectiveTo: date('effective_to', { mode: 'string' }),
  source: text('source').notNull(),
  body: jsonb('body').$type<RuleSetBody>().notNull(),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('estate_housing_rule_set_name_uq').on(t.name)]);

/** 批次: a round of applications with its rule set, notice period and allocation method. */
export const housingRounds = pgTable('estate_housing_round', {
  id: idColumn(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  regionId: uuid('region_id').notNull().references(() => regions.id),
  ruleSetId: uuid('rule_set_id').notNull().references(() => housingRuleSets.id),
  /** 'score' (by score, ties by the recorded draw) or 'lottery' (摇号 among the eligible). */
  method: text('method').notNull(),
  /** Day the years since hire are counted to. */
  referenceDate: date('reference_date', { mode: 'string' }).notNull(),
  applyFrom: date('apply_from', { mode: 'string' }).notNull(),
  applyTo: date('apply_to', { mode: 'string' }).notNull(),
  noticeStart: date('notice_start', { mode: 'string' }),
  noticeEnd: date('notice_end', { mode: 'string' }),
  /** Number of flats to allocate in this round. */
  quota: integer('quota').notNull(),
  status: text('status').notNull().default('open'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_housing_round_code_uq').on(t.code),
  index('estate_housing_round_region_idx').on(t.regionId),
  index('estate_housing_round_rule_set_idx').on(t.ruleSetId),
  index('estate_housing_round_status_idx').on(t.status),
]);

/** 申请: a cadre's application in a round, with the evaluation frozen at submission. */
export const housingApplications = pgTable('estate_housing_application', {
  id: idColumn(),
  roundId: uuid('round_id').notNull().references(() => housingRounds.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  departmentId: uuid('department_id').references(() => departments.id),
  accountId: uuid('account_id').references(() => accounts.id),
  familySize: integer('family_size').notNull(),
  ownsHomeInCity: boolean('owns_home_in_city').notNull(),
  currentHousingAreaM2: numeric('current_housing_area_m2', { precision: 8, scale: 2 }).notNull().default('0'),
  yearsSinceHire: numeric('years_since_hire', { precision: 6, scale: 2 }).notNull(),
  note: text('note'),
  eligible: boolean('eligible').notNull(),
  reasons: jsonb('reasons').$type<Array<{ rule: string; ok: boolean; zh: string; en: string }>>().notNull(),
  score: numeric('score', { precision: 10, scale: 2 }).notNull(),
  breakdown: jsonb('breakdown').$type<Array<{ key: string; value: number; points: number }>>().notNull(),
  status: text('status').notNull().default('submitted'),
  reviewComment: text('review_comment'),
  reviewedBy: text('reviewed_by'),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
  /** Rank on the waiting list after the draw (1 = first). */
  queueRank: integer('queue_rank'),
  flatId: uuid('flat_id').references(() => housingFlats.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_housing_application_round_person_uq').on(t.roundId, t.personId),
  index('estate_housing_application_person_idx').on(t.personId),
  index('estate_housing_application_agency_idx').on(t.agencyId),
  index('estate_housing_application_department_idx').on(t.departmentId),
  index('estate_housing_application_account_idx').on(t.accountId),
  index('estate_housing_application_status_idx').on(t.roundId, t.status),
  index('estate_housing_application_flat_idx').on(t.flatId),
]);

/** 公示异议: an objection raised during the notice period. */
export const housingObjections = pgTable('estate_housing_objection', {
  id: idColumn(),
  roundId: uuid('round_id').notNull().references(() => housingRounds.id),
  applicationId: uuid('application_id').notNull().references(() => housingApplications.id),
  text: text('text').notNull(),
  raisedBy: text('raised_by').notNull(),
  status: text('status').notNull().default('open'),
  resolution: text('resolution'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('estate_housing_objection_round_idx').on(t.roundId), index('estate_housing_objection_application_idx').on(t.applicationId)]);

/** 摇号/排序记录: every input, the seed, the algorithm version and the result, so anyone can re-run it. */
export const housingDraws = pgTable('estate_housing_draw', {
  id: idColumn(),
  roundId: uuid('round_id').notNull().references(() => housingRounds.id),
  algorithm: text('algorithm').notNull(),
  publicRandom: text('public_random').notNull(),
  seedMaterial: text('seed_material').notNull(),
  seedHex: text('seed_hex').notNull(),
  inputs: jsonb('inputs').notNull(),
  result: jsonb('result').notNull(),
  resultHash: text('result_hash').notNull(),
  drawnBy: text('drawn_by').notNull(),
  drawnAt: timestamp('drawn_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [uniqueIndex('estate_housing_draw_round_uq').on(t.roundId)]);
