import { Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { listPeople } from '../../shared/api';
import { CodeTag, useCodeOptions, useLabel, useOrgCodes } from '../../shared/codes';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { AgencySelect } from './DepartmentsPage';
import { PersonDetail } from './PersonDetail';
import { DepartmentSelect, PersonDrawer } from './PersonDrawer';
import type { Person } from './types';

const PATH = '/api/v1/org/people';

/** 人员: people with import, export, create, edit and the detail with reveal. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const can = useCan();
  const codes = useOrgCodes();
  const options = useCodeOptions();
  const label = useLabel();
  const list = useList<Person>(PATH, { fetch: listPeople });
  const [editing, setEditing] = useState<Person | null | undefined>(undefined);
  const [viewing, setViewing] = useState<string | null>(null);
  const canWrite = can('org:person:write');

  return (
    <>
      <ListPage<Person>
        title={t('menu.people')}
        testid="people"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setEditing(null) : undefined}
        importer={can('org:person:import') ? { templateUrl: `${PATH}/import-template`, importUrl: `${PATH}/import` } : undefined}
        canExport={can('org:person:export')}
        emptyText={canWrite ? t('org.personEmpty') : t('common.emptyText')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear placeholder={t('org.personQ')} data-testid="query-q" />
          </Form.Item>,
          <Form.Item key="agencyId" name="agencyId" label={t('org.agency')}>
            <AgencySelect testid="query-agency" />
          </Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}>
            <Select allowClear options={options(codes.personStatuses)} />
          </Form.Item>,
          <Form.Item key="departmentId" name="departmentId" label={t('org.department')}>
            <DepartmentSelect agencyId={list.filters.agencyId} />
          </Form.Item>,
          <Form.Item key="rank" name="rank" label={t('org.rank')}>
            <Select allowClear options={options(codes.ranks)} />
          </Form.Item>,
          <Form.Item key="adminLevel" name="adminLevel" label={t('org.adminLevel')}>
            <Select allowClear options={options(codes.adminLevels)} />
          </Form.Item>,
        ]}
        columns={[
          {
            title: t('org.personName'),
            dataIndex: 'name',
            sorter: true,
            fixed: 'left',
            render: (v: string, p) => (
              <a onClick={() => setViewing(p.id)} data-testid="row-view">
                {v}
              </a>
            ),
          },
          { title: t('org.gender'), dataIndex: 'gender', render: (v: string) => label(codes.genders, v) },
          { title: t('org.agency'), dataIndex: 'agencyName' },
          { title: t('org.department'), dataIndex: 'departmentName' },
          { title: t('org.rank'), dataIndex: 'rank', sorter: true, render: (v: string) => <CodeTag list={codes.ranks} code={v} /> },
          { title: t('org.post'), dataIndex: 'post' },
          { title: t('org.adminLevel'), dataIndex: 'adminLevel', render: (v: string) => label(codes.adminLevels, v) },
          { title: t('org.mobile'), dataIndex: 'mobileMasked' },
          { title: t('org.entryDate'), dataIndex: 'entryDate', sorter: true },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <CodeTag list={codes.personStatuses} code={v} /> },
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_, p) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setViewing(p.id)}>
                  {t('common.view')}
                </Button>
                {canWrite && (
                  <Button type="link" size="small" onClick={() => setEditing(p)} data-testid="row-edit">
                    {t('common.edit')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <PersonDetail
        id={viewing}
        onClose={() => setViewing(null)}
        onEdit={(p) => {
          setViewing(null);
          setEditing(p);
        }}
      />
      <PersonDrawer open={editing !== undefined} person={editing ?? null} onClose={() => setEditing(undefined)} onSaved={list.refetch} />
    </>
  );
}
