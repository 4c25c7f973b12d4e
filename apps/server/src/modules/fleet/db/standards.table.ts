import { bigint, boolean, date, index, integer, jsonb, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';
import type { VehicleKind } from './vehicles.table.js';

/**
 * 配备标准 as data: a limit of price and/or displacement that applies to vehicles of a kind
 * (null = every kind), optionally only to new-energy vehicles and/or vehicles with at most
 * `maxSeats` seats (轿车). Every row names its source; unchecked values are marked [U] in `note`.
 */
export const fleetStandards = pgTable('fleet_standard', {
  id: idColumn(),
  code: text('code').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind').$type<VehicleKind>(),
  /** 'any' | 'nev' (new-energy only) | 'ice' (fuel vehicles only) */
  energyClass: text('energy_class').$type<'any' | 'nev' | 'ice'>().notNull().default('any'),
  maxSeats: integer('max_seats'),
  maxPriceFen: bigint('max_price_fen', { mode: 'number' }),
  maxDisplacementL: numeric('max_displacement_l', { precision: 4, scale: 2, mode: 'number' }),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  effectiveTo: date('effective_to', { mode: 'string' }),
  source: text('source').notNull(),
  note: text('note'),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('fleet_standard_code_uq').on(t.code, t.effectiveFrom), index('fleet_standard_kind_idx').on(t.kind)]);

/** 编制: how many vehicles of a kind an agency may hold. */
export const fleetQuotas = pgTable('fleet_quota', {
  id: idColumn(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  kind: text('kind').$type<VehicleKind>().notNull(),
  quota: integer('quota').notNull(),
  approvalRef: text('approval_ref'),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('fleet_quota_agency_kind_uq').on(t.agencyId, t.kind), index('fleet_quota_agency_idx').on(t.agencyId)]);

/** Numeric rules of the module with their source (e.g. 'nev-share-min' = 0.30). */
export const fleetSettings = pgTable('fleet_setting', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  value: numeric('value', { precision: 12, scale: 4, mode: 'number' }).notNull(),
  unit: text('unit'),
  source: text('source').notNull(),
  note: text('note'),
  updatedAt: updatedAt(),
});

/**
 * 超标/超编 exception: registering a vehicle above its standard or beyond quota needs an approved
 * request (workflow business type `fleet.vehicle-override`). It is used once.
 */
export const fleetOverrideRequests = pgTable('fleet_override_request', {
  id: idColumn(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  plate: text('plate').notNull(),
  /** The rule codes the vehicle breaks, e.g. ['standard:confidential-price', 'quota']. */
  rules: jsonb('rules').$type<string[]>().notNull(),
  vehicle: jsonb('vehicle').$type<Record<string, unknown>>().notNull(),
  reason: text('reason').notNull(),
  /** 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'used' */
  status: text('status').$type<'pending' | 'approved' | 'rejected' | 'withdrawn' | 'used'>().notNull().default('pending'),
  workflowInstanceId: uuid('workflow_instance_id'),
  requestedBy: uuid('requested_by'),
  usedByVehicleId: uuid('used_by_vehicle_id'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('fleet_override_request_agency_idx').on(t.agencyId), index('fleet_override_request_status_idx').on(t.status)]);
