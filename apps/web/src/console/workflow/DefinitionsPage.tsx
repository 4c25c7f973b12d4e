import { Button, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { DefinitionDrawer } from './DefinitionDrawer';
import { API, type Definition } from './types';

/** 流程定义: approval processes per business type and region, edited as data. */
export default function DefinitionsPage() {
  const { t } = useTranslation();
  const list = useList<Definition>(`${API}/definitions`);
  const [editing, setEditing] = useState<Definition | null | undefined>(undefined);

  return (
    <>
      <ListPage<Definition>
        title={t('workflow.menu.definitions')}
        testid="wf-definitions"
        list={list}
        rowKey="id"
        onCreate={() => setEditing(null)}
        createLabel={t('workflow.def.new')}
        emptyText={t('workflow.def.empty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>,
          <Form.Item key="active" name="active" label={t('workflow.col.active')}>
            <Select allowClear options={[{ value: 'true', label: t('common.activate') }, { value: 'false', label: t('common.deactivate') }]} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('workflow.col.name'), dataIndex: 'name', sorter: true },
          { title: t('workflow.def.businessType'), dataIndex: 'businessType', sorter: true },
          { title: t('workflow.col.region'), dataIndex: 'regionName', render: (v: string | null) => v ?? t('workflow.allRegions') },
          { title: t('workflow.col.steps'), dataIndex: 'steps', render: (s: Definition['steps']) => s.map((x) => x.name).join(' → ') },
          { title: t('workflow.col.version'), dataIndex: 'version', align: 'right' },
          { title: t('workflow.col.active'), dataIndex: 'active', render: (a: boolean) => <Tag color={a ? 'success' : 'default'}>{a ? t('status.active') : t('status.inactive')}</Tag> },
          { title: t('workflow.col.updatedAt'), dataIndex: 'updatedAt', sorter: true, render: (v: string) => formatInstant(v) },
          {
            title: t('common.actions'), key: 'actions', fixed: 'right',
            render: (_, r) => <Button type="link" size="small" onClick={() => setEditing(r)} data-testid={`wf-def-edit-${r.name}`}>{t('common.edit')}</Button>,
          },
        ]}
      />
      <DefinitionDrawer open={editing !== undefined} definition={editing ?? null} onClose={() => setEditing(undefined)} onSaved={list.refetch} />
    </>
  );
}
