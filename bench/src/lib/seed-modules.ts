/**
 * The modules' part of a bench tenant: 公务用车 (vehicles, drivers, a year of trips and fills,
 * approved requests awaiting dispatch) and 房产 (buildings, floors, rooms, person ↔ room
 * assignments), bulk-loaded into the product's tables with the same constraints.
 */
import { recomputeAllSegments } from '../../../apps/server/src/modules/fleet/index.js';
import * as schema from '../../../apps/server/src/platform/db/schema.js';
import type { Db } from '../../../apps/server/src/platform/db/types.js';
import { bulkInsert } from './bulk.js';
import { generateEstate } from './generate-estate.js';
import { generateDispatchRequests, generateFleetBase, generateTripsAndFills } from './generate-fleet.js';
import type { BenchOrg } from './generate.js';
import type { Scale } from './scales.js';

type Timed = (name: string, run: () => Promise<number>) => Promise<void>;

export async function seedModules(db: Db, scale: Scale, seed: number, org: BenchOrg, applicantAccountId: string, timed: Timed): Promise<void> {
  const fleet = generateFleetBase(scale, seed, org);
  await timed('vehicles', () => bulkInsert(db, schema.fleetVehicles, fleet.vehicles));
  await timed('drivers', () => bulkInsert(db, schema.fleetDrivers, fleet.drivers));
  let trips = 0;
  let fills = 0;
  await timed('trips+fills', async () => {
    for (const c of generateTripsAndFills(scale, seed, fleet)) {
      trips += await bulkInsert(db, schema.fleetTrips, c.trips);
      fills += await bulkInsert(db, schema.fleetFuelRecords, c.fills);
    }
    return trips + fills;
  });
  process.stderr.write(`bench:seed   (${trips} trips, ${fills} fills)\n`);
  // The full-to-full segment each fill closes, as the product's own writes keep it.
  await timed('fill-segments', () => recomputeAllSegments(db));
  await timed('trip-requests', () => bulkInsert(db, schema.fleetTripRequests, generateDispatchRequests(scale, seed, org, fleet, applicantAccountId)));

  const estate = generateEstate(scale, seed, org);
  await timed('buildings', () => bulkInsert(db, schema.estateBuildings, estate.buildings));
  await timed('floors', () => bulkInsert(db, schema.estateFloors, estate.floors));
  await timed('rooms', () => bulkInsert(db, schema.estateRooms, estate.rooms));
  await timed('assignments', () => bulkInsert(db, schema.estateAssignments, estate.assignments));
}
