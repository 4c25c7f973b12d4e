import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { accounts, loginEvents, sessions } from '../auth/auth.table.js';
import { sha256Hex } from '../crypto/hash.js';
import type { Db } from '../db/types.js';

const newToken = () => randomBytes(32).toString('base64url');

export interface ExternalSignIn {
  accountId: string;
  username: string;
  /** How the person signed in, e.g. 'oidc'. */
  method: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Opens a session exactly as a password sign-in does (same `platform_session` row: id = SHA-256 of
 * the cookie token, a CSRF token, the idle clock), records the sign-in history and the audit record
 * `auth.login` with the method. Runs inside the caller's transaction.
 */
export async function openSession(tx: Db, s: ExternalSignIn): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const now = new Date();
  await tx.update(accounts).set({ lastLoginAt: now }).where(eq(accounts.id, s.accountId));
  await tx.insert(sessions).values({ id: sha256Hex(token), accountId: s.accountId, csrfToken, ip: s.ip, userAgent: s.userAgent, lastSeenAt: now });
  await recordSignIn(tx, s, 'success');
  return { token, csrfToken };
}

/** One line of the sign-in history and one audit record, success or failure. */
export async function recordSignIn(tx: Db, s: Omit<ExternalSignIn, 'accountId'> & { accountId: string | null }, result: string): Promise<void> {
  await tx.insert(loginEvents).values({ username: s.username, accountId: s.accountId, ip: s.ip, userAgent: s.userAgent, result: `${s.method}:${result}` });
  const actor: Actor = { accountId: s.accountId, name: s.username, ip: s.ip };
  await appendAudit(tx, actor, {
    action: 'auth.login', objectType: 'account', objectId: s.accountId, after: { result, method: s.method }, result: result === 'success' ? 'success' : 'failure',
  });
}
