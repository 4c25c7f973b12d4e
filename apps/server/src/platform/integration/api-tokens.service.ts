import { randomBytes, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, gt, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { accounts } from '../auth/auth.table.js';
import { sha256Hex } from '../crypto/hash.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import type { AuthContext } from '../http/request-context.js';
import { loadPermissions, type PermissionMap } from '../rbac/access.js';
import type { PermissionRegistry } from '../rbac/permissions.js';
import type { ApiTokenInput } from './integration.schemas.js';
import { apiTokens } from './integration.table.js';

type Row = typeof apiTokens.$inferSelect;
type Status = 'active' | 'expired' | 'revoked';

const statusOf = (r: Row, now = new Date()): Status => (r.revokedAt ? 'revoked' : r.expiresAt <= now ? 'expired' : 'active');
const view = (r: Row, username: string | null) => ({
  id: r.id, name: r.name, accountId: r.accountId, username, permissions: r.permissions,
  expiresAt: r.expiresAt.toISOString(), revokedAt: r.revokedAt?.toISOString() ?? null, lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(), status: statusOf(r),
});
const auditable = ({ tokenHash: _h, ...r }: Row) => r;

/** `zd_<uuid>_<64 hex>`: the id finds the row, the secret is compared by its SHA-256. */
const TOKEN = /^zd_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_([0-9a-f]{64})$/;

export function parseApiToken(header: string | undefined): { id: string; secret: string } | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  const t = m ? TOKEN.exec(m[1]!) : null;
  return t ? { id: t[1]!, secret: t[2]! } : null;
}

/**
 * The account behind `Authorization: Bearer zd_<id>_<secret>`, with only the token's permissions
 * that the account still holds (in the account's grant scopes); null when the token is unknown,
 * wrong, expired or revoked, or the account is not active. No cookie, no CSRF: `csrfToken` is ''.
 */
export async function resolveApiToken(db: Db, registry: PermissionRegistry, header: string | undefined): Promise<AuthContext | null> {
  const parsed = parseApiToken(header);
  if (!parsed) return null;
  const [row] = await db.select({ token: apiTokens, account: accounts }).from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId)).where(eq(apiTokens.id, parsed.id));
  if (!row) return null;
  const { token, account } = row;
  const given = Buffer.from(sha256Hex(parsed.secret), 'hex');
  const stored = Buffer.from(token.tokenHash, 'hex');
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return null;
  const now = new Date();
  if (token.revokedAt || token.expiresAt <= now || account.status !== 'active') return null;
  // why: record use at most once a minute, not on every request.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, token.id));
  }
  const held = await loadPermissions(db, registry, account.id, account.personId);
  const permissions: PermissionMap = new Map();
  for (const p of token.permissions) {
    const scopes = held.get(p);
    if (scopes) permissions.set(p, scopes);
  }
  return {
    accountId: account.id, username: account.username, displayName: account.displayName, personId: account.personId,
    sessionId: `api-token:${token.id}`, csrfToken: '', mustChangePassword: false, permissions,
  };
}

/** API tokens of integrations, managed by the system administrator. */
export function createApiTokenService(db: Db, registry: PermissionRegistry) {
  async function list(f: { accountId?: string | undefined; status?: Status | undefined }, limit: number, offset: number) {
    const now = new Date();
    const byStatus: Record<Status, SQL | undefined> = {
      active: and(isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)),
      expired: and(isNull(apiTokens.revokedAt), lte(apiTokens.expiresAt, now)),
      revoked: isNotNull(apiTokens.revokedAt),
    };
    const w = and(f.accountId ? eq(apiTokens.accountId, f.accountId) : undefined, f.status ? byStatus[f.status] : undefined);
    const [rows, [total]] = await Promise.all([
      db.select({ token: apiTokens, username: accounts.username }).from(apiTokens).innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
        .where(w).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id)).limit(limit).offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(apiTokens).where(w),
    ]);
    return { items: rows.map((r) => view(r.token, r.username)), total: total?.n ?? 0 };
  }

  /** Creates a token; `token` (`zd_<id>_<secret>`) is returned this once only. */
  async function create(actor: Actor, input: ApiTokenInput) {
    const expiresAt = new Date(input.expiresAt);
    if (expiresAt <= new Date()) throw errors.validation([{ path: 'expiresAt', code: 'IN_PAST', message: '有效期必须晚于当前时间' }]);
    const [account] = await db.select().from(accounts).where(eq(accounts.id, input.accountId));
    if (!account) throw errors.notFound('账号', 'Account');
    const held = await loadPermissions(db, registry, account.id, account.personId);
    const wanted = [...new Set(input.permissions)].sort();
    const fields = wanted.flatMap((p, i) => (held.has(p) ? [] : [{ path: `permissions.${i}`, code: 'NOT_HELD', message: `该账号没有权限“${p}”，令牌只能取其子集` }]));
    if (fields.length) throw errors.validation(fields, '令牌权限必须是该账号已有权限的子集', 'A token may only hold permissions its account holds');
    const secret = randomBytes(32).toString('hex');
    return db.transaction(async (tx) => {
      const [row] = await tx.insert(apiTokens).values({
        name: input.name, accountId: account.id, permissions: wanted, tokenHash: sha256Hex(secret), expiresAt, createdBy: actor.accountId,
      }).returning();
      await appendAudit(tx, actor, { action: 'platform.api-token.create', objectType: 'platform.api-token', objectId: row!.id, after: auditable(row!) });
      return { ...view(row!, account.username), token: `zd_${row!.id}_${secret}` };
    });
  }

  async function revoke(actor: Actor, id: string) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for('no key update');
      if (!before) throw errors.notFound('接口令牌', 'API token');
      if (before.revokedAt) return;
      const [after] = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).returning();
      await appendAudit(tx, actor, { action: 'platform.api-token.revoke', objectType: 'platform.api-token', objectId: id, before: auditable(before), after: auditable(after!) });
    });
  }

  return { list, create, revoke, resolve: (header: string | undefined) => resolveApiToken(db, registry, header) };
}

export type ApiTokenService = ReturnType<typeof createApiTokenService>;
