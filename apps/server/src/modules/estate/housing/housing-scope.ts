import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Scope } from '../../../platform/rbac/scope.js';

/**
 * The reserve of flats and the rounds belong to the center and are kept per region: scope `all`
 * sees everything, `region` its subtree; agency, department and self scopes see none of them.
 */
export function regionScope(scopes: readonly Scope[], regionId: SQLWrapper): SQL | undefined {
  if (scopes.some((s) => s.kind === 'all')) return undefined;
  const parts = scopes.flatMap((s) => s.kind === 'region'
    ? [sql`${regionId} in (select r.id from platform_region r where r.path like (select path from platform_region where id = ${s.regionId}) || '%')`]
    : []);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** Shanghai calendar day of an instant. */
export function shanghaiDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Adds months to a YYYY-MM-DD date (the day clamped to the month's end), minus one day: the last day of a term. */
export function termEnd(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(ny, nm, Math.min(d, last)) - 86400_000);
  return end.toISOString().slice(0, 10);
}

/** Whole days from a to b (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400_000);
}

/** The months YYYY-MM a term covers, from its start month to its end month. */
export function monthsOf(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}
