import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { appendAudit } from '../../../../platform/audit/audit.service.js';
import { newId } from '../../../../platform/db/columns.js';
import type { Db } from '../../../../platform/db/types.js';
import { agencies, people, regions } from '../../../../platform/org/org.table.js';
import { estateBuildings, estateFloors, estateRooms } from '../../db/buildings.table.js';
import { estateAllocationRooms, estateAllocations, estateAssignments } from '../../db/office.table.js';
import { areaText } from '../shared.js';
import { documentNumbers } from '../allocation/allocation.service.js';
import { generateDemoEstate } from './demo.data.js';

const BATCH = 400;
async function inBatches<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Seeds the demo administrative center once (idempotent: nothing happens when its first tower exists). */
export async function seedDemoEstate(db: Db): Promise<{ created: boolean; rooms: number; assignments: number }> {
  const [exists] = await db.select({ id: estateBuildings.id }).from(estateBuildings).where(eq(estateBuildings.code, 'XZZX-A'));
  if (exists) return { created: false, rooms: 0, assignments: 0 };
  const [city] = await db.select({ id: regions.id }).from(regions).where(eq(regions.adminLevel, 'city')).orderBy(asc(regions.sort)).limit(1);
  if (!city) return { created: false, rooms: 0, assignments: 0 };
  const ags = await db.select({ id: agencies.id, kind: agencies.kind, name: agencies.name }).from(agencies)
    .where(and(eq(agencies.regionId, city.id), eq(agencies.active, true))).orderBy(asc(agencies.sort), asc(agencies.code));
  const ppl = ags.length ? await db.select({ id: people.id, agencyId: people.agencyId, rank: people.rank, adminLevel: people.adminLevel }).from(people)
    .where(and(inArray(people.agencyId, ags.map((a) => a.id)), eq(people.status, 'active'))).orderBy(asc(people.name), asc(people.id)) : [];
  const demo = generateDemoEstate(ags, ppl, newId);
  const year = '2024';
  await db.transaction(async (tx) => {
    await tx.insert(estateBuildings).values(demo.buildings.map((b) => ({
      ...b, regionId: city.id, ownerName: '舟山市机关事务管理中心', ownershipKind: 'state', constructionAreaM2: areaText(b.constructionAreaM2), status: 'in-use',
    })));
    await inBatches(demo.floors, (c) => tx.insert(estateFloors).values(c));
    await inBatches(demo.rooms, (c) => tx.insert(estateRooms).values(c.map((r) => ({ ...r, usableAreaM2: areaText(r.usableAreaM2)!, constructionAreaM2: areaText(Math.round(r.usableAreaM2 * 1.3 * 100) / 100) }))));
    await inBatches(demo.assignments, (c) => tx.insert(estateAssignments).values(c));
    const allocationRows = demo.allocations.map((a, i) => ({ id: newId(), agencyId: a.agencyId, ...documentNumbers(year, i + 1), allocatedOn: `${year}-01-01`, purpose: '办公', totalAreaM2: areaText(a.totalAreaM2)!, roomIds: a.roomIds }));
    await inBatches(allocationRows, (c) => tx.insert(estateAllocations).values(c.map(({ roomIds: _r, ...rest }) => rest)));
    const area = new Map(demo.rooms.map((r) => [r.id, r.usableAreaM2]));
    await inBatches(allocationRows.flatMap((a) => a.roomIds.map((roomId) => ({ allocationId: a.id, roomId, usableAreaM2: areaText(area.get(roomId)!)! }))), (c) => tx.insert(estateAllocationRooms).values(c));
    await appendAudit(tx, { accountId: null, name: 'system:demo', ip: null }, { action: 'estate.demo.seed', objectType: 'estate.building', after: { buildings: demo.buildings.length, rooms: demo.rooms.length, assignments: demo.assignments.length } });
  });
  await db.execute(sql`analyze estate_room`);
  return { created: true, rooms: demo.rooms.length, assignments: demo.assignments.length };
}
