/**
 * The permission registry. Every module registers its `module:resource:action` permissions with
 * labels and a category. 三员分立: system / security / audit permissions belong to the three
 * administrator roles only; everything else is business.
 */
export type PermissionCategory = 'system' | 'security' | 'audit' | 'business';

export interface PermissionDef {
  code: string;
  zh: string;
  en: string;
  category: PermissionCategory;
  /** Whether a data scope narrows it (business reads and writes) or it is global. */
  scoped: boolean;
  /** Built-in business roles that also hold it (e.g. a cadre's own car request). 'center' holds every business permission anyway. */
  grantTo?: ReadonlyArray<'agency-officer' | 'cadre'>;
}

/** A built-in business role a module defines (调度员, 驾驶员…), kept in sync at every start. */
export interface BuiltinRoleDef {
  code: string;
  nameZh: string;
  nameEn: string;
  permissions: string[];
}

const CODE = /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/;

export class PermissionRegistry {
  private readonly defs = new Map<string, PermissionDef>();
  private readonly moduleRoles = new Map<string, BuiltinRoleDef>();

  register(module: string, defs: ReadonlyArray<Omit<PermissionDef, 'scoped'> & { scoped?: boolean }>): void {
    for (const d of defs) {
      if (!CODE.test(d.code) || !d.code.startsWith(`${module}:`)) throw new Error(`bad permission code ${d.code} for module ${module}`);
      if (this.defs.has(d.code)) throw new Error(`permission ${d.code} registered twice`);
      this.defs.set(d.code, { ...d, scoped: d.scoped ?? d.category === 'business' });
    }
  }

  get(code: string): PermissionDef | undefined {
    return this.defs.get(code);
  }

  has(code: string): boolean {
    return this.defs.has(code);
  }

  all(): PermissionDef[] {
    return [...this.defs.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  ofCategory(category: PermissionCategory): string[] {
    return this.all().filter((d) => d.category === category).map((d) => d.code);
  }

  /** Business permissions marked `grantTo` the given built-in role. */
  grantedTo(role: 'agency-officer' | 'cadre'): string[] {
    return this.all().filter((d) => d.grantTo?.includes(role)).map((d) => d.code);
  }

  /** Defines a built-in business role of a module; its permissions must be registered business permissions. */
  registerRole(role: BuiltinRoleDef): void {
    if (this.moduleRoles.has(role.code)) throw new Error(`role ${role.code} registered twice`);
    this.moduleRoles.set(role.code, role);
  }

  roles(): BuiltinRoleDef[] {
    return [...this.moduleRoles.values()];
  }
}

/** Permissions of the platform itself. */
export const platformPermissions = {
  accountRead: 'platform:account:read',
  accountWrite: 'platform:account:write',
  loginHistoryRead: 'platform:login-history:read',
  roleRead: 'platform:role:read',
  roleWrite: 'platform:role:write',
  grantRead: 'platform:grant:read',
  grantWrite: 'platform:grant:write',
  auditRead: 'platform:audit:read',
  auditExport: 'platform:audit:export',
} as const;

export function registerPlatformPermissions(reg: PermissionRegistry): void {
  const p = platformPermissions;
  reg.register('platform', [
    { code: p.accountRead, zh: '查看账号', en: 'View accounts', category: 'system' },
    { code: p.accountWrite, zh: '管理账号', en: 'Manage accounts', category: 'system' },
    { code: p.loginHistoryRead, zh: '查看登录日志', en: 'View sign-in history', category: 'system' },
    { code: p.roleRead, zh: '查看角色', en: 'View roles', category: 'security' },
    { code: p.roleWrite, zh: '管理角色', en: 'Manage roles', category: 'security' },
    { code: p.grantRead, zh: '查看授权', en: 'View grants', category: 'security' },
    { code: p.grantWrite, zh: '管理授权', en: 'Manage grants', category: 'security' },
    { code: p.auditRead, zh: '查看审计日志', en: 'View audit trail', category: 'audit' },
    { code: p.auditExport, zh: '导出审计日志', en: 'Export audit trail', category: 'audit' },
  ]);
}

/** The three built-in administrator roles (三员) and their categories. */
export const adminRoles = [
  { code: 'sysadmin', category: 'system', nameZh: '系统管理员', nameEn: 'System administrator' },
  { code: 'secadmin', category: 'security', nameZh: '安全管理员', nameEn: 'Security administrator' },
  { code: 'auditadmin', category: 'audit', nameZh: '审计管理员', nameEn: 'Audit administrator' },
] as const;
