/** Helpers for the fleet core's API tests: a signed-in app and factories that build data through the API. */
import type { FastifyInstance } from 'fastify';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';

export type Req = ReturnType<typeof as>;

export async function fleetApp() {
  const app = await buildTestApp();
  const center = as(app, await login(app, 'center'));
  const agency = as(app, await login(app, 'agency'));
  const sampleId = await agencyIdOf(center, '舟山市教育局');
  const centerAgencyId = await agencyIdOf(center, '舟山市机关事务管理中心');
  return { app, center, agency, sampleId, centerAgencyId };
}

/** The id of an agency by name (as the center). */
export async function agencyIdOf(center: Req, name: string): Promise<string> {
  const r = await center('GET', `/api/v1/org/agencies?q=${encodeURIComponent(name)}&pageSize=5`);
  const a = (r.json() as { items: Array<{ id: string; name: string }> }).items.find((x) => x.name === name);
  if (!a) throw new Error(`agency ${name} not found`);
  return a.id;
}

/** Sets the agency's quota of a kind to (vehicles held now + `free`), creating the quota if needed; returns the quota. */
export async function setQuotaFree(center: Req, agencyId: string, kind: string, free: number): Promise<{ quota: number; held: number }> {
  const usage = (await center('GET', `/api/v1/fleet/quota-usage?agencyId=${agencyId}`)).json() as { items: Array<{ kind: string; quota: number; held: number }> };
  const held = usage.items.find((u) => u.kind === kind)?.held ?? (await heldOf(center, agencyId, kind));
  const list = (await center('GET', `/api/v1/fleet/quotas?agencyId=${agencyId}&kind=${kind}`)).json() as { items: Array<{ id: string }> };
  const quota = held + free;
  const r = list.items[0]
    ? await center('PATCH', `/api/v1/fleet/quotas/${list.items[0].id}`, { quota })
    : await center('POST', '/api/v1/fleet/quotas', { agencyId, kind, quota });
  if (r.statusCode >= 300) throw new Error(`quota: ${r.statusCode} ${r.body}`);
  return { quota, held };
}

async function heldOf(center: Req, agencyId: string, kind: string) {
  const all = (await center('GET', `/api/v1/fleet/vehicles?agencyId=${agencyId}&kind=${kind}&pageSize=200`)).json() as { items: Array<{ status: string }> };
  return all.items.filter((v) => v.status !== 'disposed').length;
}

// why one random start per file, then consecutive: a fresh random number per plate collided now and then (a flaky 409).
let serial = Math.floor(Math.random() * 5000);
/** A unique test plate 浙L·T#### (never used by the demo seed, whose plates have no T). */
export const plate = () => `浙L·T${String(++serial).padStart(4, '0')}`;

export const sedan = (agencyId: string, over: Record<string, unknown> = {}) => ({
  plate: plate(), brand: '比亚迪', model: '秦PLUS EV', kind: 'other', energy: 'bev', priceFen: 15_000_000, purchaseDate: '2025-03-01',
  agencyId, seats: 5, batteryKwh: 57.6, normPer100km: 13.5, ...over,
});

export async function closeApp(app: FastifyInstance) { await app.close(); }
