import { and, asc, desc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { fleetOdometerReadings as R, type OdometerSource } from '../db/odometer.table.js';
import { fleetVehicles } from '../db/vehicles.table.js';
import { assertInOrder, flagsOf, type TimelinePoint } from './odometer.rules.js';

export type { OdometerSource } from '../db/odometer.table.js';

export interface OdometerInput {
  vehicleId: string;
  at: Date;
  km: number;
  source: OdometerSource;
  sourceId: string;
}

export interface OdometerRules {
  /** Above this average speed between two readings the later one is flagged `implausible-jump`. */
  maxKmPerHour: number;
}

const point = { at: R.at, km: R.km, source: R.source, sourceId: R.sourceId, id: R.id, flags: R.flags };

async function neighbours(tx: Db, vehicleId: string, at: Date) {
  const [prev] = await tx.select(point).from(R).where(and(eq(R.vehicleId, vehicleId), lte(R.at, at))).orderBy(desc(R.at), desc(R.km)).limit(1);
  const [next] = await tx.select(point).from(R).where(and(eq(R.vehicleId, vehicleId), gt(R.at, at))).orderBy(asc(R.at), asc(R.km)).limit(1);
  return { prev: prev ?? null, next: next ?? null };
}

/** Locks the vehicle row so that readings of one vehicle are validated and written one at a time. */
export async function lockVehicle(tx: Db, vehicleId: string) {
  const [v] = await tx.select({ id: fleetVehicles.id, agencyId: fleetVehicles.agencyId }).from(fleetVehicles).where(eq(fleetVehicles.id, vehicleId)).for('no key update');
  if (!v) throw errors.notFound('车辆', 'Vehicle');
  return v;
}

/** Recomputes the jump flag of the reading that follows `at` (its previous neighbour changed). */
async function reflagNext(tx: Db, vehicleId: string, at: Date, rules: OdometerRules) {
  const { prev, next } = await neighbours(tx, vehicleId, at);
  if (!next) return;
  const flags = flagsOf(next, prev as TimelinePoint | null, rules.maxKmPerHour, next.flags);
  if (flags.join(',') !== next.flags.join(',')) await tx.update(R).set({ flags }).where(eq(R.id, next.id));
}

/**
 * Records (or replaces) the reading of one source on the vehicle's timeline, validated against
 * its neighbours in event time: km must be ≥ the previous and ≤ the next reading's km, else 422
 * FLEET_ODOMETER_OUT_OF_ORDER. A jump faster than `maxKmPerHour` is accepted and flagged.
 * Run it inside the caller's transaction; it locks the vehicle row.
 */
export async function recordOdometer(tx: Db, input: OdometerInput, rules: OdometerRules): Promise<{ flags: string[] }> {
  await lockVehicle(tx, input.vehicleId);
  const [old] = await tx.delete(R).where(and(eq(R.source, input.source), eq(R.sourceId, input.sourceId))).returning();
  if (old && old.vehicleId !== input.vehicleId) await reflagNext(tx, old.vehicleId, old.at, rules);
  const { prev, next } = await neighbours(tx, input.vehicleId, input.at);
  assertInOrder(input, prev, next);
  const flags = flagsOf(input, prev, rules.maxKmPerHour);
  await tx.insert(R).values({ vehicleId: input.vehicleId, at: input.at, km: input.km, source: input.source, sourceId: input.sourceId, flags });
  if (old && old.vehicleId === input.vehicleId && old.at.getTime() !== input.at.getTime()) await reflagNext(tx, old.vehicleId, old.at, rules);
  await reflagNext(tx, input.vehicleId, input.at, rules);
  return { flags };
}

/** Removes the reading of one source (a deleted fill, a cancelled trip); a no-op when there is none. */
export async function removeOdometer(tx: Db, source: OdometerSource, sourceId: string, rules?: OdometerRules): Promise<void> {
  const [row] = await tx.select({ vehicleId: R.vehicleId }).from(R).where(and(eq(R.source, source), eq(R.sourceId, sourceId)));
  if (!row) return;
  await lockVehicle(tx, row.vehicleId);
  const [old] = await tx.delete(R).where(and(eq(R.source, source), eq(R.sourceId, sourceId))).returning();
  if (old && rules) await reflagNext(tx, old.vehicleId, old.at, rules);
}

/** The readings of a vehicle in event order (newest first), for the vehicle page's timeline. */
export async function odometerTimeline(tx: Db, vehicleId: string, limit = 200, offset = 0) {
  return tx.select({ id: R.id, at: R.at, km: R.km, source: R.source, sourceId: R.sourceId, flags: R.flags, enteredAt: R.enteredAt })
    .from(R).where(eq(R.vehicleId, vehicleId)).orderBy(desc(R.at), desc(R.km)).limit(limit).offset(offset);
}
