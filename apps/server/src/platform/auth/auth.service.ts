import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { AppConfig } from '../config/config.js';
import { sha256Hex } from '../crypto/hash.js';
import type { Db } from '../db/types.js';
import { AppError, errors } from '../http/errors.js';
import type { AuthContext } from '../http/request-context.js';
import { accessGeneration, invalidateAccess, loadPermissions, loadRoles, PermissionCache, rbacVersionSql } from '../rbac/access.js';
import type { PermissionRegistry } from '../rbac/permissions.js';
import { accounts, loginEvents, sessions } from './auth.table.js';
import { checkPasswordPolicy, hashPassword, passwordExpired, verifyPassword } from './password.js';
import { SessionCache } from './session-cache.js';

export interface AuthDeps {
  db: Db;
  config: AppConfig;
  registry: PermissionRegistry;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  accountId: string;
}

const newToken = () => randomBytes(32).toString('base64url');

export function createAuthService({ db, config, registry }: AuthDeps) {
  const lockMs = config.lockMinutes * 60_000;
  const permissionCache = new PermissionCache();
  const sessionCache = new SessionCache(config.sessionCacheMs);
  // why prepared: this runs on every request; planning it each time costs more than running it.
  const sessionQuery = db
    .select({ session: { lastSeenAt: sessions.lastSeenAt, csrfToken: sessions.csrfToken }, account: accounts, rbacVersion: rbacVersionSql })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.id, sql.placeholder('id')), isNull(sessions.endedAt), sql`${sessions.lastSeenAt} > now() - (${config.sessionIdleMinutes} * interval '1 minute')`))
    .prepare('zd_resolve_session');

  async function recordAttempt(tx: Db, actor: Actor, username: string, accountId: string | null, result: string, userAgent: string | null) {
    await tx.insert(loginEvents).values({ username, accountId, ip: actor.ip, userAgent, result });
    await appendAudit(tx, { ...actor, accountId, name: username }, {
      action: 'auth.login', objectType: 'account', objectId: accountId, after: { result }, result: result === 'success' ? 'success' : 'failure',
    });
  }

  async function login(username: string, password: string, ip: string | null, userAgent: string | null): Promise<LoginResult> {
    const actor: Actor = { accountId: null, name: username, ip };
    let [account] = await db.select().from(accounts).where(eq(accounts.username, username));
    // why: hash even for unknown users so that timing does not reveal which names exist.
    const ok = account?.passwordHash ? await verifyPassword(account.passwordHash, password) : (await hashPassword(password), false);
    const now = new Date();
    let failure: AppError | null = null;
    const result = await db.transaction(async (tx) => {
      // why: lock the row so that concurrent failures all count.
      if (account) [account] = await tx.select().from(accounts).where(eq(accounts.id, account.id)).for('no key update');
      if (!account) {
        await recordAttempt(tx, actor, username, null, 'unknown_user', userAgent);
        failure = invalid();
        return null;
      }
      if (account.status !== 'active') {
        await recordAttempt(tx, actor, username, account.id, 'disabled', userAgent);
        failure = new AppError(403, 'AUTH_DISABLED', '账号已停用，请联系系统管理员', 'This account is disabled; contact the system administrator');
        return null;
      }
      if (account.lockedUntil && account.lockedUntil > now) {
        await recordAttempt(tx, actor, username, account.id, 'locked', userAgent);
        failure = locked(account.lockedUntil, now);
        return null;
      }
      if (!ok) {
        const count = account.failedCount + 1;
        const lockNow = count >= config.lockAfterFailures;
        const lockedUntil = lockNow ? new Date(now.getTime() + lockMs) : null;
        await tx.update(accounts).set({ failedCount: lockNow ? 0 : count, lockedUntil }).where(eq(accounts.id, account.id));
        await recordAttempt(tx, actor, username, account.id, lockNow ? 'locked_now' : 'bad_password', userAgent);
        failure = lockNow ? locked(lockedUntil!, now) : invalid(config.lockAfterFailures - count);
        return null;
      }
      const token = newToken();
      const csrfToken = newToken();
      await tx.update(accounts).set({ failedCount: 0, lockedUntil: null, lastLoginAt: now }).where(eq(accounts.id, account.id));
      await tx.insert(sessions).values({ id: sha256Hex(token), accountId: account.id, csrfToken, ip, userAgent, lastSeenAt: now });
      await recordAttempt(tx, { ...actor, accountId: account.id }, username, account.id, 'success', userAgent);
      return { token, csrfToken, accountId: account.id };
    });
    if (failure) throw failure;
    return result!;
  }

  /** The account behind a session token, or null when unknown, ended or idle too long. */
  async function resolveSession(token: string): Promise<AuthContext | null> {
    const id = sha256Hex(token);
    const cached = sessionCache.get(id);
    if (cached) return cached;
    const generation = accessGeneration();
    const [row] = await sessionQuery.execute({ id });
    if (!row || row.account.status !== 'active') return null;
    // why: refresh the idle clock at most once a minute, not on every request.
    if (Date.now() - row.session.lastSeenAt.getTime() > 60_000) {
      await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id));
    }
    const a = row.account;
    return sessionCache.put(id, generation, {
      accountId: a.id,
      username: a.username,
      displayName: a.displayName,
      personId: a.personId,
      sessionId: id,
      csrfToken: row.session.csrfToken,
      mustChangePassword: a.mustChangePassword || passwordExpired(a.passwordChangedAt, config.passwordMaxAgeDays),
      permissions: await permissionCache.get(a.id, `${a.updatedAt.getTime()}:${row.rbacVersion ?? 0}`, () => loadPermissions(db, registry, a.id, a.personId)),
    });
  }

  async function logout(auth: AuthContext, actor: Actor): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.update(sessions).set({ endedAt: new Date() }).where(eq(sessions.id, auth.sessionId));
      invalidateAccess(tx);
      await appendAudit(tx, actor, { action: 'auth.logout', objectType: 'account', objectId: auth.accountId });
    });
  }

  async function changePassword(auth: AuthContext, actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const [account] = await db.select().from(accounts).where(eq(accounts.id, auth.accountId));
    if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, currentPassword))) {
      throw errors.validation([{ path: 'currentPassword', code: 'PASSWORD_WRONG', message: '当前密码不正确' }], '当前密码不正确', 'The current password is wrong');
    }
    const weak = checkPasswordPolicy(newPassword, account.username);
    if (weak) throw errors.validation([weak], weak.message, 'The new password does not meet the policy');
    if (currentPassword === newPassword) {
      throw errors.validation([{ path: 'newPassword', code: 'PASSWORD_REUSED', message: '新密码不能与当前密码相同' }], '新密码不能与当前密码相同', 'The new password must differ from the current one');
    }
    const passwordHash = await hashPassword(newPassword);
    await db.transaction(async (tx) => {
      await tx.update(accounts).set({ passwordHash, passwordChangedAt: new Date(), mustChangePassword: false, updatedAt: new Date() }).where(eq(accounts.id, account.id));
      // why: other sessions of the account end when its password changes.
      await tx.update(sessions).set({ endedAt: new Date() }).where(and(eq(sessions.accountId, account.id), isNull(sessions.endedAt), sql`${sessions.id} <> ${auth.sessionId}`));
      invalidateAccess(tx);
      await appendAudit(tx, actor, { action: 'auth.password.change', objectType: 'account', objectId: account.id });
    });
  }

  /** Ends sessions idle for longer than the timeout (housekeeping). */
  async function endIdleSessions(): Promise<void> {
    const idleSince = new Date(Date.now() - config.sessionIdleMinutes * 60_000);
    await db.update(sessions).set({ endedAt: new Date() }).where(and(isNull(sessions.endedAt), lt(sessions.lastSeenAt, idleSince)));
  }

  const rolesOf = (accountId: string) => loadRoles(db, accountId);

  return { login, resolveSession, logout, changePassword, endIdleSessions, rolesOf };
}

export type AuthService = ReturnType<typeof createAuthService>;

function invalid(remaining?: number): AppError {
  const zh = remaining !== undefined && remaining > 0 ? `用户名或密码错误，再错 ${remaining} 次账号将被锁定` : '用户名或密码错误';
  return new AppError(401, 'AUTH_INVALID', zh, 'Wrong user name or password', undefined, remaining !== undefined ? { remainingAttempts: remaining } : undefined);
}

function locked(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError(423, 'AUTH_LOCKED', `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`, `Too many failed sign-ins; the account is locked for ${minutes} more minute(s)`, undefined, { lockedUntil: until.toISOString() });
}
