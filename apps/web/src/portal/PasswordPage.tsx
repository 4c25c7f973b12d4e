import { Button, Form, Input, NoticeBar, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { post } from '../shared/api';
import { SubPage } from './Frame';
import { toastError } from './data';

interface Values { currentPassword: string; newPassword: string; confirm: string }

/** 修改密码 (also the forced change after a reset: no way back until it is done). */
export default function PasswordPage() {
  const { t } = useTranslation();
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const forced = !!me?.mustChangePassword;

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await post('/api/v1/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      Toast.show({ icon: 'success', content: t('portal.password.done') });
      await refresh();
      navigate(forced ? '/m' : '/m/me', { replace: true });
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SubPage title={t('portal.password.title')} back={forced ? null : -1} testid="portal-password">
      {forced && <NoticeBar content={t('portal.password.forced')} color="alert" wrap />}
      <Form
        form={form}
        layout="horizontal"
        mode="card"
        onFinish={submit}
        style={{ marginTop: 12 }}
        footer={<Button block type="submit" color="primary" size="large" loading={busy} data-testid="portal-password-submit">{t('portal.password.submit')}</Button>}
      >
        <Form.Item name="currentPassword" label={t('portal.password.current')} rules={[{ required: true, message: t('portal.password.required') }]}>
          <Input type="password" autoComplete="current-password" data-testid="portal-password-current" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('portal.password.next')} rules={[{ required: true, message: t('portal.password.required') }]} help={t('portal.password.hint')}>
          <Input type="password" autoComplete="new-password" data-testid="portal-password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('portal.password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('portal.password.required') },
            ({ getFieldValue }) => ({ validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('portal.password.mismatch')))) }),
          ]}
        >
          <Input type="password" autoComplete="new-password" data-testid="portal-password-confirm" />
        </Form.Item>
      </Form>
    </SubPage>
  );
}
