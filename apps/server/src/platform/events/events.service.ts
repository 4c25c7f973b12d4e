import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { orderBy } from '../http/paging.js';
import { eventDeliveries, eventOutbox } from './events.table.js';

export interface EventFilter {
  type?: string | undefined;
  processRunId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  deliveryStatus?: string | undefined;
  sort?: string | undefined;
}

const countOf = (statuses: string[]) =>
  sql<number>`(select count(*)::int from platform_event_delivery d where d.event_id = ${eventOutbox.id} and d.status in (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)}))`;

/** The outbox as the system administrator sees it: events, and where each one was delivered. */
export function createEventsService(db: Db) {
  const selection = {
    id: eventOutbox.id, type: eventOutbox.type, payload: eventOutbox.payload, actorAccountId: eventOutbox.actorAccountId,
    processRunId: eventOutbox.processRunId, createdAt: eventOutbox.createdAt, fannedOutAt: eventOutbox.fannedOutAt,
    pending: countOf(['pending', 'delivering']), delivered: countOf(['delivered']), failed: countOf(['failed']), skipped: countOf(['skipped']),
  };
  type Row = { [K in keyof typeof selection]: unknown } & { createdAt: Date; fannedOutAt: Date | null };
  const shape = (r: Row) => ({
    id: r.id as string, type: r.type as string, payload: r.payload as Record<string, unknown>, actorAccountId: r.actorAccountId as string | null,
    processRunId: r.processRunId as string | null, createdAt: r.createdAt.toISOString(), fannedOutAt: r.fannedOutAt?.toISOString() ?? null,
    deliveries: { pending: Number(r.pending), delivered: Number(r.delivered), failed: Number(r.failed), skipped: Number(r.skipped) },
  });

  function where(f: EventFilter): SQL | undefined {
    return and(
      f.type ? eq(eventOutbox.type, f.type) : undefined,
      f.processRunId ? eq(eventOutbox.processRunId, f.processRunId) : undefined,
      f.from ? gte(eventOutbox.createdAt, new Date(f.from)) : undefined,
      f.to ? lte(eventOutbox.createdAt, new Date(f.to)) : undefined,
      f.deliveryStatus ? sql`exists (select 1 from platform_event_delivery d where d.event_id = ${eventOutbox.id} and d.status = ${f.deliveryStatus})` : undefined,
    );
  }

  async function list(f: EventFilter, limit: number, offset: number) {
    const w = where(f);
    const [rows, [total]] = await Promise.all([
      db.select(selection).from(eventOutbox).where(w)
        .orderBy(...orderBy(f.sort, { createdAt: eventOutbox.createdAt, type: eventOutbox.type }, [desc(eventOutbox.createdAt), desc(eventOutbox.id)])).limit(limit).offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(eventOutbox).where(w),
    ]);
    return { items: rows.map(shape), total: total?.n ?? 0 };
  }

  async function get(id: string) {
    const [row] = await db.select(selection).from(eventOutbox).where(eq(eventOutbox.id, id));
    if (!row) throw errors.notFound('事件', 'Event');
    const deliveries = await db.select().from(eventDeliveries).where(eq(eventDeliveries.eventId, id)).orderBy(eventDeliveries.subscriber);
    return {
      ...shape(row),
      deliveryList: deliveries.map((d) => ({
        subscriber: d.subscriber, status: d.status as 'pending' | 'delivering' | 'delivered' | 'failed' | 'skipped', attempts: d.attempts,
        nextAttemptAt: d.nextAttemptAt.toISOString(), lastError: d.lastError, deliveredAt: d.deliveredAt?.toISOString() ?? null,
      })),
    };
  }

  /** Puts the failed and skipped deliveries of an event back in the queue with fresh attempts (audited). */
  async function redeliver(actor: Actor, id: string): Promise<{ requeued: number }> {
    return db.transaction(async (tx) => {
      const [ev] = await tx.select({ id: eventOutbox.id }).from(eventOutbox).where(eq(eventOutbox.id, id));
      if (!ev) throw errors.notFound('事件', 'Event');
      const rows = await tx.update(eventDeliveries).set({ status: 'pending', attempts: 0, nextAttemptAt: new Date(), lastError: null })
        .where(and(eq(eventDeliveries.eventId, id), sql`${eventDeliveries.status} in ('failed', 'skipped')`)).returning({ subscriber: eventDeliveries.subscriber });
      if (!rows.length) throw errors.conflict('EVENT_NOTHING_TO_REDELIVER', '该事件没有投递失败或被跳过的订阅方', 'The event has no failed or skipped deliveries');
      await appendAudit(tx, actor, { action: 'platform.event.redeliver', objectType: 'platform.event', objectId: id, after: { subscribers: rows.map((r) => r.subscriber) } });
      return { requeued: rows.length };
    });
  }

  return { list, get, redeliver };
}

export type EventsService = ReturnType<typeof createEventsService>;
