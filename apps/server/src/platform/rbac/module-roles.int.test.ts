import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/helpers/test-db.js';
import type { Database } from '../db/database.js';
import { PermissionRegistry } from './permissions.js';
import { rolePermissions, roles } from './rbac.table.js';
import { createRoleService } from './roles.service.js';

let database: Database;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

async function permissionsOf(code: string): Promise<string[]> {
  const rows = await database.db.select({ p: rolePermissions.permission }).from(rolePermissions)
    .innerJoin(roles, eq(roles.id, rolePermissions.roleId)).where(eq(roles.code, code));
  return rows.map((r) => r.p).sort();
}

describe('built-in roles defined by modules', () => {
  it('gives cadres the permissions marked grantTo cadre and creates module roles', async () => {
    const reg = new PermissionRegistry();
    reg.register('demo', [
      { code: 'demo:request:create', zh: '申请', en: 'Request', category: 'business', grantTo: ['cadre'] },
      { code: 'demo:trip:dispatch', zh: '派车', en: 'Dispatch', category: 'business' },
    ]);
    reg.registerRole({ code: 'demo-dispatcher', nameZh: '调度员', nameEn: 'Dispatcher', permissions: ['demo:trip:dispatch'] });
    await createRoleService(database.db, reg).ensureBuiltinRoles();
    expect(await permissionsOf('cadre')).toEqual(['demo:request:create']);
    expect(await permissionsOf('demo-dispatcher')).toEqual(['demo:trip:dispatch']);
    expect(await permissionsOf('center')).toEqual(['demo:request:create', 'demo:trip:dispatch']);
  });

  it('refuses a module role holding a non-business permission', async () => {
    const reg = new PermissionRegistry();
    reg.register('demo', [{ code: 'demo:key:rotate', zh: '轮换', en: 'Rotate', category: 'security' }]);
    reg.registerRole({ code: 'demo-bad', nameZh: '坏', nameEn: 'Bad', permissions: ['demo:key:rotate'] });
    await expect(createRoleService(database.db, reg).ensureBuiltinRoles()).rejects.toThrow(/not a registered business permission/);
  });
});
