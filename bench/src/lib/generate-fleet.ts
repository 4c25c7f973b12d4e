/**
 * 公务用车 of a bench scale: vehicles and drivers spread over the agencies, a year of returned trips
 * and fuel fills per vehicle ending with the bench month (a consistent odometer per vehicle, fills
 * full-to-full with a few partial ones), and approved trip requests awaiting dispatch after it.
 * Deterministic from the seed; trips and fills come in chunks of vehicles so that 2 M trips never
 * sit in memory at once.
 */
import { Rng, uuidv7At, type BenchOrg, type Columns } from './generate.js';
import type { Scale } from './scales.js';

/** The month the disclosure scenario reports (the last month of the generated year). */
export const BENCH_MONTH = '2026-10';
const YEAR_START = Date.UTC(2025, 10, 1) - 8 * 3600_000; // 2025-11-01 00:00 Asia/Shanghai
const YEAR_END = Date.UTC(2026, 10, 1) - 8 * 3600_000; // 2026-11-01 00:00 Asia/Shanghai
const DISPATCH_FROM = Date.UTC(2027, 0, 4) - 8 * 3600_000; // requests to dispatch: from 2027-01-04
const ID_EPOCH = Date.UTC(2025, 0, 1);
const HOUR = 3600_000;

const models: Array<{ brand: string; model: string; energy: string; seats: number; tank: number | null; battery: number | null; norm: number; price: number; disp: number | null }> = [
  { brand: '大众', model: '帕萨特 1.4T', energy: 'gasoline', seats: 5, tank: 66, battery: null, norm: 8.5, price: 180_000, disp: 1.4 },
  { brand: '丰田', model: '凯美瑞 2.0L', energy: 'gasoline', seats: 5, tank: 60, battery: null, norm: 8.2, price: 179_000, disp: 2.0 },
  { brand: '别克', model: 'GL8 商务车', energy: 'gasoline', seats: 7, tank: 65, battery: null, norm: 10.5, price: 240_000, disp: 2.0 },
  { brand: '比亚迪', model: '秦 PLUS EV', energy: 'bev', seats: 5, tank: null, battery: 57, norm: 13.5, price: 150_000, disp: null },
  { brand: '比亚迪', model: '汉 DM-i', energy: 'phev', seats: 5, tank: 50, battery: 18, norm: 4.5, price: 175_000, disp: 1.5 },
  { brand: '江铃', model: '全顺 中型客车', energy: 'diesel', seats: 15, tank: 80, battery: null, norm: 11.5, price: 230_000, disp: 2.2 },
];
const kinds = ['other', 'other', 'other', 'law-enforcement', 'emergency', 'confidential', 'special'];
const provinceLetters = 'ABCDEFGHJKL';

export interface BenchFleet { vehicles: Columns; drivers: Columns; vehicleAgency: string[]; vehicleNorm: number[]; vehicleEv: boolean[] }

export function generateFleetBase(scale: Scale, seed: number, org: BenchOrg): BenchFleet {
  const rng = new Rng(seed ^ 0x5eed_f1ee);
  let clock = ID_EPOCH;
  const id = () => uuidv7At(clock++, rng);
  const agencyIds = org.agencies.id as string[];
  const vehicles: Columns = {
    id: [], plate: [], vin: [], brand: [], model: [], kind: [], energy: [], displacementL: [], priceFen: [], purchaseDate: [], agencyId: [],
    seats: [], tankLitres: [], batteryKwh: [], normPer100km: [], status: [],
  };
  const vehicleAgency: string[] = [];
  const vehicleNorm: number[] = [];
  const vehicleEv: boolean[] = [];
  for (let i = 0; i < scale.vehicles; i++) {
    const m = rng.pick(models);
    const agencyId = agencyIds[i % agencyIds.length]!;
    vehicles.id!.push(id());
    vehicles.plate!.push(`浙${provinceLetters[Math.floor(i / 100_000) % provinceLetters.length]}·B${String(i % 100_000).padStart(5, '0')}`);
    vehicles.vin!.push(`LBV${rng.digits(14)}`);
    vehicles.brand!.push(m.brand); vehicles.model!.push(m.model); vehicles.kind!.push(rng.pick(kinds)); vehicles.energy!.push(m.energy);
    vehicles.displacementL!.push(m.disp); vehicles.priceFen!.push(m.price * 100);
    vehicles.purchaseDate!.push(`${rng.int(2017, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`);
    vehicles.agencyId!.push(agencyId); vehicles.seats!.push(m.seats); vehicles.tankLitres!.push(m.tank); vehicles.batteryKwh!.push(m.battery);
    vehicles.normPer100km!.push(m.norm); vehicles.status!.push('in-use');
    vehicleAgency.push(agencyId); vehicleNorm.push(m.norm); vehicleEv.push(m.energy === 'bev');
  }
  const drivers: Columns = { id: [], name: [], agencyId: [], licenceClass: [], licenceExpiry: [], emergencyTeam: [], status: [] };
  for (let i = 0; i < Math.ceil(scale.vehicles / 2); i++) {
    drivers.id!.push(id()); drivers.name!.push(`驾驶员${i + 1}`); drivers.agencyId!.push(agencyIds[(i * 2) % agencyIds.length]!);
    drivers.licenceClass!.push(rng.chance(0.2) ? 'B1' : 'C1'); drivers.licenceExpiry!.push('2030-06-30');
    drivers.emergencyTeam!.push(rng.chance(0.1)); drivers.status!.push('active');
  }
  return { vehicles, drivers, vehicleAgency, vehicleNorm, vehicleEv };
}

/** A year of returned trips and fills, `chunk` vehicles at a time. */
export function* generateTripsAndFills(scale: Scale, seed: number, fleet: BenchFleet, chunk = 500): Generator<{ trips: Columns; fills: Columns }> {
  const rng = new Rng(seed ^ 0x7e1b_7e1b);
  let clock = ID_EPOCH + 10_000_000;
  const id = () => uuidv7At(clock++, rng);
  const ids = fleet.vehicles.id as string[];
  const perVehicle = Math.max(1, Math.round(scale.trips / ids.length));
  const span = YEAR_END - YEAR_START;
  for (let start = 0; start < ids.length; start += chunk) {
    const trips: Columns = { id: [], vehicleId: [], agencyId: [], plannedStart: [], plannedEnd: [], departedAt: [], returnedAt: [], departureKm: [], returnKm: [], tollFen: [], parkingFen: [], status: [], passengerCount: [] };
    const fills: Columns = { id: [], vehicleId: [], filledAt: [], odometerKm: [], litres: [], kwh: [], amountFen: [], full: [], missedPrevious: [] };
    for (let v = start; v < Math.min(ids.length, start + chunk); v++) {
      const vehicleId = ids[v]!;
      const ev = fleet.vehicleEv[v]!;
      const rate = fleet.vehicleNorm[v]! * (0.85 + rng.next() * 0.35);
      // One slot per trip, so trips of a vehicle never overlap.
      const slot = span / perVehicle;
      let km = rng.int(5_000, 120_000);
      let sinceFill = 0;
      for (let t = 0; t < perVehicle; t++) {
        const begin = YEAR_START + Math.floor(t * slot + rng.next() * slot * 0.5);
        const hours = 1 + rng.next() * Math.min(6, (slot * 0.45) / HOUR);
        const end = begin + Math.floor(hours * HOUR);
        const dist = Math.round((5 + rng.next() * 110) * 10) / 10;
        trips.id!.push(id()); trips.vehicleId!.push(vehicleId); trips.agencyId!.push(fleet.vehicleAgency[v]!);
        trips.plannedStart!.push(new Date(begin)); trips.plannedEnd!.push(new Date(end)); trips.departedAt!.push(new Date(begin)); trips.returnedAt!.push(new Date(end));
        trips.departureKm!.push(km); trips.returnKm!.push(Math.round((km + dist) * 10) / 10);
        trips.tollFen!.push(rng.chance(0.2) ? rng.int(5, 60) * 100 : 0); trips.parkingFen!.push(rng.chance(0.3) ? rng.int(5, 30) * 100 : 0);
        trips.status!.push('returned'); trips.passengerCount!.push(rng.int(1, 4));
        km = Math.round((km + dist) * 10) / 10;
        sinceFill += dist;
        if (sinceFill < 350) continue;
        // A fill half an hour after the trip: mostly full, sometimes partial (its quantity counts in the next full segment).
        const full = rng.chance(0.9);
        const qty = Math.round(((sinceFill * rate) / 100) * (full ? 1 : 0.5) * 100) / 100;
        fills.id!.push(id()); fills.vehicleId!.push(vehicleId); fills.filledAt!.push(new Date(end + 30 * 60_000)); fills.odometerKm!.push(km);
        fills.litres!.push(ev ? null : qty); fills.kwh!.push(ev ? qty : null);
        fills.amountFen!.push(Math.round(qty * (ev ? 120 : 780))); fills.full!.push(full); fills.missedPrevious!.push(false);
        sinceFill = full ? 0 : sinceFill * 0.5;
      }
    }
    yield { trips, fills };
  }
}

/** Approved requests in windows after the bench year, for the dispatch scenario (no driver needed). */
export function generateDispatchRequests(scale: Scale, seed: number, org: BenchOrg, fleet: BenchFleet, applicantAccountId: string): Columns {
  const rng = new Rng(seed ^ 0xd15_9a7c);
  let clock = ID_EPOCH + 50_000_000;
  const id = () => uuidv7At(clock++, rng);
  const personIds = org.people.id;
  const personAgency = org.people.agencyId;
  const out: Columns = { id: [], agencyId: [], applicantPersonId: [], applicantAccountId: [], passengerCount: [], origin: [], destinations: [], plannedStart: [], plannedEnd: [], purpose: [], inCity: [], needDriver: [], status: [] };
  const n = scale.dispatchRequests;
  for (let i = 0; i < n; i++) {
    const p = rng.int(0, personIds.length - 1);
    // Request i asks for a slot of 2 h; vehicle (i mod vehicles) is the one the scenario assigns.
    const begin = DISPATCH_FROM + Math.floor(i / fleet.vehicleAgency.length) * 3 * HOUR + rng.int(0, 3) * 15 * 60_000;
    out.id!.push(id()); out.agencyId!.push(personAgency[p]!); out.applicantPersonId!.push(personIds[p]!); out.applicantAccountId!.push(applicantAccountId);
    out.passengerCount!.push(1); out.origin!.push('市行政中心'); out.destinations!.push(`{${rng.pick(['定海区政府', '普陀区政府', '新城管委会', '舟山港综保区'])}}`); // a text[] literal
    out.plannedStart!.push(new Date(begin)); out.plannedEnd!.push(new Date(begin + 2 * HOUR)); out.purpose!.push('公务出行（压测）');
    out.inCity!.push(true); out.needDriver!.push(false); out.status!.push('approved');
  }
  return out;
}
