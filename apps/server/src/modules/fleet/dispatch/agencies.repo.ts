/**
 * The agencies a dispatcher may dispatch for (应急派车 names the agency served): active agencies inside the
 * dispatcher's scopes, searched by name, short name or code. The dispatcher role holds no `org:agency:read`,
 * so the console cannot use the org list for this.
 */
import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { likePattern } from '../../../platform/http/paging.js';
import { agencies } from '../../../platform/org/org.table.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';

export async function dispatchAgencies(db: Db, scopes: readonly Scope[], f: { q?: string | undefined }, limit: number, offset: number) {
  const where = and(
    eq(agencies.active, true), scopeCondition(scopes, { agencyId: agencies.id }),
    f.q ? or(ilike(agencies.name, likePattern(f.q)), ilike(agencies.shortName, likePattern(f.q)), ilike(agencies.code, likePattern(f.q))) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db.select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName }).from(agencies).where(where)
      .orderBy(asc(agencies.sort), asc(agencies.name), asc(agencies.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(agencies).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
