import type { PermissionRegistry } from '../rbac/permissions.js';

export const orgPermissions = {
  regionRead: 'org:region:read',
  agencyRead: 'org:agency:read',
  agencyWrite: 'org:agency:write',
  agencyImport: 'org:agency:import',
  agencyExport: 'org:agency:export',
  departmentRead: 'org:department:read',
  departmentWrite: 'org:department:write',
  positionRead: 'org:position:read',
  positionWrite: 'org:position:write',
  personRead: 'org:person:read',
  personWrite: 'org:person:write',
  personImport: 'org:person:import',
  personExport: 'org:person:export',
  personReveal: 'org:person:reveal',
} as const;

export function registerOrgPermissions(reg: PermissionRegistry): void {
  const p = orgPermissions;
  reg.register('org', [
    { code: p.regionRead, zh: '查看区域', en: 'View regions', category: 'business', scoped: false },
    { code: p.agencyRead, zh: '查看单位', en: 'View agencies', category: 'business' },
    { code: p.agencyWrite, zh: '维护单位', en: 'Edit agencies', category: 'business' },
    { code: p.agencyImport, zh: '导入单位', en: 'Import agencies', category: 'business' },
    { code: p.agencyExport, zh: '导出单位', en: 'Export agencies', category: 'business' },
    { code: p.departmentRead, zh: '查看处室', en: 'View departments', category: 'business' },
    { code: p.departmentWrite, zh: '维护处室', en: 'Edit departments', category: 'business' },
    { code: p.positionRead, zh: '查看岗位', en: 'View positions', category: 'business' },
    { code: p.positionWrite, zh: '维护岗位', en: 'Edit positions', category: 'business' },
    { code: p.personRead, zh: '查看人员', en: 'View people', category: 'business' },
    { code: p.personWrite, zh: '维护人员', en: 'Edit people', category: 'business' },
    { code: p.personImport, zh: '导入人员', en: 'Import people', category: 'business' },
    { code: p.personExport, zh: '导出人员', en: 'Export people', category: 'business' },
    { code: p.personReveal, zh: '查看身份证号和手机号明文', en: 'Reveal ID numbers and mobiles', category: 'business' },
  ]);
}
