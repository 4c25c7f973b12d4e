import type { PermissionRegistry } from '../rbac/permissions.js';

export const jobsPermissions = {
  jobRead: 'platform:job:read',
  jobRun: 'platform:job:run',
} as const;

export function registerJobsPermissions(reg: PermissionRegistry): void {
  reg.register('platform', [
    { code: jobsPermissions.jobRead, zh: '查看定时任务及运行记录', en: 'View scheduled jobs and their runs', category: 'system' },
    { code: jobsPermissions.jobRun, zh: '立即运行定时任务', en: 'Run a scheduled job now', category: 'system' },
  ]);
}
