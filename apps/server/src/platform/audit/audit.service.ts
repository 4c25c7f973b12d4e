import { asc, eq, gt } from 'drizzle-orm';
import { canonicalJson, sm3Hex } from '../crypto/hash.js';
import type { Db } from '../db/types.js';
import { auditHead, auditLog } from './audit.table.js';

export const GENESIS_HASH = '0'.repeat(64);

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

interface ChainedFields {
  seq: number; at: Date; actorAccountId: string | null; actorName: string; action: string; objectType: string;
  objectId: string | null; before: unknown; after: unknown; ip: string | null; result: string;
}

export function recordHash(prevHash: string, r: ChainedFields): string {
  const fields = {
    seq: r.seq, at: r.at.toISOString(), actorAccountId: r.actorAccountId, actorName: r.actorName, action: r.action,
    objectType: r.objectType, objectId: r.objectId, before: r.before ?? null, after: r.after ?? null, ip: r.ip, result: r.result,
  };
  return sm3Hex(`${prevHash}\n${canonicalJson(fields)}`);
}

export async function ensureAuditHead(db: Db): Promise<void> {
  await db.insert(auditHead).values({ id: 1, lastSeq: 0, lastHash: GENESIS_HASH }).onConflictDoNothing();
}

/**
 * Appends one record inside the caller's transaction. The head row is locked, so appends are
 * serialised and `seq` is contiguous. Call it after the change it records.
 */
export async function appendAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<number> {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('no key update');
  if (!head) throw new Error('audit head missing');
  const rec: ChainedFields = {
    seq: head.lastSeq + 1,
    at: new Date(),
    actorAccountId: actor.accountId,
    actorName: actor.name,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
    ip: actor.ip,
    result: entry.result ?? 'success',
  };
  const hash = recordHash(head.lastHash, rec);
  await tx.insert(auditLog).values({ ...rec, prevHash: head.lastHash, hash });
  await tx.update(auditHead).set({ lastSeq: rec.seq, lastHash: hash }).where(eq(auditHead.id, 1));
  return rec.seq;
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
