import type { PermissionRegistry } from '../rbac/permissions.js';

/** The inbox and preferences need only a sign-in; these guard the delivery queue. */
export const notifyPermissions = {
  outboxRead: 'platform:notify-outbox:read',
  outboxRetry: 'platform:notify-outbox:retry',
} as const;

export function registerNotifyPermissions(reg: PermissionRegistry): void {
  reg.register('platform', [
    { code: notifyPermissions.outboxRead, zh: '查看通知发送队列', en: 'View the notification outbox', category: 'system' },
    { code: notifyPermissions.outboxRetry, zh: '重新发送失败的通知', en: 'Retry failed notifications', category: 'system' },
  ]);
}
