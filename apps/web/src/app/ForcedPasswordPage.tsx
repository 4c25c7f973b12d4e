import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from './auth';
import { LanguageSwitch } from './Layout';
import { PasswordForm } from './PasswordForm';

/** After sign-in with an initial or expired password: nothing else is reachable until it is changed. */
export default function ForcedPasswordPage() {
  const { t } = useTranslation();
  const { me, refresh, logout } = useAuth();
  const navigate = useNavigate();
  return (
    <div className="zd-login">
      <div className="zd-login-lang">
        <LanguageSwitch />
      </div>
      <Card className="zd-login-card" style={{ width: 480 }} data-testid="forced-password">
        <Typography.Title level={3}>{t('password.forcedTitle')}</Typography.Title>
        <Alert type="warning" showIcon title={t('password.forcedHint', { name: me?.displayName ?? '' })} style={{ marginBottom: 16 }} />
        <PasswordForm
          username={me?.username ?? ''}
          onDone={async () => {
            await refresh();
            navigate('/', { replace: true });
          }}
        />
        <Button type="link" style={{ marginTop: 8, padding: 0 }} onClick={() => void logout().then(() => navigate('/login', { replace: true }))}>
          {t('user.logout')}
        </Button>
      </Card>
    </div>
  );
}
