/**
 * Carpool (拼车) proposals: approved, undispatched requests whose windows overlap, going to the same or
 * a near destination, with all passengers fitting one vehicle. Greedy, earliest start first; pure.
 */
import { haversineKm } from '../trips/track.rules.js';
import { reason, type Reason } from './ranking.rules.js';

export interface PoolRequest {
  id: string;
  start: Date;
  end: Date;
  destinations: readonly string[];
  destLat: number | null;
  destLon: number | null;
  passengers: number;
  needDriver: boolean;
}

export interface CarpoolRule {
  /** Largest number of seats one free vehicle offers (passengers + driver must fit). */
  maxSeats: number;
  /** Destinations with coordinates closer than this are "near". */
  nearKm: number;
}

export interface CarpoolProposal {
  requestIds: string[];
  start: Date;
  end: Date;
  passengers: number;
  seatsNeeded: number;
  destination: string;
  /** The reasons in Chinese (kept for compatibility; same order as `reasonTexts`). */
  reasons: string[];
  reasonTexts: Reason[];
}

/** Destination text normalised: no spaces or punctuation, so 舟山市 定海区政府 = 舟山市定海区政府. */
export const normDest = (s: string) => s.replace(/[\s,，。.、()（）\-—]/g, '').toLowerCase();

export const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }) => a.start < b.end && b.start < a.end;

/** Same (normalised) final destination, or both final destinations with coordinates within `nearKm`. */
export function near(a: PoolRequest, b: PoolRequest, nearKm: number): { ok: boolean; why: Reason | null } {
  const da = normDest(a.destinations[a.destinations.length - 1] ?? '');
  const db = normDest(b.destinations[b.destinations.length - 1] ?? '');
  if (da && da === db) return { ok: true, why: reason('same-destination', '目的地相同', 'Same destination') };
  if (a.destLat !== null && a.destLon !== null && b.destLat !== null && b.destLon !== null) {
    const km = haversineKm({ lat: a.destLat, lon: a.destLon }, { lat: b.destLat, lon: b.destLon });
    if (km <= nearKm) return { ok: true, why: reason('near-destination', `目的地相距 ${km.toFixed(1)} km`, `Destinations ${km.toFixed(1)} km apart`) };
  }
  return { ok: false, why: null };
}

const reasonFields = (texts: Reason[]) => ({ reasons: texts.map((r) => r.zh), reasonTexts: texts });

export function proposeCarpools(requests: readonly PoolRequest[], rule: CarpoolRule): CarpoolProposal[] {
  const sorted = [...requests].sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  const used = new Set<string>();
  const out: CarpoolProposal[] = [];
  for (const seed of sorted) {
    if (used.has(seed.id)) continue;
    const group = [seed];
    const reasons = new Map<string, Reason>();
    let passengers = seed.passengers;
    const driver = () => (group.some((g) => g.needDriver) ? 1 : 0);
    for (const other of sorted) {
      if (other === seed || used.has(other.id)) continue;
      if (!group.every((g) => overlaps(g, other))) continue;
      const n = near(seed, other, rule.nearKm);
      if (!n.ok) continue;
      const withDriver = group.some((g) => g.needDriver) || other.needDriver ? 1 : 0;
      if (passengers + other.passengers + withDriver > rule.maxSeats) continue;
      group.push(other);
      passengers += other.passengers;
      if (n.why) reasons.set(n.why.zh, n.why);
    }
    if (group.length < 2) continue;
    for (const g of group) used.add(g.id);
    const seats = passengers + driver();
    out.push({
      requestIds: group.map((g) => g.id),
      start: new Date(Math.min(...group.map((g) => g.start.getTime()))),
      end: new Date(Math.max(...group.map((g) => g.end.getTime()))),
      passengers, seatsNeeded: seats,
      destination: seed.destinations[seed.destinations.length - 1] ?? '',
      ...reasonFields([
        reason('overlap', '用车时段重叠', 'Overlapping time windows'), ...reasons.values(),
        reason('seats', `合计 ${seats} 座（含驾驶员），不超过 ${rule.maxSeats} 座`, `${seats} seats in all (with the driver), at most ${rule.maxSeats}`),
      ]),
    });
  }
  return out;
}
