import { useInfiniteQuery } from '@tanstack/react-query';
import { ErrorBlock, InfiniteScroll, PullToRefresh, Tabs, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { TabTitle } from './Frame';
import { isEn, PK, shortTime, taskPage, useRefreshPortal, type Task } from './data';

/** Tag colours of task states on antd-mobile (its Tag has fewer presets than antd). */
export const TAG_COLOURS: Record<string, string> = {
  open: 'primary', running: 'primary', pending: 'primary', approved: 'success', returned: 'warning', rejected: 'danger',
  withdrawn: 'default', delegated: '#722ed1', cancelled: 'default',
};

export function TaskCard({ task, onOpen }: { task: Task; onOpen(): void }) {
  const { t } = useTranslation();
  return (
    <div className="zdm-card" onClick={onOpen} data-testid={`portal-task-${task.title}`}>
      <div className="zdm-row">
        <div className="zdm-card-title">{task.title}</div>
        <Tag color={TAG_COLOURS[task.status]} fill="outline" style={{ flex: 'none' }}>{t(`workflow.taskStatus.${task.status}`)}</Tag>
      </div>
      <div className="zdm-meta">
        {isEn() ? task.businessTypeNameEn : task.businessTypeName} · {task.stepName}
        <br />
        {t('portal.tasks.applicant')}：{task.applicantName} · {task.agencyName}
        <br />
        {t('portal.tasks.submittedAt', { at: shortTime(task.submittedAt) })}
        {task.status === 'open' && task.dueAt ? ` · ${t('portal.tasks.due', { at: shortTime(task.dueAt) })}` : ''}
        {task.status !== 'open' && task.actedAt ? ` · ${t(`workflow.taskStatus.${task.status}`)} ${shortTime(task.actedAt)}` : ''}
      </div>
      {task.overdue && task.status === 'open' && (
        <div className="zdm-tags">
          <Tag color="danger">{t('workflow.overdue')}</Tag>
        </div>
      )}
    </div>
  );
}

/** 我的待办: open tasks (and those already handled), newest work first; a tap opens the approval. */
export default function TasksPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [sp, setSp] = useSearchParams();
  const status = sp.get('status') === 'done' ? 'done' : 'open';
  const refresh = useRefreshPortal();
  const q = useInfiniteQuery({
    queryKey: [PK, 'tasks', status],
    queryFn: ({ pageParam }) => taskPage(status, pageParam),
    initialPageParam: 1,
    getNextPageParam: (last, all) => (all.reduce((n, p) => n + p.items.length, 0) < last.total ? all.length + 1 : undefined),
  });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div data-testid="portal-tasks">
      <TabTitle title={t('portal.tasks.title')} />
      <Tabs activeKey={status} onChange={(k) => setSp(k === 'done' ? { status: 'done' } : {}, { replace: true })} style={{ background: '#fff' }}>
        <Tabs.Tab key="open" title={<span data-testid="portal-tasks-tab-open">{t('portal.tasks.open')}</span>} />
        <Tabs.Tab key="done" title={<span data-testid="portal-tasks-tab-done">{t('portal.tasks.done')}</span>} />
      </Tabs>
      <PullToRefresh onRefresh={refresh}>
        {q.isSuccess && items.length === 0 ? (
          <ErrorBlock className="zdm-empty" status="empty" title={status === 'open' ? t('portal.tasks.empty') : t('portal.tasks.emptyDone')} description="" data-testid="portal-tasks-empty" />
        ) : (
          <div data-testid="portal-task-list">
            {items.map((task) => (
              <TaskCard key={task.id} task={task} onOpen={() => navigate(`/m/tasks/${task.instanceId}${task.status === 'open' ? `?task=${task.id}` : ''}`)} />
            ))}
          </div>
        )}
        {items.length > 0 && (
          <InfiniteScroll loadMore={async () => void (await q.fetchNextPage())} hasMore={!!q.hasNextPage} />
        )}
      </PullToRefresh>
    </div>
  );
}
