import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../audit/audit.service.js';
import type { AccountService } from '../auth/account.service.js';
import { accounts, settings } from '../auth/auth.table.js';
import { sha256Hex } from '../crypto/hash.js';
import type { FieldCrypto } from '../crypto/field-crypto.js';
import type { Db } from '../db/types.js';
import { AppError } from '../http/errors.js';
import { seedDemoOrg } from '../demo/demo-org.seed.js';
import { roles as rolesTable } from '../rbac/rbac.table.js';
import type { RoleService } from '../rbac/roles.service.js';

/** The one demo password, printed in the README. */
export const DEMO_PASSWORD = 'Zhoushan@2023';
const BOOTSTRAP_KEY = 'bootstrap_token_sha256';
const system: Actor = { accountId: null, name: 'system', ip: null };

export interface AdminAccountInput {
  username: string;
  displayName: string;
  password: string;
}

/** A demo account a module's demo seed adds (调度员, 驾驶员…), with one role grant. */
export interface DemoAccountInput {
  username: string;
  displayName: string;
  personId?: string | null;
  roleCode: string;
  scopeKind: 'all' | 'region' | 'agency' | 'department' | 'self';
  scopeId?: string | null;
}

export interface TenantDeps {
  db: Db;
  crypto: FieldCrypto;
  accounts: AccountService;
  roles: RoleService;
  log: FastifyBaseLogger;
}

/** First start of a tenant: built-in roles, then the demo tenant or a one-time bootstrap link. */
export function createTenantService({ db, crypto, accounts: accountSvc, roles, log }: TenantDeps) {
  async function seedDemo() {
    const org = await seedDemoOrg(db, crypto);
    const [existing] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'center'));
    if (existing) return;
    const ids = await roles.roleIdsByCode(['sysadmin', 'secadmin', 'auditadmin', 'center', 'agency-officer', 'cadre']);
    const demo: Array<{ username: string; displayName: string; personId?: string; role: string; scopeKind: 'all' | 'agency' | 'self'; scopeId?: string }> = [
      { username: 'sysadmin', displayName: '系统管理员', role: 'sysadmin', scopeKind: 'all' },
      { username: 'secadmin', displayName: '安全管理员', role: 'secadmin', scopeKind: 'all' },
      { username: 'auditor', displayName: '审计管理员', role: 'auditadmin', scopeKind: 'all' },
      { username: 'center', displayName: '中心业务管理员', role: 'center', scopeKind: 'all' },
      { username: 'agency', displayName: '单位管理员', personId: org.agencyOfficerPersonId, role: 'agency-officer', scopeKind: 'agency', scopeId: org.sampleAgencyId },
      { username: 'staff', displayName: '机关干部', personId: org.staffPersonId, role: 'cadre', scopeKind: 'self' },
    ];
    await db.transaction(async (tx) => {
      for (const d of demo) {
        const accountId = await accountSvc.create(system, { username: d.username, displayName: d.displayName, personId: d.personId ?? null, initialPassword: DEMO_PASSWORD }, tx, { mustChangePassword: false });
        await roles.grant(system, { accountId, roleId: ids.get(d.role)!, scopeKind: d.scopeKind, scopeId: d.scopeId ?? null }, tx);
      }
    });
    log.info('demo tenant ready: accounts sysadmin, secadmin, auditor, center, agency, staff');
  }

  /** With no account at all, prints a one-time link to create the three administrators. */
  async function offerBootstrap(baseUrl: string) {
    const [n] = await db.select({ n: count() }).from(accounts);
    if ((n?.n ?? 0) > 0) return null;
    const token = randomBytes(24).toString('base64url');
    await db.insert(settings).values({ key: BOOTSTRAP_KEY, value: sha256Hex(token) })
      .onConflictDoUpdate({ target: settings.key, set: { value: sha256Hex(token), updatedAt: new Date() } });
    const link = `${baseUrl}/bootstrap?token=${token}`;
    log.warn(`no accounts yet: create the first administrators at ${link} (valid once)`);
    console.log(`\n  首次使用：请打开 ${link} 创建三员管理员账号（一次有效）\n  First run: open ${link} to create the administrator accounts (valid once)\n`);
    return token;
  }

  /** Creates the 系统管理员, 安全管理员 and 审计管理员 accounts with a valid one-time token. */
  async function bootstrap(token: string, admins: { sysadmin: AdminAccountInput; secadmin: AdminAccountInput; auditor: AdminAccountInput }, ip: string | null) {
    const ids = await roles.roleIdsByCode(['sysadmin', 'secadmin', 'auditadmin']);
    await db.transaction(async (tx) => {
      const [row] = await tx.select().from(settings).where(eq(settings.key, BOOTSTRAP_KEY)).for('no key update');
      const [n] = await tx.select({ n: count() }).from(accounts);
      if (!row || row.value !== sha256Hex(token) || (n?.n ?? 0) > 0) {
        throw new AppError(403, 'BOOTSTRAP_INVALID', '初始化链接无效或已使用', 'The bootstrap link is invalid or was used already');
      }
      const actor: Actor = { ...system, name: 'bootstrap', ip };
      for (const [key, roleCode] of [['sysadmin', 'sysadmin'], ['secadmin', 'secadmin'], ['auditor', 'auditadmin']] as const) {
        const a = admins[key];
        const accountId = await accountSvc.create(actor, { username: a.username, displayName: a.displayName, initialPassword: a.password }, tx, { mustChangePassword: false });
        await roles.grant(actor, { accountId, roleId: ids.get(roleCode)!, scopeKind: 'all' }, tx);
      }
      await tx.delete(settings).where(eq(settings.key, BOOTSTRAP_KEY));
    });
  }

  /** Creates a demo account (password DEMO_PASSWORD) with one grant, unless the username exists; returns its id. */
  async function createDemoAccount(tx: Db, d: DemoAccountInput): Promise<string> {
    const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, d.username));
    if (existing) return existing.id;
    const [role] = await tx.select({ id: rolesTable.id }).from(rolesTable).where(eq(rolesTable.code, d.roleCode));
    const roleId = role?.id;
    if (!roleId) throw new Error(`demo account ${d.username}: no role ${d.roleCode}`);
    const accountId = await accountSvc.create(system, { username: d.username, displayName: d.displayName, personId: d.personId ?? null, initialPassword: DEMO_PASSWORD }, tx, { mustChangePassword: false });
    await roles.grant(system, { accountId, roleId, scopeKind: d.scopeKind, scopeId: d.scopeId ?? null }, tx);
    return accountId;
  }

  return { seedDemo, offerBootstrap, bootstrap, createDemoAccount };
}

export type TenantService = ReturnType<typeof createTenantService>;
