import { and, asc, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { likePattern, orderBy } from '../http/paging.js';
import { people } from '../org/org.table.js';
import { grants, roles } from '../rbac/rbac.table.js';
import { invalidateAccess } from '../rbac/access.js';
import { accounts, loginEvents, sessions } from './auth.table.js';
import { checkPasswordPolicy, hashPassword } from './password.js';

export interface AccountInput {
  username: string;
  displayName: string;
  personId?: string | null | undefined;
  initialPassword: string;
}

/** What the audit trail keeps of an account: never the password hash. */
const auditable = ({ passwordHash: _h, ...rest }: typeof accounts.$inferSelect) => rest;

/** Accounts managed by the system administrator. */
export function createAccountService(db: Db) {
  async function list(f: { q?: string | undefined; status?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(
      f.q ? or(ilike(accounts.username, likePattern(f.q)), ilike(accounts.displayName, likePattern(f.q))) : undefined,
      f.status ? eq(accounts.status, f.status) : undefined,
    );
    const [rows, [total]] = await Promise.all([
      db.select({
        id: accounts.id, username: accounts.username, displayName: accounts.displayName, personId: accounts.personId, personName: people.name,
        status: accounts.status, mustChangePassword: accounts.mustChangePassword, lockedUntil: accounts.lockedUntil, lastLoginAt: accounts.lastLoginAt,
      }).from(accounts).leftJoin(people, eq(people.id, accounts.personId)).where(w)
        .orderBy(...orderBy(f.sort, { username: accounts.username, displayName: accounts.displayName, status: accounts.status, lastLoginAt: accounts.lastLoginAt }, [asc(accounts.username)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(accounts).where(w),
    ]);
    const roleRows = rows.length
      ? await db.selectDistinct({ accountId: grants.accountId, code: roles.code, nameZh: roles.nameZh, nameEn: roles.nameEn }).from(grants)
        .innerJoin(roles, eq(roles.id, grants.roleId)).where(inArray(grants.accountId, rows.map((r) => r.id)))
      : [];
    const items = rows.map((r) => ({
      ...r, lockedUntil: r.lockedUntil?.toISOString() ?? null, lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
      roles: roleRows.filter((x) => x.accountId === r.id).map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
    }));
    return { items, total: total?.n ?? 0 };
  }

  async function checkPerson(tx: Db, personId: string | null | undefined) {
    if (!personId) return;
    const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
    if (!p) throw errors.validation([{ path: 'personId', code: 'NOT_FOUND', message: '所选人员不存在' }]);
  }

  async function create(actor: Actor, input: AccountInput, txIn?: Db, opts: { mustChangePassword?: boolean } = {}) {
    const weak = checkPasswordPolicy(input.initialPassword, input.username, 'initialPassword');
    if (weak) throw errors.validation([weak], weak.message);
    const passwordHash = await hashPassword(input.initialPassword);
    const run = async (tx: Db) => {
      const [dup] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, input.username));
      if (dup) throw errors.conflict('ACCOUNT_DUPLICATE', `用户名“${input.username}”已存在`, `User name ${input.username} exists`, { accountId: dup.id });
      await checkPerson(tx, input.personId);
      const [row] = await tx.insert(accounts).values({
        username: input.username, displayName: input.displayName, personId: input.personId ?? null, passwordHash,
        passwordChangedAt: new Date(), mustChangePassword: opts.mustChangePassword ?? true,
      }).returning();
      await appendAudit(tx, actor, { action: 'auth.account.create', objectType: 'account', objectId: row!.id, after: auditable(row!) });
      return row!.id;
    };
    return txIn ? run(txIn) : db.transaction(run);
  }

  async function change(actor: Actor, id: string, action: string, set: Partial<typeof accounts.$inferInsert>, endSessions = false) {
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(accounts).where(eq(accounts.id, id)).for('no key update');
      if (!before) throw errors.notFound('账号', 'Account');
      if (set.personId !== undefined) await checkPerson(tx, set.personId);
      const [after] = await tx.update(accounts).set({ ...set, updatedAt: new Date() }).where(eq(accounts.id, id)).returning();
      if (endSessions) await tx.update(sessions).set({ endedAt: new Date() }).where(and(eq(sessions.accountId, id), sql`${sessions.endedAt} is null`));
      invalidateAccess(tx);
      await appendAudit(tx, actor, { action, objectType: 'account', objectId: id, before: auditable(before), after: auditable(after!) });
    });
  }

  const update = (actor: Actor, id: string, patch: { displayName?: string | undefined; personId?: string | null | undefined; status?: 'active' | 'disabled' | undefined }) =>
    change(actor, id, patch.status === 'disabled' ? 'auth.account.disable' : 'auth.account.update', patch, patch.status === 'disabled');

  async function resetPassword(actor: Actor, id: string, initialPassword: string) {
    const [a] = await db.select({ username: accounts.username }).from(accounts).where(eq(accounts.id, id));
    if (!a) throw errors.notFound('账号', 'Account');
    const weak = checkPasswordPolicy(initialPassword, a.username, 'initialPassword');
    if (weak) throw errors.validation([weak], weak.message);
    await change(actor, id, 'auth.account.reset-password', { passwordHash: await hashPassword(initialPassword), passwordChangedAt: new Date(), mustChangePassword: true, failedCount: 0, lockedUntil: null }, true);
  }

  const unlock = (actor: Actor, id: string) => change(actor, id, 'auth.account.unlock', { failedCount: 0, lockedUntil: null });

  async function loginHistory(f: { accountId?: string | undefined; username?: string | undefined; result?: string | undefined; sort?: string | undefined }, limit: number, offset: number) {
    const w = and(
      f.accountId ? eq(loginEvents.accountId, f.accountId) : undefined,
      f.username ? eq(loginEvents.username, f.username) : undefined,
      f.result ? eq(loginEvents.result, f.result) : undefined,
    );
    const [rows, [total]] = await Promise.all([
      db.select().from(loginEvents).where(w)
        .orderBy(...orderBy(f.sort, { at: loginEvents.at, username: loginEvents.username, result: loginEvents.result }, [desc(loginEvents.at)])).limit(limit).offset(offset),
      db.select({ n: count() }).from(loginEvents).where(w),
    ]);
    return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total: total?.n ?? 0 };
  }

  async function options(q: string | undefined, limit = 20) {
    const items = await db.select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName }).from(accounts)
      .where(q ? or(ilike(accounts.username, likePattern(q)), ilike(accounts.displayName, likePattern(q))) : undefined).orderBy(accounts.username).limit(limit);
    return { items, total: items.length };
  }

  return { list, create, update, resetPassword, unlock, loginHistory, options };
}

export type AccountService = ReturnType<typeof createAccountService>;
