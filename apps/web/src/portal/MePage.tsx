import { KeyOutlined, LaptopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Dialog, List, Space, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { ApiError, get } from '../shared/api';
import { TabTitle } from './Frame';
import { isEn, PK } from './data';
import { LanguageSwitch } from './LanguageSwitch';

interface Person { id: string; name: string; agencyName: string; departmentName: string | null; post: string | null }

/** 我的: name, agency, roles; change password, language, sign out. */
export default function MePage() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  // why tolerate 403/404: the record needs org read access in some deployments; the page works without it.
  const person = useQuery({
    queryKey: [PK, 'person', me?.personId],
    enabled: !!me?.personId,
    queryFn: async () => {
      try {
        return await get<Person>(`/api/v1/org/people/${me!.personId}`);
      } catch (e) {
        if (e instanceof ApiError && (e.status === 403 || e.status === 404)) return null;
        throw e;
      }
    },
  });
  if (!me) return null;
  const en = isEn();
  const p = person.data;
  const roles = me.roles.map((r) => ({ code: r.code, name: (en ? r.nameEn : r.nameZh) || r.code }));

  const signOut = async () => {
    if (!(await Dialog.confirm({ content: t('portal.me.confirmLogout'), confirmText: t('portal.common.confirm'), cancelText: t('portal.common.cancel') }))) return;
    await logout();
    navigate('/m/login', { replace: true });
  };

  return (
    <div data-testid="portal-me">
      <TabTitle title={t('portal.me.title')} />
      <div className="zdm-profile-head">
        <div className="zdm-avatar">{(p?.name ?? me.displayName).slice(-2)}</div>
        <div style={{ minWidth: 0 }}>
          <div className="zdm-hero-name" data-testid="portal-me-name">{p?.name ?? me.displayName}</div>
          <div className="zdm-hero-sub" data-testid="portal-me-agency">
            {p ? [p.agencyName, p.departmentName, p.post].filter(Boolean).join(' · ') : me.username}
          </div>
        </div>
      </div>
      <List mode="card" style={{ margin: '12px 12px 0' }}>
        <List.Item extra={me.username}>{t('portal.me.username')}</List.Item>
        {p && <List.Item extra={<span style={{ whiteSpace: 'normal' }}>{p.agencyName}</span>}>{t('portal.me.agency')}</List.Item>}
        {p?.departmentName && <List.Item extra={p.departmentName}>{t('portal.me.department')}</List.Item>}
        <List.Item
          description={
            <Space wrap style={{ '--gap': '6px', marginTop: 4 }} data-testid="portal-me-roles">
              {roles.length ? roles.map((r) => <Tag key={r.code} color="primary" fill="outline">{r.name}</Tag>) : t('portal.me.noRoles')}
            </Space>
          }
        >
          {t('portal.me.roles')}
        </List.Item>
      </List>
      <List mode="card" style={{ margin: '12px 12px 0' }}>
        <List.Item prefix={<KeyOutlined />} onClick={() => navigate('/m/password')} data-testid="portal-change-password">{t('portal.me.changePassword')}</List.Item>
        <LanguageSwitch />
        <List.Item prefix={<LaptopOutlined />} onClick={() => (window.location.href = '/')}>{t('portal.me.console')}</List.Item>
      </List>
      <div className="zdm-logout">
        <Button block size="large" color="danger" fill="outline" onClick={() => void signOut()} data-testid="portal-logout">{t('portal.me.logout')}</Button>
      </div>
    </div>
  );
}
