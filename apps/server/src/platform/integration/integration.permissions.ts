import type { PermissionRegistry } from '../rbac/permissions.js';

export const integrationPermissions = {
  apiTokenRead: 'platform:api-token:read',
  apiTokenWrite: 'platform:api-token:write',
  deviceRead: 'platform:device:read',
  deviceWrite: 'platform:device:write',
  /** OIDC links are account administration: the platform's own account permissions. */
  accountRead: 'platform:account:read',
  accountWrite: 'platform:account:write',
} as const;

export function registerIntegrationPermissions(reg: PermissionRegistry): void {
  const p = integrationPermissions;
  reg.register('platform', [
    { code: p.apiTokenRead, zh: '查看接口令牌', en: 'View API tokens', category: 'system' },
    { code: p.apiTokenWrite, zh: '管理接口令牌', en: 'Manage API tokens', category: 'system' },
    { code: p.deviceRead, zh: '查看设备凭据', en: 'View device credentials', category: 'system' },
    { code: p.deviceWrite, zh: '管理设备凭据', en: 'Manage device credentials', category: 'system' },
  ]);
}
