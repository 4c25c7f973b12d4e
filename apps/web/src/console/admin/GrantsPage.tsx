import { Button, Form, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { del } from '../../shared/api';
import { isEn } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { AccountPicker, GrantDrawer, SCOPE_COLOURS } from './GrantDrawer';
import type { Grant } from './types';

const PATH = '/api/v1/admin/grants';

/** 授权: account × role × data scope (安全管理员). */
export default function GrantsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<Grant>(PATH, { clientSide: ['accountId'] });
  const [creating, setCreating] = useState(false);
  const canWrite = can('platform:grant:write');

  const revoke = async (g: Grant) => {
    try {
      await del(`${PATH}/${g.id}`);
      showSuccess(t('admin.revoked'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<Grant>
        title={t('menu.grants')}
        testid="grants"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setCreating(true) : undefined}
        createLabel={t('admin.newGrant')}
        emptyText={t('admin.grantEmpty')}
        query={[
          <Form.Item key="accountId" name="accountId" label={t('admin.account')}>
            <AccountPicker testid="query-account" />
          </Form.Item>,
        ]}
        columns={[
          { title: t('admin.username'), dataIndex: 'username', sorter: true },
          { title: t('admin.role'), dataIndex: 'roleNameZh', sorter: true, render: (_: string, g) => (isEn() ? g.roleNameEn : g.roleNameZh) },
          { title: t('admin.roleCode'), dataIndex: 'roleCode' },
          { title: t('admin.scopeKind'), dataIndex: 'scopeKind', sorter: true, render: (k: string) => <Tag color={SCOPE_COLOURS[k]}>{t(`scopeKind.${k}`)}</Tag> },
          { title: t('admin.scope'), dataIndex: 'scopeName', render: (v: string | null) => v ?? '—' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, g) =>
              canWrite && (
                <Popconfirm title={t('admin.confirmRevoke', { name: g.username })} onConfirm={() => revoke(g)}>
                  <Button type="link" size="small" danger data-testid="row-revoke">
                    {t('admin.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <GrantDrawer open={creating} accountId={list.filters.accountId} onClose={() => setCreating(false)} onSaved={list.refetch} />
    </>
  );
}
