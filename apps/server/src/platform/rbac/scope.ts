import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** A data scope of a grant, resolved. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'region'; regionId: string }
  | { kind: 'agency'; agencyId: string }
  | { kind: 'department'; departmentId: string }
  | { kind: 'self'; personId: string | null };

export const scopeKinds = ['all', 'region', 'agency', 'department', 'self'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

/** The columns of a row that a scope can be checked against. */
export interface ScopeTarget {
  agencyId: SQLWrapper;
  departmentId?: SQLWrapper;
  personId?: SQLWrapper;
}

const agenciesOfRegion = (regionId: string) =>
  sql`(select a.id from platform_agency a join platform_region r on r.id = a.region_id
       where r.path like (select path from platform_region where id = ${regionId}) || '%')`;

/**
 * The SQL condition that keeps only rows inside any of the scopes; `undefined` means no filter
 * (scope all). No scope at all yields `false`: nothing is visible.
 */
export function scopeCondition(scopes: readonly Scope[], t: ScopeTarget): SQL | undefined {
  if (scopes.some((s) => s.kind === 'all')) return undefined;
  const parts: SQL[] = [];
  for (const s of scopes) {
    switch (s.kind) {
      case 'region':
        parts.push(sql`${t.agencyId} in ${agenciesOfRegion(s.regionId)}`);
        break;
      case 'agency':
        parts.push(sql`${t.agencyId} = ${s.agencyId}`);
        break;
      case 'department':
        parts.push(t.departmentId
          ? sql`${t.departmentId} = ${s.departmentId}`
          : sql`${t.agencyId} = (select agency_id from platform_department where id = ${s.departmentId})`);
        break;
      case 'self':
        if (!s.personId) break;
        parts.push(t.personId
          ? sql`${t.personId} = ${s.personId}`
          : sql`${t.agencyId} = (select agency_id from platform_person where id = ${s.personId})`);
        break;
    }
  }
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Whether a (new or existing) row with these keys lies inside the scopes; checked in SQL. */
export async function inScope(
  db: { execute: (q: SQL) => Promise<unknown> },
  scopes: readonly Scope[],
  keys: { agencyId: string; departmentId?: string | null; personId?: string | null },
): Promise<boolean> {
  const cond = scopeCondition(scopes, {
    agencyId: sql`${keys.agencyId}::uuid`,
    ...(keys.departmentId ? { departmentId: sql`${keys.departmentId}::uuid` } : {}),
    ...(keys.personId ? { personId: sql`${keys.personId}::uuid` } : {}),
  });
  if (!cond) return true;
  const r = (await db.execute(sql`select (${cond}) as ok`)) as { rows: Array<{ ok: boolean }> };
  return r.rows[0]?.ok === true;
}
