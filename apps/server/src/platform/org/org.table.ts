import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../db/columns.js';

/** 区域: 市本级 and its counties/districts, a tree with a materialised path of ids. */
export const regions = pgTable('platform_region', {
  id: idColumn(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  parentId: uuid('parent_id').references((): AnyPgColumn => regions.id),
  /** '/rootId/childId/…/selfId/' — scope by region is a prefix match. */
  path: text('path').notNull(),
  adminLevel: text('admin_level').notNull(),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('platform_region_code_uq').on(t.code), index('platform_region_path_idx').on(t.path), index('platform_region_parent_idx').on(t.parentId)]);

/** 单位 (agency). */
export const agencies = pgTable('platform_agency', {
  id: idColumn(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: text('kind').notNull(),
  regionId: uuid('region_id').notNull().references(() => regions.id),
  headcount: integer('headcount').notNull().default(0),
  address: text('address'),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('platform_agency_code_uq').on(t.code),
  uniqueIndex('platform_agency_name_uq').on(t.name),
  index('platform_agency_region_idx').on(t.regionId),
  index('platform_agency_sort_code_idx').on(t.sort, t.code),
  index('platform_agency_kind_idx').on(t.kind),
]);

/** 处室 (department of an agency). */
export const departments = pgTable('platform_department', {
  id: idColumn(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  name: text('name').notNull(),
  headPersonId: uuid('head_person_id'),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('platform_department_agency_name_uq').on(t.agencyId, t.name), index('platform_department_agency_idx').on(t.agencyId)]);

/** 岗位/职务 (a position in an agency, with the rank and level it carries). */
export const positions = pgTable('platform_position', {
  id: idColumn(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  departmentId: uuid('department_id').references(() => departments.id),
  name: text('name').notNull(),
  rank: text('rank').notNull(),
  adminLevel: text('admin_level').notNull(),
  isLeader: boolean('is_leader').notNull().default(false),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('platform_position_agency_idx').on(t.agencyId), index('platform_position_department_idx').on(t.departmentId)]);

/** 干部 (a person). ID number and mobile are encrypted; *_bidx are blind indexes for exact search. */
export const people = pgTable('platform_person', {
  id: idColumn(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  departmentId: uuid('department_id').references(() => departments.id),
  positionId: uuid('position_id').references(() => positions.id),
  name: text('name').notNull(),
  gender: text('gender').notNull(),
  idNumberEnc: text('id_number_enc'),
  idNumberBidx: text('id_number_bidx'),
  idNumberMasked: text('id_number_masked'),
  mobileEnc: text('mobile_enc'),
  mobileBidx: text('mobile_bidx'),
  mobileMasked: text('mobile_masked'),
  rank: text('rank').notNull(),
  post: text('post'),
  adminLevel: text('admin_level').notNull(),
  birthday: date('birthday', { mode: 'string' }),
  entryDate: date('entry_date', { mode: 'string' }),
  status: text('status').notNull().default('active'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('platform_person_agency_status_idx').on(t.agencyId, t.status),
  index('platform_person_department_idx').on(t.departmentId),
  index('platform_person_position_idx').on(t.positionId),
  index('platform_person_name_id_idx').on(t.name, t.id),
  index('platform_person_rank_idx').on(t.rank),
  index('platform_person_status_idx').on(t.status),
  uniqueIndex('platform_person_id_number_uq').on(t.idNumberBidx).where(sql`id_number_bidx is not null`),
  index('platform_person_mobile_bidx_idx').on(t.mobileBidx),
]);

/** 人事变动: a person's transfer, retirement or end of a side post, with its effective date (emits org.person.* events). */
export const personMovements = pgTable('platform_person_movement', {
  id: idColumn(),
  personId: uuid('person_id').notNull().references(() => people.id),
  /** transferred | retired | side-post-ended */
  kind: text('kind').notNull(),
  effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  /** For a transfer: the agency moved to, if it is one of ours. */
  toAgencyId: uuid('to_agency_id').references(() => agencies.id),
  /** For a side post: its name / agency. */
  sidePost: text('side_post'),
  note: text('note'),
  createdAt: createdAt(),
}, (t) => [index('platform_person_movement_person_idx').on(t.personId, t.effectiveDate), index('platform_person_movement_to_agency_idx').on(t.toAgencyId)]);
