import { Card, Descriptions, Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from './auth';
import { PasswordForm } from './PasswordForm';

/** 我的资料: who I am, my roles and permissions, and changing my password. */
export default function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { me, refresh } = useAuth();
  const [sp, setSp] = useSearchParams();
  const en = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  if (!me) return null;
  const roles = me.roles.map((r) => ({ code: r.code, name: (en ? r.nameEn : r.nameZh) || r.code }));
  return (
    <Card>
      <Tabs
        activeKey={sp.get('tab') ?? 'info'}
        onChange={(k) => setSp({ tab: k }, { replace: true })}
        items={[
          {
            key: 'info',
            label: t('profile.info'),
            children: (
              <Descriptions column={1} bordered size="middle" style={{ maxWidth: 800 }}>
                <Descriptions.Item label={t('profile.displayName')}>
                  <span data-testid="profile-name">{me.displayName}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('profile.username')}>{me.username}</Descriptions.Item>
                <Descriptions.Item label={t('profile.roles')}>
                  <span data-testid="profile-roles">
                    {roles.length ? (
                      roles.map((r) => (
                        <Tag key={r.code} color="blue">
                          {r.name}
                        </Tag>
                      ))
                    ) : (
                      <Typography.Text type="secondary">{t('profile.noRoles')}</Typography.Text>
                    )}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t('profile.permissions', { count: me.permissions.length })}>
                  <Space size={[4, 4]} wrap>
                    {me.permissions.map((p) => (
                      <Tag key={p}>{p}</Tag>
                    ))}
                  </Space>
                </Descriptions.Item>
              </Descriptions>
            ),
          },
          {
            key: 'password',
            label: t('user.changePassword'),
            children: <PasswordForm username={me.username} onDone={refresh} />,
          },
        ]}
      />
    </Card>
  );
}
