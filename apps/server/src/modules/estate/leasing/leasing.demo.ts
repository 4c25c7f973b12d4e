/** Demo of leasing out (对外出租): one vacant room of the estate leased out quarterly, rent partly paid (arrears to show). Idempotent. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/audit.service.js';
import { readDemoOrgSummary } from '../../../platform/demo/demo-org.seed.js';
import type { EstateContext } from '../estate.context.js';
import { estateRooms } from '../db/buildings.table.js';
import { estateLeaseListings } from '../db/leasing.table.js';
import { addDays, addMonths } from './rent-schedule.js';
import { shanghaiDay } from '../census/estate-shared.js';
import type { ContractsService } from './contracts.service.js';
import type { LeasingService } from './leasing.service.js';

const system: Actor = { accountId: null, name: 'system', ip: null };

export async function seedLeasingDemo(ctx: EstateContext, leasing: LeasingService, contracts: ContractsService) {
  const [any] = await ctx.db.select({ id: estateLeaseListings.id }).from(estateLeaseListings).limit(1);
  if (any) return;
  const [room] = await ctx.db.select().from(estateRooms).where(and(eq(estateRooms.status, 'vacant'), isNull(estateRooms.agencyId))).orderBy(asc(estateRooms.number), asc(estateRooms.id)).limit(1);
  if (!room) return;
  const org = await readDemoOrgSummary(ctx.db);
  const listing = await leasing.createListing(system, { agencyId: org.centerAgencyId, buildingId: room.buildingId, roomId: room.id, title: `闲置用房 ${room.number} 对外出租`, areaM2: Number(room.usableAreaM2), askingMonthlyRentFen: 150_000, description: '临街一层，可作便民服务点' });
  const lessee = await leasing.createLessee(system, { agencyId: org.centerAgencyId, name: '舟山市便民服务有限公司', kind: 'company', creditCode: '91330900MA2DEMO01X', contactName: '周经理', contactPhone: '0580-2000000' });
  const today = shanghaiDay(ctx.clock());
  const startsOn = `${addMonths(today, -7).slice(0, 7)}-01`;
  const c = await contracts.create(system, { code: `ZL-DEMO-001`, listingId: listing.id, lesseeId: lessee.id, startsOn, endsOn: addDays(addMonths(startsOn, 24), -1), monthlyRentFen: 150_000, depositFen: 300_000, cycleMonths: 3 });
  await contracts.addReceipt(system, c.id, { paidOn: startsOn, amountFen: 450_000, method: 'transfer', receiptNo: 'SK-DEMO-001' });
}
