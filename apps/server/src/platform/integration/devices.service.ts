import { randomBytes } from 'node:crypto';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { FieldCrypto } from '../crypto/field-crypto.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { likePattern, orderBy } from '../http/paging.js';
import type { DeviceInput, DevicePatch } from './integration.schemas.js';
import { devices } from './integration.table.js';

type Row = typeof devices.$inferSelect;
type Kind = 'gate' | 'meter' | 'reader';
/** The public view of a device: never the secret. */
const view = ({ secretEnc: _s, ...r }: Row) => ({
  ...r, kind: r.kind as Kind, lastSeenAt: r.lastSeenAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
});
const auditable = ({ secretEnc: _s, ...r }: Row) => r;
const newSecret = () => randomBytes(32).toString('hex');

/** Device credentials (gates, meters, readers), managed by the system administrator. */
export function createDeviceService(db: Db, crypto: FieldCrypto) {
  async function list(f: { q?: string | undefined; kind?: Kind | undefined; active?: boolean | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(
      f.q ? or(ilike(devices.name, likePattern(f.q)), ilike(devices.location, likePattern(f.q))) : undefined,
      f.kind ? eq(devices.kind, f.kind) : undefined,
      f.active !== undefined ? eq(devices.active, f.active) : undefined,
    );
    const [rows, [total]] = await Promise.all([
      db.select().from(devices).where(w).orderBy(...orderBy(f.sort, { name: devices.name, kind: devices.kind, lastSeenAt: devices.lastSeenAt, createdAt: devices.createdAt }, [asc(devices.name), asc(devices.id)])).limit(limit).offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(devices).where(w),
    ]);
    return { items: rows.map(view), total: total?.n ?? 0 };
  }

  async function get(id: string) {
    const [row] = await db.select().from(devices).where(eq(devices.id, id));
    if (!row) throw errors.notFound('设备', 'Device');
    return view(row);
  }

  /** Registers a device; its secret is returned this once only. */
  async function create(actor: Actor, input: DeviceInput) {
    const secret = newSecret();
    return db.transaction(async (tx) => {
      const [row] = await tx.insert(devices).values({ ...input, secretEnc: crypto.encrypt(secret) }).returning();
      await appendAudit(tx, actor, { action: 'platform.device.create', objectType: 'platform.device', objectId: row!.id, after: auditable(row!) });
      return { ...view(row!), secret };
    });
  }

  async function update(actor: Actor, id: string, patch: DevicePatch) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(devices).where(eq(devices.id, id)).for('no key update');
      if (!before) throw errors.notFound('设备', 'Device');
      const [after] = await tx.update(devices).set({ ...patch, updatedAt: new Date() }).where(eq(devices.id, id)).returning();
      await appendAudit(tx, actor, { action: 'platform.device.update', objectType: 'platform.device', objectId: id, before: auditable(before), after: auditable(after!) });
      return view(after!);
    });
  }

  /** A new secret (the old one stops working at once); returned this once only. */
  async function rotateSecret(actor: Actor, id: string) {
    const secret = newSecret();
    return db.transaction(async (tx) => {
      const [after] = await tx.update(devices).set({ secretEnc: crypto.encrypt(secret), updatedAt: new Date() }).where(eq(devices.id, id)).returning();
      if (!after) throw errors.notFound('设备', 'Device');
      await appendAudit(tx, actor, { action: 'platform.device.rotate-secret', objectType: 'platform.device', objectId: id, after: { secretChanged: true } });
      return { ...view(after), secret };
    });
  }

  async function remove(actor: Actor, id: string) {
    await db.transaction(async (tx) => {
      const [before] = await tx.delete(devices).where(eq(devices.id, id)).returning();
      if (!before) throw errors.notFound('设备', 'Device');
      await appendAudit(tx, actor, { action: 'platform.device.delete', objectType: 'platform.device', objectId: id, before: auditable(before) });
    });
  }

  /** A signed heartbeat: the device was seen now. */
  async function seen(id: string, at = new Date()) {
    await db.update(devices).set({ lastSeenAt: at }).where(eq(devices.id, id));
    return { deviceId: id, serverTime: at.toISOString() };
  }

  return { list, get, create, update, rotateSecret, remove, seen };
}

export type DeviceService = ReturnType<typeof createDeviceService>;
