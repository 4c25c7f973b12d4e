import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { scopeCondition, type Bind, type Scope } from '../../../platform/rbac/scope.js';

/** numeric → number (Drizzle returns numeric columns as text). */
export const num = (v: string | number | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));
export const numOrNull = (v: string | number | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));
/** Area to 2 decimals, as numeric(…,2) stores it. */
export const area = (v: number): number => Math.round(v * 100) / 100;
export const areaText = (v: number | null | undefined): string | null => (v === null || v === undefined ? null : v.toFixed(2));

/** Today in Asia/Shanghai as YYYY-MM-DD. */
export function shanghaiDate(d: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** Adds calendar months to a YYYY-MM-DD date, clamping to the month's last day (1-31 + 1 month = 2-28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${ny}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Rooms (and what hangs on them) are scoped by the agency they are allocated to. */
export const roomScope = (scopes: readonly Scope[], agencyId: SQLWrapper, bind?: Bind): SQL | undefined => scopeCondition(scopes, { agencyId }, bind);

/** A building is visible when it holds a room inside the scopes (or the scope is everything). */
export function buildingScope(scopes: readonly Scope[], buildingId: SQLWrapper): SQL | undefined {
  const cond = scopeCondition(scopes, { agencyId: sql`r.agency_id` });
  if (!cond) return undefined;
  return sql`exists (select 1 from estate_room r where r.building_id = ${buildingId} and ${cond})`;
}

/** Buildings, floors and rooms are managed by holders of the write permission in scope all, or in the building's region. */
export async function assertManagesRegion(db: Db, scopes: readonly Scope[], regionId: string): Promise<void> {
  if (scopes.some((s) => s.kind === 'all')) return;
  const regionIds = scopes.flatMap((s) => (s.kind === 'region' ? [s.regionId] : []));
  if (regionIds.length > 0) {
    const r = (await db.execute(sql`select exists (select 1 from platform_region t, platform_region s
      where t.id = ${regionId} and s.id in (${sql.join(regionIds.map((id) => sql`${id}`), sql`, `)}) and t.path like s.path || '%') as ok`)) as { rows: Array<{ ok: boolean }> };
    if (r.rows[0]?.ok) return;
  }
  throw errors.forbidden();
}
