import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';

/** The agency of a vehicle, or null. */
export async function vehicleAgencyOf(db: Db, vehicleId: string): Promise<string | null> {
  const r = (await db.execute(sql`select agency_id from fleet_vehicle where id = ${vehicleId}`)) as unknown as { rows: Array<{ agency_id: string }> };
  return r.rows[0]?.agency_id ?? null;
}
