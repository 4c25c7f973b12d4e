/** 新能源汽车占比: share of the fleet and of the year's new and replaced vehicles against the configured minimum (nev-share-min). */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { fleetSettings } from '../db/standards.table.js';
import { eq } from 'drizzle-orm';
import { errors } from '../../../platform/http/errors.js';
import { nevShare } from './standards.rules.js';

const NEV = sql`('bev','phev','erev','hydrogen')`;

export function createReportsService(db: Db) {
  async function nevShareOf(scopes: readonly Scope[], year: number, agencyId?: string) {
    const [rule] = await db.select().from(fleetSettings).where(eq(fleetSettings.code, 'nev-share-min'));
    if (!rule) throw errors.rule('FLEET_SETTING_MISSING', '未配置参数“新能源汽车最低比例”(nev-share-min)', 'The setting nev-share-min is not configured');
    const scope = scopeCondition(scopes, { agencyId: sql`v.agency_id` }) ?? sql`true`;
    const agency = agencyId ? sql`and v.agency_id = ${agencyId}` : sql``;
    // Fleet at the end of the year: bought by then, not disposed of by then. Purchases: bought in the year (new and replacement alike).
    const r = (await db.execute(sql`
      select
        count(*) filter (where v.purchase_date <= ${`${year}-12-31`}::date and not exists (select 1 from fleet_vehicle_status_change c where c.vehicle_id = v.id and c.to_status = 'disposed' and c.at < ${`${year + 1}-01-01T00:00:00+08:00`}::timestamptz))::int as fleet_total,
        count(*) filter (where v.energy in ${NEV} and v.purchase_date <= ${`${year}-12-31`}::date and not exists (select 1 from fleet_vehicle_status_change c where c.vehicle_id = v.id and c.to_status = 'disposed' and c.at < ${`${year + 1}-01-01T00:00:00+08:00`}::timestamptz))::int as fleet_nev,
        count(*) filter (where v.purchase_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date)::int as bought_total,
        count(*) filter (where v.energy in ${NEV} and v.purchase_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date)::int as bought_nev
      from fleet_vehicle v where ${scope} ${agency}`)) as unknown as { rows: Array<{ fleet_total: number; fleet_nev: number; bought_total: number; bought_nev: number }> };
    const c = r.rows[0]!;
    return {
      year, minShare: rule.value, source: rule.source,
      fleet: nevShare(c.fleet_nev, c.fleet_total, rule.value),
      purchased: nevShare(c.bought_nev, c.bought_total, rule.value),
    };
  }
  return { nevShare: nevShareOf };
}

export type ReportsService = ReturnType<typeof createReportsService>;
