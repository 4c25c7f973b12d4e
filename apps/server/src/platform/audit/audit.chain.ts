/** The hash chain itself: the record hash, and chaining records after the locked head. */
import { eq, sql } from 'drizzle-orm';
import { canonicalJson, sm3Hex } from '../crypto/hash.js';
import type { Db } from '../db/types.js';
import { auditHead, auditLog, auditPending } from './audit.table.js';

export const GENESIS_HASH = '0'.repeat(64);

/** A record as it waits for the chain. */
export type PendingRow = typeof auditPending.$inferInsert;

export interface ChainedFields {
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

/** Locks the chain head row until the transaction ends (the sealer's and the direct append's mutual exclusion). */
export async function lockHead(tx: Db) {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('no key update');
  if (!head) throw new Error('audit head missing');
  return head;
}

/** Chains the records after the head (locking it unless the caller has), in the order given. */
export async function chainRecords(tx: Db, records: readonly PendingRow[], lockedHead?: Awaited<ReturnType<typeof lockHead>>): Promise<void> {
  if (records.length === 0) return;
  const head = lockedHead ?? await lockHead(tx);
  let { lastSeq: seq, lastHash: prevHash } = head;
  const rows = records.map((r) => {
    const rec: ChainedFields = {
      seq: ++seq, at: r.at, actorAccountId: r.actorAccountId ?? null, actorName: r.actorName, action: r.action, objectType: r.objectType,
      objectId: r.objectId ?? null, before: r.before ?? null, after: r.after ?? null, ip: r.ip ?? null, result: r.result,
    };
    const hash = recordHash(prevHash, rec);
    const row = { ...rec, prevHash, hash };
    prevHash = hash;
    return row;
  });
  const last = rows.length - (rows.length % 500 || 500);
  for (let i = 0; i < last; i += 500) await tx.insert(auditLog).values(rows.slice(i, i + 500));
  // why one statement: the last rows and the head's move ride together (a data-modifying WITH).
  const moveHead = tx.update(auditHead).set({ lastSeq: seq, lastHash: prevHash }).where(eq(auditHead.id, 1));
  await tx.execute(sql`with chained as (${tx.insert(auditLog).values(rows.slice(last)).getSQL()}) ${moveHead.getSQL()}`);
}

