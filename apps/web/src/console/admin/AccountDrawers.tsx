import { Form, Input, Select } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { policyProblem } from '../../app/PasswordForm';
import { listPeople, patch, post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { RemoteSelect } from '../../shared/RemoteSelect';
import type { Person } from '../org/types';
import type { Account } from './types';

const PATH = '/api/v1/admin/accounts';

/** The password policy rule; the user name comes from the form's `username` field or the fallback. */
function usePolicyRule(fallback: string) {
  const { t } = useTranslation();
  return ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
    validator: (_: RuleObject, v: string | undefined) => {
      const p = v ? policyProblem(v, (getFieldValue('username') as string | undefined) ?? fallback) : null;
      return p ? Promise.reject(new Error(t(p))) : Promise.resolve();
    },
  });
}

interface AccountValues {
  username: string;
  displayName: string;
  personId?: string | null;
  initialPassword?: string;
  status?: 'active' | 'disabled';
}

/** 新建 / 编辑账号. */
export function AccountDrawer({ open, account, onClose, onSaved }: { open: boolean; account: Account | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const policy = usePolicyRule(account?.username ?? '');
  const submit = async (v: AccountValues) => {
    // why null: a cleared select yields undefined, which the PATCH reads as "unchanged".
    if (account) await patch(`${PATH}/${account.id}`, { displayName: v.displayName, personId: v.personId || null, status: v.status });
    else await post(PATH, { username: v.username, displayName: v.displayName, personId: v.personId || undefined, initialPassword: v.initialPassword });
    onSaved();
  };
  return (
    <FormDrawer<AccountValues>
      open={open}
      title={account ? t('admin.editAccount') : t('admin.newAccount')}
      onClose={onClose}
      initialValues={account ? { ...account, status: account.status as AccountValues['status'] } : undefined}
      onSubmit={submit}
      testid="account-drawer"
    >
      {
          <>
            <Form.Item
              name="username"
              label={t('admin.username')}
              rules={[
                { required: true, message: t('admin.usernameRequired') },
                { pattern: /^[A-Za-z0-9._-]{3,64}$/, message: t('admin.usernamePattern') },
              ]}
            >
              <Input disabled={!!account} autoComplete="off" data-testid="account-username" />
            </Form.Item>
            <Form.Item name="displayName" label={t('admin.displayName')} rules={[{ required: true, whitespace: true, message: t('admin.displayNameRequired') }]}>
              <Input data-testid="account-displayName" />
            </Form.Item>
            <Form.Item name="personId" label={t('admin.person')} extra={t('admin.personHint')}>
              <RemoteSelect<Person>
                path="/api/v1/org/people"
                fetch={listPeople}
                labelOf={(p) => `${p.name}（${p.agencyName}）`}
                initialLabel={account?.personName ?? undefined}
              />
            </Form.Item>
            {account ? (
              <Form.Item name="status" label={t('common.status')}>
                <Select
                  options={[
                    { value: 'active', label: t('status.active') },
                    { value: 'disabled', label: t('status.disabled') },
                  ]}
                />
              </Form.Item>
            ) : (
              <Form.Item
                name="initialPassword"
                label={t('admin.initialPassword')}
                extra={t('password.policy')}
                rules={[{ required: true, message: t('password.newRequired') }, policy]}
              >
                <Input.Password autoComplete="new-password" data-testid="account-password" />
              </Form.Item>
            )}
          </>
      }
    </FormDrawer>
  );
}

/** 重置密码: the account must change it at next sign-in. */
export function ResetPasswordDrawer({ account, onClose, onSaved }: { account: Account | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const policy = usePolicyRule(account?.username ?? '');
  return (
    <FormDrawer<{ initialPassword: string }>
      open={!!account}
      title={t('admin.resetPasswordOf', { name: account?.displayName ?? '' })}
      onClose={onClose}
      successText={t('admin.passwordReset')}
      onSubmit={async (v) => {
        await post(`${PATH}/${account!.id}/reset-password`, { initialPassword: v.initialPassword });
        onSaved();
      }}
    >
      <Form.Item
        name="initialPassword"
        label={t('admin.initialPassword')}
        extra={t('admin.resetHint')}
        rules={[{ required: true, message: t('password.newRequired') }, policy]}
      >
        <Input.Password autoComplete="new-password" data-testid="reset-password" />
      </Form.Item>
    </FormDrawer>
  );
}
