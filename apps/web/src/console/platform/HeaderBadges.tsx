import { BellOutlined, CheckSquareOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Space, Spin, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, unwrap } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { useMarkRead, useUnreadCount } from './inbox';
import type { Notification } from './types';

/** The recent unread notifications in the bell's popover. */
function Recent({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mark = useMarkRead();
  const q = useQuery({
    queryKey: ['/api/v1/notifications', 'recent'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { unread: 'true', pageSize: 8 } } })),
  });
  const open = (n: Notification) => {
    mark.one.mutate(n.id);
    if (n.link) {
      onClose();
      void navigate(n.link);
    }
  };
  const items = q.data?.items ?? [];
  return (
    <div style={{ width: 360 }} data-testid="notify-popover">
      <Spin spinning={q.isFetching && !q.data}>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('platform.inbox.recentEmpty')} />
        ) : (
          <List<Notification>
            size="small"
            dataSource={items}
            style={{ maxHeight: 380, overflow: 'auto' }}
            renderItem={(n) => (
              <List.Item
                data-testid="notify-item"
                style={{ cursor: 'pointer', alignItems: 'flex-start' }}
                onClick={() => open(n)}
                actions={[
                  <Button
                    key="read"
                    type="link"
                    size="small"
                    data-testid={`notify-read-${n.id}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      mark.one.mutate(n.id);
                    }}
                  >
                    {t('platform.inbox.markRead')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={<Typography.Text strong ellipsis style={{ maxWidth: 250 }}>{n.title}</Typography.Text>}
                  description={
                    <>
                      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12 }}>{n.body}</Typography.Paragraph>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatInstant(n.createdAt)}</Typography.Text>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Spin>
      <Space style={{ width: '100%', justifyContent: 'space-between', borderTop: '1px solid rgba(5,5,5,0.06)', paddingTop: 8, marginTop: 4 }}>
        <Button size="small" type="link" disabled={items.length === 0} loading={mark.all.isPending} onClick={() => mark.all.mutate()} data-testid="notify-read-all">
          {t('platform.inbox.readAll')}
        </Button>
        <Button
          size="small"
          type="link"
          data-testid="notify-view-all"
          onClick={() => {
            onClose();
            void navigate('/notifications');
          }}
        >
          {t('platform.inbox.viewAll')}
        </Button>
      </Space>
    </div>
  );
}

/** The header's bell: the unread count (refreshed every minute) and a popover of recent notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={t('platform.header.notifications')}
      content={open ? <Recent onClose={() => setOpen(false)} /> : null}
      destroyOnHidden
    >
      <Button type="text" aria-label={t('platform.header.notifications')} data-testid="header-bell">
        <Badge count={unread.data ?? 0} size="small" overflowCount={99} data-testid="header-bell-count">
          <BellOutlined style={{ fontSize: 17 }} />
        </Badge>
      </Button>
    </Popover>
  );
}

/** 我的待办: the number of my open approval tasks, linking to the task list. */
export function TasksBadge() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const q = useQuery({
    queryKey: ['/api/v1/workflow/tasks/count'],
    queryFn: () => unwrap(api.GET('/api/v1/workflow/tasks/count')),
    refetchInterval: 60_000,
  });
  const count = q.data?.open ?? 0;
  return (
    <Tooltip title={t('platform.header.tasksCount', { count })}>
      <Button type="text" onClick={() => void navigate('/workflow/tasks')} data-testid="header-tasks" aria-label={t('platform.header.tasks')}>
        <Badge count={count} size="small" overflowCount={99} data-testid="header-tasks-count">
          <CheckSquareOutlined style={{ fontSize: 16 }} />
        </Badge>
        <span style={{ marginLeft: 4 }}>{t('platform.header.tasks')}</span>
      </Button>
    </Tooltip>
  );
}
