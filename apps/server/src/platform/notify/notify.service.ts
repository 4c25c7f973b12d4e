import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { newId } from '../db/columns.js';
import { prepared } from '../db/prepared.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import type { Channel } from './channels/channel.js';
import { notifications, notifyOutbox, notifyPrefs } from './notify.table.js';

export interface SendInput {
  /** Account ids; duplicates are sent once. */
  to: string[];
  title: string;
  body: string;
  /** A path in the web app, e.g. '/fleet/trips/0190…'. */
  link?: string | null;
  /** Outside channels to use besides the inbox (default: every configured channel). */
  channels?: string[];
}

export interface SendResult {
  notificationIds: string[];
  outboxIds: string[];
}

export interface PrefItem {
  channel: string;
  label: string;
  labelEn: string;
  enabled: boolean;
}

// why prepared: a notice usually goes to one account (see platform/db/prepared.ts).
const insertOne = prepared('platform_notification_one', (db) => db.insert(notifications).values({
  id: sql.placeholder('id'), accountId: sql.placeholder('accountId'), title: sql.placeholder('title'), body: sql.placeholder('body'), link: sql.placeholder('link'),
}));

const CHUNK = 500;
const chunks = <T>(xs: T[]): T[][] => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

export function createNotifyService(db: Db, channels: ReadonlyMap<string, Channel>) {
  /**
   * Writes inbox rows and outbox rows in the caller's transaction: if the caller rolls back,
   * nothing is sent; if it commits, the worker delivers. Channels a person switched off are left out.
   */
  async function send(tx: Db, input: SendInput): Promise<SendResult> {
    const to = [...new Set(input.to)];
    const title = input.title.trim();
    if (!title || title.length > 200) throw errors.validation([{ path: 'title', code: 'TITLE', message: '标题不能为空，且不超过 200 字' }]);
    if (input.body.length > 4000) throw errors.validation([{ path: 'body', code: 'TOO_LONG', message: '正文不超过 4000 字' }]);
    if (!to.length) return { notificationIds: [], outboxIds: [] };
    const link = input.link ?? null;
    const inbox = to.map((accountId) => ({ id: newId(), accountId, title, body: input.body, link }));
    if (inbox.length === 1) await insertOne(tx, inbox[0]);
    else for (const part of chunks(inbox)) await tx.insert(notifications).values(part);

    const wanted = [...new Set(input.channels ?? [...channels.keys()])].filter((c) => channels.has(c));
    const outbox: Array<typeof notifyOutbox.$inferInsert> = [];
    if (wanted.length) {
      const off = new Set<string>();
      for (const part of chunks(to)) {
        const rows = await tx.select({ accountId: notifyPrefs.accountId, channel: notifyPrefs.channel }).from(notifyPrefs)
          .where(and(inArray(notifyPrefs.accountId, part), inArray(notifyPrefs.channel, wanted), eq(notifyPrefs.enabled, false)));
        for (const r of rows) off.add(`${r.accountId}|${r.channel}`);
      }
      for (const n of inbox) {
        for (const channel of wanted) {
          if (off.has(`${n.accountId}|${channel}`)) continue;
          outbox.push({ id: newId(), notificationId: n.id, channel, recipient: n.accountId, payload: { title, body: input.body, link } });
        }
      }
      for (const part of chunks(outbox)) await tx.insert(notifyOutbox).values(part);
    }
    return { notificationIds: inbox.map((n) => n.id), outboxIds: outbox.map((o) => o.id!) };
  }

  async function inbox(accountId: string, filter: { unread?: boolean | undefined }, limit: number, offset: number) {
    const where = and(eq(notifications.accountId, accountId), filter.unread ? isNull(notifications.readAt) : undefined);
    const [rows, [total]] = await Promise.all([
      db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit).offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(where),
    ]);
    return {
      total: total?.n ?? 0,
      items: rows.map((r) => ({ id: r.id, title: r.title, body: r.body, link: r.link, read: r.readAt !== null, readAt: r.readAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() })),
    };
  }

  async function unreadCount(accountId: string): Promise<number> {
    const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
    return r?.n ?? 0;
  }

  /** Marks one of the account's own messages read (404 for anybody else's). */
  async function markRead(accountId: string, id: string): Promise<void> {
    const [row] = await db.select({ readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.accountId, accountId)));
    if (!row) throw errors.notFound('消息', 'Notification');
    if (!row.readAt) await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, id));
  }

  async function markAllRead(accountId: string): Promise<number> {
    const rows = await db.update(notifications).set({ readAt: new Date() })
      .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt))).returning({ id: notifications.id });
    return rows.length;
  }

  async function preferences(accountId: string, tx: Db = db): Promise<PrefItem[]> {
    const rows = await tx.select().from(notifyPrefs).where(eq(notifyPrefs.accountId, accountId));
    const stored = new Map(rows.map((r) => [r.channel, r.enabled]));
    return [...channels.values()].map((c) => ({ channel: c.name, label: c.label.zh, labelEn: c.label.en, enabled: stored.get(c.name) ?? true }));
  }

  /** Sets the account's channel choices (audited); unknown channels are a 400 naming the item. */
  async function setPreferences(actor: Actor, accountId: string, items: Array<{ channel: string; enabled: boolean }>): Promise<PrefItem[]> {
    const bad = items.findIndex((i) => !channels.has(i.channel));
    if (bad >= 0) throw errors.validation([{ path: `items.${bad}.channel`, code: 'UNKNOWN_CHANNEL', message: `没有名为“${items[bad]!.channel}”的通知渠道` }]);
    return db.transaction(async (tx) => {
      const before = await preferences(accountId, tx);
      for (const i of items) {
        await tx.insert(notifyPrefs).values({ accountId, channel: i.channel, enabled: i.enabled })
          .onConflictDoUpdate({ target: [notifyPrefs.accountId, notifyPrefs.channel], set: { enabled: i.enabled, updatedAt: new Date() } });
      }
      const after = await preferences(accountId, tx);
      await appendAudit(tx, actor, {
        action: 'platform.notify.preferences.update', objectType: 'platform.account', objectId: accountId,
        before: before.map(({ channel, enabled }) => ({ channel, enabled })), after: after.map(({ channel, enabled }) => ({ channel, enabled })),
      });
      return after;
    });
  }

  return { send, inbox, unreadCount, markRead, markAllRead, preferences, setPreferences };
}

export type NotifyService = ReturnType<typeof createNotifyService>;
