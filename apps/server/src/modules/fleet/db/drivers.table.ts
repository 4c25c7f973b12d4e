import { boolean, date, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies, people } from '../../../platform/org/org.table.js';

/** 准驾车型 (GB driving-licence classes used for official vehicles). */
export const licenceClasses = {
  A1: { zh: 'A1 大型客车', en: 'A1 large bus' },
  A2: { zh: 'A2 牵引车', en: 'A2 tractor-trailer' },
  A3: { zh: 'A3 城市公交车', en: 'A3 city bus' },
  B1: { zh: 'B1 中型客车', en: 'B1 medium bus' },
  B2: { zh: 'B2 大型货车', en: 'B2 heavy truck' },
  C1: { zh: 'C1 小型汽车', en: 'C1 car' },
  C2: { zh: 'C2 小型自动挡汽车', en: 'C2 automatic car' },
} as const;
export type LicenceClass = keyof typeof licenceClasses;
export const licenceClassCodes = Object.keys(licenceClasses) as [LicenceClass, ...LicenceClass[]];

export const driverStatuses = {
  active: { zh: '在岗', en: 'Active' },
  suspended: { zh: '暂停', en: 'Suspended' },
  left: { zh: '离岗', en: 'Left' },
} as const;
export type DriverStatus = keyof typeof driverStatuses;
export const driverStatusCodes = Object.keys(driverStatuses) as [DriverStatus, ...DriverStatus[]];

/**
 * Which classes each licence covers (公安部令第162号 准驾车型 table): A1 covers A3, B1, B2, C1, C2;
 * A2 covers B1, B2, C1, C2; A3 covers C1, C2; B1 and B2 cover C1, C2; C1 covers C2.
 */
const covers: Record<LicenceClass, readonly LicenceClass[]> = {
  A1: ['A1', 'A3', 'B1', 'B2', 'C1', 'C2'],
  A2: ['A2', 'B1', 'B2', 'C1', 'C2'],
  A3: ['A3', 'C1', 'C2'],
  B1: ['B1', 'C1', 'C2'],
  B2: ['B2', 'C1', 'C2'],
  C1: ['C1', 'C2'],
  C2: ['C2'],
};

export function licenceCovers(driverClass: LicenceClass, requiredClass: LicenceClass): boolean {
  return covers[driverClass]?.includes(requiredClass) ?? false;
}

/**
 * The licence a vehicle needs: more than 19 seats (大型客车) A1; 10–19 seats (中型客车) B1;
 * up to 9 seats (小型汽车) C1. (C2 is automatic-only and is never assumed for a pool car.)
 */
export function requiredLicenceClass(vehicle: { seats: number }): LicenceClass {
  if (vehicle.seats > 19) return 'A1';
  if (vehicle.seats > 9) return 'B1';
  return 'C1';
}

export const fleetDrivers = pgTable('fleet_driver', {
  id: idColumn(),
  personId: uuid('person_id').references(() => people.id),
  name: text('name').notNull(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  licenceClass: text('licence_class').$type<LicenceClass>().notNull(),
  licenceExpiry: date('licence_expiry', { mode: 'string' }).notNull(),
  emergencyTeam: boolean('emergency_team').notNull().default(false),
  status: text('status').$type<DriverStatus>().notNull().default('active'),
  notes: text('notes'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('fleet_driver_agency_idx').on(t.agencyId),
  index('fleet_driver_person_idx').on(t.personId),
  index('fleet_driver_status_idx').on(t.status),
]);

export type FleetDriver = typeof fleetDrivers.$inferSelect;

/** 驾驶员教育培训. */
export const fleetDriverTrainings = pgTable('fleet_driver_training', {
  id: idColumn(),
  driverId: uuid('driver_id').notNull().references(() => fleetDrivers.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  title: text('title').notNull(),
  hours: numeric('hours', { precision: 5, scale: 1, mode: 'number' }).notNull(),
  provider: text('provider'),
  /** 'passed' | 'failed' | 'attended' */
  result: text('result').notNull().default('attended'),
  createdAt: createdAt(),
}, (t) => [index('fleet_driver_training_driver_idx').on(t.driverId, t.heldOn), index('fleet_driver_training_agency_idx').on(t.agencyId)]);

/** 安全记录: commendations, violations, accidents, complaints of a driver. */
export const fleetDriverSafety = pgTable('fleet_driver_safety', {
  id: idColumn(),
  driverId: uuid('driver_id').notNull().references(() => fleetDrivers.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
  /** 'commendation' | 'violation' | 'accident' | 'complaint' */
  kind: text('kind').notNull(),
  description: text('description').notNull(),
  points: integer('points').notNull().default(0),
  createdAt: createdAt(),
}, (t) => [index('fleet_driver_safety_driver_idx').on(t.driverId, t.occurredOn), index('fleet_driver_safety_agency_idx').on(t.agencyId)]);

/** 排班: one shift per driver per day. */
export const fleetDriverRoster = pgTable('fleet_driver_roster', {
  id: idColumn(),
  driverId: uuid('driver_id').notNull().references(() => fleetDrivers.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  day: date('day', { mode: 'string' }).notNull(),
  /** 'day' | 'night' | 'standby' | 'off' */
  shift: text('shift').notNull(),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('fleet_driver_roster_driver_day_uq').on(t.driverId, t.day), index('fleet_driver_roster_agency_day_idx').on(t.agencyId, t.day)]);
