import { PlayCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { api, unwrap } from '../../shared/api';
import { StatusTag } from '../../shared/codes';
import { formatInstant } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { listJobs, type Job, type JobRun } from './types';

const PATH = '/api/v1/jobs';
const RUN_COLOURS: Record<JobRun['status'], string> = { running: 'processing', retrying: 'orange', succeeded: 'green', failed: 'red', skipped: 'default' };

export function RunStatusTag({ status }: { status: JobRun['status'] }) {
  const { t } = useTranslation();
  return <Tag color={RUN_COLOURS[status]} data-testid="job-run-status">{t(`platform.runStatus.${status}`)}</Tag>;
}

export function useJobName() {
  const { t } = useTranslation();
  return (name: string) => t(`platform.jobNames.${name}`, { defaultValue: name });
}

const duration = (r: JobRun) => {
  if (!r.finishedAt) return '—';
  const ms = new Date(r.finishedAt).getTime() - new Date(r.startedAt).getTime();
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
};

/** The run history of one job, newest first; refreshes itself while a run is going on. */
function JobRuns({ name }: { name: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const q = useQuery({
    queryKey: [PATH, name, 'runs', page],
    queryFn: () => unwrap(api.GET('/api/v1/jobs/{name}/runs', { params: { path: { name }, query: page } })),
    refetchInterval: (query) => (query.state.data?.items.some((r) => r.status === 'running' || r.status === 'retrying') ? 2000 : false),
  });
  return (
    <Table<JobRun>
      data-testid={`job-runs-${name}`}
      size="small"
      rowKey="id"
      loading={q.isFetching && !q.data}
      dataSource={q.data?.items ?? []}
      locale={{ emptyText: t('platform.job.runsEmpty') }}
      pagination={{ current: page.page, pageSize: page.pageSize, total: q.data?.total ?? 0, size: 'small', onChange: (p, ps) => setPage({ page: p, pageSize: ps }) }}
      columns={[
        { title: t('platform.run.startedAt'), dataIndex: 'startedAt', render: (v: string) => formatInstant(v) },
        { title: t('platform.run.scheduledFor'), dataIndex: 'scheduledFor', render: (v: string) => formatInstant(v) },
        { title: t('platform.run.trigger'), dataIndex: 'trigger', render: (v: JobRun['trigger']) => <Tag color={v === 'manual' ? 'purple' : 'blue'}>{t(`platform.trigger.${v}`)}</Tag> },
        { title: t('platform.run.status'), dataIndex: 'status', render: (v: JobRun['status']) => <RunStatusTag status={v} /> },
        { title: t('platform.run.attempt'), dataIndex: 'attempt', align: 'right' },
        { title: t('platform.run.duration'), key: 'duration', align: 'right', render: (_: unknown, r) => duration(r) },
        {
          title: t('platform.run.error'),
          dataIndex: 'error',
          render: (v: string | null) =>
            v ? (
              <Tooltip title={v}>
                <Typography.Text type="danger" ellipsis style={{ maxWidth: 320 }}>{v}</Typography.Text>
              </Tooltip>
            ) : '—',
        },
      ]}
    />
  );
}

/** 定时任务: the scheduled jobs, their last run, the run history and 立即执行. */
export default function JobsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const jobName = useJobName();
  const qc = useQueryClient();
  const list = useList<Job>(PATH, { fetch: listJobs });
  const [expanded, setExpanded] = useState<string[]>([]);

  const runNow = async (name: string) => {
    await unwrap(api.POST('/api/v1/jobs/{name}/run-now', { params: { path: { name } } }));
    showSuccess(t('platform.job.started'));
    setExpanded((e) => (e.includes(name) ? e : [...e, name]));
    // why the delay: the run starts in the background; its row appears a moment later.
    for (const ms of [300, 1500]) setTimeout(() => void qc.invalidateQueries({ queryKey: [PATH] }), ms);
  };

  return (
    <ListPage<Job>
      title={t('platform.menu.jobs')}
      testid="jobs"
      list={list}
      rowKey="name"
      emptyText={t('platform.job.empty')}
      tableProps={{
        expandable: {
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys as string[]),
          expandedRowRender: (job) => <JobRuns name={job.name} />,
        },
      }}
      columns={[
        {
          title: t('platform.job.name'),
          dataIndex: 'name',
          render: (v: string, job) => (
            <span data-testid={`job-${v}`}>
              <Typography.Text strong>{jobName(v)}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {v}
                {!job.registered && <Tag color="orange" style={{ marginLeft: 8 }}>{t('platform.job.notRegistered')}</Tag>}
              </Typography.Text>
            </span>
          ),
        },
        { title: t('platform.job.cron'), dataIndex: 'cron', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('platform.job.nextRunAt'), dataIndex: 'nextRunAt', render: (v: string, job) => (job.enabled ? formatInstant(v) : '—') },
        { title: t('platform.job.lastStatus'), key: 'lastStatus', render: (_: unknown, job) => (job.lastRun ? <RunStatusTag status={job.lastRun.status} /> : <Typography.Text type="secondary">{t('platform.job.never')}</Typography.Text>) },
        { title: t('platform.job.lastRun'), key: 'lastRun', render: (_: unknown, job) => formatInstant(job.lastRun?.startedAt) },
        { title: t('platform.job.enabled'), dataIndex: 'enabled', width: 90, render: (v: boolean) => <StatusTag status={v} /> },
        ...(can('platform:job:run')
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: 'right' as const,
                render: (_: unknown, job: Job) => (
                  <Popconfirm title={t('platform.job.confirmRunNow', { name: jobName(job.name) })} onConfirm={() => runNow(job.name)} okButtonProps={{ 'data-testid': 'job-run-confirm' }}>
                    <Button type="link" size="small" icon={<PlayCircleOutlined />} disabled={!job.registered} data-testid={`job-run-${job.name}`}>
                      {t('platform.job.runNow')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
