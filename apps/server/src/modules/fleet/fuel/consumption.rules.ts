/**
 * Fuel (or energy) consumption by the full-to-full method — pure, the reference for the SQL.
 *
 * - A segment runs from one full fill to the next full fill.
 * - Its quantity is the sum of every fill after the opening full fill up to and including the
 *   closing full fill; its km is the odometer difference of the two full fills.
 * - L/100 km = quantity ÷ km × 100 (kWh the same way for electric vehicles).
 * - A fill marked "missed previous fill" breaks the chain: no segment spans it; if it is full it
 *   opens a new segment.
 * - A month's figure for a vehicle = Σ quantity ÷ Σ km × 100 over the segments whose closing fill
 *   lies in that month (Asia/Shanghai).
 * Fills are taken in event order (filledAt, then odometer, then id), wherever they were entered.
 */
export interface Fill {
  id: string;
  filledAt: Date;
  odometerKm: number;
  /** Litres, or kWh for electric vehicles. */
  quantity: number;
  full: boolean;
  missedPrevious: boolean;
}

export interface Segment {
  openId: string;
  closeId: string;
  openAt: Date;
  closeAt: Date;
  km: number;
  quantity: number;
  per100km: number;
}

export function inEventOrder<T extends Pick<Fill, 'id' | 'filledAt' | 'odometerKm'>>(fills: readonly T[]): T[] {
  return [...fills].sort((a, b) => a.filledAt.getTime() - b.filledAt.getTime() || a.odometerKm - b.odometerKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function segmentsOf(fills: readonly Fill[]): Segment[] {
  const out: Segment[] = [];
  let open: Fill | null = null;
  let acc = 0;
  for (const f of inEventOrder(fills)) {
    if (f.missedPrevious || open === null) {
      open = f.full ? f : null;
      acc = 0;
      continue;
    }
    acc += f.quantity;
    if (!f.full) continue;
    const km = f.odometerKm - open.odometerKm;
    if (km > 0) out.push({ openId: open.id, closeId: f.id, openAt: open.filledAt, closeAt: f.filledAt, km: round1(km), quantity: round3(acc), per100km: (acc / km) * 100 });
    open = f;
    acc = 0;
  }
  return out;
}

/** `YYYY-MM` of an instant in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiMonth(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}

/** The first instant of a month `YYYY-MM` in Asia/Shanghai and of the month after. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(y, m - 1, 1) - 8 * 3600_000);
  const to = new Date(Date.UTC(y, m, 1) - 8 * 3600_000);
  return { from, to };
}

export interface MonthConsumption { month: string; km: number; quantity: number; per100km: number | null; segments: number }

/** Per month of closing fill: Σ quantity ÷ Σ km × 100. */
export function monthlyConsumption(segments: readonly Segment[]): MonthConsumption[] {
  const by = new Map<string, MonthConsumption>();
  for (const s of segments) {
    const month = shanghaiMonth(s.closeAt);
    const m = by.get(month) ?? { month, km: 0, quantity: 0, per100km: null, segments: 0 };
    m.km += s.km;
    m.quantity += s.quantity;
    m.segments += 1;
    by.set(month, m);
  }
  return [...by.values()].sort((a, b) => a.month.localeCompare(b.month)).map((m) => ({
    ...m, km: round1(m.km), quantity: round3(m.quantity), per100km: m.km > 0 ? (m.quantity / m.km) * 100 : null,
  }));
}

/** A segment over the norm by more than the margin (0.10 = 10 %). */
export function overNorm(per100km: number, norm: number, margin: number): boolean {
  return norm > 0 && per100km > norm * (1 + margin);
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const round2 = (n: number) => Math.round(n * 100) / 100;
export const round3 = (n: number) => Math.round(n * 1000) / 1000;
