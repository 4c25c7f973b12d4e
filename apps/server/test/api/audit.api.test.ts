import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { desc, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { verifyAuditChain } from '../../src/platform/audit/audit.service.js';
import { auditLog } from '../../src/platform/audit/audit.table.js';
import type { Db } from '../../src/platform/db/types.js';
import { loadConfig } from '../../src/platform/config/config.js';
import { serverRoot } from '../../src/platform/config/paths.js';
import { as, buildTestApp, login } from '../helpers/test-app.js';
import { openTestDatabase } from '../helpers/test-db.js';

const run = promisify(execFile);

describe('audit trail', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => { await app.close(); });

  it('records a write with before and after in the same transaction, readable by the auditor only', async () => {
    const center = await login(app, 'center');
    const agencies = (await as(app, center)('GET', '/api/v1/org/agencies?pageSize=1')).json().items as Array<{ id: string; headcount: number }>;
    const a = agencies[0]!;
    const patched = await as(app, center)('PATCH', `/api/v1/org/agencies/${a.id}`, { headcount: a.headcount + 7 });
    expect(patched.statusCode).toBe(200);
    const auditor = await login(app, 'auditor');
    const res = await as(app, auditor)('GET', `/api/v1/audit/records?action=org.agency.update&pageSize=5`);
    expect(res.statusCode).toBe(200);
    const rec = (res.json().items as Array<{ objectId: string; before: { headcount: number }; after: { headcount: number }; actorName: string }>).find((r) => r.objectId === a.id)!;
    expect(rec.actorName).toBe('center');
    expect(rec.after.headcount - rec.before.headcount).toBe(7);
    expect((await as(app, center)('GET', '/api/v1/audit/records')).statusCode).toBe(403);
    const logins = (await as(app, auditor)('GET', '/api/v1/audit/records?action=auth.login&pageSize=200')).json().items as Array<{ result: string }>;
    expect(logins.some((r) => r.result === 'success')).toBe(true);
    // a time window around the change finds it; one after it, or one that ends before it, does not
    const at = (rec as unknown as { at: string }).at;
    const window = async (from: number, to: number) => ((await as(app, auditor)('GET', `/api/v1/audit/records?action=org.agency.update&from=${encodeURIComponent(new Date(Date.parse(at) + from).toISOString())}&to=${encodeURIComponent(new Date(Date.parse(at) + to).toISOString())}`)).json() as { items: Array<{ objectId: string }>; total: number });
    expect((await window(-1000, 1000)).items.map((r) => r.objectId)).toContain(a.id);
    expect((await window(1, 60_000)).items.map((r) => r.objectId)).not.toContain(a.id);
    expect((await window(-60_000, 0)).items.map((r) => r.objectId)).not.toContain(a.id);
  });

  it('a page of the trail, written by PostgreSQL, holds each record as the table has it, before and after included', async () => {
    const auditor = await login(app, 'auditor');
    const page = (await as(app, auditor)('GET', '/api/v1/audit/records?pageSize=50')).json() as { items: Array<{ seq: number; before: unknown }>; nextCursor: string | null };
    expect(page.items.length).toBeGreaterThan(5);
    expect(page.items.some((r) => r.before !== null && typeof r.before === 'object')).toBe(true);
    const { db } = app.platform as unknown as { db: Db };
    const rows = await db.select().from(auditLog).where(inArray(auditLog.seq, page.items.map((r) => r.seq))).orderBy(desc(auditLog.seq));
    expect(page.items).toStrictEqual(rows.map(({ prevHash: _p, hash: _h, ...r }) => ({ ...r, at: r.at.toISOString() })));
  });

  it('a rejected write leaves neither the change nor an audit record', async () => {
    const center = await login(app, 'center');
    const before = (await verifyAuditChain(app.platform.db)) as { records: number };
    const bad = await as(app, center)('POST', '/api/v1/org/agencies', { code: 'dup', name: '重复测试', kind: 'government', regionId: '00000000-0000-7000-8000-000000000000' });
    expect(bad.statusCode).toBe(400);
    const after = (await verifyAuditChain(app.platform.db)) as { records: number };
    expect(after.records - before.records).toBe(0);
  });

  it('the trail is append-only in the database itself', async () => {
    await expect(app.platform.db.execute(sql`update platform_audit_log set actor_name = 'x' where seq = 1`)).rejects.toThrow();
    await expect(app.platform.db.execute(sql`delete from platform_audit_log where seq = 1`)).rejects.toThrow();
  });

  it('verify finds an edited record and a deleted one', async () => {
    const db = app.platform.db;
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    // an intruder with database rights switches the guard off
    await db.execute(sql`alter table platform_audit_log disable trigger user`);
    await db.execute(sql`update platform_audit_log set after = '{"headcount": 1}'::jsonb where seq = 3`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, seq: 3 });
    await db.execute(sql`update platform_audit_log set after = (select after from platform_audit_log where seq = 4) where seq = 3`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, seq: 3 });
  });
});

describe('npm run audit:verify', () => {
  const cli = (env: Record<string, string>) => run(path.join(serverRoot, '../../node_modules/.bin/tsx'), [path.join(serverRoot, 'src/cli/audit-verify.ts')], {
    env: { ...process.env, DATABASE_URL: '', DEMO: '0', LOG_LEVEL: 'silent', ...env },
  }).then((r) => ({ code: 0, out: r.stdout + r.stderr }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }));
  const tamper = async (app: FastifyInstance) => {
    await app.platform.db.execute(sql`alter table platform_audit_log disable trigger user`);
    await app.platform.db.execute(sql`delete from platform_audit_log where seq = 5`);
  };

  it('exits 0 on an intact chain and non-zero naming the first bad record', async () => {
    if (process.env.DATABASE_URL) {
      // PostgreSQL: the command connects while the server runs.
      const database = await openTestDatabase();
      const config = { ...loadConfig({ LOG_LEVEL: 'silent', DEMO: '1' }), memoryDb: true, webDist: '/nonexistent' };
      const app = await buildApp(config, { database, logger: false });
      try {
        const env = { DATABASE_URL: database.url!, FIELD_KEY: Buffer.alloc(32, 5).toString('base64') };
        expect(await cli(env)).toMatchObject({ code: 0, out: expect.stringContaining('intact') });
        await tamper(app);
        expect(await cli(env)).toMatchObject({ code: 1, out: expect.stringContaining('record 5') });
      } finally {
        await app.close();
      }
      return;
    }
    // Embedded: one process per data folder, so the server stops before the command runs.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zd-audit-'));
    try {
      const config = { ...loadConfig({ LOG_LEVEL: 'silent', DEMO: '1' }), dataDir, webDist: '/nonexistent' };
      await (await buildApp(config, { logger: false })).close();
      expect(await cli({ DATA_DIR: dataDir })).toMatchObject({ code: 0, out: expect.stringContaining('intact') });
      const app = await buildApp(config, { logger: false });
      await tamper(app);
      await app.close();
      expect(await cli({ DATA_DIR: dataDir })).toMatchObject({ code: 1, out: expect.stringContaining('record 5') });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
