import { DownOutlined, GlobalOutlined, HomeOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Breadcrumb, Button, Dropdown, Layout, Menu, Space, Spin, Tooltip, Typography, theme } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { NotificationBell, TasksBadge } from '../console/platform/HeaderBadges';
import { useAuth } from './auth';
import { findPage, menuFor } from './menu';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const en = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (
    <Dropdown
      menu={{
        selectable: true,
        selectedKeys: [en ? 'en-US' : 'zh-CN'],
        items: [
          { key: 'zh-CN', label: <span data-testid="lang-zh-CN">简体中文</span> },
          { key: 'en-US', label: <span data-testid="lang-en-US">English</span> },
        ],
        onClick: ({ key }) => void i18n.changeLanguage(key),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} data-testid="lang-switch" aria-label={t('header.language')}>
        {en ? 'English' : '简体中文'}
      </Button>
    </Dropdown>
  );
}

/** The console shell: menu from permissions, header, breadcrumbs. */
export function ConsoleLayout() {
  const { t, i18n } = useTranslation();
  const { me, logout } = useAuth();
  const en = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  const roleNames = (me?.roles ?? []).map((r) => (en ? r.nameEn : r.nameZh) || r.code).join(en ? ', ' : '、');
  const { token } = theme.useToken();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const modules = useMemo(() => menuFor(me?.permissions ?? []), [me]);
  const current = findPage(location.pathname);
  const crumb =
    location.pathname === '/profile'
      ? [{ title: t('menu.profile') }]
      : current
        ? [{ title: t(current.module.label) }, { title: t(current.page.label) }]
        : [];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220} theme="dark">
        <div className="zd-logo" onClick={() => navigate('/')}>
          <span className="zd-logo-mark">舟</span>
          {!collapsed && <span className="zd-logo-text">{t('app.name')}</span>}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          data-testid="side-menu"
          selectedKeys={current ? [current.page.key] : []}
          defaultOpenKeys={modules.map((m) => m.key)}
          items={modules.map((m) => ({
            key: m.key,
            icon: m.icon,
            label: t(m.label),
            children: m.pages.map((p) => ({
              key: p.key,
              icon: p.icon,
              label: (
                <Link to={p.path} data-testid={`menu-${p.key}`}>
                  {t(p.label)}
                </Link>
              ),
            })),
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="zd-header" style={{ background: token.colorBgContainer }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="product-name">
            {t('app.name')}
            <Typography.Text type="secondary" style={{ fontSize: 13, marginLeft: 12, fontWeight: 'normal' }}>
              {t('app.owner')}
            </Typography.Text>
          </Typography.Title>
          <Space size={8}>
            <TasksBadge />
            <NotificationBell />
            <LanguageSwitch />
            <Dropdown
              menu={{
                items: [
                  { key: 'profile', icon: <UserOutlined />, label: <span data-testid="user-profile">{t('menu.profile')}</span> },
                  { key: 'password', icon: <KeyOutlined />, label: <span data-testid="user-password">{t('user.changePassword')}</span> },
                  { type: 'divider' },
                  { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="user-logout">{t('user.logout')}</span> },
                ],
                onClick: ({ key }) => {
                  if (key === 'profile') navigate('/profile');
                  else if (key === 'password') navigate('/profile?tab=password');
                  else void logout().then(() => navigate('/login', { replace: true }));
                },
              }}
            >
              <Tooltip
                // why left: the dropdown menu opens below the button; the tooltip must not cover it.
                placement="left"
                title={
                  <span data-testid="user-roles">
                    {t('header.rolesTip', { username: me?.username ?? '', roles: roleNames || t('profile.noRoles') })}
                  </span>
                }
              >
                <Button type="text" data-testid="user-menu">
                  <Space>
                    <Avatar size="small" style={{ background: token.colorPrimary }}>
                      {me?.displayName.slice(0, 1)}
                    </Avatar>
                    {me?.displayName}
                    <DownOutlined />
                  </Space>
                </Button>
              </Tooltip>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: '12px 24px 24px' }}>
          <Breadcrumb
            style={{ marginBottom: 12 }}
            data-testid="breadcrumb"
            items={[{ title: <Link to="/"><HomeOutlined /> {t('menu.home')}</Link> }, ...crumb]}
          />
          <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
