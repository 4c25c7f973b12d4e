/**
 * 房产 of a bench scale: office buildings of 10 floors × 50 rooms, each agency's rooms allocated to it
 * in a block, its leaders alone in their rooms (some above the standard) and its staff sharing rooms,
 * so that office rooms total about `scale.rooms`; one room in ten is a service or equipment room.
 * Deterministic from the seed.
 */
import { Rng, uuidv7At, type BenchOrg, type Columns } from './generate.js';
import type { Scale } from './scales.js';

const ROOMS_PER_FLOOR = 50;
const FLOORS_PER_BUILDING = 10;
const ID_EPOCH = Date.UTC(2025, 6, 1);

export interface BenchEstate { buildings: Columns; floors: Columns; rooms: Columns; assignments: Columns; floorIds: string[] }

export function generateEstate(scale: Scale, seed: number, org: BenchOrg): BenchEstate {
  const rng = new Rng(seed ^ 0xe57a_7e00);
  let clock = ID_EPOCH;
  const id = () => uuidv7At(clock++, rng);
  const buildings: Columns = { id: [], name: [], code: [], address: [], regionId: [], floorsAbove: [], status: [] };
  const floors: Columns = { id: [], buildingId: [], level: [], name: [] };
  const rooms: Columns = { id: [], floorId: [], buildingId: [], number: [], useClass: [], subUse: [], usableAreaM2: [], agencyId: [], status: [] };
  const assignments: Columns = { id: [], personId: [], roomId: [], agencyId: [], kind: [], startDate: [] };

  const agencyIds = org.agencies.id as string[];
  const agencyRegion = org.agencies.regionId as string[];
  const byAgency = new Map<string, string[]>();
  org.people.id.forEach((pid, i) => {
    const a = org.people.agencyId[i]!;
    const list = byAgency.get(a) ?? [];
    list.push(pid);
    byAgency.set(a, list);
  });
  const leadersPerAgency = 4;
  const leaders = agencyIds.reduce((n, a) => n + Math.min(leadersPerAgency, byAgency.get(a)?.length ?? 0), 0);
  const staff = org.people.id.length - leaders;
  const staffRooms = Math.max(1, Math.round(scale.rooms * 0.9) - leaders);
  const perRoom = Math.max(1, Math.round(staff / staffRooms));

  let building = -1;
  let floorId = '';
  let buildingId = '';
  let slot = ROOMS_PER_FLOOR * FLOORS_PER_BUILDING; // forces a new building first
  const nextRoom = (regionId: string): { roomId: string; number: string } => {
    if (slot >= ROOMS_PER_FLOOR * FLOORS_PER_BUILDING) {
      building++; slot = 0; buildingId = id();
      buildings.id!.push(buildingId); buildings.name!.push(`行政办公楼${building + 1}号楼`); buildings.code!.push(`B${String(building + 1).padStart(4, '0')}`);
      buildings.address!.push(`新城大道${building + 1}号`); buildings.regionId!.push(regionId); buildings.floorsAbove!.push(FLOORS_PER_BUILDING); buildings.status!.push('in-use');
    }
    const level = Math.floor(slot / ROOMS_PER_FLOOR) + 1;
    if (slot % ROOMS_PER_FLOOR === 0) {
      floorId = id();
      floors.id!.push(floorId); floors.buildingId!.push(buildingId); floors.level!.push(level); floors.name!.push(`${level}层`);
    }
    const number = `${level}${String((slot % ROOMS_PER_FLOOR) + 1).padStart(2, '0')}`;
    slot++;
    return { roomId: id(), number };
  };
  const addRoom = (regionId: string, agencyId: string, useClass: string, area: number, occupants: string[]) => {
    const { roomId, number } = nextRoom(regionId);
    rooms.id!.push(roomId); rooms.floorId!.push(floorId); rooms.buildingId!.push(buildingId); rooms.number!.push(number);
    rooms.useClass!.push(useClass); rooms.subUse!.push(null); rooms.usableAreaM2!.push(Math.round(area * 100) / 100);
    rooms.agencyId!.push(agencyId); rooms.status!.push(occupants.length || useClass !== 'office' ? 'in-use' : 'vacant');
    for (const personId of occupants) {
      assignments.id!.push(id()); assignments.personId!.push(personId); assignments.roomId!.push(roomId); assignments.agencyId!.push(agencyId);
      assignments.kind!.push('main'); assignments.startDate!.push('2024-01-01');
    }
  };

  agencyIds.forEach((agencyId, a) => {
    const regionId = agencyRegion[a]!;
    const people = byAgency.get(agencyId) ?? [];
    const head = people.slice(0, leadersPerAgency);
    const rest = people.slice(leadersPerAgency);
    // Leaders alone: the head's and deputy's rooms are sometimes larger than any standard.
    head.forEach((personId, k) => addRoom(regionId, agencyId, 'office', (k === 0 ? 24 : k === 1 ? 18 : 12) + rng.next() * (rng.chance(0.15) ? 16 : 6), [personId]));
    for (let i = 0; i < rest.length; i += perRoom) {
      const group = rest.slice(i, i + perRoom);
      addRoom(regionId, agencyId, 'office', group.length * (7 + rng.next() * 4), group);
    }
    const extras = Math.max(1, Math.round((head.length + Math.ceil(rest.length / perRoom)) / 9));
    for (let k = 0; k < extras; k++) addRoom(regionId, agencyId, rng.pick(['service', 'equipment', 'ancillary']), 15 + rng.next() * 40, []);
  });
  return { buildings, floors, rooms, assignments, floorIds: floors.id as string[] };
}
