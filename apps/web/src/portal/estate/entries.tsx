import { HomeOutlined, ShopOutlined, ToolOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { registerPortalEntry } from '../registry';

// 房产 on the portal's home grid (permissions as apps/server/src/modules/estate/permissions.ts registers them).
registerPortalEntry({ key: 'estate-office', icon: <ShopOutlined />, color: '#00838f', label: { zh: '我的办公室', en: 'My office' }, path: '/m/estate/office', permission: 'estate:my-office:read', sort: 60 });
registerPortalEntry({ key: 'estate-problem', icon: <ToolOutlined />, color: '#d84315', label: { zh: '房间报修', en: 'Report a room problem' }, path: '/m/estate/room-problem', permission: 'estate:my-office:report', sort: 61 });
registerPortalEntry({ key: 'estate-housing', icon: <HomeOutlined />, color: '#5d4037', label: { zh: '住房申请', en: 'Staff housing' }, path: '/m/estate/housing', permission: 'estate:housing-application:apply', sort: 62 });

const MyOfficePage = lazy(() => import('./MyOfficePage'));
const RoomProblemPage = lazy(() => import('./RoomProblemPage'));
const HousingApplyPage = lazy(() => import('./HousingApplyPage'));

/** The estate pages of the portal (inside PortalApp's signed-in routes; pages of their own, no TabBar). */
export const estatePortalRoutes = (
  <>
    <Route path="estate/office" element={<MyOfficePage />} />
    <Route path="estate/room-problem" element={<RoomProblemPage />} />
    <Route path="estate/housing" element={<HousingApplyPage />} />
  </>
);
