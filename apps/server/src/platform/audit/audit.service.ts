import { asc, eq, gt, sql } from 'drizzle-orm';
import { inTransaction, pendingList } from '../db/commit-hooks.js';
import { prepared } from '../db/prepared.js';
import type { Db } from '../db/types.js';
import { chainRecords, GENESIS_HASH, recordHash, type PendingRow } from './audit.chain.js';
import { sealPending } from './audit.sealer.js';
import { auditHead, auditLog, auditPending } from './audit.table.js';

export { GENESIS_HASH, recordHash };

/** Who did it, from where. */
export interface Actor {
  accountId: string | null;
  name: string;
  ip: string | null;
}

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
  result?: 'success' | 'failure';
}

export async function ensureAuditHead(db: Db): Promise<void> {
  await db.insert(auditHead).values({ id: 1, lastSeq: 0, lastHash: GENESIS_HASH }).onConflictDoNothing();
}

const AUDIT_QUEUE = Symbol('audit records');

const pendingColumns = ['at', 'actorAccountId', 'actorName', 'action', 'objectType', 'objectId', 'ip', 'result', 'before', 'after'] as const;
// why prepared: most transactions queue exactly one record (see platform/db/prepared.ts).
const insertOnePending = prepared('platform_audit_pending_one', (db) => db.insert(auditPending)
  .values(Object.fromEntries(pendingColumns.map((c) => [c, sql.placeholder(c)])) as unknown as typeof auditPending.$inferInsert));

async function writePending(tx: Db, rows: PendingRow[]): Promise<void> {
  if (rows.length === 1) await insertOnePending(tx, rows[0] as unknown as Record<string, unknown>);
  else await tx.insert(auditPending).values(rows);
}

/**
 * Appends one record to the trail as part of the caller's transaction; call it after the change it
 * records. Inside a transaction opened through the application's database handle, the record is
 * queued, written to `platform_audit_pending` just before the commit (no lock: concurrent writes do
 * not wait for each other) and chained by the sealer right after the commit, before the caller's
 * `transaction()` returns. The records of a rolled-back transaction are never written. Given a
 * handle outside any transaction, it opens one; given a transaction the handle did not open, it
 * chains the record at once under the head lock.
 */
export async function appendAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  const row: PendingRow = {
    at: new Date(), actorAccountId: actor.accountId, actorName: actor.name, action: entry.action, objectType: entry.objectType,
    objectId: entry.objectId ?? null, ip: actor.ip, result: entry.result ?? 'success',
    // why copy now: the caller may change its objects before the commit.
    before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
  };
  if (!inTransaction(tx)) {
    await tx.transaction((t) => appendAudit(t, actor, entry));
    return;
  }
  const queue = pendingList<PendingRow>(tx, AUDIT_QUEUE, writePending, sealPending);
  if (queue) queue.push(row);
  else await chainRecords(tx, [row]);
}

export type VerifyResult =
  | { ok: true; records: number }
  | { ok: false; records: number; seq: number; reason: string };

/** Walks the whole chain in seq order and checks contiguity, links, hashes and the head. */
export async function verifyAuditChain(db: Db, batch = 2000): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.seq, expectedSeq - 1)).orderBy(asc(auditLog.seq)).limit(batch);
    for (const r of rows) {
      if (r.seq !== expectedSeq) return { ok: false, records: count, seq: expectedSeq, reason: `record ${expectedSeq} is missing (next present is ${r.seq})` };
      if (r.prevHash !== prevHash) return { ok: false, records: count, seq: r.seq, reason: `record ${r.seq} does not link to record ${r.seq - 1}` };
      if (recordHash(prevHash, r) !== r.hash) return { ok: false, records: count, seq: r.seq, reason: `record ${r.seq} was altered (hash mismatch)` };
      prevHash = r.hash;
      expectedSeq += 1;
      count += 1;
    }
    if (rows.length < batch) break;
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (head && (head.lastSeq !== count || head.lastHash !== prevHash)) {
    return { ok: false, records: count, seq: count + 1, reason: `the chain ends at record ${count} but the head says ${head.lastSeq}: records at the end were deleted` };
  }
  return { ok: true, records: count };
}
