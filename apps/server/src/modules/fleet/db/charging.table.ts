import { bigint, boolean, index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';
import { fleetVehicles } from './vehicles.table.js';

/** 充电站 run by (or for) an agency. */
export const fleetChargingStations = pgTable('fleet_charging_station', {
  id: idColumn(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  name: text('name').notNull(),
  address: text('address'),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('fleet_charging_station_agency_idx').on(t.agencyId)]);

/** 充电桩. */
export const fleetChargingPiles = pgTable('fleet_charging_pile', {
  id: idColumn(),
  stationId: uuid('station_id').notNull().references(() => fleetChargingStations.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  code: text('code').notNull(),
  /** 'ac' | 'dc' */
  kind: text('kind').notNull(),
  powerKw: numeric('power_kw', { precision: 6, scale: 1, mode: 'number' }).notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('fleet_charging_pile_code_uq').on(t.stationId, t.code), index('fleet_charging_pile_agency_idx').on(t.agencyId)]);

/** One charging session at a pile (kWh feed the energy module, M8). */
export const fleetChargingSessions = pgTable('fleet_charging_session', {
  id: idColumn(),
  pileId: uuid('pile_id').notNull().references(() => fleetChargingPiles.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  vehicleId: uuid('vehicle_id').references(() => fleetVehicles.id),
  startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull(),
  endedAt: timestamp('ended_at', { withTimezone: true, mode: 'date' }).notNull(),
  kwh: numeric('kwh', { precision: 10, scale: 2, mode: 'number' }).notNull(),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull().default(0),
  createdAt: createdAt(),
}, (t) => [
  index('fleet_charging_session_pile_idx').on(t.pileId, t.startedAt),
  index('fleet_charging_session_agency_idx').on(t.agencyId, t.startedAt),
  index('fleet_charging_session_vehicle_idx').on(t.vehicleId),
]);
