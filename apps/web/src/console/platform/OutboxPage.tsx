import { RedoOutlined } from '@ant-design/icons';
import { Button, Form, Input, Popconfirm, Select, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { api, unwrap } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { listOutbox, type OutboxItem } from './types';

const STATUSES: OutboxItem['status'][] = ['pending', 'sending', 'sent', 'failed', 'skipped'];
const COLOURS: Record<OutboxItem['status'], string> = { pending: 'blue', sending: 'processing', sent: 'green', failed: 'red', skipped: 'default' };

export function ChannelName({ channel }: { channel: string }) {
  const { t } = useTranslation();
  return <>{t(`platform.channel.${channel}`, { defaultValue: channel })}</>;
}

/** 消息外发: the outbox of notifications sent through outside channels, with 重发 for failed ones. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<OutboxItem>('/api/v1/notifications/outbox', { fetch: listOutbox });

  const retry = async (id: string) => {
    await unwrap(api.POST('/api/v1/notifications/outbox/{id}/retry', { params: { path: { id } } }));
    showSuccess(t('platform.outbox.retried'));
    list.refetch();
  };

  return (
    <ListPage<OutboxItem>
      title={t('platform.menu.outbox')}
      testid="outbox"
      list={list}
      rowKey="id"
      emptyText={t('platform.outbox.empty')}
      query={[
        <Form.Item key="status" name="status" label={t('platform.outbox.status')}>
          <Select allowClear options={STATUSES.map((s) => ({ value: s, label: t(`platform.outboxStatus.${s}`) }))} data-testid="query-status" />
        </Form.Item>,
        <Form.Item key="channel" name="channel" label={t('platform.outbox.channel')}>
          <Input allowClear placeholder="email / sms" />
        </Form.Item>,
      ]}
      columns={[
        { title: t('platform.outbox.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatInstant(v) },
        { title: t('platform.outbox.channel'), dataIndex: 'channel', render: (v: string) => <Tag>{<ChannelName channel={v} />}</Tag> },
        { title: t('platform.outbox.recipient'), dataIndex: 'recipient', render: (v: string) => <Typography.Text copyable={{ text: v }}>{v.slice(0, 8)}…</Typography.Text> },
        { title: t('platform.outbox.title'), dataIndex: 'title' },
        { title: t('platform.outbox.status'), dataIndex: 'status', render: (v: OutboxItem['status']) => <Tag color={COLOURS[v]}>{t(`platform.outboxStatus.${v}`)}</Tag> },
        { title: t('platform.outbox.attempts'), dataIndex: 'attempts', align: 'right' },
        { title: t('platform.outbox.nextAttemptAt'), dataIndex: 'nextAttemptAt', render: (v: string, r) => (r.status === 'pending' ? formatInstant(v) : '—') },
        {
          title: t('platform.outbox.lastError'),
          dataIndex: 'lastError',
          render: (v: string | null) =>
            v ? (
              <Tooltip title={v}>
                <Typography.Text type="danger" ellipsis style={{ maxWidth: 240 }}>{v}</Typography.Text>
              </Tooltip>
            ) : '—',
        },
        { title: t('platform.outbox.sentAt'), dataIndex: 'sentAt', render: (v: string | null) => formatInstant(v) },
        ...(can('platform:notify-outbox:retry')
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: 'right' as const,
                render: (_: unknown, r: OutboxItem) =>
                  r.status === 'failed' ? (
                    <Popconfirm title={t('platform.outbox.confirmRetry')} onConfirm={() => retry(r.id)}>
                      <Button type="link" size="small" icon={<RedoOutlined />} data-testid={`outbox-retry-${r.id}`}>
                        {t('platform.outbox.retry')}
                      </Button>
                    </Popconfirm>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
