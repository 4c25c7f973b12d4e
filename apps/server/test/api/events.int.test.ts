/**
 * Events: the outbox is written in the caller's transaction and delivered at least once, to
 * in-process subscribers and to webhooks (HMAC-SM3 signed), with exponential back-off. Then the
 * routes: the onboarding process over HTTP with Idempotency-Key, the event list, webhook CRUD.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAuditHead, type Actor } from '../../src/platform/audit/audit.service.js';
import { createFieldCrypto } from '../../src/platform/crypto/field-crypto.js';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import type { Db } from '../../src/platform/db/types.js';
import { createEvents, verifyWebhookSignature, type DeliveredEvent } from '../../src/platform/events/index.js';
import { as, buildTestApp, login, type Session } from '../helpers/test-app.js';
import { openTestDatabase } from '../helpers/test-db.js';

type Row = Record<string, unknown>;
const rows = async (db: Db, q: ReturnType<typeof sql>) => (await db.execute(q) as unknown as { rows: Row[] }).rows;
const actor: Actor = { accountId: null, name: 'test', ip: null };
const later = (t: Date, ms: number) => new Date(t.getTime() + ms);

interface Received { headers: http.IncomingHttpHeaders; body: string }
/** A local receiver; `status` is what it answers. */
function receiver() {
  const got: Received[] = [];
  const state = { status: 200 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
    req.on('end', () => { got.push({ headers: req.headers, body }); res.statusCode = state.status; res.end('ok'); });
  });
  const listen = (port = 0) => new Promise<number>((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  const close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { got, state, listen, close };
}

describe('event outbox and delivery', () => {
  let database: Database & { url?: string };
  let db: Db;
  const crypto = createFieldCrypto(randomBytes(32));
  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    await ensureAuditHead(db);
  });
  afterAll(async () => { await database?.close(); });

  it('an event emitted in a transaction that rolls back is never written', async () => {
    const events = createEvents(db, { crypto });
    await expect(db.transaction(async (tx) => {
      await events.api.emit(tx, 'test.thing.happened', { n: 1 });
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(await rows(db, sql`select id from platform_event_outbox where type = 'test.thing.happened'`)).toEqual([]);
    await expect(db.transaction((tx) => events.api.emit(tx, 'NotAType', {}))).rejects.toMatchObject({ code: 'EVENT_TYPE_INVALID' });
  });

  it('a failing subscriber is retried with back-off until it succeeds; a non-matching one gets nothing', async () => {
    const events = createEvents(db, { crypto, backoffMs: 10_000 });
    const seen: DeliveredEvent[] = [];
    let failures = 2;
    events.api.subscribe('retry.*.created', async (e) => {
      seen.push(e);
      if (failures-- > 0) throw new Error('subscriber down');
    }, { name: 'flaky' });
    events.api.subscribe('other.thing.*', async () => { throw new Error('must not be called'); }, { name: 'other' });
    const id = await db.transaction((tx) => events.api.emit(tx, 'retry.order.created', { orderId: 'A-1' }));

    const t0 = new Date();
    expect(await events.api.deliverEvents(t0)).toMatchObject({ fannedOut: 1, delivered: 0, retrying: 1 });
    const d1 = (await rows(db, sql`select status, attempts, next_attempt_at, last_error from platform_event_delivery where event_id = ${id}`));
    expect(d1).toHaveLength(1);
    expect(d1[0]).toMatchObject({ status: 'pending', attempts: 1, last_error: 'subscriber down' });
    // First retry 10 s after the failure, the second 20 s after the next one.
    expect(new Date(d1[0]!.next_attempt_at as string).getTime()).toBe(t0.getTime() + 10_000);
    expect(await events.api.deliverEvents(later(t0, 9_000))).toMatchObject({ delivered: 0, retrying: 0 });
    expect(await events.api.deliverEvents(later(t0, 10_000))).toMatchObject({ delivered: 0, retrying: 1 });
    const d2 = (await rows(db, sql`select next_attempt_at from platform_event_delivery where event_id = ${id}`))[0]!;
    expect(new Date(d2.next_attempt_at as string).getTime()).toBe(t0.getTime() + 10_000 + 20_000);
    expect(await events.api.deliverEvents(later(t0, 30_000))).toMatchObject({ delivered: 1, retrying: 0 });
    expect(await rows(db, sql`select subscriber, status, attempts, last_error from platform_event_delivery where event_id = ${id}`))
      .toEqual([{ subscriber: 'fn:flaky', status: 'delivered', attempts: 3, last_error: null }]);
    expect(seen.map((e) => e.id)).toEqual([id, id, id]);
    expect(seen[2]).toMatchObject({ type: 'retry.order.created', payload: { orderId: 'A-1' } });
    // Nothing left to do.
    expect(await events.api.deliverEvents(later(t0, 3_600_000))).toMatchObject({ fannedOut: 0, delivered: 0 });
  });

  it('a webhook that is down and then up receives the event once, signed with HMAC-SM3', async () => {
    const events = createEvents(db, { crypto, backoffMs: 1_000 });
    const rx = receiver();
    const port = await rx.listen();
    await rx.close(); // down: nothing listens on the port
    const hook = await events.api.webhooks.create(actor, { name: '测试推送', url: `http://127.0.0.1:${port}/hook`, eventTypes: ['hook.*.*'], active: true });
    const id = await db.transaction((tx) => events.api.emit(tx, 'hook.person.onboarded', { personId: 'p-1' }));
    const t0 = new Date();
    expect(await events.api.deliverEvents(t0)).toMatchObject({ delivered: 0, retrying: 1 });
    const [down] = await rows(db, sql`select status, last_error from platform_event_delivery where event_id = ${id}`);
    expect(down).toMatchObject({ status: 'pending' });
    expect(String(down!.last_error)).not.toBe('');

    await rx.listen(port); // up again
    rx.state.status = 503; // up but failing
    expect(await events.api.deliverEvents(later(t0, 1_000))).toMatchObject({ delivered: 0, retrying: 1 });
    rx.state.status = 204;
    expect(await events.api.deliverEvents(later(t0, 3_000))).toMatchObject({ delivered: 1 });
    await rx.close();

    expect(rx.got).toHaveLength(2);
    const last = rx.got[1]!;
    expect(last.headers['x-event-id']).toBe(id);
    expect(last.headers['x-event-type']).toBe('hook.person.onboarded');
    expect(verifyWebhookSignature(hook.secret, String(last.headers['x-timestamp']), last.body, String(last.headers['x-signature']))).toBe(true);
    expect(verifyWebhookSignature('another-secret-0000', String(last.headers['x-timestamp']), last.body, String(last.headers['x-signature']))).toBe(false);
    expect(JSON.parse(last.body)).toMatchObject({ id, type: 'hook.person.onboarded', payload: { personId: 'p-1' } });
    expect(await rows(db, sql`select status, attempts from platform_event_delivery where event_id = ${id}`)).toEqual([{ status: 'delivered', attempts: 3 }]);
    // The secret is stored encrypted.
    const [stored] = await rows(db, sql`select secret_enc from platform_webhook where id = ${hook.id}`);
    expect(String(stored!.secret_enc)).not.toContain(hook.secret);
    await events.api.webhooks.remove(actor, hook.id);
  });

  it('a 4xx answer fails at once; redeliver puts it back; a removed webhook is skipped', async () => {
    const events = createEvents(db, { crypto });
    const rx = receiver();
    const port = await rx.listen();
    rx.state.status = 410;
    const hook = await events.api.webhooks.create(actor, { name: 'gone', url: `http://127.0.0.1:${port}/`, eventTypes: ['gone.thing.happened'], active: true });
    const id = await db.transaction((tx) => events.api.emit(tx, 'gone.thing.happened', {}));
    expect(await events.api.deliverEvents()).toMatchObject({ failed: 1 });
    expect((await events.api.get(id)).deliveryList[0]).toMatchObject({ subscriber: `webhook:${hook.id}`, status: 'failed', attempts: 1 });
    const { createEventsService } = await import('../../src/platform/events/events.service.js');
    expect(await createEventsService(db).redeliver(actor, id)).toEqual({ requeued: 1 });
    await events.api.webhooks.remove(actor, hook.id);
    expect(await events.api.deliverEvents()).toMatchObject({ skipped: 1 });
    await rx.close();
    expect(rx.got).toHaveLength(1);
  });

  it('two dispatchers on one database deliver each event once (FOR UPDATE SKIP LOCKED)', async () => {
    const second = database.kind === 'postgres' ? await openDatabase({ databaseUrl: database.url, poolSize: 4 }) : undefined;
    const calls: string[] = [];
    const dispatchers = [db, second?.db ?? db].map((d) => {
      const e = createEvents(d, { crypto });
      e.api.subscribe('race.item.created', async (ev) => { calls.push(ev.id); await new Promise((r) => setTimeout(r, 5)); }, { name: 'race' });
      return e;
    });
    try {
      const ids: string[] = [];
      await db.transaction(async (tx) => { for (let i = 0; i < 30; i += 1) ids.push(await dispatchers[0]!.api.emit(tx, 'race.item.created', { i })); });
      await Promise.all(dispatchers.map((e) => e.api.deliverEvents()));
      expect(calls.sort()).toEqual([...ids].sort());
    } finally {
      await second?.close();
    }
  });
});

describe('events, webhooks and processes over HTTP', () => {
  let app: FastifyInstance;
  let sysadmin: Session;
  let center: Session;
  let staff: Session;
  beforeAll(async () => {
    app = await buildTestApp();
    [sysadmin, center, staff] = await Promise.all([login(app, 'sysadmin'), login(app, 'center'), login(app, 'staff')]);
  });
  afterAll(async () => { await app?.close(); });

  it('POST /processes/onboard-person needs an Idempotency-Key, runs once per key and is listed in /events', async () => {
    const [agency] = await rows(app.platform.db, sql`select id from platform_agency order by code limit 1`);
    const body = {
      person: { name: '入职测试', gender: 'M', agencyId: agency!.id, rank: 'staff_2', adminLevel: 'city' },
      account: { username: 'onboard.http', initialPassword: 'Onboard#2024' },
    };
    const run = as(app, center);
    expect((await run('POST', '/api/v1/processes/onboard-person', body)).statusCode).toBe(400);
    const first = await run('POST', '/api/v1/processes/onboard-person', body, { 'idempotency-key': 'http-onboard-1' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ replayed: false });
    const again = await run('POST', '/api/v1/processes/onboard-person', body, { 'idempotency-key': 'http-onboard-1' });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual({ ...first.json(), replayed: true });
    expect((await as(app, staff)('POST', '/api/v1/processes/onboard-person', body, { 'idempotency-key': 'x' })).statusCode).toBe(403);

    const list = await as(app, sysadmin)('GET', '/api/v1/events?type=org.person.onboarded');
    expect(list.statusCode).toBe(200);
    const page = list.json() as { items: Array<{ id: string; payload: Record<string, unknown> }>; total: number };
    expect(page.total).toBe(1);
    expect(page.items[0]!.payload).toMatchObject({ personId: (first.json() as { personId: string }).personId });
    expect((await as(app, sysadmin)('GET', `/api/v1/events/${page.items[0]!.id}`)).statusCode).toBe(200);
    expect((await as(app, center)('GET', '/api/v1/events')).statusCode).toBe(403);
  });

  it('webhooks CRUD for the system administrator; the secret is shown once', async () => {
    const admin = as(app, sysadmin);
    const created = await admin('POST', '/api/v1/webhooks', { name: '浙政钉适配器', url: 'https://example.invalid/hook', eventTypes: ['org.person.*'] });
    expect(created.statusCode).toBe(201);
    const hook = created.json() as { id: string; secret: string };
    expect(hook.secret).toMatch(/^[0-9a-f]{64}$/);
    const got = await admin('GET', `/api/v1/webhooks/${hook.id}`);
    expect(got.json()).not.toHaveProperty('secret');
    expect((await admin('POST', '/api/v1/webhooks', { name: 'x', url: 'ftp://example.invalid/', eventTypes: ['a.b.c'] })).statusCode).toBe(400);
    expect((await admin('PATCH', `/api/v1/webhooks/${hook.id}`, { active: false })).json()).toMatchObject({ active: false });
    expect((await admin('GET', '/api/v1/webhooks')).json()).toMatchObject({ total: 1 });
    expect((await admin('DELETE', `/api/v1/webhooks/${hook.id}`)).statusCode).toBe(200);
    expect((await admin('GET', `/api/v1/webhooks/${hook.id}`)).statusCode).toBe(404);
    expect((await as(app, center)('GET', '/api/v1/webhooks')).statusCode).toBe(403);
    const audit = await rows(app.platform.db, sql`select action from platform_audit_log where object_id = ${hook.id} order by seq`);
    expect(audit.map((a) => a.action)).toEqual(['platform.webhook.create', 'platform.webhook.update', 'platform.webhook.delete']);
  });
});
