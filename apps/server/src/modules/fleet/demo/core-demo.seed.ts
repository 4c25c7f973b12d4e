/**
 * Seeds the demo fleet core (idempotent: skipped when any vehicle exists): vehicles, quotas that fit,
 * drivers, shops, a year of insurance, inspections and completed repairs, violations, accidents,
 * status history, charging stations with sessions, a holiday sealing list, and the demo accounts
 * `dispatcher` (车辆调度员, city-wide) and `driver` (驾驶员, linked to a driver record).
 */
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { agencies, people, regions } from '../../../platform/org/org.table.js';
import type { FleetContext } from '../fleet.context.js';
import { fleetChargingPiles, fleetChargingSessions, fleetChargingStations } from '../db/charging.table.js';
import { fleetDrivers, fleetDriverTrainings } from '../db/drivers.table.js';
import { fleetRepairs, fleetShops } from '../db/maintenance.table.js';
import { fleetAccidents, fleetInspections, fleetInsurances, fleetViolations } from '../db/records.table.js';
import { fleetQuotas } from '../db/standards.table.js';
import { fleetSealings, fleetSealingVehicles } from '../db/supervision.table.js';
import { fleetVehicleStatusChanges } from '../db/vehicle-events.table.js';
import { fleetVehicles } from '../db/vehicles.table.js';
import { demoShops, planFleet } from './core-demo.data.js';

const CENTER = '舟山市机关事务管理中心';
const DAY = 86_400_000;

export async function seedCoreDemo(ctx: FleetContext): Promise<{ vehicles: number; drivers: number } | null> {
  const { db } = ctx;
  const [has] = await db.select({ n: count() }).from(fleetVehicles);
  if ((has?.n ?? 0) > 0) return null;
  const [root] = await db.select({ path: regions.path }).from(regions).where(eq(regions.code, '330900'));
  const [center] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, CENTER));
  if (!root || !center) return null; // no demo organisation
  const agencyRows = await db.select({ id: agencies.id, name: agencies.name, kind: agencies.kind }).from(agencies)
    .innerJoin(regions, eq(regions.id, agencies.regionId)).where(sql`${regions.path} like ${`${root.path}%`} and ${agencies.active}`).orderBy(asc(agencies.sort), asc(agencies.code));
  const now = ctx.clock();
  const plan = planFleet(agencyRows, center.id, now);
  const { rnd, isoDay } = plan;
  const t0 = now.getTime();

  return db.transaction(async (tx) => {
    const vs = await tx.insert(fleetVehicles).values(plan.vehicles.map((v) => ({
      plate: v.plate, vin: v.vin, brand: v.brand, model: v.model, kind: v.kind, energy: v.energy, displacementL: v.displacementL, priceFen: v.priceFen,
      purchaseDate: v.purchaseDate, agencyId: v.agencyId, seats: v.seats, tankLitres: v.tankLitres, batteryKwh: v.batteryKwh, normPer100km: v.norm,
      status: v.status, gpsTerminalId: v.gpsTerminalId, nextServiceKm: null, nextServiceDate: isoDay(t0 + Math.floor(rnd() * 200 + 5) * DAY), notes: '演示数据',
    }))).returning();
    // 编制: what each agency holds of each kind, plus a spare slot for some
    const held = new Map<string, number>();
    for (const v of vs) if (v.status !== 'disposed') held.set(`${v.agencyId}|${v.kind}`, (held.get(`${v.agencyId}|${v.kind}`) ?? 0) + 1);
    await tx.insert(fleetQuotas).values([...held].map(([k, n]) => {
      const [agencyId, kind] = k.split('|') as [string, typeof vs[number]['kind']];
      return { agencyId, kind, quota: n + (rnd() < 0.4 ? 1 : 0), approvalRef: '舟编办〔2024〕12号' };
    }));
    // status history of the vehicles not in use
    const changes = vs.filter((v) => v.status !== 'in-use').flatMap((v) => v.status === 'disposed'
      ? [{ vehicleId: v.id, agencyId: v.agencyId, fromStatus: 'in-use', toStatus: 'pending-disposal', at: new Date(t0 - 90 * DAY), reason: '达到更新年限' },
        { vehicleId: v.id, agencyId: v.agencyId, fromStatus: 'pending-disposal', toStatus: 'disposed', at: new Date(t0 - 30 * DAY), reason: '公开拍卖', receivingParty: '浙江省产权交易所（舟山）', disposalMethod: 'auction', documentNo: '舟机管处〔2026〕7号' }]
      : [{ vehicleId: v.id, agencyId: v.agencyId, fromStatus: 'in-use', toStatus: v.status, at: new Date(t0 - Math.floor(rnd() * 20 + 1) * DAY), reason: v.status === 'repair' ? '定点维修' : v.status === 'sealed' ? '长期闲置封存' : v.status === 'suspended' ? '车况不佳停用' : '拟报废' }]);
    if (changes.length) await tx.insert(fleetVehicleStatusChanges).values(changes);

    const shops = await tx.insert(fleetShops).values(demoShops.map((s, i) => ({ ...s, designated: i < 5, contractFrom: isoDay(t0 - 300 * DAY), contractTo: isoDay(t0 + 430 * DAY) }))).returning();
    const live = vs.filter((v) => v.status !== 'disposed');
    const insurances = live.flatMap((v) => {
      const ends = isoDay(t0 + Math.floor(rnd() * 360 + 3) * DAY);
      const starts = isoDay(Date.parse(`${ends}T00:00:00Z`) - 364 * DAY);
      const insurer = ['人保财险舟山分公司', '平安产险舟山中心支公司', '太平洋产险舟山中心支公司'][Math.floor(rnd() * 3)]!;
      return [
        { vehicleId: v.id, agencyId: v.agencyId, insurer, policyNo: `JQ${v.plate.slice(3)}${ends.slice(0, 4)}`, kind: 'compulsory', startsOn: starts, endsOn: ends, premiumFen: v.seats > 9 ? 110_000 : 95_000 },
        { vehicleId: v.id, agencyId: v.agencyId, insurer, policyNo: `SY${v.plate.slice(3)}${ends.slice(0, 4)}`, kind: 'commercial', startsOn: starts, endsOn: ends, premiumFen: Math.round(v.priceFen * 0.018) },
      ];
    });
    await tx.insert(fleetInsurances).values(insurances);
    const inspections = live.map((v) => {
      const inspectedOn = isoDay(t0 - Math.floor(rnd() * 330 + 10) * DAY);
      return { vehicleId: v.id, agencyId: v.agencyId, inspectedOn, nextDue: isoDay(Date.parse(`${inspectedOn}T00:00:00Z`) + (v.seats > 9 ? 365 : 730) * DAY), result: 'passed', station: '舟山市机动车检测中心', costFen: 15_000 };
    });
    await tx.insert(fleetInspections).values(inspections);
    for (const v of live) {
      const ins = insurances.find((i) => i.vehicleId === v.id && i.kind === 'compulsory')!;
      const insp = inspections.find((i) => i.vehicleId === v.id)!;
      await tx.update(fleetVehicles).set({ insuranceDue: ins.endsOn, inspectionDue: insp.nextDue }).where(eq(fleetVehicles.id, v.id));
    }
    const repairs = live.flatMap((v) => Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, k) => {
      const requestedOn = isoDay(t0 - Math.floor(rnd() * 350 + 7) * DAY);
      const parts = Math.round(rnd() * 150_000) + 5_000;
      const labour = Math.round(rnd() * 60_000) + 5_000;
      const maintenance = k === 0;
      return {
        vehicleId: v.id, agencyId: v.agencyId, shopId: v.energy === 'bev' ? shops[4]!.id : shops[Math.floor(rnd() * 4)]!.id, kind: maintenance ? 'maintenance' : 'repair',
        description: maintenance ? '定期保养（机油、三滤、检查）' : ['更换刹车片', '更换轮胎', '空调维修', '蓄电池更换', '钣金喷漆'][Math.floor(rnd() * 5)]!, estimateFen: parts + labour,
        status: 'completed' as const, requestedOn, partsFen: parts, labourFen: labour, invoiceFen: parts + labour, invoiceNo: `ZS${requestedOn.replaceAll('-', '')}${Math.floor(rnd() * 9000 + 1000)}`,
        odometerKm: 10_000 + Math.floor(rnd() * 120_000), completedOn: isoDay(Date.parse(`${requestedOn}T00:00:00Z`) + 2 * DAY),
      };
    }));
    await tx.insert(fleetRepairs).values(repairs);

    const drivers = await tx.insert(fleetDrivers).values(plan.drivers).returning();
    await tx.insert(fleetDriverTrainings).values(drivers.filter((d) => d.status === 'active').map((d, i) => ({
      driverId: d.id, agencyId: d.agencyId, heldOn: isoDay(t0 - (40 + (i % 9) * 30) * DAY), title: i % 2 ? '公务用车驾驶员安全教育培训' : '应急驾驶技能培训', hours: i % 2 ? 8 : 4, provider: '舟山市机关事务管理中心', result: 'passed',
    })));
    const pickV = () => live[Math.floor(rnd() * live.length)]!;
    await tx.insert(fleetViolations).values(Array.from({ length: 14 }, (_, i) => {
      const v = pickV();
      return { vehicleId: v.id, agencyId: v.agencyId, driverId: drivers[i % drivers.length]!.id, occurredAt: new Date(t0 - Math.floor(rnd() * 300 + 3) * DAY), place: ['定海区环城南路', '新城海天大道', '普陀区东海中路', '329国道岱山段'][i % 4]!, description: ['违停', '超速10%以下', '不按导向车道行驶', '闯红灯'][i % 4]!, fineFen: [15_000, 20_000, 10_000, 20_000][i % 4]!, points: [0, 3, 2, 6][i % 4]!, status: i < 10 ? 'handled' : 'open' };
    }));
    await tx.insert(fleetAccidents).values(Array.from({ length: 3 }, (_, i) => {
      const v = pickV();
      return { vehicleId: v.id, agencyId: v.agencyId, driverId: drivers[i * 3]!.id, occurredAt: new Date(t0 - (60 + i * 70) * DAY), place: ['舟山跨海大桥', '定海区人民北路', '普陀山机场路'][i]!, description: ['追尾，前保险杠受损', '停车时刮擦', '雨天侧滑碰撞护栏'][i]!, severity: ['moderate', 'minor', 'minor'][i]!, liability: ['full', 'none', 'full'][i]!, lossFen: [860_000, 120_000, 340_000][i]!, status: 'closed' };
    }));

    const stations = await tx.insert(fleetChargingStations).values([
      { agencyId: center.id, name: '市行政中心充电站', address: '新城千岛路 行政中心地下车库' },
      { agencyId: center.id, name: '定海机关大院充电站', address: '定海区人民北路机关大院' },
    ]).returning();
    const piles = await tx.insert(fleetChargingPiles).values(stations.flatMap((s, si) => Array.from({ length: si === 0 ? 6 : 3 }, (_, i) => ({ stationId: s.id, agencyId: s.agencyId, code: `${si + 1}-${i + 1}`, kind: i < 2 ? 'dc' : 'ac', powerKw: i < 2 ? 60 : 7 })))).returning();
    const nevs = live.filter((v) => v.energy === 'bev' || v.energy === 'erev' || v.energy === 'phev');
    const sessions = Array.from({ length: 360 }, (_, i) => {
      const start = new Date(t0 - (i + 1) * DAY + Math.floor(rnd() * 10 + 8) * 3_600_000);
      const kwh = Math.round((8 + rnd() * 40) * 100) / 100;
      return { pileId: piles[i % piles.length]!.id, agencyId: center.id, vehicleId: nevs.length ? nevs[i % nevs.length]!.id : null, startedAt: start, endedAt: new Date(start.getTime() + 90 * 60_000), kwh, amountFen: Math.round(kwh * 85) };
    });
    await tx.insert(fleetChargingSessions).values(sessions);

    // 元旦 sealing list: pool sedans not needed on duty
    const y = new Date(t0 + 8 * 3_600_000).getUTCFullYear() + 1;
    const [seal] = await tx.insert(fleetSealings).values({ name: `${y}年元旦节假日封存`, startsAt: new Date(`${y - 1}-12-31T18:00:00+08:00`), endsAt: new Date(`${y}-01-03T08:00:00+08:00`), note: '应急保障、执法执勤用车除外' }).returning();
    const sealed = live.filter((v) => v.kind === 'other' || v.kind === 'confidential').filter((v) => v.status === 'in-use').slice(0, 40);
    if (sealed.length) await tx.insert(fleetSealingVehicles).values(sealed.map((v) => ({ sealingId: seal!.id, vehicleId: v.id, agencyId: v.agencyId, parkedAt: '市行政中心地下车库' })));

    await demoAccounts(ctx, tx, center.id, drivers.find((d) => d.agencyId === center.id && d.status === 'active')!.id);
    return { vehicles: vs.length, drivers: drivers.length };
  });
}

/** `dispatcher` (车辆调度员, all agencies) and `driver` (驾驶员, self) — each linked to a person of the center; the driver's person to a driver record. */
async function demoAccounts(ctx: FleetContext, tx: Db, centerId: string, driverId: string) {
  const staff = await tx.select({ id: people.id, name: people.name }).from(people).where(and(eq(people.agencyId, centerId), eq(people.status, 'active'))).orderBy(asc(people.name), asc(people.id)).limit(2);
  if (staff.length < 2) return;
  await ctx.tenant.createDemoAccount(tx, { username: 'dispatcher', displayName: `车辆调度员 ${staff[0]!.name}`, personId: staff[0]!.id, roleCode: 'fleet-dispatcher', scopeKind: 'all' });
  await tx.update(fleetDrivers).set({ personId: staff[1]!.id, name: staff[1]!.name }).where(eq(fleetDrivers.id, driverId));
  await ctx.tenant.createDemoAccount(tx, { username: 'driver', displayName: `驾驶员 ${staff[1]!.name}`, personId: staff[1]!.id, roleCode: 'fleet-driver', scopeKind: 'self' });
}
