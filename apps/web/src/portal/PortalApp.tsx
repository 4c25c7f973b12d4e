import './setup';
import './portal.css';
import { BellOutlined, HomeOutlined, SolutionOutlined, UserOutlined } from '@ant-design/icons';
import { ConfigProvider, TabBar } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { useCounts } from './data';
import { Loading } from './Frame';
import { registerPortalStrings } from './i18n';
import './registry';
import './fleet/registry';
import { estatePortalRoutes } from './estate/entries';

registerPortalStrings();

const HomePage = lazy(() => import('./HomePage'));
const TasksPage = lazy(() => import('./TasksPage'));
const TaskDetailPage = lazy(() => import('./TaskDetailPage'));
const MessagesPage = lazy(() => import('./MessagesPage'));
const MePage = lazy(() => import('./MePage'));
const PasswordPage = lazy(() => import('./PasswordPage'));
const RequestsPage = lazy(() => import('./RequestsPage'));
const LoginPage = lazy(() => import('./LoginPage'));
const FleetRequestsPage = lazy(() => import('./fleet/RequestsPage'));
const FleetRequestDetailPage = lazy(() => import('./fleet/RequestDetailPage'));
const FleetDriverTasksPage = lazy(() => import('./fleet/DriverTasksPage'));
const FleetDisclosurePage = lazy(() => import('./fleet/DisclosurePage'));

/** Signed in (and password changed when required), or off to the portal's sign-in page. */
function RequireAuth() {
  const { me } = useAuth();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to="/m/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.mustChangePassword && location.pathname !== '/m/password') return <Navigate to="/m/password" replace />;
  return <Outlet />;
}

const TABS = [
  { key: '/m', icon: <HomeOutlined />, label: 'portal.tabs.home', badge: null },
  { key: '/m/tasks', icon: <SolutionOutlined />, label: 'portal.tabs.tasks', badge: 'tasks' },
  { key: '/m/messages', icon: <BellOutlined />, label: 'portal.tabs.messages', badge: 'messages' },
  { key: '/m/me', icon: <UserOutlined />, label: 'portal.tabs.me', badge: null },
] as const;

/** A page with the bottom TabBar (首页 / 待办 / 消息 / 我的). */
function TabLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const counts = useCounts();
  const active = TABS.find((x) => x.key !== '/m' && location.pathname.startsWith(x.key))?.key ?? '/m';
  const badgeOf = (b: 'tasks' | 'messages' | null) => {
    const n = b ? counts[b] : 0;
    return n > 0 ? <span data-testid={`portal-tab-badge-${b}`}>{n > 99 ? '99+' : n}</span> : undefined;
  };
  return (
    <div className="zdm-app">
      <div className="zdm-body">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </div>
      <div className="zdm-tabbar" data-testid="portal-tabbar">
        <TabBar activeKey={active} onChange={(k) => navigate(k)} safeArea>
          {TABS.map((x) => (
            <TabBar.Item key={x.key} icon={<span data-testid={`portal-tab-${x.key.split('/')[2] ?? 'home'}`}>{x.icon}</span>} title={t(x.label)} badge={badgeOf(x.badge)} />
          ))}
        </TabBar>
      </div>
    </div>
  );
}

/** 舟到e管家 on a phone: the portal of every cadre at /m. */
export function PortalApp() {
  const { i18n } = useTranslation();
  const en = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (
    <ConfigProvider locale={en ? enUS : zhCN}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="login" element={<LoginPage />} />
          <Route element={<RequireAuth />}>
            <Route element={<TabLayout />}>
              <Route index element={<HomePage />} />
              <Route path="tasks" element={<TasksPage />} />
              <Route path="messages" element={<MessagesPage />} />
              <Route path="me" element={<MePage />} />
            </Route>
            <Route path="tasks/:instanceId" element={<TaskDetailPage />} />
            <Route path="requests" element={<RequestsPage />} />
            <Route path="password" element={<PasswordPage />} />
            <Route path="fleet/requests" element={<FleetRequestsPage />} />
            <Route path="fleet/requests/:id" element={<FleetRequestDetailPage />} />
            <Route path="fleet/driver" element={<FleetDriverTasksPage />} />
            <Route path="fleet/disclosure" element={<FleetDisclosurePage />} />
            {estatePortalRoutes}
            <Route path="*" element={<Navigate to="/m" replace />} />
          </Route>
        </Routes>
      </Suspense>
    </ConfigProvider>
  );
}

export default PortalApp;
