import type { Actor } from '../audit/audit.service.js';
import type { PermissionMap } from '../rbac/access.js';
import type { Scope } from '../rbac/scope.js';

/** The signed-in account behind a request. */
export interface AuthContext {
  accountId: string;
  username: string;
  displayName: string;
  personId: string | null;
  sessionId: string;
  csrfToken: string;
  mustChangePassword: boolean;
  permissions: PermissionMap;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
    /** Scopes of the route's permission for this account (set by the access hook). */
    scopes: Scope[];
  }
  interface FastifyContextConfig {
    /** The permission the route needs, e.g. 'org:person:read'. */
    permission?: string;
    /** No sign-in needed. */
    public?: boolean;
    /** Any signed-in account (profile, sign-out). */
    authenticated?: boolean;
    /** Reachable while the password must be changed. */
    duringPasswordChange?: boolean;
    /** Public to sessions, but every request must carry a device signature (gates, meters, readers). */
    device?: boolean;
  }
}

export function actorOf(req: { auth: AuthContext | null; ip: string }): Actor {
  return { accountId: req.auth?.accountId ?? null, name: req.auth?.username ?? 'anonymous', ip: req.ip ?? null };
}
