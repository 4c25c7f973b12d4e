import { bigint, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';
import { fleetDrivers } from './drivers.table.js';
import { fleetVehicles } from './vehicles.table.js';

/** 保险 policies (定点保险). `agencyId` is the vehicle's agency at entry, for the scope filter. */
export const fleetInsurances = pgTable('fleet_insurance', {
  id: idColumn(),
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  insurer: text('insurer').notNull(),
  policyNo: text('policy_no').notNull(),
  /** 'compulsory' (交强险) | 'commercial' (商业险) */
  kind: text('kind').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  premiumFen: bigint('premium_fen', { mode: 'number' }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('fleet_insurance_vehicle_idx').on(t.vehicleId, t.endsOn), index('fleet_insurance_agency_idx').on(t.agencyId), index('fleet_insurance_ends_idx').on(t.endsOn)]);

/** 年检 records. */
export const fleetInspections = pgTable('fleet_inspection', {
  id: idColumn(),
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
  nextDue: date('next_due', { mode: 'string' }).notNull(),
  /** 'passed' | 'failed' */
  result: text('result').notNull(),
  station: text('station'),
  costFen: bigint('cost_fen', { mode: 'number' }).notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('fleet_inspection_vehicle_idx').on(t.vehicleId, t.inspectedOn), index('fleet_inspection_agency_idx').on(t.agencyId)]);

/** 违章. */
export const fleetViolations = pgTable('fleet_violation', {
  id: idColumn(),
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  driverId: uuid('driver_id').references(() => fleetDrivers.id),
  occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  place: text('place').notNull(),
  description: text('description').notNull(),
  fineFen: bigint('fine_fen', { mode: 'number' }).notNull().default(0),
  points: integer('points').notNull().default(0),
  /** 'open' | 'handled' */
  status: text('status').notNull().default('open'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('fleet_violation_vehicle_idx').on(t.vehicleId, t.occurredAt), index('fleet_violation_agency_idx').on(t.agencyId), index('fleet_violation_driver_idx').on(t.driverId)]);

/** 事故. */
export const fleetAccidents = pgTable('fleet_accident', {
  id: idColumn(),
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  driverId: uuid('driver_id').references(() => fleetDrivers.id),
  occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  place: text('place').notNull(),
  description: text('description').notNull(),
  /** 'minor' | 'moderate' | 'major' */
  severity: text('severity').notNull(),
  /** 'full' | 'main' | 'equal' | 'minor' | 'none' (责任) */
  liability: text('liability'),
  lossFen: bigint('loss_fen', { mode: 'number' }).notNull().default(0),
  /** 'open' | 'closed' */
  status: text('status').notNull().default('open'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('fleet_accident_vehicle_idx').on(t.vehicleId, t.occurredAt), index('fleet_accident_agency_idx').on(t.agencyId), index('fleet_accident_driver_idx').on(t.driverId)]);

/** Reminders already sent (one per object, kind and due date): the reminder job is idempotent. */
export const fleetReminderLog = pgTable('fleet_reminder_log', {
  id: idColumn(),
  kind: text('kind').notNull(),
  objectId: uuid('object_id').notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  createdAt: createdAt(),
}, (t) => [index('fleet_reminder_log_object_idx').on(t.objectId), uniqueIndex('fleet_reminder_log_uq').on(t.kind, t.objectId, t.dueOn)]);
