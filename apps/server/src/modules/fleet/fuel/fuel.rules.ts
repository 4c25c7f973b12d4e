import { errors } from '../../../platform/http/errors.js';

/** Which quantity a vehicle's fills carry: kWh for battery-electric and range-extended, litres otherwise (kg for hydrogen, in `litres`). */
export function unitOf(energy: string): 'L' | 'kWh' {
  return energy === 'bev' || energy === 'erev' ? 'kWh' : 'L';
}

/** Plug-in hybrids and range extenders both fill up and charge. */
const hybrid = (energy: string) => energy === 'phev' || energy === 'erev';

export const FILL_OVER_CAPACITY = 'fill-over-capacity';

/**
 * Exactly one of litres / kwh, the one the vehicle's energy uses (a plug-in hybrid or range extender may do both;
 * only the vehicle's own unit counts toward its consumption);
 * a fill larger than the tank or battery is accepted and flagged.
 */
export function quantityFlags(
  v: { energy: string; tankLitres: number | null; batteryKwh: number | null },
  i: { litres?: number | null | undefined; kwh?: number | null | undefined },
): string[] {
  const hasL = i.litres != null;
  const hasK = i.kwh != null;
  if (hasL === hasK) {
    throw errors.validation([{ path: hasL ? 'kwh' : 'litres', code: 'ONE_QUANTITY', message: '请填写加油升数或充电度数其中之一' }]);
  }
  const unit = unitOf(v.energy);
  if (!hybrid(v.energy) && ((unit === 'L' && hasK) || (unit === 'kWh' && hasL))) {
    const path = hasL ? 'litres' : 'kwh';
    throw errors.validation([{ path, code: 'WRONG_ENERGY', message: unit === 'kWh' ? '纯电/增程车辆请填写充电度数（kWh）' : '燃油车辆请填写加油升数' }]);
  }
  if (hasL && v.tankLitres != null && i.litres! > v.tankLitres) return [FILL_OVER_CAPACITY];
  if (hasK && v.batteryKwh != null && i.kwh! > v.batteryKwh) return [FILL_OVER_CAPACITY];
  return [];
}
