/**
 * Resolved sessions reused for a moment (`SESSION_CACHE_MS`, default 1 s), so that the burst of
 * requests a page makes costs one database round trip for its session instead of one each.
 *
 * Staleness is bounded and, in this process, nil: every write that ends a session or changes an
 * account, a role or a grant calls `invalidateAccess` (rbac/access.ts), and once it commits every
 * entry cached before is refused. Another server process on the same database notices such a change
 * at most `SESSION_CACHE_MS` later — a signed-out session may serve that long there. 0 turns the
 * cache off.
 */
import type { AuthContext } from '../http/request-context.js';
import { accessGeneration } from '../rbac/access.js';

interface Entry { at: number; generation: number; auth: AuthContext }

export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs: number, private readonly max = 10_000) {}

  /** The session resolved less than the TTL ago, unless access changed in this process since. */
  get(sessionId: string): AuthContext | null {
    const e = this.entries.get(sessionId);
    if (!e) return null;
    if (e.generation !== accessGeneration() || Date.now() - e.at >= this.ttlMs) {
      this.entries.delete(sessionId);
      return null;
    }
    return e.auth;
  }

  /** Keeps `auth`, read from the database when the access generation was `generation`; returns it. */
  put(sessionId: string, generation: number, auth: AuthContext): AuthContext {
    if (this.ttlMs <= 0 || generation !== accessGeneration()) return auth;
    this.entries.delete(sessionId);
    this.entries.set(sessionId, { at: Date.now(), generation, auth: Object.freeze(auth) });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return auth;
  }
}
