/** Small helpers shared by the estate features (census, inspections, leasing, remote…). */
import { sql } from 'drizzle-orm';
import { sqlState, UNIQUE_VIOLATION } from '../../../platform/db/sql-state.js';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import type { Scope } from '../../../platform/rbac/scope.js';

const dayFmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** PostgreSQL 23505 unique_violation, through Drizzle's `cause` wrapper (the platform's sqlState). */
export const isUniqueViolation = (e: unknown): boolean => sqlState(e) === UNIQUE_VIOLATION;

/** The calendar day of an instant in Asia/Shanghai, 'YYYY-MM-DD'. */
export const shanghaiDay = (d: Date): string => dayFmt.format(d);

/** Accounts holding `permission` through a grant scoped to this agency (its officers), for reminders. */
export async function agencyAccounts(tx: Db, agencyId: string, permission: string): Promise<string[]> {
  const r = await tx.execute(sql`select distinct g.account_id as id from platform_grant g
    join platform_role_permission rp on rp.role_id = g.role_id
    join platform_account a on a.id = g.account_id and a.status = 'active'
    where rp.permission = ${permission} and g.scope_kind = 'agency' and g.scope_id = ${agencyId}`);
  return (r as unknown as { rows: Array<{ id: string }> }).rows.map((x) => x.id);
}

/** Accounts holding `permission` with scope all (the center's staff), for notices to the center. */
export async function centerAccounts(tx: Db, permission: string): Promise<string[]> {
  const r = await tx.execute(sql`select distinct g.account_id as id from platform_grant g
    join platform_role_permission rp on rp.role_id = g.role_id
    join platform_account a on a.id = g.account_id and a.status = 'active'
    where rp.permission = ${permission} and g.scope_kind = 'all'`);
  return (r as unknown as { rows: Array<{ id: string }> }).rows.map((x) => x.id);
}

/**
 * The agency a write is for: the given one, or the only agency of an agency-scoped caller.
 * Callers with a wider scope must name it (400 naming the field).
 */
export function agencyOfCaller(scopes: readonly Scope[], given: string | undefined): string {
  if (given) return given;
  const own = scopes.filter((s): s is Extract<Scope, { kind: 'agency' }> => s.kind === 'agency');
  if (own.length === 1 && scopes.length === 1) return own[0]!.agencyId;
  throw errors.validation([{ path: 'agencyId', code: 'REQUIRED', message: '请指定单位' }]);
}

/** Numeric text with 2 decimals, for areas ('30' → '30.00'). */
export const area2 = (v: string | number | null | undefined): string | null => (v === null || v === undefined ? null : Number(v).toFixed(2));
