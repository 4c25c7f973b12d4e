import {
  ApartmentOutlined,
  ApiOutlined,
  BellOutlined,
  BookOutlined,
  DatabaseOutlined,
  FieldTimeOutlined,
  MessageOutlined,
  SendOutlined,
  AuditOutlined,
  BankOutlined,
  CheckSquareOutlined,
  CodeOutlined,
  HddOutlined,
  ClusterOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  FormOutlined,
  HistoryOutlined,
  IdcardOutlined,
  KeyOutlined,
  PartitionOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { fleetMenu } from '../console/fleet/menu';
import { estateMenu } from '../console/estate/menu';

export interface MenuPage {
  key: string;
  path: string;
  /** i18n key of the page name. */
  label: string;
  icon: ReactNode;
  /** Without one, any signed-in account sees the page. */
  permission?: string;
}
export interface MenuModule {
  key: string;
  label: string;
  icon: ReactNode;
  pages: MenuPage[];
}

/** The console menu, grouped by module; each page is shown only with its read permission. */
export const MENU: MenuModule[] = [
  {
    key: 'workflow', label: 'workflow.menu.group', icon: <CheckSquareOutlined />, pages: [
      { key: 'workflow-tasks', path: '/workflow/tasks', label: 'workflow.menu.tasks', icon: <CheckSquareOutlined /> },
      { key: 'workflow-requests', path: '/workflow/requests', label: 'workflow.menu.requests', icon: <FormOutlined /> },
      { key: 'workflow-definitions', path: '/workflow/definitions', label: 'workflow.menu.definitions', icon: <PartitionOutlined />, permission: 'platform:workflow:define' },
    ],
  },
  {
    key: 'inbox', label: 'platform.menu.inbox', icon: <BellOutlined />, pages: [
      { key: 'notifications', path: '/notifications', label: 'platform.menu.notifications', icon: <MessageOutlined /> },
    ],
  },
  fleetMenu,
  estateMenu,
  {
    key: 'org',
    label: 'menu.org',
    icon: <ApartmentOutlined />,
    pages: [
      { key: 'regions', path: '/org/regions', label: 'menu.regions', icon: <EnvironmentOutlined />, permission: 'org:region:read' },
      { key: 'agencies', path: '/org/agencies', label: 'menu.agencies', icon: <BankOutlined />, permission: 'org:agency:read' },
      { key: 'departments', path: '/org/departments', label: 'menu.departments', icon: <ClusterOutlined />, permission: 'org:department:read' },
      { key: 'positions', path: '/org/positions', label: 'menu.positions', icon: <IdcardOutlined />, permission: 'org:position:read' },
      { key: 'people', path: '/org/people', label: 'menu.people', icon: <TeamOutlined />, permission: 'org:person:read' },
    ],
  },
  {
    key: 'basedata', label: 'platform.menu.basedata', icon: <DatabaseOutlined />, pages: [
      { key: 'dict', path: '/basedata/dict', label: 'platform.menu.dict', icon: <BookOutlined />, permission: 'platform:dict:read' },
    ],
  },
  {
    key: 'system',
    label: 'menu.system',
    icon: <SettingOutlined />,
    pages: [
      { key: 'accounts', path: '/admin/accounts', label: 'menu.accounts', icon: <UserOutlined />, permission: 'platform:account:read' },
      { key: 'login-events', path: '/admin/login-events', label: 'menu.loginEvents', icon: <HistoryOutlined />, permission: 'platform:login-history:read' },
      { key: 'jobs', path: '/admin/jobs', label: 'platform.menu.jobs', icon: <FieldTimeOutlined />, permission: 'platform:job:read' },
      { key: 'outbox', path: '/admin/outbox', label: 'platform.menu.outbox', icon: <SendOutlined />, permission: 'platform:notify-outbox:read' },
      { key: 'events', path: '/admin/events', label: 'platform.menu.events', icon: <ApiOutlined />, permission: 'platform:event:read' },
      { key: 'api-tokens', path: '/admin/api-tokens', label: 'integration.menu.apiTokens', icon: <CodeOutlined />, permission: 'platform:api-token:read' },
      { key: 'devices', path: '/admin/devices', label: 'integration.menu.devices', icon: <HddOutlined />, permission: 'platform:device:read' },
    ],
  },
  {
    key: 'security',
    label: 'menu.security',
    icon: <SafetyOutlined />,
    pages: [
      { key: 'roles', path: '/admin/roles', label: 'menu.roles', icon: <SafetyCertificateOutlined />, permission: 'platform:role:read' },
      { key: 'grants', path: '/admin/grants', label: 'menu.grants', icon: <KeyOutlined />, permission: 'platform:grant:read' },
    ],
  },
  {
    key: 'audit',
    label: 'menu.audit',
    icon: <AuditOutlined />,
    pages: [
      { key: 'audit-records', path: '/audit/records', label: 'menu.auditRecords', icon: <FileSearchOutlined />, permission: 'platform:audit:read' },
    ],
  },
];

/** The menu the account may see: modules without any allowed page disappear. */
export function menuFor(permissions: string[]): MenuModule[] {
  const held = new Set(permissions);
  return MENU.map((m) => ({ ...m, pages: m.pages.filter((p) => !p.permission || held.has(p.permission)) })).filter((m) => m.pages.length > 0);
}

export function findPage(pathname: string): { module: MenuModule; page: MenuPage } | undefined {
  for (const module of MENU) for (const page of module.pages) if (pathname === page.path || pathname.startsWith(`${page.path}/`)) return { module, page };
  return undefined;
}
