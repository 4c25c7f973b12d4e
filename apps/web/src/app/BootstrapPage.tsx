import { AuditOutlined, SafetyOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Result, Row, Typography } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../shared/api';
import { applyFieldErrors, errorText, showError } from '../shared/notify';
import { LanguageSwitch } from './Layout';
import { policyProblem } from './PasswordForm';

const ADMINS = ['sysadmin', 'secadmin', 'auditor'] as const;
type AdminKey = (typeof ADMINS)[number];
const ICONS: Record<AdminKey, ReactNode> = { sysadmin: <SettingOutlined />, secadmin: <SafetyOutlined />, auditor: <AuditOutlined /> };

interface Admin {
  username: string;
  displayName: string;
  password: string;
  confirm: string;
}
type Values = Record<AdminKey, Admin>;

/**
 * 首次初始化 (public): an empty installation prints a one-time link to this page, where the three
 * administrators of 三员分立 are created. The token is checked by the server only.
 */
export default function BootstrapPage() {
  const { t } = useTranslation();
  const [sp] = useSearchParams();
  const token = sp.get('token') ?? '';
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<'form' | 'done' | 'invalid'>(token ? 'form' : 'invalid');
  const [problem, setProblem] = useState<{ text: string; details: string[] } | null>(null);
  const [created, setCreated] = useState<Values | null>(null);

  const usernameOf = (key: AdminKey) => String(form.getFieldValue([key, 'username']) ?? '').trim();

  const distinct = (key: AdminKey) => (_: RuleObject, value: string | undefined) => {
    const v = value?.trim().toLowerCase();
    if (!v) return Promise.resolve();
    const clash = ADMINS.some((k) => k !== key && usernameOf(k).toLowerCase() === v);
    return clash ? Promise.reject(new Error(t('bootstrap.usernamesDiffer'))) : Promise.resolve();
  };
  const policy = (key: AdminKey) => (_: RuleObject, value: string | undefined) => {
    const p = value ? policyProblem(value, usernameOf(key)) : null;
    return p ? Promise.reject(new Error(t(p))) : Promise.resolve();
  };

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    const admin = (a: Admin) => ({ username: a.username.trim(), displayName: a.displayName.trim(), password: a.password });
    try {
      await unwrap(api.POST('/api/v1/auth/bootstrap', { body: { token, sysadmin: admin(v.sysadmin), secadmin: admin(v.secadmin), auditor: admin(v.auditor) } }));
      setCreated(v);
      setState('done');
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'BOOTSTRAP_INVALID') setState('invalid');
      else if (e instanceof ApiError && (e.status === 400 || e.status === 409)) {
        // Field errors under their fields when the path names one (e.g. secadmin.username), and listed above.
        applyFieldErrors(form, e);
        setProblem({ text: errorText(e.body), details: e.body.fields?.map((f) => f.message) ?? [] });
      } else showError(e);
    } finally {
      setBusy(false);
    }
  };

  let content: ReactNode;
  if (state === 'invalid') {
    content = (
      <Result
        status="error"
        title={<span data-testid="bootstrap-invalid">{t('bootstrap.invalid')}</span>}
        subTitle={t('bootstrap.invalidHint')}
        extra={
          <Link to="/login">
            <Button type="primary">{t('bootstrap.toLogin')}</Button>
          </Link>
        }
      />
    );
  } else if (state === 'done') {
    content = (
      <Result
        status="success"
        title={<span data-testid="bootstrap-done">{t('bootstrap.done')}</span>}
        subTitle={t('bootstrap.doneHint', {
          sysadmin: created?.sysadmin.username ?? '',
          secadmin: created?.secadmin.username ?? '',
          auditor: created?.auditor.username ?? '',
        })}
        extra={
          <Link to="/login" data-testid="bootstrap-login">
            <Button type="primary">{t('bootstrap.toLogin')}</Button>
          </Link>
        }
      />
    );
  } else {
    content = (
      <>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('bootstrap.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('bootstrap.intro')}
        </Typography.Paragraph>
        <Alert type="info" showIcon title={t('bootstrap.separation')} style={{ marginBottom: 16 }} />
        {problem && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setProblem(null) }}
            title={problem.text}
            description={problem.details.length ? problem.details.join('；') : undefined}
            style={{ marginBottom: 16 }}
            data-testid="bootstrap-error"
          />
        )}
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} validateTrigger={['onBlur', 'onSubmit']} requiredMark={false}>
          <Row gutter={16}>
            {ADMINS.map((key) => (
              <Col key={key} xs={24} lg={8}>
                <Card
                  size="small"
                  title={
                    <span>
                      {ICONS[key]} {t(`bootstrap.${key}`)}
                    </span>
                  }
                  extra={<Typography.Text type="secondary">{t(`bootstrap.${key}Duty`)}</Typography.Text>}
                  style={{ marginBottom: 16 }}
                  data-testid={`bootstrap-${key}`}
                >
                  <Form.Item
                    name={[key, 'username']}
                    label={t('login.username')}
                    dependencies={ADMINS.filter((k) => k !== key).map((k) => [k, 'username'])}
                    rules={[
                      { required: true, whitespace: true, message: t('login.usernameRequired') },
                      { pattern: /^\s*[A-Za-z0-9._-]{3,32}\s*$/, message: t('bootstrap.usernamePattern') },
                      { validator: distinct(key) },
                    ]}
                  >
                    <Input autoComplete="off" data-testid={`bootstrap-${key}-username`} />
                  </Form.Item>
                  <Form.Item
                    name={[key, 'displayName']}
                    label={t('profile.displayName')}
                    rules={[
                      { required: true, whitespace: true, message: t('admin.displayNameRequired') },
                      { max: 32, message: t('bootstrap.displayNameMax') },
                    ]}
                  >
                    <Input autoComplete="off" data-testid={`bootstrap-${key}-displayName`} />
                  </Form.Item>
                  <Form.Item
                    name={[key, 'password']}
                    label={t('login.password')}
                    dependencies={[[key, 'username']]}
                    rules={[{ required: true, message: t('login.passwordRequired') }, { validator: policy(key) }]}
                  >
                    <Input.Password autoComplete="new-password" data-testid={`bootstrap-${key}-password`} />
                  </Form.Item>
                  <Form.Item
                    name={[key, 'confirm']}
                    label={t('bootstrap.confirm')}
                    dependencies={[[key, 'password']]}
                    rules={[
                      { required: true, message: t('bootstrap.confirmRequired') },
                      ({ getFieldValue }) => ({
                        validator: (_, value: string | undefined) =>
                          !value || value === getFieldValue([key, 'password']) ? Promise.resolve() : Promise.reject(new Error(t('bootstrap.mismatch'))),
                      }),
                    ]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.Password autoComplete="new-password" data-testid={`bootstrap-${key}-confirm`} />
                  </Form.Item>
                </Card>
              </Col>
            ))}
          </Row>
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
            <Typography.Text type="secondary">{t('password.policy')}</Typography.Text>
            <Button type="primary" htmlType="submit" size="large" loading={busy} data-testid="bootstrap-submit">
              {t('bootstrap.submit')}
            </Button>
          </div>
        </Form>
      </>
    );
  }

  return (
    <div className="zd-login zd-bootstrap">
      <div className="zd-login-lang">
        <LanguageSwitch />
      </div>
      <Card className="zd-bootstrap-card" data-testid="bootstrap-page">
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
          {t('app.name')} · {t('app.owner')}
        </Typography.Text>
        {content}
      </Card>
    </div>
  );
}
