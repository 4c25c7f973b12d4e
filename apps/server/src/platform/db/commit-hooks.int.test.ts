import { asc, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/helpers/test-db.js';
import { appendAudit, ensureAuditHead, verifyAuditChain, type Actor } from '../audit/audit.service.js';
import { auditLog, auditPending } from '../audit/audit.table.js';
import { onSealError, sealPending } from '../audit/audit.sealer.js';
import { pendingList } from './commit-hooks.js';
import type { Database } from './database.js';

const actor: Actor = { accountId: null, name: 'commit-hooks-test', ip: null };

describe('commit hooks and the audit appended before the commit', () => {
  let database: Database;
  const sealErrors: unknown[] = [];
  afterEach(() => { expect(sealErrors).toEqual([]); });
  beforeAll(async () => {
    database = await openTestDatabase();
    onSealError((e) => { sealErrors.push(e); });
    await ensureAuditHead(database.db);
  });
  afterAll(async () => { await database.close(); });

  const actions = async () => (await database.db.select({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.seq))).map((r) => r.action);

  it('writes the queued items after the callback, inside the transaction; a savepoint that rolls back drops its items', async () => {
    const written: string[][] = [];
    const key = Symbol('test');
    const queue = (tx: Parameters<typeof pendingList>[0], item: string) => {
      pendingList<string>(tx, key, async (t, items) => { written.push([t === outer ? 'in the transaction' : 'elsewhere', ...items]); })!.push(item);
    };
    let outer: unknown;
    await database.db.transaction(async (tx) => {
      outer = tx;
      queue(tx, 'first');
      await tx.transaction(async (sp) => { queue(sp, 'kept savepoint'); });
      await tx.transaction(async (sp) => {
        queue(sp, 'dropped savepoint');
        throw new Error('roll back the savepoint');
      }).catch(() => undefined);
      queue(tx, 'last');
      expect(written).toEqual([]);
    });
    expect(written).toEqual([['in the transaction', 'first', 'kept savepoint', 'last']]);
    expect(pendingList(database.db, key, async () => {})).toBeNull();
  });

  it('the records of a transaction are chained when it commits, in call order, and not at all when it rolls back', async () => {
    const before = await actions();
    await database.db.transaction(async (tx) => {
      await appendAudit(tx, actor, { action: 'test.one', objectType: 't' });
      await tx.transaction(async (sp) => { await appendAudit(sp, actor, { action: 'test.two', objectType: 't' }); });
      // not yet on the trail nor pending: written at the commit, chained right after it
      expect((await tx.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(sql`${auditLog.action} like 'test.%'`))[0]!.n).toBe(0);
      expect((await tx.select({ n: sql<number>`count(*)::int` }).from(auditPending))[0]!.n).toBe(0);
      await appendAudit(tx, actor, { action: 'test.three', objectType: 't' });
    });
    await database.db.transaction(async (tx) => {
      await appendAudit(tx, actor, { action: 'test.rolled-back', objectType: 't' });
      throw new Error('abort');
    }).catch(() => undefined);
    await database.db.transaction(async (tx) => {
      await tx.transaction(async (sp) => {
        await appendAudit(sp, actor, { action: 'test.savepoint-rolled-back', objectType: 't' });
        throw new Error('abort the savepoint');
      }).catch(() => undefined);
      await appendAudit(tx, actor, { action: 'test.four', objectType: 't' });
    });
    await appendAudit(database.db, actor, { action: 'test.outside-a-transaction', objectType: 't' });
    expect((await actions()).slice(before.length)).toEqual(['test.one', 'test.two', 'test.three', 'test.four', 'test.outside-a-transaction']);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, records: before.length + 5 });
    expect((await database.db.select({ n: sql<number>`count(*)::int` }).from(auditPending))[0]!.n).toBe(0);
  });

  it('keeps the chain contiguous under 40 concurrent audited transactions', async () => {
    const before = (await actions()).length;
    await Promise.all(Array.from({ length: 40 }, (_, i) => database.db.transaction(async (tx) => {
      await appendAudit(tx, actor, { action: 'test.concurrent', objectType: 't', objectId: String(i) });
      await appendAudit(tx, actor, { action: 'test.concurrent', objectType: 't', objectId: `${i}b` });
    })));
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, records: before + 80 });
  });
});

describe('the sealer after a crash', () => {
  it('chains, at the next seal, records committed but left pending, after the chain and in their order', async () => {
    const database = await openTestDatabase();
    try {
      await ensureAuditHead(database.db);
      await appendAudit(database.db, actor, { action: 'test.before-crash', objectType: 't' });
      // as if the process died between a commit and its seal
      const at = new Date();
      await database.db.insert(auditPending).values([
        { at, actorName: 'x', action: 'test.left-1', objectType: 't', result: 'success' },
        { at, actorName: 'x', action: 'test.left-2', objectType: 't', result: 'success' },
      ]);
      await sealPending(database.db);
      const trail = (await database.db.select({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.seq))).map((r) => r.action);
      expect(trail.slice(-3)).toEqual(['test.before-crash', 'test.left-1', 'test.left-2']);
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
      // more than one batch (1,000) and more than one insert (500 rows): 1,201 left, chained in order
      await database.db.insert(auditPending).values(Array.from({ length: 1201 }, (_, i) => ({ at, actorName: 'x', action: `test.many-${i}`, objectType: 't', result: 'success' })));
      await sealPending(database.db);
      const many = (await database.db.select({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.seq))).map((r) => r.action);
      expect(many.slice(-1201)).toEqual(Array.from({ length: 1201 }, (_, i) => `test.many-${i}`));
      expect(await verifyAuditChain(database.db)).toEqual({ ok: true, records: trail.length + 1201 });
      expect((await database.db.select({ n: sql<number>`count(*)::int` }).from(auditPending))[0]!.n).toBe(0);
      await expect(database.db.transaction(async (tx) => {
        await tx.insert(auditPending).values({ at, actorName: 'x', action: 'test.tampered', objectType: 't', result: 'success' });
        await tx.execute(sql`update platform_audit_pending set action = 'x'`);
      })).rejects.toThrow();
    } finally {
      await database.close();
    }
  });
});
