import { and, asc, eq, lt, sql } from 'drizzle-orm';
import * as client from 'openid-client';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { accounts } from '../auth/auth.table.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { openSession, recordSignIn } from './integration.session.js';
import { oidcLinks, oidcStates } from './integration.table.js';

export interface OidcOptions {
  /** The issuer URL; its `/.well-known/openid-configuration` is read on first use. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The absolute URL of GET /api/v1/auth/oidc/callback as the provider sees it. */
  redirectUrl: string;
  /** Scopes asked for; `openid` is always included. */
  scopes?: string[];
  /** Accept an http:// issuer (tests, a provider on the local network). */
  allowInsecure?: boolean;
  /** How long a started sign-in stays valid (default 10 minutes). */
  stateTtlSeconds?: number;
}

/** Why a callback did not end in a session; becomes `/login?error=<code>`. */
export class OidcSignInError extends Error {
  constructor(public readonly code: 'oidc_unlinked' | 'oidc_failed' | 'oidc_expired' | 'oidc_disabled', message: string) {
    super(message);
  }
}

type LinkRow = typeof oidcLinks.$inferSelect;
const linkView = (r: LinkRow & { username?: string | null }) => ({
  id: r.id, issuer: r.issuer, subject: r.subject, accountId: r.accountId, username: r.username ?? null,
  createdAt: r.createdAt.toISOString(), lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
});

/**
 * OIDC sign-in (authorization code + PKCE, state and nonce kept server-side). The person is found
 * by the `sub` claim of the issuer through `platform_oidc_link` — linked by the system administrator.
 */
export function createOidcService(db: Db, opts: OidcOptions) {
  const ttl = opts.stateTtlSeconds ?? 600;
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client.discovery(new URL(opts.issuer), opts.clientId, opts.clientSecret, undefined,
      opts.allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((e: unknown) => { discovered = null; throw e; });
    return discovered;
  };
  /** The issuer as the provider names itself (the `iss` of its tokens). */
  const issuerOf = async () => (await configuration()).serverMetadata().issuer;

  /** Starts a sign-in: the provider's authorization URL and the state to bind to the browser. */
  async function start(): Promise<{ url: string; state: string }> {
    const config = await configuration();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    await db.delete(oidcStates).where(lt(oidcStates.expiresAt, new Date()));
    await db.insert(oidcStates).values({ id: state, nonce, codeVerifier, expiresAt: new Date(Date.now() + ttl * 1000) });
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: opts.redirectUrl,
      scope: [...new Set(['openid', ...(opts.scopes ?? [])])].join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /** Finishes a sign-in: exchanges the code, validates the id_token, opens a session for the linked account. */
  async function callback(query: string, cookieState: string | undefined, ip: string | null, userAgent: string | null) {
    const params = new URLSearchParams(query);
    const state = params.get('state') ?? '';
    // why: the state is used once whatever happens next.
    const [pending] = state ? await db.delete(oidcStates).where(eq(oidcStates.id, state)).returning() : [];
    if (!pending || pending.expiresAt < new Date() || !cookieState || cookieState !== state) {
      throw new OidcSignInError('oidc_expired', 'unknown, expired or foreign state');
    }
    const config = await configuration();
    let claims: client.IDToken | undefined;
    try {
      const current = new URL(opts.redirectUrl);
      current.search = params.toString();
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.codeVerifier, expectedState: state, expectedNonce: pending.nonce, idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (e) {
      throw new OidcSignInError('oidc_failed', (e as Error).message);
    }
    if (!claims?.sub) throw new OidcSignInError('oidc_failed', 'no subject');
    const issuer = claims.iss;
    const subject = claims.sub;
    const who = { username: `oidc:${subject}`, method: 'oidc', ip, userAgent };
    return db.transaction(async (tx) => {
      const [row] = await tx.select({ link: oidcLinks, account: accounts }).from(oidcLinks)
        .innerJoin(accounts, eq(accounts.id, oidcLinks.accountId))
        .where(and(eq(oidcLinks.issuer, issuer), eq(oidcLinks.subject, subject)));
      if (!row) {
        await recordSignIn(tx, { ...who, accountId: null }, 'unlinked');
        return { error: new OidcSignInError('oidc_unlinked', 'subject not linked') };
      }
      const { account } = row;
      if (account.status !== 'active' || (account.lockedUntil && account.lockedUntil > new Date())) {
        await recordSignIn(tx, { ...who, username: account.username, accountId: account.id }, account.status !== 'active' ? 'disabled' : 'locked');
        return { error: new OidcSignInError('oidc_disabled', 'account disabled or locked') };
      }
      await tx.update(oidcLinks).set({ lastLoginAt: new Date() }).where(eq(oidcLinks.id, row.link.id));
      const s = await openSession(tx, { ...who, username: account.username, accountId: account.id });
      return { session: s };
    }).then((r) => {
      if (r.error) throw r.error;
      return r.session!;
    });
  }

  async function listLinks(f: { accountId?: string | undefined }, limit: number, offset: number) {
    const w = f.accountId ? eq(oidcLinks.accountId, f.accountId) : undefined;
    const [rows, [total]] = await Promise.all([
      db.select({ link: oidcLinks, username: accounts.username }).from(oidcLinks).innerJoin(accounts, eq(accounts.id, oidcLinks.accountId))
        .where(w).orderBy(asc(oidcLinks.issuer), asc(oidcLinks.subject)).limit(limit).offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(oidcLinks).where(w),
    ]);
    return { items: rows.map((r) => linkView({ ...r.link, username: r.username })), total: total?.n ?? 0 };
  }

  async function link(actor: Actor, input: { accountId: string; subject: string; issuer?: string | undefined }) {
    const issuer = input.issuer ?? await issuerOf();
    return db.transaction(async (tx) => {
      const [account] = await tx.select({ id: accounts.id, username: accounts.username }).from(accounts).where(eq(accounts.id, input.accountId));
      if (!account) throw errors.notFound('账号', 'Account');
      const [existing] = await tx.select().from(oidcLinks).where(and(eq(oidcLinks.issuer, issuer), eq(oidcLinks.subject, input.subject)));
      if (existing) {
        throw errors.conflict('OIDC_SUBJECT_LINKED', '该统一身份标识已关联到其他账号', 'This OIDC subject is already linked to an account', { linkId: existing.id, accountId: existing.accountId });
      }
      const [row] = await tx.insert(oidcLinks).values({ issuer, subject: input.subject, accountId: account.id }).returning();
      await appendAudit(tx, actor, { action: 'platform.oidc-link.create', objectType: 'account', objectId: account.id, after: { issuer, subject: input.subject, linkId: row!.id } });
      return linkView({ ...row!, username: account.username });
    });
  }

  async function unlink(actor: Actor, id: string) {
    await db.transaction(async (tx) => {
      const [before] = await tx.delete(oidcLinks).where(eq(oidcLinks.id, id)).returning();
      if (!before) throw errors.notFound('统一身份关联', 'OIDC link');
      await appendAudit(tx, actor, { action: 'platform.oidc-link.delete', objectType: 'account', objectId: before.accountId, before: linkView(before) });
    });
  }

  return { start, callback, listLinks, link, unlink, issuer: issuerOf };
}

export type OidcService = ReturnType<typeof createOidcService>;
