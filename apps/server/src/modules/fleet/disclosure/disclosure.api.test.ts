import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';
import type { Db } from '../../../platform/db/types.js';
import { makeAgency, makeVehicle } from '../fuel/test-factories.js';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

describe('百里油耗公示 is published to every cadre (API)', () => {
  let app: FastifyInstance;
  let db: Db;
  let staff: ReturnType<typeof as>;
  let center: ReturnType<typeof as>;
  let secadmin: ReturnType<typeof as>;
  let other: string;

  beforeAll(async () => {
    app = await buildTestApp();
    db = app.platform.db;
    staff = as(app, await login(app, 'staff'));
    center = as(app, await login(app, 'center'));
    secadmin = as(app, await login(app, 'secadmin'));
    // a vehicle of an agency that is certainly outside staff's data scope
    other = await makeVehicle(db, { agencyId: (await makeAgency(db)).agencyId, plate: '浙L·P0009' });
  });
  afterAll(async () => { await app?.close(); });

  it('staff sees every vehicle of the tenant for the month, not only its own scope', async () => {
    // expected by hand: every vehicle not disposed (none has km or fills in 2026-01) is a row
    const [{ n }] = rowsOf<{ n: string }>(await db.execute(sql`select count(*) as n from fleet_vehicle where status <> 'disposed'`)) as [{ n: string }];
    const expected = Number(n);
    expect(expected).toBeGreaterThan(1);
    const res = await staff('GET', '/api/v1/fleet/reports/fuel-disclosure?month=2026-01&pageSize=200');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { total: number; items: Array<{ vehicleId: string }> };
    expect(body.total).toBe(expected);
    expect(body.items.map((i) => i.vehicleId)).toContain(other);
    // the same list as the center's (scope all)
    const c = (await center('GET', '/api/v1/fleet/reports/fuel-disclosure?month=2026-01&pageSize=200')).json() as { total: number };
    expect(c.total).toBe(expected);
  });

  it('still filters by agency and still requires the permission', async () => {
    const agencyId = rowsOf<{ agency_id: string }>(await db.execute(sql`select agency_id from fleet_vehicle where id = ${other}`))[0]!.agency_id;
    const one = (await staff('GET', `/api/v1/fleet/reports/fuel-disclosure?month=2026-01&agencyId=${agencyId}`)).json() as { total: number; items: Array<{ vehicleId: string }> };
    expect(one.total).toBe(1);
    expect(one.items[0]!.vehicleId).toBe(other);
    expect((await secadmin('GET', '/api/v1/fleet/reports/fuel-disclosure?month=2026-01')).statusCode).toBe(403);
  });

  it('节油奖 stays scoped: staff does not see the other agency\'s vehicle', async () => {
    const res = await staff('GET', '/api/v1/fleet/reports/fuel-rewards?month=2026-01&pageSize=200');
    expect(res.statusCode).toBe(200);
    expect((res.json() as { items: Array<{ vehicleId: string }> }).items.map((i) => i.vehicleId)).not.toContain(other);
  });
});
