import { sql } from 'drizzle-orm';
import { index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../../platform/db/columns.js';
import { fleetVehicles } from './vehicles.table.js';

/** Where an odometer reading comes from; `sourceId` is the trip, fill, repair or manual entry. */
export const odometerSources = {
  'trip-departure': { zh: '出车', en: 'trip departure' },
  'trip-return': { zh: '还车', en: 'trip return' },
  fuel: { zh: '加油/充电', en: 'fuel or charge' },
  repair: { zh: '维修', en: 'repair' },
  manual: { zh: '手工录入', en: 'manual entry' },
} as const;
export type OdometerSource = keyof typeof odometerSources;
export const odometerSourceCodes = Object.keys(odometerSources) as [OdometerSource, ...OdometerSource[]];

/**
 * The odometer timeline of each vehicle: one reading per (source, sourceId), ordered by EVENT
 * time `at`; `enteredAt` is when it was typed (back-dated entries are allowed and validated
 * against their chronological neighbours).
 */
export const fleetOdometerReadings = pgTable('fleet_odometer_reading', {
  id: idColumn(),
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  km: numeric('km', { precision: 10, scale: 1, mode: 'number' }).notNull(),
  source: text('source').$type<OdometerSource>().notNull(),
  sourceId: uuid('source_id').notNull(),
  flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
  enteredAt: timestamp('entered_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('fleet_odometer_reading_source_uq').on(t.sourceId, t.source),
  index('fleet_odometer_reading_vehicle_at_idx').on(t.vehicleId, t.at),
  index('fleet_odometer_reading_source_at_idx').on(t.source, t.at),
]);

export type FleetOdometerReading = typeof fleetOdometerReadings.$inferSelect;
