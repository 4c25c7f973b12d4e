/**
 * Ranking of free vehicles and drivers for a trip window, with the reasons shown to the dispatcher.
 * Order (SPEC M1.5): same agency pool first, enough seats (a hard filter: too small is never offered),
 * new-energy first for in-city trips, then the least used this month, then the closest fit in seats.
 */
import { isNewEnergy } from '../db/vehicles.table.js';

export interface TripNeed {
  agencyId: string;
  passengers: number;
  inCity: boolean;
  emergency?: boolean;
}

export interface VehicleCandidate {
  id: string;
  plate: string;
  agencyId: string;
  seats: number;
  energy: string;
  /** Km driven this calendar month (Asia/Shanghai) by returned trips. */
  monthKm: number;
}

export interface DriverCandidate {
  id: string;
  name: string;
  agencyId: string;
  emergencyTeam: boolean;
  /** Trips this calendar month. */
  monthTrips: number;
}

/** A reason shown to the dispatcher, in both languages; `code` is stable for clients. */
export interface Reason {
  code: string;
  zh: string;
  en: string;
}

export interface Ranked<T> {
  item: T;
  rank: number;
  /** The reasons in Chinese (kept for compatibility; same order as `reasonTexts`). */
  reasons: string[];
  reasonTexts: Reason[];
}

export const reason = (code: string, zh: string, en: string): Reason => ({ code, zh, en });
const ranked = <T>(item: T, rank: number, texts: Reason[]): Ranked<T> => ({ item, rank, reasons: texts.map((r) => r.zh), reasonTexts: texts });

/** Passengers plus the driver when one is needed (the driver takes a seat). */
export const seatsNeeded = (passengers: number, needDriver: boolean) => passengers + (needDriver ? 1 : 0);

function compareBy<T>(keys: Array<(x: T) => number | string>) {
  return (a: T, b: T) => {
    for (const k of keys) {
      const x = k(a);
      const y = k(b);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

export function rankVehicles(need: TripNeed, seats: number, cands: readonly VehicleCandidate[]): Ranked<VehicleCandidate>[] {
  const fit = cands.filter((v) => v.seats >= seats);
  const nevFirst = (v: VehicleCandidate) => (need.inCity && isNewEnergy(v.energy) ? 0 : 1);
  fit.sort(compareBy<VehicleCandidate>([
    (v) => (v.agencyId === need.agencyId ? 0 : 1), nevFirst, (v) => v.monthKm, (v) => v.seats - seats, (v) => v.plate,
  ]));
  return fit.map((v, i) => {
    const texts = [v.agencyId === need.agencyId
      ? reason('own-agency', '本单位车辆', 'Vehicle of the same agency')
      : reason('other-agency', '其他单位或平台车辆', 'Vehicle of another agency or the platform pool')];
    texts.push(reason('seats', `座位 ${v.seats} 个，需 ${seats} 个`, `${v.seats} seats, ${seats} needed`));
    if (isNewEnergy(v.energy)) {
      texts.push(need.inCity
        ? reason('nev-in-city', '新能源车，市内出行优先', 'New-energy vehicle, preferred for in-city trips')
        : reason('nev', '新能源车', 'New-energy vehicle'));
    }
    texts.push(reason('month-km', `本月已行驶 ${v.monthKm} km`, `${v.monthKm} km driven this month`));
    return ranked(v, i + 1, texts);
  });
}

export function rankDrivers(need: TripNeed, cands: readonly DriverCandidate[]): Ranked<DriverCandidate>[] {
  const list = [...cands];
  list.sort(compareBy<DriverCandidate>([
    (d) => (need.emergency && d.emergencyTeam ? 0 : 1), (d) => (d.agencyId === need.agencyId ? 0 : 1), (d) => d.monthTrips, (d) => d.name,
  ]));
  return list.map((d, i) => {
    const texts: Reason[] = [];
    if (d.emergencyTeam) {
      texts.push(need.emergency
        ? reason('emergency-team-first', '应急出车小分队成员，应急优先', 'Emergency team member, first for emergencies')
        : reason('emergency-team', '应急出车小分队成员', 'Emergency team member'));
    }
    texts.push(d.agencyId === need.agencyId
      ? reason('own-agency', '本单位驾驶员', 'Driver of the same agency')
      : reason('other-agency', '其他单位或平台驾驶员', 'Driver of another agency or the platform pool'));
    texts.push(reason('month-trips', `本月已出车 ${d.monthTrips} 次`, `${d.monthTrips} trips this month`));
    return ranked(d, i + 1, texts);
  });
}
