import { Button, Form, Input } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { http } from '../shared/api';
import { applyFieldErrors, showError, showSuccess } from '../shared/notify';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** The password policy, checked here too so the user sees the rule before submitting. */
export function policyProblem(password: string, username: string): string | null {
  if (password.length < 8) return 'password.tooShort';
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) return 'password.classes';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'password.containsUsername';
  return null;
}

/** 修改密码 (POST /api/v1/auth/password), used on the forced page and on 我的资料. */
export function PasswordForm({ username, onDone }: { username: string; onDone(): void | Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const policy = (_: RuleObject, value: string | undefined) => {
    if (!value) return Promise.resolve();
    const p = policyProblem(value, username);
    return p ? Promise.reject(new Error(t(p))) : Promise.resolve();
  };

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await http('POST', '/api/v1/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
      showSuccess(t('password.changed'));
      form.resetFields();
      await onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e)) showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} validateTrigger={['onBlur', 'onSubmit']} style={{ maxWidth: 420 }}>
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.currentRequired') }]}>
        <Input.Password autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.policy')}
        rules={[
          { required: true, message: t('password.newRequired') },
          { validator: policy },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              value && value === getFieldValue('currentPassword') ? Promise.reject(new Error(t('password.same'))) : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="password-submit">
        {t('password.submit')}
      </Button>
    </Form>
  );
}
