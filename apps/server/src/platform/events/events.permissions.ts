import type { PermissionRegistry } from '../rbac/permissions.js';

export const eventsPermissions = {
  eventRead: 'platform:event:read',
  eventRedeliver: 'platform:event:redeliver',
  webhookWrite: 'platform:webhook:write',
} as const;

export function registerEventsPermissions(reg: PermissionRegistry): void {
  const p = eventsPermissions;
  reg.register('platform', [
    { code: p.eventRead, zh: '查看事件及投递记录', en: 'View events and their deliveries', category: 'system' },
    { code: p.eventRedeliver, zh: '重新投递失败的事件', en: 'Redeliver failed events', category: 'system' },
    { code: p.webhookWrite, zh: '管理对外推送（Webhook）', en: 'Manage outgoing webhooks', category: 'system' },
  ]);
}
