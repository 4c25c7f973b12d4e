/**
 * The demo city administrative center (市行政中心): four office towers and their floors, ~1,500
 * rooms with areas and outlines, rooms allocated to the 市直 agencies and their people assigned —
 * mostly within the 2014 standard, with a few over-standard cases (a 正局 head in 30 m², two staff
 * sharing 20 m²). Pure and deterministic: same input, same output (ids come from `makeId`).
 */
import { mulberry32 } from '../../../../platform/demo/demo-org.data.js';
import { defaultPostClass, standardSeeds } from '../standards/standard.data.js';

export interface DemoAgencyIn { id: string; kind: string; name: string }
export interface DemoPersonIn { id: string; agencyId: string; rank: string; adminLevel: string }
export interface DemoRoom {
  id: string; floorId: string; buildingId: string; number: string; useClass: string; subUse: string | null; usableAreaM2: number;
  agencyId: string | null; status: string; outline: Array<[number, number]>;
}
export interface DemoEstate {
  buildings: Array<{ id: string; code: string; name: string; address: string; floorsAbove: number; floorsBelow: number; builtYear: number; titleCertNo: string; constructionAreaM2: number }>;
  floors: Array<{ id: string; buildingId: string; level: number; name: string; planWidth: number; planHeight: number }>;
  rooms: DemoRoom[];
  assignments: Array<{ personId: string; roomId: string; agencyId: string; kind: 'main'; startDate: string }>;
  allocations: Array<{ agencyId: string; roomIds: string[]; totalAreaM2: number }>;
}

export const DEMO_ESTATE_SEED = 20260101;
const TOWERS = [
  { code: 'XZZX-A', name: '市行政中心A座', floors: 10, kinds: ['party'] },
  { code: 'XZZX-B', name: '市行政中心B座', floors: 12, kinds: ['government'] },
  { code: 'XZZX-C', name: '市行政中心C座', floors: 8, kinds: ['congress', 'cppcc', 'mass'] },
  { code: 'XZZX-D', name: '市行政中心D座', floors: 9, kinds: ['institution'] },
];
const PER_FLOOR_OFFICES = 30;
const SERVICE = [['service', '会议室', 60], ['service', '档案室', 30], ['service', '文印室', 15], ['service', '卫生间', 24], ['service', '卫生间', 24]] as const;
const EQUIPMENT = [['equipment', '弱电间', 6], ['equipment', '配电间', 8]] as const;
const cityStd = (rank: string) => standardSeeds.find((s) => s.adminLevel === 'city' && s.postClass === defaultPostClass('city', rank))!.usableM2;

export function generateDemoEstate(agencies: DemoAgencyIn[], people: DemoPersonIn[], makeId: () => string, startDate = '2024-01-01'): DemoEstate {
  const rnd = mulberry32(DEMO_ESTATE_SEED);
  const out: DemoEstate = { buildings: [], floors: [], rooms: [], assignments: [], allocations: [] };
  const officeSlots = new Map<string, DemoRoom[]>();
  for (const [bi, t] of TOWERS.entries()) {
    const buildingId = makeId();
    out.buildings.push({ id: buildingId, code: t.code, name: t.name, address: `舟山市新城千岛路${300 + bi * 2}号`, floorsAbove: t.floors, floorsBelow: 1, builtYear: 2006 + bi, titleCertNo: `浙(2019)舟山市不动产权第00${31200 + bi}号`, constructionAreaM2: t.floors * 1650 + 1800 });
    const slots: DemoRoom[] = [];
    for (let level = -1; level <= t.floors; level += 1) {
      if (level === 0) continue;
      const floorId = makeId();
      out.floors.push({ id: floorId, buildingId, level, name: level < 0 ? `地下${-level}层` : `${level}层`, planWidth: 1200, planHeight: 400 });
      const specs: Array<[string, string | null, number]> = level < 0
        ? [['ancillary', '汽车库', 900], ['ancillary', '人防设施', 300], ['equipment', '配电房', 80], ['equipment', '水泵房', 60], ['equipment', '消防控制室', 40], ['ancillary', '储藏室', 30], ['ancillary', '储藏室', 30], ['ancillary', '储藏室', 30]]
        : [...Array.from({ length: PER_FLOOR_OFFICES }, () => ['office', null, 18] as [string, null, number]), ...SERVICE.map((s) => [...s] as [string, string, number]), ...EQUIPMENT.map((s) => [...s] as [string, string, number]), ['ancillary', level === 1 ? '食堂' : '储藏室', level === 1 ? 300 : 12]];
      const half = Math.ceil(specs.length / 2);
      specs.forEach(([useClass, subUse, area], i) => {
        const row = i < half ? 0 : 1;
        const col = row === 0 ? i : i - half;
        const w = 1200 / half;
        const x = Math.round(col * w);
        const y = row === 0 ? 0 : 250;
        const room: DemoRoom = {
          id: makeId(), floorId, buildingId, number: level < 0 ? `B${pad(i + 1)}` : `${level}${pad(i + 1)}`, useClass, subUse,
          usableAreaM2: area, agencyId: null, status: useClass === 'office' ? 'vacant' : 'in-use',
          outline: [[x, y], [Math.round(x + w), y], [Math.round(x + w), y + 150], [x, y + 150]],
        };
        out.rooms.push(room);
        if (useClass === 'office') slots.push(room);
      });
    }
    officeSlots.set(t.code, slots);
  }
  const peopleOf = new Map<string, DemoPersonIn[]>();
  for (const p of people) peopleOf.set(p.agencyId, [...(peopleOf.get(p.agencyId) ?? []), p]);
  const towerOf = (kind: string) => TOWERS.find((t) => t.kinds.includes(kind)) ?? TOWERS[2]!;
  const cursor = new Map<string, number>();
  // 国企 (soe) are not housed in the administrative center
  for (const [ai, agency] of agencies.filter((a) => a.kind !== 'soe').entries()) {
    const own = towerOf(agency.kind);
    // a full tower overflows into the next one with free rooms
    const take = () => {
      for (const t of [own, ...TOWERS.filter((x) => x !== own)]) {
        const slots = officeSlots.get(t.code)!;
        const i = cursor.get(t.code) ?? 0;
        if (i < slots.length) { cursor.set(t.code, i + 1); return slots[i]!; }
      }
      return null;
    };
    const staff = (peopleOf.get(agency.id) ?? []).slice();
    const mine: DemoRoom[] = [];
    const leaders = staff.filter((p) => cityStd(p.rank) > 9).sort((a, b) => cityStd(b.rank) - cityStd(a.rank));
    const others = staff.filter((p) => cityStd(p.rank) <= 9);
    for (const [li, p] of leaders.entries()) {
      const room = take();
      if (!room) break;
      // a few over-standard cases: every 7th agency's first leader in 30 m²
      room.usableAreaM2 = ai % 7 === 3 && li === 0 ? 30 : cityStd(p.rank);
      mine.push(room);
      out.assignments.push({ personId: p.id, roomId: room.id, agencyId: agency.id, kind: 'main', startDate });
    }
    for (let i = 0; i < others.length;) {
      const room = take();
      if (!room) break;
      const n = Math.min(others.length - i, 2 + Math.floor(rnd() * 3));
      // within standard (9 m² each, some smaller), but every 5th agency has two people in 20 m² (1 m² over each)
      room.usableAreaM2 = ai % 5 === 1 && n >= 2 && i === 0 ? 20 : Math.round((9 * n - rnd() * 2) * 100) / 100;
      const group = ai % 5 === 1 && i === 0 ? others.slice(i, i + 2) : others.slice(i, i + n);
      for (const p of group) out.assignments.push({ personId: p.id, roomId: room.id, agencyId: agency.id, kind: 'main', startDate });
      i += group.length;
      mine.push(room);
    }
    for (const r of mine) { r.agencyId = agency.id; r.status = 'in-use'; }
    const spare = take();
    if (spare) { spare.usableAreaM2 = 15; spare.agencyId = agency.id; mine.push(spare); }
    if (mine.length) out.allocations.push({ agencyId: agency.id, roomIds: mine.map((r) => r.id), totalAreaM2: Math.round(mine.reduce((s, r) => s + r.usableAreaM2, 0) * 100) / 100 });
  }
  for (const r of out.rooms) if (r.useClass === 'office' && !r.agencyId) r.usableAreaM2 = Math.round((15 + rnd() * 15) * 100) / 100;
  return out;
}
const pad = (n: number) => String(n).padStart(2, '0');
