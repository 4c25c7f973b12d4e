import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../shared/api';
import { errorText, showError } from '../shared/notify';
import { useAuth } from './auth';
import { LanguageSwitch } from './Layout';

/** The codes the OIDC callback redirects with (`/login?error=<code>`). */
const OIDC_ERRORS = ['oidc_unlinked', 'oidc_disabled', 'oidc_expired', 'oidc_failed'] as const;
type OidcError = (typeof OIDC_ERRORS)[number];
const isOidcError = (v: string | null): v is OidcError => OIDC_ERRORS.includes(v as OidcError);

interface Values {
  username: string;
  password: string;
}

/** 登录: the server's message says how many tries are left or how long the account is locked. */
export function LoginPage() {
  const { t } = useTranslation();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [params] = useSearchParams();
  const oidcError = params.get('error');
  const [problem, setProblem] = useState<{ type: 'error' | 'warning'; text: string; code: string } | null>(null);
  const methods = useQuery({ queryKey: ['auth-methods'], queryFn: () => unwrap(api.GET('/api/v1/auth/methods')), staleTime: Infinity });
  const oidcStart = methods.data?.oidcStartUrl;

  if (me) return <Navigate to={me.mustChangePassword ? '/change-password' : '/'} replace />;

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      const user = await login(v.username.trim(), v.password);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(user.mustChangePassword ? '/change-password' : from && from !== '/login' ? from : '/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && [401, 403, 423, 429].includes(e.status)) {
        setProblem({ type: e.status === 401 ? 'error' : 'warning', text: errorText(e.body), code: e.body.code });
      } else showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="zd-login">
      <div className="zd-login-lang">
        <LanguageSwitch />
      </div>
      <Card className="zd-login-card">
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
        </div>
        {!problem && isOidcError(oidcError) && (
          <Alert
            type={oidcError === 'oidc_failed' || oidcError === 'oidc_expired' ? 'warning' : 'error'}
            showIcon
            title={t(`integration.loginError.${oidcError}`)}
            style={{ marginBottom: 16 }}
            data-testid="login-oidc-error"
            data-code={oidcError}
          />
        )}
        {problem && (
          <Alert
            type={problem.type}
            showIcon
            title={problem.text}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            data-code={problem.code}
          />
        )}
        <Form<Values> layout="vertical" size="large" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        {oidcStart && (
          <Button block style={{ marginTop: 12 }} href={oidcStart} data-testid="login-oidc">
            {t('integration.loginWithOidc')}
          </Button>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12, textAlign: 'center' }}>
          {t('app.owner')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
