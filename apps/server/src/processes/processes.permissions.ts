import type { PermissionRegistry } from '../platform/rbac/permissions.js';

export const processPermissions = {
  onboardPersonRun: 'processes:onboard-person:run',
} as const;

export function registerProcessPermissions(reg: PermissionRegistry): void {
  reg.register('processes', [
    {
      code: processPermissions.onboardPersonRun, zh: '新干部入职一件事（建人员、开账号、授干部角色）',
      en: 'Onboard a cadre (person, account and cadre role in one step)', category: 'business',
    },
  ]);
}
