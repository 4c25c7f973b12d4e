import type { PermissionRegistry } from '../rbac/permissions.js';

export const dictPermissions = {
  read: 'platform:dict:read',
  write: 'platform:dict:write',
} as const;

/** Dictionaries are reference data of the whole tenant: business permissions without data scope. */
export function registerDictPermissions(reg: PermissionRegistry): void {
  reg.register('platform', [
    { code: dictPermissions.read, zh: '查看字典与系数表', en: 'View dictionaries and factor tables', category: 'business', scoped: false },
    { code: dictPermissions.write, zh: '维护字典与系数表', en: 'Edit dictionaries and factor tables', category: 'business', scoped: false },
  ]);
}
