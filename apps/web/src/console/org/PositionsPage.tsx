import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { paths } from '@zd/api-types';
import { useCan } from '../../app/auth';
import { api, getAgency, getDepartment, listPositions, unwrap } from '../../shared/api';
import { CodeTag, StatusTag, useCodeOptions, useLabel, useOrgCodes } from '../../shared/codes';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { AgencySelect } from './DepartmentsPage';
import { DepartmentSelect } from './PersonDrawer';
import type { Position } from './types';

const PATH = '/api/v1/org/positions';
type PositionInput = paths['/api/v1/org/positions']['post']['requestBody']['content']['application/json'];

interface Values {
  agencyId: string;
  departmentId?: string | null;
  name: string;
  rank: string;
  adminLevel: string;
  isLeader?: boolean;
}

/** The name of an agency by id (shares the cache of the agency select). */
function AgencyName({ id }: { id: string }) {
  const q = useQuery({ queryKey: ['/api/v1/org/agencies', 'one', id], queryFn: () => getAgency(id), staleTime: 60_000 });
  return <>{q.data?.name ?? <Typography.Text type="secondary">…</Typography.Text>}</>;
}

function DepartmentName({ id }: { id: string | null }) {
  const q = useQuery({ queryKey: ['/api/v1/org/departments', 'one', id], queryFn: () => getDepartment(id!), enabled: !!id, staleTime: 60_000 });
  if (!id) return <Typography.Text type="secondary">—</Typography.Text>;
  return <>{q.data?.name ?? <Typography.Text type="secondary">…</Typography.Text>}</>;
}

/** 岗位: the positions of an agency (with or without a 处室), and creating one. */
export default function PositionsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const codes = useOrgCodes();
  const options = useCodeOptions();
  const label = useLabel();
  const list = useList<Position>(PATH, { fetch: listPositions });
  const [creating, setCreating] = useState(false);
  const canWrite = can('org:position:write');
  const agencyId = list.filters.agencyId;

  const submit = async (v: Values) => {
    const body: PositionInput = {
      agencyId: v.agencyId,
      departmentId: v.departmentId || null,
      name: v.name.trim(),
      rank: v.rank as PositionInput['rank'],
      adminLevel: v.adminLevel as PositionInput['adminLevel'],
      isLeader: !!v.isLeader,
    };
    await unwrap(api.POST('/api/v1/org/positions', { body }));
    list.refetch();
  };

  return (
    <>
      <ListPage<Position>
        title={t('menu.positions')}
        testid="positions"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setCreating(true) : undefined}
        createLabel={t('org.newPosition')}
        emptyText={canWrite ? t('org.positionEmpty') : t('common.emptyText')}
        query={[
          <Form.Item key="agencyId" name="agencyId" label={t('org.agency')}>
            <AgencySelect testid="query-agency" />
          </Form.Item>,
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear placeholder={t('org.positionQ')} data-testid="query-q" />
          </Form.Item>,
        ]}
        columns={[
          { title: t('org.positionName'), dataIndex: 'name' },
          { title: t('org.agency'), dataIndex: 'agencyId', render: (id: string) => <AgencyName id={id} /> },
          { title: t('org.department'), dataIndex: 'departmentId', render: (id: string | null) => <DepartmentName id={id} /> },
          { title: t('org.rank'), dataIndex: 'rank', render: (v: string) => <CodeTag list={codes.ranks} code={v} /> },
          { title: t('org.adminLevel'), dataIndex: 'adminLevel', render: (v: string) => label(codes.adminLevels, v) },
          {
            title: t('org.isLeader'),
            dataIndex: 'isLeader',
            render: (v: boolean) => (v ? <Tag color="gold">{t('org.leader')}</Tag> : <Typography.Text type="secondary">{t('org.nonLeader')}</Typography.Text>),
          },
          { title: t('common.status'), dataIndex: 'active', width: 100, render: (v: boolean) => <StatusTag status={v} /> },
        ]}
      />
      <FormDrawer<Values>
        open={creating}
        title={t('org.newPosition')}
        onClose={() => setCreating(false)}
        initialValues={{ agencyId, isLeader: false }}
        onSubmit={submit}
        testid="position-drawer"
      >
        {(form) => (
          <>
            <Form.Item name="agencyId" label={t('org.agency')} rules={[{ required: true, message: t('org.agencyRequired') }]}>
              <AgencySelect testid="position-agency" onChange={() => form.setFieldValue('departmentId', undefined)} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.agencyId !== b.agencyId}>
              {() => (
                <Form.Item name="departmentId" label={t('org.department')} extra={t('org.positionDepartmentHint')}>
                  <DepartmentSelect agencyId={form.getFieldValue('agencyId') as string | undefined} testid="position-department" />
                </Form.Item>
              )}
            </Form.Item>
            <Form.Item name="name" label={t('org.positionName')} rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }, { max: 64 }]}>
              <Input data-testid="position-name" />
            </Form.Item>
            <Form.Item name="rank" label={t('org.rank')} rules={[{ required: true, message: t('org.rankRequired') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={options(codes.ranks)} data-testid="position-rank" />
            </Form.Item>
            <Form.Item name="adminLevel" label={t('org.adminLevel')} rules={[{ required: true, message: t('org.adminLevelRequired') }]}>
              <Select options={options(codes.adminLevels)} data-testid="position-adminLevel" />
            </Form.Item>
            <Form.Item name="isLeader" label={t('org.isLeader')} valuePropName="checked" extra={t('org.isLeaderHint')}>
              <Switch data-testid="position-isLeader" />
            </Form.Item>
          </>
        )}
      </FormDrawer>
    </>
  );
}
