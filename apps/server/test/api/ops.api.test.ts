import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database.js';
import { DataDirLockedError } from '../../src/platform/db/lock.js';
import { buildTestApp } from '../helpers/test-app.js';

describe('operations endpoints', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => { await app.close(); });

  it('answers /healthz and /readyz', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('exposes Prometheus metrics with request durations per route', async () => {
    await app.inject('/healthz');
    const res = await app.inject('/metrics');
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(res.body).toContain('process_resident_memory_bytes');
  });

  it('publishes the OpenAPI document with every API route', async () => {
    const doc = (await app.inject('/api/docs/json')).json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    const apiRoutes = new Set(app.routeTable.filter((r) => r.url.startsWith('/api/v1/')).map((r) => r.url.replace(/:(\w+)/g, '{$1}')));
    for (const url of apiRoutes) expect(Object.keys(doc.paths), url).toContain(url);
    expect((await app.inject('/api/docs')).statusCode).toBeLessThan(400);
  });

  it('sets security headers and answers unknown API paths with a typed 404', async () => {
    const res = await app.inject('/api/v1/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
  });
});

describe('embedded database folder lock', () => {
  it('refuses a second opening of the same folder with a clear message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zd-lock-'));
    const first = await openDatabase({ dataDir: dir });
    try {
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(DataDirLockedError);
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/已被另一个进程/);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir: dir });
    await again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
