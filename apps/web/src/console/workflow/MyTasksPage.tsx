import { Button, Form, Input, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant, isEn } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { InstanceDrawer } from './InstanceDrawer';
import { API, STATUS_COLOURS, type Task } from './types';

/** 我的待办: the one inbox of approval tasks across all modules, with the instance's timeline and the actions. */
export default function MyTasksPage() {
  const { t } = useTranslation();
  const list = useList<Task>(`${API}/tasks`);
  const status = list.filters.status === 'done' ? 'done' : 'open';
  const [open, setOpen] = useState<{ instanceId: string; taskId: string | null } | null>(null);

  // A link to one approval (?instanceId=…, e.g. from a notification) opens it.
  const wanted = list.filters.instanceId;
  const first = list.items[0];
  useEffect(() => {
    if (wanted && first && first.instanceId === wanted) setOpen({ instanceId: wanted, taskId: first.status === 'open' ? first.id : null });
  }, [wanted, first]);

  const close = () => {
    setOpen(null);
    if (wanted) list.setFilters({ ...list.filters, instanceId: undefined });
  };

  return (
    <>
      <ListPage<Task>
        title={t('workflow.menu.tasks')}
        testid="wf-tasks"
        list={list}
        rowKey="id"
        header={
          <Tabs
            activeKey={status}
            onChange={(k) => list.setFilters({ ...list.filters, status: k === 'done' ? 'done' : undefined, instanceId: undefined })}
            items={[
              { key: 'open', label: <span data-testid="wf-tab-open">{t('workflow.tabs.open')}</span> },
              { key: 'done', label: <span data-testid="wf-tab-done">{t('workflow.tabs.done')}</span> },
            ]}
          />
        }
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear />
          </Form.Item>,
        ]}
        queryProps={{ toQuery: (v) => ({ ...(v as Record<string, string>), status: status === 'done' ? 'done' : undefined }) }}
        emptyText={status === 'open' ? t('workflow.emptyTasks') : t('workflow.emptyDone')}
        columns={[
          {
            title: t('workflow.col.title'), dataIndex: 'title', sorter: true,
            render: (v: string, r) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen({ instanceId: r.instanceId, taskId: r.status === 'open' ? r.id : null })} data-testid={`wf-task-${r.title}`}>
                {v}
              </Button>
            ),
          },
          { title: t('workflow.col.type'), dataIndex: 'businessTypeName', render: (_: string, r) => (isEn() ? r.businessTypeNameEn : r.businessTypeName) },
          { title: t('workflow.col.step'), dataIndex: 'stepName' },
          { title: t('workflow.col.applicant'), dataIndex: 'applicantName' },
          { title: t('workflow.col.agency'), dataIndex: 'agencyName', ellipsis: true },
          { title: t('workflow.col.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => formatInstant(v) },
          status === 'open'
            ? {
              title: t('workflow.col.dueAt'), dataIndex: 'dueAt', sorter: true,
              render: (v: string | null, r) => (
                <Space size={4}>
                  <Typography.Text type={r.overdue ? 'danger' : undefined}>{formatInstant(v)}</Typography.Text>
                  {r.overdue && <Tag color="red">{t('workflow.overdue')}</Tag>}
                </Space>
              ),
            }
            : {
              title: t('workflow.col.result'), dataIndex: 'status',
              render: (v: string, r) => (
                <Space size={4}>
                  <Tag color={STATUS_COLOURS[v]}>{t(`workflow.taskStatus.${v}`)}</Tag>
                  <Typography.Text type="secondary">{formatInstant(r.actedAt)}</Typography.Text>
                </Space>
              ),
            },
          {
            title: t('common.actions'), key: 'actions', fixed: 'right',
            render: (_, r) => (
              <Button type="link" size="small" onClick={() => setOpen({ instanceId: r.instanceId, taskId: r.status === 'open' ? r.id : null })} data-testid="wf-task-open">
                {r.status === 'open' ? t('workflow.action.handle') : t('workflow.action.view')}
              </Button>
            ),
          },
        ]}
      />
      <InstanceDrawer instanceId={open?.instanceId ?? null} taskId={open?.taskId ?? null} onClose={close} onDone={list.refetch} />
    </>
  );
}
