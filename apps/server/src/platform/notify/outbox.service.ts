import { and, desc, eq, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { notifyOutbox } from './notify.table.js';

/** The delivery queue as the system administrator sees it: what is pending, what failed and why. */
export function createOutboxService(db: Db) {
  async function list(filter: { status?: string | undefined; channel?: string | undefined }, limit: number, offset: number) {
    const where = and(filter.status ? eq(notifyOutbox.status, filter.status) : undefined, filter.channel ? eq(notifyOutbox.channel, filter.channel) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select().from(notifyOutbox).where(where).orderBy(desc(notifyOutbox.createdAt), desc(notifyOutbox.id)).limit(limit).offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(notifyOutbox).where(where),
    ]);
    return {
      total: total?.n ?? 0,
      items: rows.map((r) => ({
        id: r.id, notificationId: r.notificationId, channel: r.channel, recipient: r.recipient, title: r.payload.title,
        status: r.status as 'pending' | 'sending' | 'sent' | 'failed' | 'skipped', attempts: r.attempts,
        nextAttemptAt: r.nextAttemptAt.toISOString(), lastError: r.lastError, createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null,
      })),
    };
  }

  /** Puts a failed or skipped row back in the queue with fresh attempts (audited). */
  async function retry(actor: Actor, id: string): Promise<void> {
    await db.transaction(async (tx) => {
      const [row] = await tx.select({ status: notifyOutbox.status }).from(notifyOutbox).where(eq(notifyOutbox.id, id)).for('no key update');
      if (!row) throw errors.notFound('待发通知', 'Outbox message');
      if (row.status !== 'failed' && row.status !== 'skipped') {
        throw errors.conflict('OUTBOX_NOT_FAILED', '只有发送失败或被跳过的通知可以重发', 'Only failed or skipped messages can be retried', { status: row.status });
      }
      await tx.update(notifyOutbox).set({ status: 'pending', attempts: 0, nextAttemptAt: new Date(), lastError: null }).where(eq(notifyOutbox.id, id));
      await appendAudit(tx, actor, { action: 'platform.notify-outbox.retry', objectType: 'platform.notify-outbox', objectId: id, before: { status: row.status }, after: { status: 'pending' } });
    });
  }

  return { list, retry };
}

export type OutboxService = ReturnType<typeof createOutboxService>;
