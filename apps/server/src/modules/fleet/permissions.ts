import type { PermissionDef, PermissionRegistry } from '../../platform/rbac/permissions.js';

/**
 * Permissions of the fleet module (公务用车). To add one: a key in `fleetPermissions` and a line in
 * `defs` below; `roles` puts it into the module's built-in roles (调度员 / 驾驶员).
 */
export const fleetPermissions = {
  // core (vehicles, standards, drivers, maintenance, records, charging, supervision)
  vehicleRead: 'fleet:vehicle:read',
  vehicleWrite: 'fleet:vehicle:write',
  vehicleExport: 'fleet:vehicle:export',
  vehicleStatus: 'fleet:vehicle:status',
  standardRead: 'fleet:standard:read',
  standardWrite: 'fleet:standard:write',
  driverRead: 'fleet:driver:read',
  driverWrite: 'fleet:driver:write',
  maintenanceRead: 'fleet:maintenance:read',
  maintenanceWrite: 'fleet:maintenance:write',
  recordRead: 'fleet:record:read',
  recordWrite: 'fleet:record:write',
  chargingRead: 'fleet:charging:read',
  chargingWrite: 'fleet:charging:write',
  supervisionRead: 'fleet:supervision:read',
  supervisionWrite: 'fleet:supervision:write',
  reportRead: 'fleet:report:read',
  // fuel / odometer / disclosure / costs
  fuelRead: 'fleet:fuel:read',
  fuelWrite: 'fleet:fuel:write',
  fuelExport: 'fleet:fuel:export',
  odometerRead: 'fleet:odometer:read',
  disclosureRead: 'fleet:disclosure:read',
  costRead: 'fleet:cost:read',
  // trips / dispatch
  tripRequestCreate: 'fleet:trip-request:create',
  tripRequestRead: 'fleet:trip-request:read',
  tripDispatch: 'fleet:trip:dispatch',
  tripRead: 'fleet:trip:read',
  tripRecord: 'fleet:trip:record',
  tripExport: 'fleet:trip:export',
  tripReview: 'fleet:trip:review',
} as const;

export type FleetRoleCode = 'fleet-dispatcher' | 'fleet-driver';
type FleetPermissionDef = Omit<PermissionDef, 'scoped' | 'category'> & { category?: PermissionDef['category']; scoped?: boolean; roles?: FleetRoleCode[] };

const P = fleetPermissions;
const D: FleetRoleCode = 'fleet-dispatcher';
const V: FleetRoleCode = 'fleet-driver';

const defs: FleetPermissionDef[] = [
  { code: P.vehicleRead, zh: '查看公务用车', en: 'View official vehicles', roles: [D, V], grantTo: ['agency-officer'] },
  { code: P.vehicleWrite, zh: '登记和修改公务用车', en: 'Register and edit vehicles' },
  { code: P.vehicleExport, zh: '导出车辆台账', en: 'Export the vehicle ledger', roles: [D] },
  { code: P.vehicleStatus, zh: '车辆封存、停用、处置', en: 'Seal, suspend and dispose of vehicles' },
  { code: P.standardRead, zh: '查看配备标准和编制', en: 'View vehicle standards and quotas', roles: [D] },
  { code: P.standardWrite, zh: '管理配备标准和编制', en: 'Manage vehicle standards and quotas', scoped: false },
  { code: P.driverRead, zh: '查看驾驶员', en: 'View drivers', roles: [D, V] },
  { code: P.driverWrite, zh: '管理驾驶员、培训和排班', en: 'Manage drivers, training and roster', roles: [D] },
  { code: P.maintenanceRead, zh: '查看维修保养', en: 'View maintenance and repairs', roles: [D, V] },
  { code: P.maintenanceWrite, zh: '维修申请和定点维修厂', en: 'Repair requests and designated shops', roles: [D, V] },
  { code: P.recordRead, zh: '查看保险、年检、违章、事故', en: 'View insurance, inspections, violations, accidents', roles: [D, V] },
  { code: P.recordWrite, zh: '登记保险、年检、违章、事故', en: 'Record insurance, inspections, violations, accidents', roles: [D] },
  { code: P.chargingRead, zh: '查看充电站和充电记录', en: 'View charging stations and sessions', roles: [D, V] },
  { code: P.chargingWrite, zh: '管理充电站和登记充电', en: 'Manage charging stations and record sessions', roles: [D, V] },
  { code: P.supervisionRead, zh: '查看用车监管', en: 'View fleet supervision', roles: [D] },
  { code: P.supervisionWrite, zh: '专项检查和节假日封存', en: 'Special inspections and holiday sealing' },
  { code: P.tripRequestCreate, zh: '申请用车', en: 'Request a car', grantTo: ['cadre', 'agency-officer'] },
  { code: P.tripRequestRead, zh: '查看用车申请（按数据范围：本人、本单位、全部）', en: 'View trip requests (own, agency or all by scope)', roles: [D], grantTo: ['cadre', 'agency-officer'] },
  { code: P.tripDispatch, zh: '派车、拼车和应急出车', en: 'Dispatch, carpool and emergency dispatch', roles: [D] },
  { code: P.tripRead, zh: '查看出车任务', en: 'View trips', roles: [D, V], grantTo: ['agency-officer'] },
  { code: P.tripRecord, zh: '登记出车和收车', en: 'Record departure, return and GPS track', roles: [D, V] },
  { code: P.tripExport, zh: '导出出车记录', en: 'Export trips', roles: [D], grantTo: ['agency-officer'] },
  { code: P.tripReview, zh: '复核应急出车', en: 'Review emergency trips' },
  { code: P.fuelRead, zh: '查看加油和充电记录', en: 'View fuel and charging records', roles: [D, V], grantTo: ['agency-officer'] },
  { code: P.fuelWrite, zh: '登记加油和充电记录', en: 'Record fuel fills and charging', roles: [D, V] },
  { code: P.fuelExport, zh: '导出加油记录和油耗报表', en: 'Export fuel records and consumption reports', roles: [D], grantTo: ['agency-officer'] },
  { code: P.odometerRead, zh: '查看里程表时间线', en: 'View odometer timelines', roles: [D, V], grantTo: ['agency-officer'] },
  { code: P.disclosureRead, zh: '查看百里油耗公示和节油奖', en: 'View the fuel-consumption disclosure and rewards', roles: [D], grantTo: ['agency-officer', 'cadre'] },
  { code: P.costRead, zh: '查看单车成本核算', en: 'View per-vehicle cost of ownership', roles: [D], grantTo: ['agency-officer'] },
  { code: P.reportRead, zh: '查看公务用车统计', en: 'View fleet reports', roles: [D], grantTo: ['agency-officer'] },
];

export const fleetRoles: Record<FleetRoleCode, { nameZh: string; nameEn: string }> = {
  'fleet-dispatcher': { nameZh: '车辆调度员', nameEn: 'Vehicle dispatcher' },
  'fleet-driver': { nameZh: '驾驶员', nameEn: 'Driver' },
};

export function registerFleetPermissions(reg: PermissionRegistry): void {
  reg.register('fleet', defs.map(({ roles: _roles, ...d }) => ({ ...d, category: d.category ?? 'business' })));
  for (const [code, r] of Object.entries(fleetRoles) as Array<[FleetRoleCode, (typeof fleetRoles)[FleetRoleCode]]>) {
    reg.registerRole({ code, ...r, permissions: defs.filter((d) => d.roles?.includes(code)).map((d) => d.code) });
  }
}
