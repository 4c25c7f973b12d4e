/**
 * The modules' hot paths (公务用车, 房产) as bench scenarios. Load scenarios drive a URL with
 * autocannon like the platform's; report scenarios (the month's disclosure, the province-wide
 * compliance view) are single heavy requests whose target is a latency, so they are timed one at a
 * time after a warm-up request.
 */
import { BENCH_MONTH } from './generate-fleet.js';
import type { LoadOptions } from './load.js';

export const moduleLoadScenarios = ['fleet-vehicles', 'fleet-vehicles-next', 'fleet-dispatch', 'estate-compliance-people', 'estate-floor-plan'] as const;
export const moduleReportScenarios = ['fleet-disclosure', 'estate-compliance-agencies'] as const;
export type ModuleLoadScenario = (typeof moduleLoadScenarios)[number];
export type ModuleReportScenario = (typeof moduleReportScenarios)[number];

export interface Session { cookie: string; csrf: string }

const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;

export async function signInWithCsrf(base: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const body = await res.json() as { csrfToken?: string };
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('zd_session='));
  if (res.status !== 200 || !cookie || !body.csrfToken) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return { cookie, csrf: body.csrfToken };
}

export async function getJson<T>(base: string, path: string, s: Session): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: { cookie: s.cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${text.slice(0, 300)} — was the database seeded with npm run bench:seed?`);
  return JSON.parse(text) as T;
}

/**
 * Cursors (`?after=`) of rows at `n` random positions of a keyset-paged list: the page after one
 * is the "next page" a user reaches by paging on from anywhere in the list.
 */
export async function randomCursors(base: string, path: string, s: Session, total: number, n = 100): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = await getJson<{ nextCursor: string | null }>(base, `${path}?pageSize=1&page=${1 + Math.floor(Math.random() * Math.max(1, total - 20))}`, s);
    if (p.nextCursor) out.push(p.nextCursor);
  }
  if (!out.length) throw new Error(`${path}: no cursor (an empty list?)`);
  return out;
}

/** Every id of a paged list (200 a page), in the list's order. */
async function allIds(base: string, path: string, s: Session, limit = Infinity): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ids.length < limit; page++) {
    const sep = path.includes('?') ? '&' : '?';
    const { items } = await getJson<{ items: Array<{ id: string }> }>(base, `${path}${sep}page=${page}&pageSize=200`, s);
    ids.push(...items.map((i) => i.id));
    if (items.length < 200) break;
  }
  return ids;
}

/** The request generator of a load scenario (ids fetched through the API first). */
export async function moduleLoad(name: ModuleLoadScenario, base: string, s: Session, agencyIds: readonly string[]): Promise<Omit<LoadOptions, 'connections' | 'durationSec'>> {
  const headers = { cookie: s.cookie };
  if (name === 'fleet-vehicles') {
    const { total } = await getJson<{ total: number }>(base, '/api/v1/fleet/vehicles?pageSize=1', s);
    const pages = Math.max(1, Math.floor(total / 20));
    return { url: base, headers, nextPath: () => `/api/v1/fleet/vehicles?page=${1 + Math.floor(Math.random() * pages)}&pageSize=20` };
  }
  if (name === 'fleet-vehicles-next') {
    const { total } = await getJson<{ total: number }>(base, '/api/v1/fleet/vehicles?pageSize=1', s);
    const cursors = await randomCursors(base, '/api/v1/fleet/vehicles', s, total);
    return { url: base, headers, nextPath: () => `/api/v1/fleet/vehicles?after=${pick(cursors)}&pageSize=20` };
  }
  if (name === 'fleet-dispatch') {
    // Requests in order of their window; the k-th dispatch assigns vehicle k mod V, so that the
    // requests of one 3-hour slot (one per vehicle) never collide; every dispatch still runs the
    // database's exclusion check. Once the requests run out, re-dispatching answers 409.
    const vehicles = await allIds(base, '/api/v1/fleet/vehicles?sort=plate:asc&status=in-use', s);
    const requests = await allIds(base, '/api/v1/fleet/trip-requests?status=approved&sort=plannedStart:asc', s);
    if (requests.length === 0) throw new Error('no approved trip requests to dispatch: run npm run bench:seed -- --reset');
    let k = -1;
    return {
      url: base, method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': s.csrf },
      nextPath: () => `/api/v1/fleet/trip-requests/${requests[(++k) % requests.length]}/dispatch`,
      nextBody: () => JSON.stringify({ vehicleId: vehicles[k % vehicles.length] }),
    };
  }
  if (name === 'estate-compliance-people') {
    return { url: base, headers, nextPath: () => `/api/v1/estate/compliance/people?agencyId=${pick(agencyIds)}&pageSize=20` };
  }
  const floors = await allIds(base, '/api/v1/estate/floors', s, 2_000);
  return { url: base, headers, nextPath: () => `/api/v1/estate/floors/${pick(floors)}/plan` };
}

/** A heavy report: one warm-up request, then `runs` timed one after another. */
export async function moduleReport(name: ModuleReportScenario, base: string, s: Session, runs = 5): Promise<Record<string, unknown>> {
  const path = name === 'fleet-disclosure' ? `/api/v1/fleet/reports/fuel-disclosure?month=${BENCH_MONTH}` : '/api/v1/estate/compliance/agencies?pageSize=200';
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    const body = await getJson<{ items?: unknown[]; rows?: unknown[]; total?: number }>(base, path, s);
    if (i > 0) times.push(performance.now() - t);
    rows = body.total ?? body.items?.length ?? body.rows?.length ?? 0;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { path, rows, runs, medianMs: Math.round(sorted[Math.floor((sorted.length - 1) / 2)]!), maxMs: Math.round(sorted[sorted.length - 1]!), targetMs: 1000 };
}
