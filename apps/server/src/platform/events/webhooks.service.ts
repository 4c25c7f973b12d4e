import { randomBytes } from 'node:crypto';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { FieldCrypto } from '../crypto/field-crypto.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { likePattern, orderBy } from '../http/paging.js';
import type { WebhookInput, WebhookPatch } from './events.schemas.js';
import { webhooks } from './events.table.js';

type Row = typeof webhooks.$inferSelect;
/** The public view of a webhook: never the secret. */
const view = ({ secretEnc: _s, ...r }: Row) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() });
const auditable = ({ secretEnc: _s, ...r }: Row) => r;

/** Outgoing webhooks, managed by the system administrator. */
export function createWebhooksService(db: Db, crypto: FieldCrypto) {
  async function list(f: { q?: string | undefined; active?: boolean | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(
      f.q ? or(ilike(webhooks.name, likePattern(f.q)), ilike(webhooks.url, likePattern(f.q))) : undefined,
      f.active !== undefined ? eq(webhooks.active, f.active) : undefined,
    );
    const [rows, [total]] = await Promise.all([
      db.select().from(webhooks).where(w).orderBy(...orderBy(f.sort, { name: webhooks.name, createdAt: webhooks.createdAt }, [asc(webhooks.name), asc(webhooks.id)])).limit(limit).offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(webhooks).where(w),
    ]);
    return { items: rows.map(view), total: total?.n ?? 0 };
  }

  async function get(id: string) {
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id));
    if (!row) throw errors.notFound('Webhook', 'Webhook');
    return view(row);
  }

  /** Creates a webhook; the secret (given or generated) is returned this once only. */
  async function create(actor: Actor, input: WebhookInput) {
    const secret = input.secret ?? randomBytes(32).toString('hex');
    return db.transaction(async (tx) => {
      const [row] = await tx.insert(webhooks).values({
        name: input.name, url: input.url, eventTypes: [...new Set(input.eventTypes)], active: input.active, secretEnc: crypto.encrypt(secret),
      }).returning();
      await appendAudit(tx, actor, { action: 'platform.webhook.create', objectType: 'platform.webhook', objectId: row!.id, after: auditable(row!) });
      return { ...view(row!), secret };
    });
  }

  async function update(actor: Actor, id: string, patch: WebhookPatch) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(webhooks).where(eq(webhooks.id, id)).for('no key update');
      if (!before) throw errors.notFound('Webhook', 'Webhook');
      const { secret, eventTypes, ...fields } = patch;
      const [after] = await tx.update(webhooks).set({
        ...fields, ...(eventTypes ? { eventTypes: [...new Set(eventTypes)] } : {}), ...(secret ? { secretEnc: crypto.encrypt(secret) } : {}), updatedAt: new Date(),
      }).where(eq(webhooks.id, id)).returning();
      await appendAudit(tx, actor, {
        action: 'platform.webhook.update', objectType: 'platform.webhook', objectId: id,
        before: auditable(before), after: { ...auditable(after!), ...(secret ? { secretChanged: true } : {}) },
      });
      return view(after!);
    });
  }

  /** Removes a webhook; its pending deliveries are then skipped. */
  async function remove(actor: Actor, id: string) {
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(webhooks).where(eq(webhooks.id, id)).for('no key update');
      if (!before) throw errors.notFound('Webhook', 'Webhook');
      await tx.delete(webhooks).where(eq(webhooks.id, id));
      await appendAudit(tx, actor, { action: 'platform.webhook.delete', objectType: 'platform.webhook', objectId: id, before: auditable(before) });
    });
  }

  return { list, get, create, update, remove };
}

export type WebhooksService = ReturnType<typeof createWebhooksService>;
