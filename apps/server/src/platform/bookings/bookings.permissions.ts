import type { PermissionRegistry } from '../rbac/permissions.js';

export const bookingPermissions = {
  read: 'platform:booking:read',
  write: 'platform:booking:write',
} as const;

/** Business permissions, narrowed by data scope on the holder's agency / person. */
export function registerBookingPermissions(reg: PermissionRegistry): void {
  reg.register('platform', [
    { code: bookingPermissions.read, zh: '查看预订', en: 'View bookings', category: 'business' },
    { code: bookingPermissions.write, zh: '预订、确认、取消和签到', en: 'Book, confirm, cancel and check in', category: 'business' },
  ]);
}
