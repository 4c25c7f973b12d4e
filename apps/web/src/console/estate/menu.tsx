import {
  AuditOutlined, BankOutlined, BlockOutlined, CalendarOutlined, FileProtectOutlined, FundProjectionScreenOutlined,
  GlobalOutlined, HomeOutlined, PieChartOutlined, RetweetOutlined, RollbackOutlined, SearchOutlined, ShopOutlined, SwapOutlined,
  TableOutlined,
} from '@ant-design/icons';
import type { MenuModule, MenuPage } from '../../app/menu';
import { estatePages } from './pages';

/** The estate module's permissions as the server registers them (apps/server/src/modules/estate/permissions.ts). */
export const EP = {
  read: 'estate:office:read',
  write: 'estate:office:write',
  standardWrite: 'estate:standard:write',
  assignmentWrite: 'estate:assignment:write',
  allocate: 'estate:allocation:write',
  request: 'estate:request:write',
  recoveryRead: 'estate:recovery:read',
  recoveryWrite: 'estate:recovery:write',
  myRead: 'estate:my-office:read',
  myReport: 'estate:my-office:report',
  censusRead: 'estate:census:read',
  censusRespond: 'estate:census:respond',
  censusManage: 'estate:census:manage',
  inspectionRead: 'estate:inspection:read',
  inspectionManage: 'estate:inspection:manage',
  transferRead: 'estate:transfer:read',
  transferWrite: 'estate:transfer:write',
  transferDecide: 'estate:transfer:decide',
  leasingRead: 'estate:leasing:read',
  leasingWrite: 'estate:leasing:write',
  remoteRead: 'estate:remote:read',
  remoteWrite: 'estate:remote:write',
  activityRoomRead: 'estate:activity-room:read',
  activityRoomWrite: 'estate:activity-room:write',
  activityRoomBook: 'estate:activity-room:book',
  disclosureRead: 'estate:disclosure:read',
  housingFlatRead: 'estate:housing-flat:read',
  housingFlatWrite: 'estate:housing-flat:write',
  housingRoundRead: 'estate:housing-round:read',
  housingRoundWrite: 'estate:housing-round:write',
  housingApplicationRead: 'estate:housing-application:read',
  housingApplicationReview: 'estate:housing-application:review',
  housingApply: 'estate:housing-application:apply',
  housingLeaseRead: 'estate:housing-lease:read',
  housingLeaseWrite: 'estate:housing-lease:write',
  housingMyLease: 'estate:housing-lease:mine',
} as const;

const ALL_PAGES: MenuPage[] = [
  { key: 'estate-buildings', path: '/estate/buildings', label: 'estate.menu.buildings', icon: <BankOutlined />, permission: EP.read },
  { key: 'estate-rooms', path: '/estate/rooms', label: 'estate.menu.rooms', icon: <TableOutlined />, permission: EP.read },
  { key: 'estate-plans', path: '/estate/floor-plans', label: 'estate.menu.plans', icon: <BlockOutlined />, permission: EP.read },
  { key: 'estate-compliance', path: '/estate/compliance', label: 'estate.menu.compliance', icon: <PieChartOutlined />, permission: EP.read },
  { key: 'estate-allocations', path: '/estate/allocations', label: 'estate.menu.allocations', icon: <FileProtectOutlined />, permission: EP.read },
  { key: 'estate-requests', path: '/estate/requests', label: 'estate.menu.requests', icon: <SwapOutlined />, permission: EP.read },
  { key: 'estate-recovery', path: '/estate/recovery', label: 'estate.menu.recovery', icon: <RollbackOutlined />, permission: EP.recoveryRead },
  { key: 'estate-census', path: '/estate/census', label: 'estate.menu.census', icon: <AuditOutlined />, permission: EP.censusRead },
  { key: 'estate-inspections', path: '/estate/inspections', label: 'estate.menu.inspections', icon: <SearchOutlined />, permission: EP.inspectionRead },
  { key: 'estate-transfers', path: '/estate/transfers', label: 'estate.menu.transfers', icon: <RetweetOutlined />, permission: EP.transferRead },
  { key: 'estate-leasing', path: '/estate/leasing', label: 'estate.menu.leasing', icon: <ShopOutlined />, permission: EP.leasingRead },
  { key: 'estate-remote', path: '/estate/remote', label: 'estate.menu.remote', icon: <GlobalOutlined />, permission: EP.remoteRead },
  { key: 'estate-activity', path: '/estate/activity-rooms', label: 'estate.menu.activity', icon: <CalendarOutlined />, permission: EP.activityRoomRead },
  { key: 'estate-disclosure', path: '/estate/disclosure', label: 'estate.menu.disclosure', icon: <FundProjectionScreenOutlined />, permission: EP.disclosureRead },
  { key: 'estate-housing', path: '/estate/housing', label: 'estate.menu.housing', icon: <HomeOutlined />, permission: EP.housingApplicationRead },
];

/** 房产管理 in the console menu (added to MENU in app/menu.tsx): the pages that exist in pages.ts. */
export const estateMenu: MenuModule = {
  key: 'estate', label: 'estate.menu.group', icon: <BankOutlined />, pages: ALL_PAGES.filter((p) => p.key in estatePages),
};

