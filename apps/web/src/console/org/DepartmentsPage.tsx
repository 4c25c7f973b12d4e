import { Button, Form, Input, InputNumber, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { getAgency, listAgencies, patch, post } from '../../shared/api';
import { StatusTag } from '../../shared/codes';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { useList } from '../../shared/useList';
import type { Agency, Department } from './types';

const PATH = '/api/v1/org/departments';

interface Values {
  agencyId: string;
  name: string;
  sort?: number;
}

export function AgencySelect(props: { value?: string | null; onChange?(v: string | undefined): void; testid?: string; disabled?: boolean }) {
  return (
    <RemoteSelect<Agency>
      path="/api/v1/org/agencies"
      labelOf={(a) => a.name}
      fetch={listAgencies}
      fetchOne={getAgency}
      fetchById
      value={props.value}
      onChange={props.onChange}
      testid={props.testid}
      disabled={props.disabled}
    />
  );
}

/** 处室: departments of the chosen agency. */
export default function DepartmentsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<Department>(PATH);
  const [editing, setEditing] = useState<Department | null | undefined>(undefined);
  const canWrite = can('org:department:write');
  const agencyId = list.filters.agencyId;

  const submit = async (v: Values) => {
    if (editing) await patch(`${PATH}/${editing.id}`, { name: v.name, sort: v.sort });
    else await post(PATH, v);
    list.refetch();
  };
  const deactivate = async (d: Department) => {
    try {
      await post(`${PATH}/${d.id}/deactivate`);
      showSuccess(t('common.deactivated'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<Department>
        title={t('menu.departments')}
        testid="departments"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setEditing(null) : undefined}
        emptyText={agencyId ? t('org.departmentEmpty') : t('org.chooseAgency')}
        query={[
          <Form.Item key="agencyId" name="agencyId" label={t('org.agency')}>
            <AgencySelect testid="query-agency" />
          </Form.Item>,
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear placeholder={t('org.departmentQ')} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('org.departmentName'), dataIndex: 'name', sorter: true },
          { title: t('org.agency'), dataIndex: 'agencyName', sorter: true },
          { title: t('org.sort'), dataIndex: 'sort', width: 100, sorter: true },
          { title: t('common.status'), dataIndex: 'active', width: 100, render: (v: boolean) => <StatusTag status={v} /> },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 160,
            render: (_, d) =>
              canWrite && (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(d)}>
                    {t('common.edit')}
                  </Button>
                  {d.active && (
                    <Popconfirm title={t('org.confirmDeactivate', { name: d.name })} onConfirm={() => deactivate(d)}>
                      <Button type="link" size="small" danger>
                        {t('common.deactivate')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <FormDrawer<Values>
        open={editing !== undefined}
        title={editing ? t('org.editDepartment') : t('org.newDepartment')}
        onClose={() => setEditing(undefined)}
        initialValues={editing ? { agencyId: editing.agencyId, name: editing.name, sort: editing.sort } : { agencyId, sort: 0 }}
        onSubmit={submit}
      >
        <Form.Item name="agencyId" label={t('org.agency')} rules={[{ required: true, message: t('org.agencyRequired') }]}>
          <AgencySelect disabled={!!editing} testid="department-agency" />
        </Form.Item>
        <Form.Item name="name" label={t('org.departmentName')} rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }, { max: 100 }]}>
          <Input data-testid="department-name" />
        </Form.Item>
        <Form.Item name="sort" label={t('org.sort')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </FormDrawer>
    </>
  );
}
