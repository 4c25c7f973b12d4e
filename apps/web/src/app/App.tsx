import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router-dom';
import { ApiError } from '../shared/api';
import { NotifyHolder, showError } from '../shared/notify';
import { AuthProvider, useAuth } from './auth';
import { ConsoleLayout } from './Layout';
import { LoginPage } from './LoginPage';
import { MENU } from './menu';
import { estatePages } from '../console/estate/pages';

const BootstrapPage = lazy(() => import('./BootstrapPage'));
const ForcedPasswordPage = lazy(() => import('./ForcedPasswordPage'));
const HomePage = lazy(() => import('./HomePage'));
const ProfilePage = lazy(() => import('./ProfilePage'));
const NotFound = lazy(() => import('./NotFound'));
const PortalApp = lazy(() => import('../portal/PortalApp'));

const PAGES: Record<string, React.LazyExoticComponent<() => ReactNode>> = {
  regions: lazy(() => import('../console/org/RegionsPage')),
  agencies: lazy(() => import('../console/org/AgenciesPage')),
  departments: lazy(() => import('../console/org/DepartmentsPage')),
  positions: lazy(() => import('../console/org/PositionsPage')),
  people: lazy(() => import('../console/org/PeoplePage')),
  accounts: lazy(() => import('../console/admin/AccountsPage')),
  'login-events': lazy(() => import('../console/admin/LoginEventsPage')),
  roles: lazy(() => import('../console/admin/RolesPage')),
  grants: lazy(() => import('../console/admin/GrantsPage')),
  'audit-records': lazy(() => import('../console/audit/AuditPage')),
  'workflow-tasks': lazy(() => import('../console/workflow/MyTasksPage')),
  'workflow-requests': lazy(() => import('../console/workflow/RequestsPage')),
  'workflow-definitions': lazy(() => import('../console/workflow/DefinitionsPage')),
  notifications: lazy(() => import('../console/platform/InboxPage')),
  jobs: lazy(() => import('../console/platform/JobsPage')),
  outbox: lazy(() => import('../console/platform/OutboxPage')),
  events: lazy(() => import('../console/platform/EventsPage')),
  dict: lazy(() => import('../console/platform/DictPage')),
  'api-tokens': lazy(() => import('../console/integration/ApiTokensPage')),
  devices: lazy(() => import('../console/integration/DevicesPage')),
  'fleet-vehicles': lazy(() => import('../console/fleet/VehiclesPage')),
  'fleet-requests': lazy(() => import('../console/fleet/TripRequestsPage')),
  'fleet-dispatch': lazy(() => import('../console/fleet/DispatchPage')),
  'fleet-trips': lazy(() => import('../console/fleet/TripsPage')),
  'fleet-fuel': lazy(() => import('../console/fleet/FuelRecordsPage')),
  'fleet-disclosure': lazy(() => import('../console/fleet/DisclosurePage')),
  'fleet-rewards': lazy(() => import('../console/fleet/RewardsPage')),
  'fleet-drivers': lazy(() => import('../console/fleet/DriversPage')),
  'fleet-maintenance': lazy(() => import('../console/fleet/MaintenancePage')),
  'fleet-standards': lazy(() => import('../console/fleet/StandardsPage')),
  'fleet-supervision': lazy(() => import('../console/fleet/SupervisionPage')),
  'fleet-charging': lazy(() => import('../console/fleet/ChargingPage')),
  ...estatePages,
};
// Detail pages under a menu page (the breadcrumb follows the menu page).
const FleetVehicleDetail = lazy(() => import('../console/fleet/VehicleDetailPage'));
const FleetTripRequests = PAGES['fleet-requests']!;

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: showError }),
  mutationCache: new MutationCache({ onError: showError }),
  defaultOptions: {
    queries: {
      retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const Loading = () => <Spin size="large" style={{ display: 'block', margin: '160px auto' }} />;

/** Signed in, and (if required) the password already changed; otherwise redirect. */
function RequireAuth() {
  const { me } = useAuth();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.mustChangePassword) return <Navigate to="/change-password" replace />;
  return <Outlet />;
}

function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? children : <NotFound forbidden />;
}

function ForcedPasswordRoute() {
  const { me } = useAuth();
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to="/login" replace />;
  if (!me.mustChangePassword) return <Navigate to="/" replace />;
  return (
    <Suspense fallback={<Loading />}>
      <ForcedPasswordPage />
    </Suspense>
  );
}

const router = createBrowserRouter([
  { path: '/m/*', element: <Suspense fallback={<Loading />}><PortalApp /></Suspense> },
  { path: '/login', element: <LoginPage /> },
  { path: '/change-password', element: <ForcedPasswordRoute /> },
  {
    // Public: the first-run page of an empty installation (the link the server prints).
    path: '/bootstrap',
    element: (
      <Suspense fallback={<Loading />}>
        <BootstrapPage />
      </Suspense>
    ),
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <ConsoleLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'fleet/vehicles/:id', element: <RequirePermission permission="fleet:vehicle:read"><FleetVehicleDetail /></RequirePermission> },
          { path: 'fleet/trip-requests/:id', element: <RequirePermission permission="fleet:trip-request:read"><FleetTripRequests /></RequirePermission> },
          ...MENU.flatMap((m) =>
            m.pages.map((p) => {
              const Page = PAGES[p.key]!;
              return { path: p.path, element: p.permission ? <RequirePermission permission={p.permission}><Page /></RequirePermission> : <Page /> };
            }),
          ),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

function Localised({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const en = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (
    <ConfigProvider locale={en ? enUS : zhCN} theme={{ token: { colorPrimary: '#1565c0', borderRadius: 4 } }}>
      <AntApp>
        <NotifyHolder />
        {children}
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Localised>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </Localised>
    </QueryClientProvider>
  );
}
