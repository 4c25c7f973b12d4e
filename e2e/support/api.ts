/** Calls to the product's API from a test, as a signed-in account (cookie + CSRF header). */

/** The demo tenant's password of every demo account. */
export const DEMO_PASSWORD = 'Zhoushan@2023';

export interface ApiSession { cookie: string; csrf: string }

/** A page of a list answer (`?page=&pageSize=`). */
export interface Paged<T> { items: T[]; total: number }

export async function apiLogin(base: string, username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('zd_session='))!.split(';')[0]!;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

export async function call<T>(base: string, s: ApiSession, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export interface NewAccount {
  username: string;
  displayName: string;
  /** The code of the role secadmin grants (e.g. fleet-driver, cadre). */
  roleCode: string;
  /** The person the account belongs to, if any. */
  personId: string | null | undefined;
  /** The data scope of the grant (default all). */
  scopeKind?: string;
  /** The password the account sets at its first sign-in (it starts with DEMO_PASSWORD). */
  password: string;
}

/**
 * An account made the way an office would: sysadmin creates it, secadmin grants it one role, and the
 * account replaces its initial password at its first sign-in. Returns a session signed in with the new one.
 */
export async function makeAccount(base: string, a: NewAccount): Promise<ApiSession> {
  const [sys, sec] = [await apiLogin(base, 'sysadmin'), await apiLogin(base, 'secadmin')];
  const roles = await call<{ items: Array<{ id: string; code: string }> }>(base, sec, 'GET', '/api/v1/admin/roles?pageSize=200');
  const role = roles.items.find((r) => r.code === a.roleCode);
  if (!role) throw new Error(`no role ${a.roleCode} on this server`);
  const { id } = await call<{ id: string }>(base, sys, 'POST', '/api/v1/admin/accounts', { username: a.username, displayName: a.displayName, personId: a.personId, initialPassword: DEMO_PASSWORD });
  await call(base, sec, 'POST', '/api/v1/admin/grants', { accountId: id, roleId: role.id, scopeKind: a.scopeKind ?? 'all' });
  await call(base, await apiLogin(base, a.username), 'POST', '/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: a.password });
  return apiLogin(base, a.username, a.password);
}
