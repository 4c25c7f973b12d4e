import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq, sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAuditHead } from '../../src/platform/audit/audit.service.js';
import { accounts } from '../../src/platform/auth/auth.table.js';
import { newId } from '../../src/platform/db/columns.js';
import type { Database } from '../../src/platform/db/database.js';
import type { Db } from '../../src/platform/db/types.js';
import { installErrorHandler } from '../../src/platform/http/error-handler.js';
import { createNotify, signWebhook, SmsChannel, SmtpChannel, WebhookChannel, type AddressBook } from '../../src/platform/notify/index.js';
import { notifyOutbox } from '../../src/platform/notify/notify.table.js';
import { openTestDatabase } from '../helpers/test-db.js';

interface Received { headers: http.IncomingHttpHeaders; body: string }

/** A local HTTP endpoint standing in for the SMS gateway or the 浙政钉 gateway. */
function receiver(status = 200) {
  const got: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => { body += c; });
    req.on('end', () => { got.push({ headers: req.headers, body }); res.writeHead(status, { 'content-type': 'application/json' }).end('{"ok":true}'); });
  });
  return {
    got,
    listen: (port = 0) => new Promise<number>((resolve) => { server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)); }),
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

async function waitFor<T>(what: string, fn: () => Promise<T | undefined | null | false>, ms = 8000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('notifications', () => {
  let database: Database;
  let db: Db;
  const ids: string[] = [];
  const addresses: AddressBook = async (channel, accountIds) => new Map(accountIds.map((id) => [id, channel === 'email' ? `u${ids.indexOf(id)}@zd.example` : `addr-${id}`]));
  const outboxOf = (notificationId: string) => db.select().from(notifyOutbox).where(eq(notifyOutbox.notificationId, notificationId));

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    await ensureAuditHead(db);
    for (let i = 0; i < 3; i += 1) ids.push(newId());
    await db.insert(accounts).values(ids.map((id, i) => ({ id, username: `notify-${i}`, displayName: `通知测试${i}` })));
  });
  afterAll(async () => { await database.close(); });

  it('a notification to a channel that is down is delivered after the channel comes back, exactly once', async () => {
    const gateway = receiver();
    const port = await gateway.listen();
    await gateway.close(); // the 浙政钉 gateway is down
    const notify = createNotify(db, {
      channels: [new WebhookChannel({ url: `http://127.0.0.1:${port}/work-notice`, appKey: 'zd-app', secret: 'test-secret', linkBase: 'https://zd.example/', timeoutMs: 2000 })],
      addresses, backoffMs: 300, pollMs: 100,
    });
    const { notificationIds, outboxIds } = await db.transaction((tx) => notify.api.send(tx, { to: [ids[0]!], title: '车辆调度通知', body: '您的用车申请已派车：浙L·12345', link: '/fleet/trips/1' }));
    expect(outboxIds).toHaveLength(1);
    notify.start();
    try {
      const failed = await waitFor('a failed attempt', async () => {
        const [row] = await outboxOf(notificationIds[0]!);
        return row && row.attempts >= 1 && row.status === 'pending' && row.lastError ? row : undefined;
      });
      expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() - 1000);
      expect(gateway.got).toHaveLength(0);
      await gateway.listen(port); // the gateway is back
      const sent = await waitFor('delivery', async () => {
        const [row] = await outboxOf(notificationIds[0]!);
        return row?.status === 'sent' ? row : undefined;
      });
      await sleep(500);
      expect(gateway.got).toHaveLength(1);
      expect(sent.attempts).toBeGreaterThanOrEqual(2);
      const [call] = gateway.got;
      const h = call!.headers;
      expect(h['x-zd-signature']).toBe(signWebhook('test-secret', String(h['x-zd-timestamp']), String(h['x-zd-nonce']), call!.body));
      expect(h['idempotency-key']).toBe(outboxIds[0]);
      expect(JSON.parse(call!.body)).toMatchObject({ msgId: outboxIds[0], receiverId: `addr-${ids[0]}`, msg: { title: '车辆调度通知', url: 'https://zd.example/fleet/trips/1' } });
    } finally {
      await notify.stop();
      await gateway.close();
    }
  });

  it('an e-mail with a Chinese subject round-trips through SMTP; SMS goes to the gateway; preferences and rollbacks are respected', async () => {
    const mails: Array<{ subject?: string | undefined; text?: string | undefined; to: string }> = [];
    const smtp = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'], logger: false,
      onData(stream, session, cb) {
        simpleParser(stream).then((m) => { mails.push({ subject: m.subject, text: m.text, to: session.envelope.rcptTo.map((r) => r.address).join(',') }); cb(); }, cb);
      },
    });
    const smtpPort = await new Promise<number>((resolve) => { smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as AddressInfo).port)); });
    const smsGateway = receiver();
    const smsPort = await smsGateway.listen();
    const mail = new SmtpChannel({ host: '127.0.0.1', port: smtpPort, from: '"舟到e管家" <noreply@zd.example>', linkBase: 'https://zd.example' });
    const notify = createNotify(db, { channels: [mail, new SmsChannel({ url: `http://127.0.0.1:${smsPort}/send`, signName: '舟到e管家', linkBase: 'https://zd.example' })], addresses });
    try {
      // Account 2 switched SMS off; a rolled-back send leaves nothing behind.
      await db.transaction(async (tx) => { await tx.execute(sql`insert into platform_notify_pref (account_id, channel, enabled) values (${ids[2]!}, 'sms', false)`); });
      await expect(db.transaction(async (tx) => {
        await notify.api.send(tx, { to: [ids[1]!], title: '不应发出', body: 'x' });
        throw new Error('rolled back');
      })).rejects.toThrow('rolled back');
      const subject = '会议室预约已确认：第一会议室（3月5日 14:00）';
      const r = await db.transaction((tx) => notify.api.send(tx, { to: [ids[1]!, ids[2]!, ids[1]!], title: subject, body: '请准时参会。', link: '/meetings/bookings/9' }));
      expect(r.notificationIds).toHaveLength(2);
      expect(r.outboxIds).toHaveLength(3); // e-mail for both, SMS for account 1 only
      expect(await notify.api.deliverDue()).toEqual({ sent: 3, retrying: 0, failed: 0, skipped: 0 });
      expect(await notify.api.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
      expect(mails.map((m) => m.to).sort()).toEqual(['u1@zd.example', 'u2@zd.example']);
      expect(mails[0]!.subject).toBe(subject);
      expect(mails[0]!.text).toContain('请准时参会。');
      expect(mails[0]!.text).toContain('https://zd.example/meetings/bookings/9');
      expect(smsGateway.got).toHaveLength(1);
      expect(JSON.parse(smsGateway.got[0]!.body)).toMatchObject({ mobile: `addr-${ids[1]}`, content: `【舟到e管家】${subject}：请准时参会。 https://zd.example/meetings/bookings/9` });
      const none = await db.execute(sql`select count(*)::int as n from platform_notification where title = '不应发出'`);
      expect((none as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(0);
    } finally {
      await notify.stop();
      mail.close();
      await new Promise<void>((resolve) => { smtp.close(() => resolve()); });
      await smsGateway.close();
    }
  });

  it('a gateway that rejects the message fails it at once; no address skips it; an administrator can retry it', async () => {
    const gateway = receiver(400);
    const port = await gateway.listen();
    const notify = createNotify(db, { channels: [new SmsChannel({ url: `http://127.0.0.1:${port}/send` })], addresses: async (_c, accountIds) => new Map(accountIds.filter((id) => id !== ids[1]).map((id) => [id, '13800000000'])) });
    try {
      const r = await db.transaction((tx) => notify.api.send(tx, { to: [ids[0]!, ids[1]!], title: '退回测试', body: 'x', channels: ['sms', 'fax'] }));
      expect(r.outboxIds).toHaveLength(2);
      expect(await notify.api.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 1, skipped: 1 });
      const rows = await db.select().from(notifyOutbox).where(sql`${notifyOutbox.id} in ${r.outboxIds}`);
      expect(rows.map((x) => x.status).sort()).toEqual(['failed', 'skipped']);
      expect(rows.find((x) => x.status === 'failed')!.lastError).toMatch(/HTTP 400/);
    } finally {
      await gateway.close();
    }
  });

  it('the inbox API: my messages only, unread count, read, read all, preferences (audited)', async () => {
    const notify = createNotify(db, { channels: [new SmsChannel({ url: 'http://127.0.0.1:9/unused' })] });
    const app = Fastify({ logger: false });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    installErrorHandler(app);
    const config: Record<string, unknown> = {};
    app.addHook('onRoute', (r) => { config[`${String(r.method)} ${r.url}`] = r.config; });
    // why: sessions and permission checks are the access hook's, tested in the API suites; here the caller's account comes from a header.
    app.decorateRequest('auth', null);
    app.addHook('onRequest', async (req) => { req.auth = { accountId: String(req.headers['x-account']), username: 'tester' } as never; });
    await notify.registerRoutes(app);
    await app.ready();
    const as = (i: number) => (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      app.inject({ method, url, headers: { 'x-account': ids[i]! }, ...(payload ? { payload } : {}) });
    try {
      expect(config['GET /api/v1/notifications']).toMatchObject({ authenticated: true });
      expect(config['PUT /api/v1/notifications/preferences']).toMatchObject({ authenticated: true });
      expect(config['GET /api/v1/notifications/outbox']).toMatchObject({ permission: 'platform:notify-outbox:read' });
      await db.transaction((tx) => notify.api.send(tx, { to: [ids[0]!], title: '第一条', body: 'a' }));
      await db.transaction((tx) => notify.api.send(tx, { to: [ids[0]!], title: '第二条', body: 'b', channels: [] }));
      const before = (await as(0)('GET', '/api/v1/notifications/unread-count')).json() as { count: number };
      expect(before.count).toBeGreaterThanOrEqual(3);
      const page = (await as(0)('GET', '/api/v1/notifications?pageSize=2&unread=true')).json() as { items: Array<{ id: string; title: string; read: boolean }>; total: number };
      expect(page.items.map((n) => n.title)).toEqual(['第二条', '第一条']);
      expect(page.total).toBe(before.count);
      expect((await as(1)('POST', `/api/v1/notifications/${page.items[0]!.id}/read`)).statusCode).toBe(404);
      expect((await as(0)('POST', `/api/v1/notifications/${page.items[0]!.id}/read`)).json()).toEqual({ ok: true });
      expect(((await as(0)('GET', '/api/v1/notifications/unread-count')).json() as { count: number }).count).toBe(before.count - 1);
      expect((await as(0)('POST', '/api/v1/notifications/read-all')).json()).toEqual({ updated: before.count - 1 });
      expect((await as(0)('GET', '/api/v1/notifications/unread-count')).json()).toEqual({ count: 0 });

      expect((await as(0)('GET', '/api/v1/notifications/preferences')).json()).toEqual({ items: [{ channel: 'sms', label: '短信', labelEn: 'SMS', enabled: true }] });
      const put = await as(0)('PUT', '/api/v1/notifications/preferences', { items: [{ channel: 'sms', enabled: false }] });
      expect(put.json()).toEqual({ items: [{ channel: 'sms', label: '短信', labelEn: 'SMS', enabled: false }] });
      const bad = await as(0)('PUT', '/api/v1/notifications/preferences', { items: [{ channel: 'pigeon', enabled: true }] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'items.0.channel' }] });
      const audit = await db.execute(sql`select object_id from platform_audit_log where action = 'platform.notify.preferences.update'`);
      expect((audit as unknown as { rows: Array<{ object_id: string }> }).rows.map((a) => a.object_id)).toContain(ids[0]);
      const r = await db.transaction((tx) => notify.api.send(tx, { to: [ids[0]!], title: '关了短信', body: 'c' }));
      expect(r.outboxIds).toEqual([]);

      const failed = ((await as(0)('GET', '/api/v1/notifications/outbox?status=failed')).json() as { items: Array<{ id: string; title: string }> }).items;
      const target = failed.find((f) => f.title === '退回测试')!;
      expect((await as(0)('POST', `/api/v1/notifications/outbox/${target.id}/retry`)).json()).toEqual({ ok: true });
      expect((await as(0)('POST', `/api/v1/notifications/outbox/${target.id}/retry`)).statusCode).toBe(409);
      const [row] = await db.select().from(notifyOutbox).where(eq(notifyOutbox.id, target.id));
      expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    } finally {
      await app.close();
    }
  });
});
