/** Pure rules of the 百里油耗公示 and the 节油奖. */

/** L (kWh) per 100 km of the segments closed in the month, 2 decimals; null without a closed segment. */
export function per100km(segQty: number, segKm: number): number | null {
  return segKm > 0 ? Math.round((segQty / segKm) * 100 * 100) / 100 : null;
}

/** Deviation from the norm in percent, 1 decimal (positive = above the norm). */
export function deviationPct(actual: number | null, norm: number): number | null {
  if (actual === null || !(norm > 0)) return null;
  return Math.round(((actual - norm) / norm) * 100 * 10) / 10;
}

export interface RewardInput {
  /** Norm, L (kWh) per 100 km. */
  norm: number;
  /** Actual L (kWh) per 100 km of the month; null = no closed segment (no reward). */
  actual: number | null;
  /** km driven in the month. */
  km: number;
  /** Price, fen per L (kWh). */
  priceFen: number;
  /** Share of the saved value paid (0.5 = 50 %). */
  rate: number;
  /** Whether over-consumption is penalised symmetrically. */
  penalties: boolean;
}

/**
 * 节油奖: saved = (norm − actual) × km / 100 (L or kWh); value = saved × price × rate, in whole fen.
 * reward = max(0, value), or value itself (negative = penalty) when penalties are on.
 */
export function fuelReward(i: RewardInput): { savedQty: number; rewardFen: number } {
  if (i.actual === null || !(i.km > 0)) return { savedQty: 0, rewardFen: 0 };
  const saved = ((i.norm - i.actual) * i.km) / 100;
  const value = Math.round(saved * i.priceFen * i.rate);
  const rewardFen = i.penalties ? value : Math.max(0, value);
  return { savedQty: Math.round(saved * 100) / 100, rewardFen: rewardFen === 0 ? 0 : rewardFen };
}

/** The last calendar day of a month `YYYY-MM` (the date factors are read on). */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
