/** Test data factories of the fuel/odometer features: a region, an agency and vehicles, inserted directly. */
import { newId } from '../../../platform/db/columns.js';
import type { Db } from '../../../platform/db/types.js';
import { agencies, regions } from '../../../platform/org/org.table.js';
import { fleetVehicles, type VehicleEnergy, type VehicleKind } from '../db/vehicles.table.js';

let n = 0;

export async function makeAgency(db: Db, regionId?: string): Promise<{ agencyId: string; regionId: string }> {
  n += 1;
  const rid = regionId ?? newId();
  if (!regionId) await db.insert(regions).values({ id: rid, code: `R${n}${Date.now() % 1e6}`, name: `测试区域${n}`, path: `/${rid}/`, adminLevel: 'city' } as never);
  const agencyId = newId();
  await db.insert(agencies).values({ id: agencyId, code: `A${n}${Date.now() % 1e6}`, name: `测试单位${n}-${agencyId.slice(-6)}`, kind: 'government', regionId: rid } as never);
  return { agencyId, regionId: rid };
}

export interface VehicleOpts { agencyId: string; energy?: VehicleEnergy; kind?: VehicleKind; norm?: number; tankLitres?: number | null; batteryKwh?: number | null; priceFen?: number; purchaseDate?: string; plate?: string }

export async function makeVehicle(db: Db, o: VehicleOpts): Promise<string> {
  n += 1;
  const id = newId();
  await db.insert(fleetVehicles).values({
    id, plate: o.plate ?? `浙L${String(10000 + n)}${id.slice(-2)}`, brand: '测试', model: 'T', kind: o.kind ?? 'other', energy: o.energy ?? 'gasoline',
    priceFen: o.priceFen ?? 16_000_000, purchaseDate: o.purchaseDate ?? '2024-01-01', agencyId: o.agencyId, seats: 5,
    tankLitres: o.tankLitres === undefined ? 55 : o.tankLitres, batteryKwh: o.batteryKwh ?? null, normPer100km: o.norm ?? 8,
  });
  return id;
}
