import { eq, inArray, sql } from 'drizzle-orm';
import type { FieldCrypto } from '../crypto/field-crypto.js';
import type { Db } from '../db/types.js';
import { eventDeliveries, eventOutbox, webhooks } from './events.table.js';
import { EVENT_PATTERN, matchesPattern, type DeliveredEvent } from './events.types.js';
import { PermanentDeliveryError, postEvent } from './webhook-signature.js';
import { createPoller } from '../runtime/poller.js';

export type EventHandler = (event: DeliveredEvent) => Promise<void>;

export interface EventsLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface DispatcherOptions {
  log?: EventsLogger;
  /** Poll interval of start() (default 2 s). */
  pollMs?: number;
  /** Deliveries claimed at a time per process (default 20). */
  batchSize?: number;
  /** Attempts before a delivery is marked failed (default 20: about a day with the default back-off). */
  maxAttempts?: number;
  /** First retry after this (default 10 s), doubled per attempt up to maxBackoffMs (default 1 h). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A claimed delivery whose process vanished is claimed again after this (default 2 min). */
  leaseMs?: number;
  /** Timeout of one webhook call (default 10 s). */
  webhookTimeoutMs?: number;
}

export interface DeliveryReport {
  fannedOut: number;
  delivered: number;
  retrying: number;
  failed: number;
  skipped: number;
}

interface Claimed { eventId: string; subscriber: string; attempts: number }

const silent: EventsLogger = { info() {}, warn() {}, error() {} };
const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 2000);
const rowsOf = (r: unknown) => (r as { rows: Array<Record<string, unknown>> }).rows;
const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const SUBSCRIBER_NAME = /^[a-z0-9][a-z0-9._:-]{0,99}$/;

/**
 * Delivers the outbox at least once: fans each new event out into one delivery row per matching
 * subscriber (in-process handlers and active webhooks), then claims due deliveries with
 * FOR UPDATE SKIP LOCKED, runs them and records the outcome with exponential back-off.
 */
export function createDispatcher(db: Db, crypto: FieldCrypto, opts: DispatcherOptions = {}) {
  const log = opts.log ?? silent;
  const batchSize = opts.batchSize ?? 20;
  const maxAttempts = opts.maxAttempts ?? 20;
  const baseMs = opts.backoffMs ?? 10_000;
  const maxMs = opts.maxBackoffMs ?? 3_600_000;
  const leaseMs = opts.leaseMs ?? 120_000;
  const timeoutMs = opts.webhookTimeoutMs ?? 10_000;
  const subscribers = new Map<string, { pattern: string; handler: EventHandler }>();
  const poller = createPoller(() => deliverEvents(), (e: unknown) => log.error({ err: message(e) }, 'event delivery failed'));

  /**
   * `subscribe('org.person.*', handler, { name })`: the name identifies the subscriber across
   * restarts and processes (deliveries are stored under it); it defaults to the pattern.
   */
  function subscribe(pattern: string, handler: EventHandler, o: { name?: string } = {}): () => void {
    if (!EVENT_PATTERN.test(pattern)) throw new Error(`bad event pattern ${pattern}`);
    const name = o.name ?? pattern;
    if (!SUBSCRIBER_NAME.test(name)) throw new Error(`bad subscriber name ${name}`);
    if (subscribers.has(name)) throw new Error(`event subscriber ${name} registered twice`);
    subscribers.set(name, { pattern, handler });
    return () => { subscribers.delete(name); };
  }

  async function fanOut(now: Date): Promise<number> {
    return db.transaction(async (tx) => {
      const events = rowsOf(await tx.execute(sql`select id, type from platform_event_outbox where fanned_out_at is null
        order by created_at, id limit ${batchSize} for update skip locked`)).map((r) => ({ id: String(r.id), type: String(r.type) }));
      if (!events.length) return 0;
      const hooks = await tx.select({ id: webhooks.id, eventTypes: webhooks.eventTypes }).from(webhooks).where(eq(webhooks.active, true));
      const values: Array<typeof eventDeliveries.$inferInsert> = [];
      for (const ev of events) {
        for (const [name, s] of subscribers) if (matchesPattern(s.pattern, ev.type)) values.push({ eventId: ev.id, subscriber: `fn:${name}`, nextAttemptAt: now });
        for (const h of hooks) if (h.eventTypes.some((p) => matchesPattern(p, ev.type))) values.push({ eventId: ev.id, subscriber: `webhook:${h.id}`, nextAttemptAt: now });
      }
      if (values.length) await tx.insert(eventDeliveries).values(values).onConflictDoNothing();
      await tx.update(eventOutbox).set({ fannedOutAt: now }).where(inArray(eventOutbox.id, events.map((e) => e.id)));
      return events.length;
    });
  }

  async function claim(now: Date): Promise<Claimed[]> {
    const known = [...subscribers.keys()].map((n) => `fn:${n}`);
    const r = await db.execute(sql`
      update platform_event_delivery set status = 'delivering', attempts = attempts + 1,
        next_attempt_at = ${at(now)} + ${`${leaseMs} milliseconds`}::interval
      where (event_id, subscriber) in (
        select event_id, subscriber from platform_event_delivery
        where status in ('pending', 'delivering') and next_attempt_at <= ${at(now)}
          and (subscriber like 'webhook:%' or subscriber = any(${sql.param(known)}::text[]))
        order by next_attempt_at limit ${batchSize} for update skip locked)
      returning event_id, subscriber, attempts`);
    return rowsOf(r).map((x) => ({ eventId: String(x.event_id), subscriber: String(x.subscriber), attempts: Number(x.attempts) }));
  }

  /** Records an outcome, only if the delivery is still ours (same attempt, still delivering). */
  async function finish(row: Claimed, status: 'delivered' | 'pending' | 'failed' | 'skipped', error: string | null, now: Date) {
    const wait = Math.min(maxMs, baseMs * 2 ** (row.attempts - 1));
    await db.execute(sql`
      update platform_event_delivery set status = ${status}, last_error = ${error},
        delivered_at = case when ${status} = 'delivered' then ${at(now)} else delivered_at end,
        next_attempt_at = case when ${status} = 'pending' then ${at(now)} + ${`${wait} milliseconds`}::interval else next_attempt_at end
      where event_id = ${row.eventId} and subscriber = ${row.subscriber} and status = 'delivering' and attempts = ${row.attempts}`);
  }

  async function deliverOne(row: Claimed, event: DeliveredEvent | undefined): Promise<'delivered' | 'skipped'> {
    if (!event) return 'skipped';
    if (row.subscriber.startsWith('fn:')) {
      const s = subscribers.get(row.subscriber.slice(3));
      if (!s) throw new Error(`no subscriber ${row.subscriber} in this process`);
      await s.handler(event);
      return 'delivered';
    }
    const [hook] = await db.select().from(webhooks).where(eq(webhooks.id, row.subscriber.slice('webhook:'.length)));
    if (!hook?.active) return 'skipped';
    await postEvent(hook.url, crypto.decrypt(hook.secretEnc), event, timeoutMs);
    return 'delivered';
  }

  async function deliver(rows: Claimed[], now: Date, report: DeliveryReport): Promise<void> {
    const ids = [...new Set(rows.map((r) => r.eventId))];
    const events = new Map((await db.select().from(eventOutbox).where(inArray(eventOutbox.id, ids)))
      .map((e) => [e.id, { id: e.id, type: e.type, payload: e.payload, createdAt: e.createdAt.toISOString() }]));
    for (const row of rows) {
      try {
        const outcome = await deliverOne(row, events.get(row.eventId));
        await finish(row, outcome, outcome === 'skipped' ? 'the webhook was removed or disabled' : null, now);
        report[outcome] += 1;
      } catch (e) {
        const final = e instanceof PermanentDeliveryError || row.attempts >= maxAttempts;
        await finish(row, final ? 'failed' : 'pending', message(e), now);
        if (final) report.failed += 1;
        else report.retrying += 1;
        log.warn({ eventId: row.eventId, subscriber: row.subscriber, attempt: row.attempts, err: message(e) }, final ? 'event delivery failed' : 'event delivery will be retried');
      }
    }
  }

  /** Fans out new events and delivers every delivery due at `now` (tests pass a later `now` to reach retries). */
  async function deliverEvents(now: Date = new Date()): Promise<DeliveryReport> {
    const report: DeliveryReport = { fannedOut: 0, delivered: 0, retrying: 0, failed: 0, skipped: 0 };
    for (let n = await fanOut(now); n > 0 && !poller.stopping(); n = await fanOut(now)) report.fannedOut += n;
    for (let rows = await claim(now); rows.length; rows = poller.stopping() ? [] : await claim(now)) await deliver(rows, now, report);
    return report;
  }

  return {
    subscribe,
    deliverEvents,
    subscribers: () => [...subscribers.keys()],
    start(pollMs = opts.pollMs ?? 2000): void { poller.start(pollMs); },
    stop: poller.stop,
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
