import { Button, Dropdown, Form, Input, Popconfirm, Select, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { patch, post } from '../../shared/api';
import { StatusTag } from '../../shared/codes';
import { formatInstant, isEn } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { confirmAction, showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { OidcLinksDrawer } from '../integration/OidcLinksDrawer';
import { AccountDrawer, ResetPasswordDrawer } from './AccountDrawers';
import type { Account } from './types';

const PATH = '/api/v1/admin/accounts';
const isLocked = (a: Account) => !!a.lockedUntil && new Date(a.lockedUntil).getTime() > Date.now();

/** 账号: accounts of the console (系统管理员). */
export default function AccountsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<Account>(PATH);
  const [editing, setEditing] = useState<Account | null | undefined>(undefined);
  const [resetting, setResetting] = useState<Account | null>(null);
  const [linking, setLinking] = useState<Account | null>(null);
  const canWrite = can('platform:account:write');

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      showSuccess(done);
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<Account>
        title={t('menu.accounts')}
        testid="accounts"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setEditing(null) : undefined}
        canExport={can('platform:account:read')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear placeholder={t('admin.accountQ')} data-testid="query-q" />
          </Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}>
            <Select
              allowClear
              options={[
                { value: 'active', label: t('status.active') },
                { value: 'disabled', label: t('status.disabled') },
              ]}
            />
          </Form.Item>,
        ]}
        columns={[
          { title: t('admin.username'), dataIndex: 'username', sorter: true },
          { title: t('admin.displayName'), dataIndex: 'displayName', sorter: true },
          { title: t('admin.person'), dataIndex: 'personName', render: (v: string | null) => v ?? '—' },
          {
            title: t('admin.roles'),
            dataIndex: 'roles',
            render: (roles: Account['roles']) => roles.map((r) => <Tag key={r.code} color="blue">{isEn() ? r.nameEn : r.nameZh}</Tag>),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            sorter: true,
            render: (v: string, a) => (
              <Space size={4}>
                <StatusTag status={v} />
                {isLocked(a) && (
                  <Tooltip title={t('admin.lockedUntil', { at: formatInstant(a.lockedUntil) })}>
                    <span>
                      <StatusTag status="locked" />
                    </span>
                  </Tooltip>
                )}
                {a.mustChangePassword && <Tag color="gold">{t('admin.mustChange')}</Tag>}
              </Space>
            ),
          },
          { title: t('admin.lastLoginAt'), dataIndex: 'lastLoginAt', sorter: true, render: (v: string | null) => formatInstant(v) },
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_, a) =>
              canWrite && (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(a)}>
                    {t('common.edit')}
                  </Button>
                  {isLocked(a) && (
                    <Popconfirm title={t('admin.confirmUnlock', { name: a.displayName })} onConfirm={() => act(() => post(`${PATH}/${a.id}/unlock`), t('admin.unlocked'))}>
                      <Button type="link" size="small">
                        {t('admin.unlock')}
                      </Button>
                    </Popconfirm>
                  )}
                  <Dropdown
                    menu={{
                      items: [
                        { key: 'reset', label: t('admin.resetPassword') },
                        { key: 'oidc', label: t('integration.oidc.action') },
                        a.status === 'active'
                          ? { key: 'disable', label: t('admin.disable'), danger: true }
                          : { key: 'enable', label: t('admin.enable') },
                      ],
                      onClick: ({ key }) => {
                        if (key === 'reset') setResetting(a);
                        else if (key === 'oidc') setLinking(a);
                        else {
                          const status = key === 'disable' ? 'disabled' : 'active';
                          void confirmAction(t(key === 'disable' ? 'admin.confirmDisable' : 'admin.confirmEnable', { name: a.displayName }), key === 'disable').then(
                            (ok) => {
                              if (ok) void act(() => patch(`${PATH}/${a.id}`, { status }), t('common.saved'));
                            },
                          );
                        }
                      },
                    }}
                  >
                    <Button type="link" size="small">
                      {t('common.more')}
                    </Button>
                  </Dropdown>
                </Space>
              ),
          },
        ]}
      />
      <AccountDrawer open={editing !== undefined} account={editing ?? null} onClose={() => setEditing(undefined)} onSaved={list.refetch} />
      <ResetPasswordDrawer account={resetting} onClose={() => setResetting(null)} onSaved={list.refetch} />
      <OidcLinksDrawer account={linking} canWrite={canWrite} onClose={() => setLinking(null)} />
    </>
  );
}
