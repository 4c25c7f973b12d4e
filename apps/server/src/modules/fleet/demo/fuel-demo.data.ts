/**
 * A year of trips and fuel fills per demo vehicle, generated deterministically (pure: no database,
 * no Math.random). One odometer timeline per vehicle: trips (departure → return) and fills
 * interleaved, fills after a return when the tank (battery) runs low — most full, some partial; a
 * few vehicles drive above their norm; a couple of vehicles have one unrecorded fill, so the next
 * recorded fill is marked "missed previous".
 */
import { mulberry32 } from '../../../platform/demo/demo-org.data.js';
import { segmentsOf } from '../fuel/consumption.rules.js';
import { unitOf } from '../fuel/fuel.rules.js';

export interface DemoVehicle { id: string; plate: string; agencyId: string; energy: string; norm: number; tankLitres: number | null; batteryKwh: number | null; purchaseDate: string }
export interface DemoTrip { vehicleId: string; agencyId: string; departedAt: Date; returnedAt: Date; departureKm: number; returnKm: number; tollFen: number; parkingFen: number; origin: string; destination: string; purpose: string; passengers: number }
export interface DemoFill { segKm?: number | null; segQty?: number | null; vehicleId: string; filledAt: Date; odometerKm: number; litres: number | null; kwh: number | null; amountFen: number; full: boolean; missedPrevious: boolean; station: string; cardNo: string }
export interface DemoPlan { trips: DemoTrip[]; fills: DemoFill[]; overNormPlates: string[] }

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const places = ['市行政中心', '定海区政府', '普陀区政府', '岱山县政府', '嵊泗县政府', '新城管委会', '舟山港综合保税区', '朱家尖', '六横镇', '金塘镇', '沈家门渔港', '舟山本岛北部', '市民中心', '舟山医院'];
const purposes = ['公务调研', '会议保障', '防汛检查', '执法检查', '机要文件送达', '接待保障', '项目现场督查', '安全生产检查'];
const stations = { L: ['中石化定海临城加油站', '中石油新城加油站', '中石化普陀东港加油站', '中石化岱山高亭加油站'], kWh: ['行政中心充电站', '国网新城充电站', '普陀东港充电站'] };
/** Demo prices (fen per L / kWh), close to the placeholder dictionary values. */
const price = { gasoline: 780, diesel: 750, L: 780, kWh: 120 } as const;

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
/** Shanghai midnight of the day containing `d`, as an instant. */
const shanghaiMidnight = (d: Date) => new Date(Math.floor((d.getTime() + 8 * HOUR) / DAY) * DAY - 8 * HOUR);

/** One vehicle's year up to the day before `now`; `role` picks over-norm and missed-fill vehicles. */
export function planVehicle(v: DemoVehicle, now: Date, role: { overNorm: boolean; missedFill: boolean }): { trips: DemoTrip[]; fills: DemoFill[] } {
  const rand = mulberry32(seedOf(v.plate));
  const unit = unitOf(v.energy);
  const capacity = (unit === 'kWh' ? v.batteryKwh : v.tankLitres) ?? (unit === 'kWh' ? 60 : 55);
  const drive = role.overNorm ? 1.15 + rand() * 0.15 : 0.82 + rand() * 0.2; // actual ÷ norm
  const unitPrice = unit === 'kWh' ? price.kWh : v.energy === 'diesel' ? price.diesel : price.L;
  const card = `9100${String(seedOf(`card:${v.plate}`) % 1e8).padStart(8, '0')}`;
  const end = shanghaiMidnight(now);
  const purchase = new Date(`${v.purchaseDate}T00:00:00+08:00`);
  let day = new Date(Math.max(end.getTime() - 365 * DAY, purchase.getTime() + DAY));
  let km = round1(3000 + rand() * 60000);
  let level = capacity * (0.5 + rand() * 0.4);
  let missedDone = !role.missedFill;
  let skipNext = false;
  const trips: DemoTrip[] = [];
  const fills: DemoFill[] = [];
  // The first fill is full so the chain starts at once.
  const firstAt = new Date(day.getTime() + 7.5 * HOUR);
  fills.push({ vehicleId: v.id, filledAt: firstAt, odometerKm: km, ...qty(unit, capacity - level), amountFen: Math.round((capacity - level) * unitPrice), full: true, missedPrevious: false, station: stations[unit][0]!, cardNo: card });
  level = capacity;
  day = new Date(day.getTime() + DAY);
  while (day < end) {
    const dow = new Date(day.getTime() + 8 * HOUR).getUTCDay();
    const p = dow === 0 || dow === 6 ? 0.06 : 0.34;
    if (rand() < p) {
      const long = rand() < 0.12;
      const dist = round1(long ? 90 + rand() * 160 : 8 + rand() * 55);
      const dep = new Date(day.getTime() + (7.5 + rand() * 3) * HOUR);
      const ret = new Date(dep.getTime() + (long ? 5 + rand() * 4 : 1 + rand() * 4) * HOUR);
      const from = places[0]!;
      trips.push({
        vehicleId: v.id, agencyId: v.agencyId, departedAt: dep, returnedAt: ret, departureKm: km, returnKm: round1(km + dist),
        tollFen: long && rand() < 0.6 ? 2500 + Math.floor(rand() * 8) * 500 : 0, parkingFen: rand() < 0.3 ? 500 + Math.floor(rand() * 6) * 500 : 0,
        origin: from, destination: places[1 + Math.floor(rand() * (places.length - 1))]!, purpose: purposes[Math.floor(rand() * purposes.length)]!, passengers: 1 + Math.floor(rand() * 3),
      });
      km = round1(km + dist);
      level -= (dist / 100) * v.norm * drive * (0.93 + rand() * 0.14);
      if (level < capacity * (0.22 + rand() * 0.12)) {
        const full = rand() > 0.12;
        const gap = capacity - Math.max(level, 0);
        const q = round2(full ? gap : gap * (0.4 + rand() * 0.3));
        const at = new Date(ret.getTime() + (0.3 + rand() * 0.5) * HOUR);
        level = Math.max(level, 0) + q;
        // One unrecorded fill on a missed-fill vehicle, a third of the way through the year.
        if (!missedDone && fills.length >= 3 && full) { missedDone = true; skipNext = true; }
        else {
          fills.push({ vehicleId: v.id, filledAt: at, odometerKm: km, ...qty(unit, q), amountFen: Math.round(q * unitPrice * (0.98 + rand() * 0.04)), full, missedPrevious: skipNext, station: stations[unit][Math.floor(rand() * stations[unit].length)]!, cardNo: card });
          skipNext = false;
        }
      }
    }
    day = new Date(day.getTime() + DAY);
  }
  // The segment each fill closes (what the service keeps on every write).
  const segs = new Map(segmentsOf(fills.map((f, i) => ({ id: String(i).padStart(6, '0'), filledAt: f.filledAt, odometerKm: f.odometerKm, quantity: (unit === 'kWh' ? f.kwh : f.litres) ?? 0, full: f.full, missedPrevious: f.missedPrevious })))
    .map((s) => [Number(s.closeId), s]));
  fills.forEach((f, i) => { const s = segs.get(i); f.segKm = s ? s.km : null; f.segQty = s ? round2(s.quantity) : null; });
  return { trips, fills };
}

const qty = (unit: 'L' | 'kWh', q: number) => (unit === 'kWh' ? { litres: null, kwh: round2(q) } : { litres: round2(q), kwh: null });

/** The fleet's plan: every 17th vehicle (by plate order) drives above its norm; the 5th and 50th miss one fill. */
export function planFleet(vehicles: readonly DemoVehicle[], now: Date): DemoPlan {
  const sorted = [...vehicles].sort((a, b) => a.plate.localeCompare(b.plate));
  const out: DemoPlan = { trips: [], fills: [], overNormPlates: [] };
  sorted.forEach((v, i) => {
    const overNorm = i % 17 === 3;
    if (overNorm) out.overNormPlates.push(v.plate);
    const r = planVehicle(v, now, { overNorm, missedFill: i === 5 || i === 50 });
    out.trips.push(...r.trips);
    out.fills.push(...r.fills);
  });
  return out;
}
