import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login, type Session } from '../helpers/test-app.js';
import { readXlsx } from '../helpers/xlsx.js';

describe('?format=xlsx on every paged list', () => {
  let app: FastifyInstance;
  let center: Session;
  beforeAll(async () => {
    app = await buildTestApp();
    center = await login(app, 'center');
  });
  afterAll(async () => { await app.close(); });

  it('every paged list route documents the format parameter', async () => {
    const doc = (await app.inject('/api/docs/json')).json() as { paths: Record<string, { get?: { parameters?: Array<{ name: string; in: string }> } }> };
    const paged = Object.entries(doc.paths).filter(([, p]) => p.get?.parameters?.some((x) => x.name === 'pageSize'));
    expect(paged.length).toBeGreaterThan(15);
    const without = paged.filter(([, p]) => !p.get!.parameters!.some((x) => x.name === 'format')).map(([u]) => u);
    expect(without).toEqual([]);
  });

  it('exports exactly the filtered list of a route without export code of its own, and audits it', async () => {
    const call = as(app, center);
    const agencies = (await call('GET', '/api/v1/org/agencies?pageSize=3&sort=code:asc')).json().items as Array<{ id: string }>;
    const json = (await call('GET', `/api/v1/org/departments?agencyId=${agencies[1]!.id}&pageSize=200&sort=name:asc`)).json() as { items: Array<{ name: string }>; total: number };
    expect(json.total).toBeGreaterThan(2);
    const before = (await app.platform.db.execute(sql`select count(*)::int n from platform_audit_log where action = 'platform.list.export'`)) as unknown as { rows: Array<{ n: number }> };
    const res = await call('GET', `/api/v1/org/departments?agencyId=${agencies[1]!.id}&sort=name:asc&format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await readXlsx(res.rawPayload);
    const nameCol = rows[0]!.indexOf('名称');
    expect(rows[0]).toContain('单位');
    expect(rows.slice(1).map((r) => r[nameCol])).toEqual(json.items.map((d) => d.name));
    const after = (await app.platform.db.execute(sql`select count(*)::int n from platform_audit_log where action = 'platform.list.export'`)) as unknown as { rows: Array<{ n: number }> };
    expect(after.rows[0]!.n - before.rows[0]!.n).toBe(1);
  });

  it('walks past the first page: every row comes out once', async () => {
    const json = (await as(app, center)('GET', '/api/v1/org/departments?pageSize=1')).json() as { total: number };
    expect(json.total).toBeGreaterThan(400);
    const rows = await readXlsx((await as(app, center)('GET', '/api/v1/org/departments?format=xlsx')).rawPayload);
    expect(rows.length - 1).toBe(json.total);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(json.total);
  });

  it('keeps the data scope of the caller', async () => {
    const agency = await login(app, 'agency');
    const json = (await as(app, agency)('GET', '/api/v1/org/departments?pageSize=200')).json() as { items: Array<{ agencyId: string }>; total: number };
    const rows = await readXlsx((await as(app, agency)('GET', '/api/v1/org/departments?format=xlsx')).rawPayload);
    expect(rows.length - 1).toBe(json.total);
    expect(new Set(json.items.map((d) => d.agencyId)).size).toBe(1);
  });
});
