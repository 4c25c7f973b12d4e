import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import type { DictApi } from '../../../platform/dict/index.js';
import { errors } from '../../../platform/http/errors.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { fleetVehicles as V } from '../db/vehicles.table.js';
import { odometerTimeline } from '../odometer/odometer.service.js';
import { monthlyConsumption, overNorm, segmentsOf } from './consumption.rules.js';
import { fleetFactor, fleetFactorCodes } from './fleet-factors.js';
import type { FuelService } from './fuel.service.js';
import { unitOf } from './fuel.rules.js';

const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

/** A vehicle's full-to-full segments and months between two dates (inclusive, Asia/Shanghai), with over-norm flags. */
export function createConsumptionService(db: Db, dict: DictApi, fuel: FuelService) {
  async function vehicle(scopes: readonly Scope[], vehicleId: string) {
    const [v] = await db.select({ id: V.id, energy: V.energy, norm: V.normPer100km }).from(V)
      .where(and(eq(V.id, vehicleId), scopeCondition(scopes, { agencyId: V.agencyId })));
    if (!v) throw errors.notFound('车辆', 'Vehicle');
    return v;
  }

  /** The odometer readings of a vehicle in the caller's scope, newest first. */
  async function timeline(scopes: readonly Scope[], vehicleId: string, limit: number, offset: number) {
    await vehicle(scopes, vehicleId);
    return odometerTimeline(db, vehicleId, limit, offset);
  }

  async function ofVehicle(scopes: readonly Scope[], vehicleId: string, fromDay: string, toDay: string) {
    const v = await vehicle(scopes, vehicleId);
    const from = dayStart(fromDay);
    const to = new Date(dayStart(toDay).getTime() + 86_400_000);
    if (to <= from) throw errors.validation([{ path: 'to', code: 'BEFORE_FROM', message: '结束日期不能早于开始日期' }]);
    const unit = unitOf(v.energy);
    const margin = await fleetFactor(dict, fleetFactorCodes.normMargin, to < new Date() ? new Date(to.getTime() - 1) : new Date());
    const fills = (await fuel.fillsForConsumption(v.id, from, to)).map((f) => ({
      id: f.id, filledAt: f.filledAt, odometerKm: f.odometerKm, full: f.full, missedPrevious: f.missedPrevious,
      quantity: (unit === 'kWh' ? f.kwh : f.litres) ?? 0,
    }));
    const segments = segmentsOf(fills).filter((s) => s.closeAt >= from)
      .map((s) => ({ ...s, overNorm: overNorm(s.per100km, v.norm, margin) }));
    return { vehicleId: v.id, unit, normPer100km: v.norm, margin, segments, months: monthlyConsumption(segments) };
  }
  return { ofVehicle, timeline };
}
