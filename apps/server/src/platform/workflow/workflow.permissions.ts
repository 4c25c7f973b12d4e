import type { PermissionRegistry } from '../rbac/permissions.js';

/** Definitions are administered by the center (unscoped); tasks and requests need only a sign-in. */
export const workflowPermissions = {
  define: 'platform:workflow:define',
} as const;

export function registerWorkflowPermissions(reg: PermissionRegistry): void {
  reg.register('platform', [
    { code: workflowPermissions.define, zh: '管理审批流程定义', en: 'Manage approval process definitions', category: 'business', scoped: false },
  ]);
}
