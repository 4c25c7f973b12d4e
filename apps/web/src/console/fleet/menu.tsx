import {
  AlertOutlined, BarChartOutlined, CarOutlined, DashboardOutlined, FileDoneOutlined, FireOutlined, IdcardOutlined,
  NodeIndexOutlined, ScheduleOutlined, ThunderboltOutlined, ToolOutlined, TrophyOutlined,
} from '@ant-design/icons';
import type { MenuModule } from '../../app/menu';

/** The fleet module's permissions as the server registers them (apps/server/src/modules/fleet/permissions.ts). */
export const FP = {
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
  fuelRead: 'fleet:fuel:read',
  fuelWrite: 'fleet:fuel:write',
  fuelExport: 'fleet:fuel:export',
  odometerRead: 'fleet:odometer:read',
  disclosureRead: 'fleet:disclosure:read',
  costRead: 'fleet:cost:read',
  requestCreate: 'fleet:trip-request:create',
  requestRead: 'fleet:trip-request:read',
  dispatch: 'fleet:trip:dispatch',
  tripRead: 'fleet:trip:read',
  tripRecord: 'fleet:trip:record',
  tripExport: 'fleet:trip:export',
  tripReview: 'fleet:trip:review',
} as const;

/** 公务用车 in the console menu (added to MENU in app/menu.tsx). */
export const fleetMenu: MenuModule = {
  key: 'fleet', label: 'fleet.menu.group', icon: <CarOutlined />, pages: [
    { key: 'fleet-vehicles', path: '/fleet/vehicles', label: 'fleet.menu.vehicles', icon: <CarOutlined />, permission: FP.vehicleRead },
    { key: 'fleet-requests', path: '/fleet/trip-requests', label: 'fleet.menu.requests', icon: <FileDoneOutlined />, permission: FP.requestRead },
    { key: 'fleet-dispatch', path: '/fleet/dispatch', label: 'fleet.menu.dispatch', icon: <DashboardOutlined />, permission: FP.dispatch },
    { key: 'fleet-trips', path: '/fleet/trips', label: 'fleet.menu.trips', icon: <NodeIndexOutlined />, permission: FP.tripRead },
    { key: 'fleet-fuel', path: '/fleet/fuel', label: 'fleet.menu.fuel', icon: <FireOutlined />, permission: FP.fuelRead },
    { key: 'fleet-disclosure', path: '/fleet/disclosure', label: 'fleet.menu.disclosure', icon: <BarChartOutlined />, permission: FP.disclosureRead },
    { key: 'fleet-rewards', path: '/fleet/rewards', label: 'fleet.menu.rewards', icon: <TrophyOutlined />, permission: FP.disclosureRead },
    { key: 'fleet-drivers', path: '/fleet/drivers', label: 'fleet.menu.drivers', icon: <IdcardOutlined />, permission: FP.driverRead },
    { key: 'fleet-maintenance', path: '/fleet/maintenance', label: 'fleet.menu.maintenance', icon: <ToolOutlined />, permission: FP.maintenanceRead },
    { key: 'fleet-standards', path: '/fleet/standards', label: 'fleet.menu.standards', icon: <ScheduleOutlined />, permission: FP.standardRead },
    { key: 'fleet-supervision', path: '/fleet/supervision', label: 'fleet.menu.supervision', icon: <AlertOutlined />, permission: FP.supervisionRead },
    { key: 'fleet-charging', path: '/fleet/charging', label: 'fleet.menu.charging', icon: <ThunderboltOutlined />, permission: FP.chargingRead },
  ],
};
