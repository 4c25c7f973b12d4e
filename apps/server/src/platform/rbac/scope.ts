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

/** How a value enters the SQL: as a parameter (the default), or as a placeholder of a prepared statement (platform/db/prepared.ts). */
export type Bind = (value: unknown) => unknown;
const asParam: Bind = (v) => v;

const agenciesOfRegion = (regionId: unknown) =>
  sql`(select a.id from platform_agency a join platform_region r on r.id = a.region_id
       where r.path like (select path from platform_region where id = ${regionId}) || '%')`;

/**
 * The SQL condition that keeps only rows inside any of the scopes; `undefined` means no filter
 * (scope all). No scope at all yields `false`: nothing is visible.
 */
export function scopeCondition(scopes: readonly Scope[], t: ScopeTarget, bind: Bind = asParam): SQL | undefined {
  if (scopes.some((s) => s.kind === 'all')) return undefined;
  const parts: SQL[] = [];
  for (const s of scopes) {
    switch (s.kind) {
      case 'region':
        parts.push(sql`${t.agencyId} in ${agenciesOfRegion(bind(s.regionId))}`);
        break;
      case 'agency':
        parts.push(sql`${t.agencyId} = ${bind(s.agencyId)}`);
        break;
      case 'department':
        parts.push(t.departmentId
          ? sql`${t.departmentId} = ${bind(s.departmentId)}`
          : sql`${t.agencyId} = (select agency_id from platform_department where id = ${bind(s.departmentId)})`);
        break;
      case 'self':
        if (!s.personId) break;
        parts.push(t.personId
          ? sql`${t.personId} = ${bind(s.personId)}`
          : sql`${t.agencyId} = (select agency_id from platform_person where id = ${bind(s.personId)})`);
        break;
    }
  }
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** A row's keys. For `inScopeByKeys`, null means the row has none (no scope of that kind admits it) and undefined means not known. */
type ScopeKeys = { agencyId: string; departmentId?: string | null | undefined; personId?: string | null | undefined };

/**
 * The same decision as `scopeCondition` on a row with these keys, when it needs no lookup: true when
 * a scope admits the row by its own keys; false when no scope could; null when one would have to
 * read the database (a region's agencies, a department's or a person's agency).
 */
export function inScopeByKeys(scopes: readonly Scope[], keys: ScopeKeys): boolean | null {
  // why lower case: PostgreSQL compares UUIDs by value; a client may send one in capitals.
  const same = (a: string, b: string | null) => b !== null && a.toLowerCase() === b.toLowerCase();
  let undecided = false;
  for (const s of scopes) {
    switch (s.kind) {
      case 'all': return true;
      case 'agency': if (same(s.agencyId, keys.agencyId)) return true; break;
      case 'department':
        if (keys.departmentId === undefined) undecided = true;
        else if (same(s.departmentId, keys.departmentId)) return true;
        break;
      case 'self':
        if (!s.personId) break;
        if (keys.personId === undefined) undecided = true;
        else if (same(s.personId, keys.personId)) return true;
        break;
      case 'region': undecided = true; break;
    }
  }
  return undecided ? null : false;
}

/**
 * Whether a (new or existing) row with these keys lies inside the scopes: from the keys when they
 * suffice, else in SQL. A key left out or null is looked up (a department scope then admits the
 * rows of its agency).
 */
export async function inScope(
  db: { execute: (q: SQL) => Promise<unknown> },
  scopes: readonly Scope[],
  keys: ScopeKeys,
): Promise<boolean> {
  return rowInScope(db, scopes, { agencyId: keys.agencyId, departmentId: keys.departmentId || undefined, personId: keys.personId || undefined });
}

/**
 * Whether a row read without a scope condition lies inside the scopes, with exactly the meaning of
 * `scopeCondition` on its columns: the keys given are the row's columns (null = the column is empty);
 * decided from the keys when they suffice, else in SQL (a region's agencies, a person's agency).
 */
export async function rowInScope(
  db: { execute: (q: SQL) => Promise<unknown> },
  scopes: readonly Scope[],
  row: ScopeKeys,
): Promise<boolean> {
  const known = inScopeByKeys(scopes, row);
  if (known !== null) return known;
  const cond = scopeCondition(scopes, {
    agencyId: sql`${row.agencyId}::uuid`,
    ...(row.departmentId !== undefined ? { departmentId: sql`${row.departmentId}::uuid` } : {}),
    ...(row.personId !== undefined ? { personId: sql`${row.personId}::uuid` } : {}),
  });
  if (!cond) return true;
  const r = (await db.execute(sql`select coalesce((${cond}), false) as ok`)) as { rows: Array<{ ok: boolean }> };
  return r.rows[0]?.ok === true;
}
