import { sql } from 'drizzle-orm';
import { bigint, boolean, index, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { fleetVehicles } from './vehicles.table.js';

/**
 * Fuel fills and charging sessions (加油/充电记录): `litres` for liquid fuels, `kwh` for electric
 * charging (one of the two is set). Event time `filledAt`; each fill also puts an odometer reading
 * (source 'fuel') on the vehicle's timeline.
 */
export const fleetFuelRecords = pgTable('fleet_fuel_record', {
  id: idColumn(),
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  filledAt: timestamp('filled_at', { withTimezone: true, mode: 'date' }).notNull(),
  odometerKm: numeric('odometer_km', { precision: 10, scale: 1, mode: 'number' }).notNull(),
  litres: numeric('litres', { precision: 8, scale: 2, mode: 'number' }),
  kwh: numeric('kwh', { precision: 8, scale: 2, mode: 'number' }),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  full: boolean('full').notNull().default(true),
  missedPrevious: boolean('missed_previous').notNull().default(false),
  station: text('station'),
  cardNo: text('card_no'),
  notes: text('notes'),
  /**
   * The full-to-full segment this fill closes (null when it closes none): km since the opening full
   * fill and the quantity (litres, or kWh for electric vehicles) filled after it up to this fill.
   * Kept by the service on every write of the vehicle's fills, so a month sums its fills only.
   */
  segKm: numeric('seg_km', { precision: 10, scale: 1, mode: 'number' }),
  segQty: numeric('seg_qty', { precision: 10, scale: 2, mode: 'number' }),
  /** 'fill-over-capacity', 'implausible-jump' … */
  flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('fleet_fuel_record_vehicle_filled_idx').on(t.vehicleId, t.filledAt),
  index('fleet_fuel_record_vehicle_full_idx').on(t.vehicleId, t.filledAt).where(sql`${t.full}`),
  index('fleet_fuel_record_filled_idx').on(t.filledAt),
]);

export type FleetFuelRecord = typeof fleetFuelRecords.$inferSelect;

/**
 * Monthly statistics per vehicle, written by the job `fleet.monthly-stats` for closed months and
 * refreshed for one vehicle when a fill of a closed month changes. `km` is trip km (Σ return −
 * departure of trips returned in the month); `segKm`/`segQty` are the full-to-full segments closed
 * in the month (litres or kWh); `fillQty`/`amountFen` everything filled in the month.
 */
export const fleetVehicleMonthStats = pgTable('fleet_vehicle_month_stat', {
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  month: text('month').notNull(),
  km: numeric('km', { precision: 10, scale: 1, mode: 'number' }).notNull(),
  trips: bigint('trips', { mode: 'number' }).notNull(),
  segKm: numeric('seg_km', { precision: 10, scale: 1, mode: 'number' }).notNull(),
  segQty: numeric('seg_qty', { precision: 10, scale: 2, mode: 'number' }).notNull(),
  fillQty: numeric('fill_qty', { precision: 10, scale: 2, mode: 'number' }).notNull(),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.vehicleId, t.month] }),
  index('fleet_vehicle_month_stat_month_idx').on(t.month),
]);

/** Months whose statistics have been taken (the disclosure then reads the table instead of computing). */
export const fleetMonthStatRuns = pgTable('fleet_month_stat_run', {
  month: text('month').primaryKey(),
  computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
