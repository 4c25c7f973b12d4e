import { sql } from 'drizzle-orm';
import type { Db } from '../db/types.js';
import type { JobLogger } from '../jobs/index.js';
import { PermanentChannelError, type Channel } from './channels/channel.js';
import type { OutboxPayload } from './notify.table.js';
import { createPoller } from '../runtime/poller.js';

/** Looks up the addresses of accounts on one channel (e-mail, mobile, 浙政钉 id); missing = no address. */
export type AddressBook = (channel: string, accountIds: string[]) => Promise<Map<string, string>>;

export interface DeliveryOptions {
  log?: JobLogger;
  addresses?: AddressBook;
  pollMs?: number;
  /** Rows claimed at a time per process (default 20). */
  batchSize?: number;
  /** Attempts before a row is marked failed (default 20: with the default back-off about a day). */
  maxAttempts?: number;
  /** First retry after this (default 10 s), doubled per attempt up to maxBackoffMs (default 1 h). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A claimed row whose sender vanished is claimed again after this (default 2 min). */
  leaseMs?: number;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
}

interface Claimed {
  id: string;
  channel: string;
  recipient: string;
  payload: OutboxPayload;
  attempts: number;
}

const silent: JobLogger = { info() {}, warn() {}, error() {} };
const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 2000);
const rowsOf = (r: unknown) => (r as { rows: Array<Record<string, unknown>> }).rows;

/** The outbox worker: claims due rows with FOR UPDATE SKIP LOCKED, sends them, records the outcome. */
export function createDelivery(db: Db, channels: ReadonlyMap<string, Channel>, opts: DeliveryOptions = {}) {
  const log = opts.log ?? silent;
  const addresses: AddressBook = opts.addresses ?? (async () => new Map());
  const batchSize = opts.batchSize ?? 20;
  const maxAttempts = opts.maxAttempts ?? 20;
  const baseMs = opts.backoffMs ?? 10_000;
  const maxMs = opts.maxBackoffMs ?? 3_600_000;
  const leaseMs = opts.leaseMs ?? 120_000;
  const poller = createPoller(() => deliverDue(), (e: unknown) => log.error({ err: message(e) }, 'notification delivery failed'));

  async function claim(): Promise<Claimed[]> {
    if (!channels.size) return [];
    const r = await db.execute(sql`
      update platform_notify_outbox set status = 'sending', attempts = attempts + 1,
        next_attempt_at = now() + ${`${leaseMs} milliseconds`}::interval
      where id in (
        select id from platform_notify_outbox
        where status in ('pending', 'sending') and next_attempt_at <= now() and channel = any(${sql.param([...channels.keys()])}::text[])
        order by next_attempt_at limit ${batchSize} for update skip locked)
      returning id, channel, recipient, payload, attempts`);
    return rowsOf(r).map((x) => ({
      id: String(x.id), channel: String(x.channel), recipient: String(x.recipient),
      payload: (typeof x.payload === 'string' ? JSON.parse(x.payload) : x.payload) as OutboxPayload, attempts: Number(x.attempts),
    }));
  }

  /** Records an outcome, only if the row is still ours (same attempt, still sending). */
  async function finish(row: Claimed, status: 'sent' | 'pending' | 'failed' | 'skipped', error: string | null): Promise<void> {
    const wait = Math.min(maxMs, baseMs * 2 ** (row.attempts - 1));
    await db.execute(sql`
      update platform_notify_outbox set status = ${status}, last_error = ${error},
        sent_at = case when ${status} = 'sent' then now() else sent_at end,
        next_attempt_at = case when ${status} = 'pending' then now() + ${`${wait} milliseconds`}::interval else next_attempt_at end
      where id = ${row.id} and status = 'sending' and attempts = ${row.attempts}`);
  }

  async function deliver(rows: Claimed[], report: DeliveryReport): Promise<void> {
    const byChannel = new Map<string, Claimed[]>();
    for (const r of rows) byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), r]);
    await Promise.all([...byChannel].map(async ([name, list]) => {
      const channel = channels.get(name)!;
      let book: Map<string, string>;
      try {
        book = await addresses(name, [...new Set(list.map((r) => r.recipient))]);
      } catch (e) {
        for (const r of list) { await finish(r, r.attempts >= maxAttempts ? 'failed' : 'pending', `address lookup failed: ${message(e)}`); }
        report.retrying += list.length;
        return;
      }
      for (const r of list) {
        const to = book.get(r.recipient);
        if (!to) {
          await finish(r, 'skipped', `no ${name} address for this account`);
          report.skipped += 1;
          continue;
        }
        try {
          await channel.send({ id: r.id, to, title: r.payload.title, body: r.payload.body, link: r.payload.link });
          await finish(r, 'sent', null);
          report.sent += 1;
        } catch (e) {
          const final = e instanceof PermanentChannelError || r.attempts >= maxAttempts;
          await finish(r, final ? 'failed' : 'pending', message(e));
          if (final) report.failed += 1;
          else report.retrying += 1;
          log.warn({ outboxId: r.id, channel: name, attempt: r.attempts, err: message(e) }, final ? 'notification failed' : 'notification will be retried');
        }
      }
    }));
  }

  /** Delivers every due row (in batches) and reports what happened. */
  async function deliverDue(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
    for (let rows = await claim(); rows.length; rows = poller.stopping() ? [] : await claim()) await deliver(rows, report);
    return report;
  }

  return {
    deliverDue,
    start(pollMs = opts.pollMs ?? 2000): void { poller.start(pollMs); },
    stop: poller.stop,
  };
}

export type Delivery = ReturnType<typeof createDelivery>;
