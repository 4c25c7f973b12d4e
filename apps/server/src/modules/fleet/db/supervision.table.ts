import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';
import { fleetVehicles } from './vehicles.table.js';

/** 专项检查 of an agency's vehicle use. */
export const fleetSpecialInspections = pgTable('fleet_special_inspection', {
  id: idColumn(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  title: text('title').notNull(),
  inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
  inspectors: text('inspectors'),
  summary: text('summary'),
  /** 'open' | 'closed' */
  status: text('status').notNull().default('open'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('fleet_special_inspection_agency_idx').on(t.agencyId, t.inspectedOn)]);

/** A finding of a special inspection with its rectification deadline (整改期限). */
export const fleetInspectionFindings = pgTable('fleet_inspection_finding', {
  id: idColumn(),
  inspectionId: uuid('inspection_id').notNull().references(() => fleetSpecialInspections.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  vehicleId: uuid('vehicle_id').references(() => fleetVehicles.id),
  description: text('description').notNull(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  rectifiedOn: date('rectified_on', { mode: 'string' }),
  rectification: text('rectification'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('fleet_inspection_finding_inspection_idx').on(t.inspectionId), index('fleet_inspection_finding_agency_idx').on(t.agencyId, t.deadline)]);

/** 节假日封存: a holiday's sealing window. */
export const fleetSealings = pgTable('fleet_sealing', {
  id: idColumn(),
  name: text('name').notNull(),
  startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('fleet_sealing_window_idx').on(t.startsAt, t.endsAt)]);

/** 封存清单: the vehicles sealed during a holiday. Sealed vehicles are never offered for dispatch in that window. */
export const fleetSealingVehicles = pgTable('fleet_sealing_vehicle', {
  id: idColumn(),
  sealingId: uuid('sealing_id').notNull().references(() => fleetSealings.id),
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  parkedAt: text('parked_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('fleet_sealing_vehicle_uq').on(t.sealingId, t.vehicleId), index('fleet_sealing_vehicle_vehicle_idx').on(t.vehicleId), index('fleet_sealing_vehicle_agency_idx').on(t.agencyId)]);
