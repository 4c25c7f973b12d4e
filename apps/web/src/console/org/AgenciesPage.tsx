import { Button, Form, Input, Popconfirm, Select, Space, TreeSelect } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { listAgencies, post } from '../../shared/api';
import { CodeTag, StatusTag, useCodeOptions, useOrgCodes } from '../../shared/codes';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { AgencyDrawer } from './AgencyDrawer';
import type { Agency } from './types';
import { regionTreeData, useRegions } from './useRegions';

const PATH = '/api/v1/org/agencies';

/** 单位: agencies with import, export, create, edit, deactivate. */
export default function AgenciesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const codes = useOrgCodes();
  const options = useCodeOptions();
  const { tree } = useRegions();
  const list = useList<Agency>(PATH, { fetch: listAgencies });
  const [editing, setEditing] = useState<Agency | null | undefined>(undefined);
  const canWrite = can('org:agency:write');

  const toggle = async (a: Agency) => {
    try {
      await post(`${PATH}/${a.id}/${a.active ? 'deactivate' : 'activate'}`);
      showSuccess(a.active ? t('common.deactivated') : t('common.activated'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<Agency>
        title={t('menu.agencies')}
        testid="agencies"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setEditing(null) : undefined}
        importer={can('org:agency:import') ? { templateUrl: `${PATH}/import-template`, importUrl: `${PATH}/import` } : undefined}
        canExport={can('org:agency:export')}
        emptyText={canWrite ? t('org.agencyEmpty') : t('common.emptyText')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear placeholder={t('org.agencyQ')} data-testid="query-q" />
          </Form.Item>,
          <Form.Item key="regionId" name="regionId" label={t('org.region')}>
            <TreeSelect allowClear treeData={regionTreeData(tree)} treeDefaultExpandAll />
          </Form.Item>,
          <Form.Item key="kind" name="kind" label={t('org.kind')}>
            <Select allowClear options={options(codes.agencyKinds)} />
          </Form.Item>,
          <Form.Item key="active" name="active" label={t('common.status')}>
            <Select
              allowClear
              options={[
                { value: 'true', label: t('status.active') },
                { value: 'false', label: t('status.inactive') },
              ]}
            />
          </Form.Item>,
        ]}
        columns={[
          { title: t('org.agencyCode'), dataIndex: 'code', sorter: true, width: 120 },
          { title: t('org.agencyName'), dataIndex: 'name', sorter: true },
          { title: t('org.shortName'), dataIndex: 'shortName' },
          { title: t('org.kind'), dataIndex: 'kind', sorter: true, render: (v: string) => <CodeTag list={codes.agencyKinds} code={v} /> },
          { title: t('org.region'), dataIndex: 'regionName' },
          { title: t('org.headcount'), dataIndex: 'headcount', sorter: true, align: 'right' },
          {
            title: t('org.peopleCount'),
            dataIndex: 'peopleCount',
            align: 'right',
            render: (v: number, a) => (can('org:person:read') ? <Link to={`/org/people?agencyId=${a.id}`}>{v}</Link> : v),
          },
          { title: t('common.status'), dataIndex: 'active', render: (v: boolean) => <StatusTag status={v} /> },
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_, a) => (
              <Space size={0}>
                {can('org:department:read') && (
                  <Link to={`/org/departments?agencyId=${a.id}`}>
                    <Button type="link" size="small">
                      {t('org.departments')}
                    </Button>
                  </Link>
                )}
                {canWrite && (
                  <Button type="link" size="small" onClick={() => setEditing(a)} data-testid="row-edit">
                    {t('common.edit')}
                  </Button>
                )}
                {canWrite && (
                  <Popconfirm
                    title={a.active ? t('org.confirmDeactivate', { name: a.name }) : t('org.confirmActivate', { name: a.name })}
                    onConfirm={() => toggle(a)}
                  >
                    <Button type="link" size="small" danger={a.active} data-testid="row-toggle">
                      {a.active ? t('common.deactivate') : t('common.activate')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <AgencyDrawer open={editing !== undefined} agency={editing ?? null} onClose={() => setEditing(undefined)} onSaved={list.refetch} />
    </>
  );
}
