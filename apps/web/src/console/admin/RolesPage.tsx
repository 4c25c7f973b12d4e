import { Button, Form, Input, Popconfirm, Select, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { del } from '../../shared/api';
import { isEn } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { CATEGORIES, CATEGORY_COLOURS, RoleDrawer } from './RoleDrawer';
import type { Role } from './types';

const PATH = '/api/v1/admin/roles';

/** 角色: roles and their permissions; built-in roles cannot be edited or deleted. */
export default function RolesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<Role>(PATH, { clientSide: [] });
  const [editing, setEditing] = useState<Role | null | undefined>(undefined);
  const canWrite = can('platform:role:write');

  const remove = async (r: Role) => {
    try {
      await del(`${PATH}/${r.id}`);
      showSuccess(t('common.deleted'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<Role>
        title={t('menu.roles')}
        testid="roles"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setEditing(null) : undefined}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear />
          </Form.Item>,
          <Form.Item key="category" name="category" label={t('admin.category')}>
            <Select allowClear options={CATEGORIES.map((c) => ({ value: c, label: t(`roleCategory.${c}`) }))} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('admin.roleCode'), dataIndex: 'code', sorter: true },
          { title: t('admin.roleName'), dataIndex: 'nameZh', sorter: true, render: (_: string, r) => (isEn() ? r.nameEn : r.nameZh) },
          {
            title: t('admin.category'),
            dataIndex: 'category',
            sorter: true,
            render: (c: string) => <Tag color={CATEGORY_COLOURS[c]}>{t(`roleCategory.${c}`)}</Tag>,
          },
          { title: t('admin.builtin'), dataIndex: 'builtin', render: (b: boolean) => (b ? <Tag>{t('admin.builtin')}</Tag> : <Tag color="cyan">{t('admin.custom')}</Tag>) },
          { title: t('admin.permissionCount'), dataIndex: 'permissions', align: 'right', render: (p: string[]) => p.length },
          { title: t('admin.description'), dataIndex: 'description', ellipsis: true },
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(r)}>
                  {r.builtin || !canWrite ? t('common.view') : t('common.edit')}
                </Button>
                {canWrite && (
                  <Tooltip title={r.builtin ? t('admin.builtinNoDelete') : undefined}>
                    <span>
                      <Popconfirm title={t('admin.confirmDeleteRole', { name: isEn() ? r.nameEn : r.nameZh })} onConfirm={() => remove(r)} disabled={r.builtin}>
                        <Button type="link" size="small" danger disabled={r.builtin}>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </span>
                  </Tooltip>
                )}
              </Space>
            ),
          },
        ]}
      />
      <RoleDrawer open={editing !== undefined} role={editing ?? null} canWrite={canWrite} onClose={() => setEditing(undefined)} onSaved={list.refetch} />
    </>
  );
}
