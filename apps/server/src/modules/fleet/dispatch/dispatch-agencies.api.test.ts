import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../platform/db/types.js';
import { agencies } from '../../../platform/org/org.table.js';
import { as, login } from '../../../../test/helpers/test-app.js';
import { demoIds, makeAccount, openFleetTestApp } from './dispatch.factories.js';

type Agencies = { items: Array<{ id: string; name: string; shortName: string | null }>; total: number };

/** GET /dispatch/agencies: the 单位 of the 应急派车 form, for a dispatcher who holds no org:agency:read. */
describe('dispatch agencies (应急派车的单位)', () => {
  let app: FastifyInstance;
  let db: Db;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let all: ReturnType<typeof as>;
  let own: ReturnType<typeof as>;
  let staffName: string;
  let otherName: string;

  beforeAll(async () => {
    ({ app, db } = await openFleetTestApp());
    ids = await demoIds(db);
    await makeAccount(db, { username: 'agencies-all', roleCode: 'fleet-dispatcher', scopeKind: 'all' });
    await makeAccount(db, { username: 'agencies-own', roleCode: 'fleet-dispatcher', scopeKind: 'agency', scopeId: ids.sampleAgencyId });
    all = as(app, await login(app, 'agencies-all'));
    own = as(app, await login(app, 'agencies-own'));
    staffName = (await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, ids.sampleAgencyId)))[0]!.name;
    otherName = (await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, ids.otherAgencyId)))[0]!.name;
  });
  afterAll(async () => { await app?.close(); });

  it('the dispatcher cannot read the org list, but can list and search the agencies to dispatch for', async () => {
    expect((await all('GET', '/api/v1/org/agencies?pageSize=1')).statusCode).toBe(403);
    const page = await all('GET', '/api/v1/fleet/dispatch/agencies?pageSize=2');
    expect(page.statusCode).toBe(200);
    const body = page.json() as Agencies;
    expect(body.items).toHaveLength(2);
    const active = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.active, true));
    expect(body.total).toBe(active.length);
    const hit = (await all('GET', `/api/v1/fleet/dispatch/agencies?q=${encodeURIComponent(staffName)}`)).json() as Agencies;
    expect(hit.items.map((a) => a.id)).toContain(ids.sampleAgencyId);
    for (const a of hit.items) expect(a.name).toContain(staffName);
  });

  it('an agency-scoped dispatcher sees only its agency; an inactive agency is never offered; a cadre is refused', async () => {
    const mine = (await own('GET', '/api/v1/fleet/dispatch/agencies')).json() as Agencies;
    expect(mine).toEqual({ items: [expect.objectContaining({ id: ids.sampleAgencyId, name: staffName })], total: 1 });
    expect(((await own('GET', `/api/v1/fleet/dispatch/agencies?q=${encodeURIComponent(otherName)}`)).json() as Agencies).total).toBe(0);

    await db.update(agencies).set({ active: false }).where(eq(agencies.id, ids.otherAgencyId));
    const gone = (await all('GET', `/api/v1/fleet/dispatch/agencies?q=${encodeURIComponent(otherName)}`)).json() as Agencies;
    expect(gone.items.map((a) => a.id)).not.toContain(ids.otherAgencyId);
    await db.update(agencies).set({ active: true }).where(eq(agencies.id, ids.otherAgencyId));

    const staff = as(app, await login(app, 'staff'));
    expect((await staff('GET', '/api/v1/fleet/dispatch/agencies')).statusCode).toBe(403);
  });
});
