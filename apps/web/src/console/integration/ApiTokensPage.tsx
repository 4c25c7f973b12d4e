import { Button, DatePicker, Form, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { api, ApiError, unwrap } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { useList } from '../../shared/useList';
import type { Account } from '../admin/types';
import { SecretDialog } from './SecretDialog';
import { listApiTokens, type ApiToken } from './types';

const PATH = '/api/v1/admin/api-tokens';
/** Codes to pick from; any code may be typed (the server checks the account holds it). */
const SUGGESTED = ['org:region:read', 'org:agency:read', 'org:department:read', 'org:position:read', 'org:person:read'];
const STATUS_COLOURS: Record<ApiToken['status'], string> = { active: 'green', expired: 'default', revoked: 'red' };

interface Values {
  name: string;
  accountId: string;
  permissions: string[];
  expiresAt: Dayjs;
}

/**
 * The server names each permission the account lacks as a field `permissions.<i>` (its own sorted
 * index); gather them under the form's one `permissions` field.
 */
function gatherPermissionErrors(e: unknown, notHeld: (list: string) => string): unknown {
  if (!(e instanceof ApiError) || !e.body.fields?.length) return e;
  const perms = e.body.fields.filter((f) => /^(body[./])?permissions[./]/.test(f.path));
  if (!perms.length) return e;
  const codes = perms.map((f) => /“([^”]+)”/.exec(f.message)?.[1] ?? f.message);
  const others = e.body.fields.filter((f) => !perms.includes(f));
  return new ApiError(e.status, { ...e.body, fields: [...others, { path: 'permissions', code: 'NOT_HELD', message: notHeld(codes.join('、')) }] });
}

/** 接口令牌: credentials of external systems, acting as a service account with a subset of its permissions. */
export default function ApiTokensPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('platform:api-token:write');
  const list = useList<ApiToken>(PATH, { fetch: listApiTokens });
  const [creating, setCreating] = useState(false);
  const [token, setToken] = useState<string | null>(null);

  const submit = async (v: Values) => {
    try {
      const created = await unwrap(
        api.POST(PATH, {
          body: { name: v.name.trim(), accountId: v.accountId, permissions: v.permissions.map((p) => p.trim()).filter(Boolean), expiresAt: v.expiresAt.endOf('day').toISOString() },
        }),
      );
      setToken(created.token);
      list.refetch();
    } catch (e) {
      throw gatherPermissionErrors(e, (l) => t('integration.token.notHeld', { list: l }));
    }
  };

  const revoke = async (tk: ApiToken) => {
    try {
      await unwrap(api.DELETE('/api/v1/admin/api-tokens/{id}', { params: { path: { id: tk.id } } }));
      showSuccess(t('integration.token.revoked'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<ApiToken>
        title={t('integration.menu.apiTokens')}
        testid="api-tokens"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setCreating(true) : undefined}
        createLabel={t('integration.token.new')}
        emptyText={t('integration.token.empty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear data-testid="query-q" />
          </Form.Item>,
          <Form.Item key="status" name="status" label={t('integration.token.status')}>
            <Select allowClear options={(['active', 'expired', 'revoked'] as const).map((s) => ({ value: s, label: t(`integration.tokenStatus.${s}`) }))} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('integration.token.name'), dataIndex: 'name' },
          { title: t('integration.token.account'), dataIndex: 'username', render: (v: string | null) => v ?? '—' },
          {
            title: t('integration.token.permissions'),
            dataIndex: 'permissions',
            render: (v: string[]) => <Space size={4} wrap style={{ maxWidth: 360 }}>{v.map((p) => <Tag key={p}>{p}</Tag>)}</Space>,
          },
          { title: t('integration.token.expiresAt'), dataIndex: 'expiresAt', render: (v: string) => formatInstant(v) },
          {
            title: t('integration.token.status'),
            dataIndex: 'status',
            render: (v: ApiToken['status'], tk) => <Tag color={STATUS_COLOURS[v]} data-testid={`api-token-status-${tk.name}`}>{t(`integration.tokenStatus.${v}`)}</Tag>,
          },
          { title: t('integration.token.lastUsedAt'), dataIndex: 'lastUsedAt', render: (v: string | null) => formatInstant(v) },
          { title: t('integration.token.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatInstant(v) },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  fixed: 'right' as const,
                  render: (_: unknown, tk: ApiToken) =>
                    tk.status === 'active' ? (
                      <Popconfirm title={t('integration.token.confirmRevoke', { name: tk.name })} okButtonProps={{ danger: true }} onConfirm={() => revoke(tk)}>
                        <Button type="link" size="small" danger data-testid={`api-token-revoke-${tk.name}`}>{t('integration.token.revoke')}</Button>
                      </Popconfirm>
                    ) : (
                      <Typography.Text type="secondary">—</Typography.Text>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormDrawer<Values>
        open={creating}
        title={t('integration.token.new')}
        onClose={() => setCreating(false)}
        initialValues={{ permissions: [], expiresAt: dayjs().add(1, 'year') }}
        onSubmit={submit}
        testid="api-token-drawer"
      >
        <Form.Item name="name" label={t('integration.token.name')} rules={[{ required: true, whitespace: true, message: t('integration.token.nameRequired') }, { max: 64 }]}>
          <Input data-testid="api-token-name" />
        </Form.Item>
        <Form.Item name="accountId" label={t('integration.token.account')} extra={t('integration.token.accountHint')} rules={[{ required: true, message: t('integration.token.accountRequired') }]}>
          <RemoteSelect<Account> path="/api/v1/admin/accounts" labelOf={(a) => `${a.displayName}（${a.username}）`} testid="api-token-account" />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={t('integration.token.permissions')}
          extra={t('integration.token.permissionsHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('integration.token.permissionsRequired') }]}
        >
          <Select mode="tags" tokenSeparators={[',', ' ', '，']} options={SUGGESTED.map((s) => ({ value: s, label: s }))} data-testid="api-token-permissions" />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('integration.token.expiresAt')} extra={t('integration.token.expiresHint')} rules={[{ required: true, message: t('integration.token.expiresRequired') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="api-token-expires" />
        </Form.Item>
      </FormDrawer>
      <SecretDialog
        secret={token}
        title={t('integration.token.secretTitle')}
        warning={t('integration.token.secretOnce')}
        onClose={() => setToken(null)}
        testid="api-token-secret"
      />
    </>
  );
}
