import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';
import { standardBreaches } from '../standards/standards.rules.js';
import { defaultStandards } from '../standards/standards.defaults.js';
import { planFleet } from './core-demo.data.js';

describe('demo fleet plan (pure)', () => {
  const agencies = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, name: i % 7 === 0 ? `舟山市公安局${i}` : i % 9 === 0 ? `舟山市应急管理局${i}` : `舟山市某局${i}`, kind: 'government' }));
  const plan = planFleet(agencies, 'a1', new Date('2026-11-28T00:00:00Z'));
  it('is deterministic and about 120 vehicles with unique 浙L plates and ~60 drivers', () => {
    const again = planFleet(agencies, 'a1', new Date('2026-11-28T00:00:00Z'));
    expect(again.vehicles.map((v) => v.plate)).toEqual(plan.vehicles.map((v) => v.plate));
    expect(plan.vehicles.length).toBeGreaterThanOrEqual(100);
    expect(plan.vehicles.length).toBeLessThanOrEqual(120);
    expect(new Set(plan.vehicles.map((v) => v.plate)).size).toBe(plan.vehicles.length);
    expect(plan.vehicles.every((v) => /^浙L·[A-HJ-NP-SU-Z0-9]{5,6}$/.test(v.plate))).toBe(true);
    expect(plan.drivers.length).toBe(60);
  });
  it('every demo vehicle meets the default standards', () => {
    const rules = defaultStandards.map((s) => ({ ...s, kind: s.kind ?? null }));
    const bad = plan.vehicles.map((v) => ({ plate: v.plate, b: standardBreaches({ ...v }, rules) })).filter((x) => x.b.length);
    expect(bad).toEqual([]);
  });
});

describe('demo fleet seed (real database)', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => { await app.close(); });

  it('seeds vehicles, drivers and quotas that fit, and the dispatcher and driver accounts', async () => {
    const center = as(app, await login(app, 'center'));
    const list = (await center('GET', '/api/v1/fleet/vehicles?pageSize=1')).json();
    expect(list.total).toBeGreaterThanOrEqual(100);
    const usage = (await center('GET', '/api/v1/fleet/quota-usage')).json() as { items: Array<{ quota: number; held: number }> };
    expect(usage.items.length).toBeGreaterThan(10);
    expect(usage.items.every((u) => u.held <= u.quota)).toBe(true);
    const nev = (await center('GET', '/api/v1/fleet/reports/nev-share?year=2026')).json();
    expect(nev.fleet.nev).toBeGreaterThan(0);
    const dispatcher = await login(app, 'dispatcher');
    expect(dispatcher.user.permissions).toContain('fleet:vehicle:read');
    const driver = await login(app, 'driver');
    const drivers = (await center('GET', '/api/v1/fleet/drivers?pageSize=200')).json() as { items: Array<{ personId: string | null }> };
    expect(drivers.items.some((d) => d.personId === driver.user.personId)).toBe(true);
    const tl = (await center('GET', `/api/v1/fleet/vehicles/${(await center('GET', '/api/v1/fleet/vehicles?pageSize=1&status=in-use')).json().items[0].id}/timeline`)).json();
    expect(tl.items.map((i: { kind: string }) => i.kind)).toEqual(expect.arrayContaining(['insurance', 'inspection', 'repair']));
  });
});
