import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { get, post, type Page } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { isEn } from '../../shared/format';
import { RemoteSelect } from '../../shared/RemoteSelect';
import type { Role, ScopeKind } from './types';

export const SCOPE_KINDS: ScopeKind[] = ['all', 'region', 'agency', 'department', 'self'];
export const SCOPE_COLOURS: Record<string, string> = { all: 'red', region: 'orange', agency: 'blue', department: 'cyan', self: 'default' };

export interface GrantAccount {
  id: string;
  username: string;
  displayName: string;
}

interface Values {
  accountId: string;
  roleId: string;
  scopeKind: ScopeKind;
  scopeId?: string;
}

export function AccountPicker(props: { value?: string | null; onChange?(v: string | undefined): void; testid?: string; initialLabel?: string }) {
  return (
    <RemoteSelect<GrantAccount>
      path="/api/v1/admin/grant-accounts"
      labelOf={(a) => `${a.displayName}（${a.username}）`}
      value={props.value}
      onChange={props.onChange}
      testid={props.testid}
      initialLabel={props.initialLabel}
    />
  );
}

function ScopePicker({ kind, value, onChange }: { kind: ScopeKind; value?: string; onChange?(v: string | undefined): void }) {
  return (
    <RemoteSelect<{ id: string; name: string }>
      path="/api/v1/admin/grant-scopes"
      query={{ kind }}
      labelOf={(s) => s.name}
      value={value}
      onChange={onChange}
      testid="grant-scope"
    />
  );
}

/** 授权: give an account a role within a data scope. */
export function GrantDrawer({ open, accountId, onClose, onSaved }: { open: boolean; accountId?: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const roles = useQuery({ queryKey: ['/api/v1/admin/roles', 'all'], queryFn: () => get<Page<Role>>('/api/v1/admin/roles', { pageSize: 200 }), enabled: open });
  return (
    <FormDrawer<Values>
      open={open}
      title={t('admin.newGrant')}
      onClose={onClose}
      initialValues={{ accountId, scopeKind: 'agency' }}
      onSubmit={async (v) => {
        await post('/api/v1/admin/grants', { ...v, scopeId: v.scopeKind === 'all' || v.scopeKind === 'self' ? undefined : v.scopeId });
        onSaved();
      }}
      testid="grant-drawer"
    >
      {(form) => (
        <>
          <Form.Item name="accountId" label={t('admin.account')} rules={[{ required: true, message: t('admin.accountRequired') }]}>
            <AccountPicker testid="grant-account" />
          </Form.Item>
          <Form.Item name="roleId" label={t('admin.role')} rules={[{ required: true, message: t('admin.roleRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={roles.isFetching}
              data-testid="grant-role"
              options={(roles.data?.items ?? []).map((r) => ({ value: r.id, label: `${isEn() ? r.nameEn : r.nameZh}（${t(`roleCategory.${r.category}`)}）` }))}
            />
          </Form.Item>
          <Form.Item name="scopeKind" label={t('admin.scopeKind')} rules={[{ required: true }]}>
            <Select
              options={SCOPE_KINDS.map((k) => ({ value: k, label: t(`scopeKind.${k}`) }))}
              onChange={() => form.setFieldValue('scopeId', undefined)}
              data-testid="grant-scopeKind"
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.scopeKind !== b.scopeKind}>
            {() => {
              const kind = form.getFieldValue('scopeKind') as ScopeKind;
              if (!kind || kind === 'all' || kind === 'self') return null;
              return (
                <Form.Item name="scopeId" label={t('admin.scope')} rules={[{ required: true, message: t('admin.scopeRequired') }]}>
                  <ScopePicker key={kind} kind={kind} />
                </Form.Item>
              );
            }}
          </Form.Item>
        </>
      )}
    </FormDrawer>
  );
}
