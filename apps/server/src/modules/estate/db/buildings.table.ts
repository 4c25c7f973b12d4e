import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { files } from '../../../platform/files/files.table.js';
import { agencies, regions } from '../../../platform/org/org.table.js';

/** 房产使用类别 (党政机关办公用房建设标准 2014): 办公室/服务用房/设备用房/附属用房. */
export const roomUseClasses = ['office', 'service', 'equipment', 'ancillary'] as const;
export type RoomUseClass = (typeof roomUseClasses)[number];
export const roomStatuses = ['in-use', 'vacant', 'repair', 'leased-out', 'reserved'] as const;
export type RoomStatus = (typeof roomStatuses)[number];
export const buildingStatuses = ['in-use', 'idle', 'repair', 'disposed'] as const;
export type BuildingStatus = (typeof buildingStatuses)[number];
export const suiteParts = ['rest', 'toilet'] as const;
export type SuitePart = (typeof suiteParts)[number];
export const planKinds = ['svg', 'image'] as const;
export type PlanKind = (typeof planKinds)[number];

/** A polygon drawn over a floor plan, in plan coordinates. */
export type RoomOutline = Array<[number, number]>;

/** 楼宇 (a building of the office estate). */
export const estateBuildings = pgTable('estate_building', {
  id: idColumn(),
  name: text('name').notNull(),
  code: text('code').notNull(),
  address: text('address'),
  regionId: uuid('region_id').notNull().references(() => regions.id),
  /** 产权单位 (agency holding title), if it is one of ours. */
  ownerAgencyId: uuid('owner_agency_id').references(() => agencies.id),
  /** 产权人 as written on the title when not an agency of the platform. */
  ownerName: text('owner_name'),
  /** 产权性质: state / collective / leased-in / other. */
  ownershipKind: text('ownership_kind').notNull().default('state'),
  /** 不动产权证号 (or 房屋所有权证号 / 土地使用证号 of older titles). */
  titleCertNo: text('title_cert_no'),
  landCertNo: text('land_cert_no'),
  builtYear: integer('built_year'),
  acquiredOn: date('acquired_on', { mode: 'string' }),
  floorsAbove: integer('floors_above').notNull().default(1),
  floorsBelow: integer('floors_below').notNull().default(0),
  constructionAreaM2: numeric('construction_area_m2', { precision: 12, scale: 2 }),
  landAreaM2: numeric('land_area_m2', { precision: 12, scale: 2 }),
  status: text('status').notNull().default('in-use'),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_building_code_uq').on(t.code),
  index('estate_building_region_idx').on(t.regionId),
  index('estate_building_owner_agency_idx').on(t.ownerAgencyId),
  index('estate_building_status_idx').on(t.status),
  index('estate_building_name_idx').on(t.name),
]);

/** 楼层, with an optional floor plan (SVG or image in platform files). */
export const estateFloors = pgTable('estate_floor', {
  id: idColumn(),
  buildingId: uuid('building_id').notNull().references(() => estateBuildings.id),
  /** 1, 2, … above ground; -1, -2 … below. */
  level: integer('level').notNull(),
  name: text('name').notNull(),
  planFileId: uuid('plan_file_id').references(() => files.id),
  planKind: text('plan_kind'),
  /** viewBox / pixel size of the plan, so outlines can be drawn in its coordinates. */
  planWidth: integer('plan_width'),
  planHeight: integer('plan_height'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_floor_building_level_uq').on(t.buildingId, t.level),
  index('estate_floor_plan_file_idx').on(t.planFileId),
]);

/** 房间: the unit of allocation, with use class and areas. */
export const estateRooms = pgTable('estate_room', {
  id: idColumn(),
  floorId: uuid('floor_id').notNull().references(() => estateFloors.id),
  buildingId: uuid('building_id').notNull().references(() => estateBuildings.id),
  number: text('number').notNull(),
  useClass: text('use_class').notNull(),
  /** e.g. 会议室, 档案室, 配电房, 食堂 — free text under the use class. */
  subUse: text('sub_use'),
  usableAreaM2: numeric('usable_area_m2', { precision: 8, scale: 2 }).notNull(),
  constructionAreaM2: numeric('construction_area_m2', { precision: 8, scale: 2 }),
  agencyId: uuid('agency_id').references(() => agencies.id),
  status: text('status').notNull().default('vacant'),
  outline: jsonb('outline').$type<RoomOutline>(),
  svgElementId: text('svg_element_id'),
  /** Part of a leader's office suite counted inside the allowed area: 'rest' 休息室 or 'toilet' 卫生间 (2014 standard). */
  suitePart: text('suite_part'),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_room_floor_number_uq').on(t.floorId, t.number),
  index('estate_room_building_idx').on(t.buildingId),
  index('estate_room_agency_class_idx').on(t.agencyId, t.useClass),
  index('estate_room_use_class_idx').on(t.useClass),
  index('estate_room_status_idx').on(t.status),
  index('estate_room_number_idx').on(t.number),
  index('estate_room_office_agency_idx').on(t.agencyId).where(sql`use_class = 'office'`),
]);
