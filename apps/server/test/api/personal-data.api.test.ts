import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { rotateFieldKey } from '../../src/cli/rotate-field-key.js';
import { auditLog } from '../../src/platform/audit/audit.table.js';
import { loadConfig, type AppConfig } from '../../src/platform/config/config.js';
import { encryptedColumns, registerEncryptedColumn } from '../../src/platform/crypto/encrypted-columns.js';
import { createFieldCrypto, fieldKeyId } from '../../src/platform/crypto/field-crypto.js';
import { rotateEncryptedColumns } from '../../src/platform/crypto/key-rotation.js';
import type { Database } from '../../src/platform/db/database.js';
import { people } from '../../src/platform/org/org.table.js';
import { as, login } from '../helpers/test-app.js';
import { openTestDatabase } from '../helpers/test-db.js';
import { idNumber } from '../helpers/xlsx.js';

// The people's columns, as the org wiring registers them (registration is idempotent).
registerEncryptedColumn({ table: people, idColumn: people.id, encColumn: people.idNumberEnc, bidxColumn: people.idNumberBidx });
registerEncryptedColumn({ table: people, idColumn: people.id, encColumn: people.mobileEnc, bidxColumn: people.mobileBidx });

const ID = idNumber(731, '19770707');
const MOBILE = '13957311234';
const masked = { idNumberMasked: `${ID.slice(0, 3)}***********${ID.slice(-4)}`, mobileMasked: '139****1234' };
const base = (): AppConfig => ({ ...loadConfig({ LOG_LEVEL: 'silent', DEMO: '1' }), databaseUrl: undefined, webDist: '/nonexistent' });

async function createPerson(app: FastifyInstance): Promise<string> {
  const call = as(app, await login(app, 'center'));
  const agency = (await call('GET', '/api/v1/org/agencies?pageSize=1')).json().items[0];
  const res = await call('POST', '/api/v1/org/people', { name: '王密', gender: 'F', agencyId: agency.id, rank: 'staff_1', adminLevel: 'county', idNumber: ID, mobile: MOBILE });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

/** Reveal, search by ID number, and the masked forms in list and detail. */
async function checkApi(app: FastifyInstance, personId: string): Promise<void> {
  const call = as(app, await login(app, 'center'));
  const list = await call('GET', `/api/v1/org/people?idNumber=${ID}`);
  expect(list.json().total).toBe(1);
  expect(list.json().items[0]).toMatchObject({ id: personId, ...masked });
  const detail = await call('GET', `/api/v1/org/people/${personId}`);
  expect(detail.json()).toMatchObject(masked);
  expect(`${list.body}${detail.body}`).not.toContain(ID);
  expect(`${list.body}${detail.body}`).not.toContain(MOBILE);
  expect((await call('POST', `/api/v1/org/people/${personId}/reveal`)).json()).toEqual({ idNumber: ID, mobile: MOBILE });
}

/** Every file under a folder that contains one of the needles. */
function filesContaining(dir: string, needles: string[]): string[] {
  const bufs = needles.map((n) => Buffer.from(n, 'utf8'));
  const hits: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const data = fs.readFileSync(file);
    if (bufs.some((b) => data.includes(b))) hits.push(path.relative(dir, file));
  }
  return hits;
}

describe('personal data at rest', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zd-personal-'));
  afterAll(() => { fs.rmSync(dataDir, { recursive: true, force: true }); });

  it('a stored ID number and mobile are not readable in the database files; the API shows them masked; the CLI rotates the key file', async () => {
    const config: AppConfig = { ...base(), dataDir, memoryDb: false };
    let app = await buildApp(config, { logger: false });
    const personId = await createPerson(app);
    await checkApi(app, personId);
    await app.close();
    expect(fs.existsSync(path.join(dataDir, 'pglite'))).toBe(true);
    expect(filesContaining(dataDir, [ID, MOBILE])).toEqual([]);
    // The scan does see row data: the (clear) name of the person is found.
    expect(filesContaining(dataDir, ['王密']).length).toBeGreaterThan(0);

    const oldKey = fs.readFileSync(path.join(dataDir, 'field.key'), 'utf8');
    const newKey = randomBytes(32);
    const lines: string[] = [];
    const run = await rotateFieldKey({ DATA_DIR: dataDir, NEW_FIELD_KEY: newKey.toString('base64'), LOG_LEVEL: 'silent', DEMO: '1', WEB_DIST: '/nonexistent' }, (l) => lines.push(l));
    expect(run.code, lines.join('\n')).toBe(0);
    expect(fs.readFileSync(path.join(dataDir, 'field.key'), 'utf8')).toBe(newKey.toString('base64'));
    expect(fs.readFileSync(path.join(dataDir, 'field.key'), 'utf8')).not.toBe(oldKey);
    const ids = run.results.find((r) => r.column === 'id_number_enc')!;
    expect(ids.rotated).toBeGreaterThan(1);
    expect(ids.current).toBe(ids.rotated);
    expect(lines.join('\n')).toContain(`${fieldKeyId(Buffer.from(oldKey, 'base64'))} → ${fieldKeyId(newKey)}`);

    app = await buildApp(config, { logger: false });
    try {
      await checkApi(app, personId);
      const [row] = await app.platform.db.select({ enc: people.idNumberEnc }).from(people).where(eq(people.id, personId));
      expect(row!.enc!.startsWith(`v2:${fieldKeyId(newKey)}:`)).toBe(true);
    } finally {
      await app.close();
    }
    expect(filesContaining(dataDir, [ID, MOBILE])).toEqual([]);
  });

  it('rotation is batched, audited per batch and resumable; afterwards the new key reveals and finds the person', async () => {
    const database = await openTestDatabase();
    // why: the apps below close their database on close; this one outlives them.
    const shared: Database = { ...database, close: async () => {} };
    const [k1, k2] = [randomBytes(32), randomBytes(32)];
    try {
      let app = await buildApp({ ...base(), memoryDb: true, fieldKey: k1.toString('base64') }, { database: shared, logger: false });
      const personId = await createPerson(app);
      await app.close();

      const db = database.db;
      const crypto = createFieldCrypto(k2, { previousKeys: [k1] });
      const actor = { accountId: null, name: 'test', ip: null };
      const columns = encryptedColumns().filter((c) => c.table === 'platform_person');
      // An interruption after the first committed batch…
      await expect(rotateEncryptedColumns(db, { crypto, columns, actor, batchSize: 300, onBatch: () => { throw new Error('power cut'); } })).rejects.toThrow('power cut');
      // …and the same command again continues where it stopped.
      const results = await rotateEncryptedColumns(db, { crypto, columns, actor, batchSize: 1000 });
      const [ids, mobiles] = results;
      expect(ids!.rotated + 300).toBe(ids!.current);
      expect(mobiles!.rotated).toBe(mobiles!.current);
      const batches = await db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.action, 'platform.crypto.rotate')).orderBy(auditLog.seq);
      expect(batches).toHaveLength(1 + ids!.batches + mobiles!.batches);
      expect(batches[0]!.after).toMatchObject({ rows: 300, fromKeys: [fieldKeyId(k1)], toKey: fieldKeyId(k2) });
      expect((await rotateEncryptedColumns(db, { crypto, columns, actor })).map((r) => r.rotated)).toEqual([0, 0]);

      app = await buildApp({ ...base(), memoryDb: true, fieldKey: k2.toString('base64') }, { database: shared, logger: false });
      try {
        await checkApi(app, personId);
      } finally {
        await app.close();
      }
    } finally {
      await database.close();
    }
  });
});
