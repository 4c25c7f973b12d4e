import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { LanguageSwitch } from './LanguageSwitch';
import { toastError } from './data';

/** 登录 on a phone; after sign-in back to where the user was going, else 首页. */
export default function LoginPage() {
  const { t } = useTranslation();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;
  const target = from && from.startsWith('/m') && from !== '/m/login' ? from : '/m';
  if (me) return <Navigate to={me.mustChangePassword ? '/m/password' : target} replace />;

  const submit = async (v: { username?: string; password?: string }) => {
    setBusy(true);
    try {
      const user = await login(v.username!.trim(), v.password!);
      navigate(user.mustChangePassword ? '/m/password' : target, { replace: true });
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="zdm-login" data-testid="portal-login">
      <div className="zdm-login-head">
        <div className="zdm-login-mark">舟</div>
        <div className="zdm-login-name">{t('portal.title')}</div>
        <div className="zdm-login-owner">{t('portal.subtitle')}</div>
      </div>
      <div className="zdm-login-card">
        <Form
          layout="vertical"
          mode="card"
          onFinish={submit}
          requiredMarkStyle="none"
          footer={
            <Button block type="submit" color="primary" size="large" loading={busy} data-testid="portal-login-submit">
              {t('portal.login.submit')}
            </Button>
          }
        >
          <Form.Item name="username" label={t('portal.login.username')} rules={[{ required: true, whitespace: true, message: t('portal.login.required') }]}>
            <Input placeholder={t('portal.login.usernamePlaceholder')} autoComplete="username" clearable data-testid="portal-login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('portal.login.password')} rules={[{ required: true, message: t('portal.login.required') }]}>
            <Input type="password" placeholder={t('portal.login.passwordPlaceholder')} autoComplete="current-password" clearable data-testid="portal-login-password" />
          </Form.Item>
        </Form>
      </div>
      <div className="zdm-login-foot">
        <LanguageSwitch compact />
        <a href="/login">{t('portal.login.console')}</a>
      </div>
    </div>
  );
}
