import { errors } from '../../../platform/http/errors.js';
import { odometerSources, type OdometerSource } from '../db/odometer.table.js';

/** A reading on the timeline, as the rules see it. */
export interface TimelinePoint {
  at: Date;
  km: number;
  source: OdometerSource;
  sourceId: string;
}

export const IMPLAUSIBLE_JUMP = 'implausible-jump';

/** `2026-03-01 08:30` in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiMinute(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const describeZh = (p: TimelinePoint | null) =>
  p ? `${shanghaiMinute(p.at)} ${odometerSources[p.source].zh} ${p.km.toFixed(1)} km` : '无';
const describeEn = (p: TimelinePoint | null) =>
  p ? `${shanghaiMinute(p.at)} ${odometerSources[p.source].en} ${p.km.toFixed(1)} km` : 'none';
const refOf = (p: TimelinePoint | null) =>
  p ? { at: p.at.toISOString(), km: p.km, source: p.source, sourceId: p.sourceId } : null;

/**
 * A reading must lie between its neighbours in EVENT time: km ≥ the previous reading's km and
 * ≤ the next reading's km. Otherwise 422 FLEET_ODOMETER_OUT_OF_ORDER naming both neighbours.
 */
export function assertInOrder(reading: { at: Date; km: number }, prev: TimelinePoint | null, next: TimelinePoint | null): void {
  const tooLow = prev !== null && reading.km < prev.km;
  const tooHigh = next !== null && reading.km > next.km;
  if (!tooLow && !tooHigh) return;
  const km = reading.km.toFixed(1);
  throw errors.rule(
    'FLEET_ODOMETER_OUT_OF_ORDER',
    `里程表读数 ${km} km（${shanghaiMinute(reading.at)}）必须不小于前一条读数、不大于后一条读数：前一条 ${describeZh(prev)}；后一条 ${describeZh(next)}`,
    `Odometer reading ${km} km at ${shanghaiMinute(reading.at)} must be ≥ the previous reading and ≤ the next one: previous ${describeEn(prev)}; next ${describeEn(next)}`,
    { rule: 'odometer-monotonic', km: reading.km, at: reading.at.toISOString(), previous: refOf(prev), next: refOf(next) },
  );
}

/** Whether going from `a` to `b` needs more than `maxKmPerHour` (a positive distance in zero time is implausible too). */
export function isImplausibleJump(a: { at: Date; km: number }, b: { at: Date; km: number }, maxKmPerHour: number): boolean {
  const km = Math.abs(b.km - a.km);
  if (km === 0) return false;
  const hours = Math.abs(b.at.getTime() - a.at.getTime()) / 3600_000;
  return hours === 0 || km / hours > maxKmPerHour;
}

/** Flags of a reading given its previous neighbour (the jump that ends at it). */
export function flagsOf(reading: { at: Date; km: number }, prev: { at: Date; km: number } | null, maxKmPerHour: number, keep: readonly string[] = []): string[] {
  const out = keep.filter((f) => f !== IMPLAUSIBLE_JUMP);
  if (prev && isImplausibleJump(prev, reading, maxKmPerHour)) out.push(IMPLAUSIBLE_JUMP);
  return out;
}
