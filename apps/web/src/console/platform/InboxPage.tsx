import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Form, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { useMarkRead } from './inbox';
import { listNotifications, type Notification, type NotifyPreference } from './types';

const PREFS = '/api/v1/notifications/preferences';

/** 接收渠道: a switch per outside channel; the inbox itself is always on. */
function Preferences() {
  const { t, i18n } = useTranslation();
  const en = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  const qc = useQueryClient();
  const q = useQuery({ queryKey: [PREFS], queryFn: () => unwrap(api.GET('/api/v1/notifications/preferences')) });
  const save = useMutation({
    mutationFn: (items: NotifyPreference[]) => unwrap(api.PUT('/api/v1/notifications/preferences', { body: { items: items.map(({ channel, enabled }) => ({ channel, enabled })) } })),
    onSuccess: (data) => {
      qc.setQueryData([PREFS], data);
      showSuccess(t('platform.inbox.prefSaved'));
    },
  });
  const items = q.data?.items ?? [];
  return (
    <Card size="small" title={t('platform.inbox.preferences')} loading={q.isLoading} data-testid="notify-preferences">
      <Space size={32} wrap>
        <Space>
          <Switch checked disabled />
          {t('platform.channel.inbox')}
          <Typography.Text type="secondary">({t('platform.inbox.inboxAlways')})</Typography.Text>
        </Space>
        {items.filter((p) => p.channel !== 'inbox').map((p) => (
          <Space key={p.channel}>
            <Switch
              checked={p.enabled}
              loading={save.isPending}
              data-testid={`pref-${p.channel}`}
              onChange={(on) => save.mutate(items.map((x) => (x.channel === p.channel ? { ...x, enabled: on } : x)))}
            />
            {en ? p.labelEn : p.label}
          </Space>
        ))}
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>{t('platform.inbox.preferencesHint')}</Typography.Paragraph>
    </Card>
  );
}

/** 消息中心: all my notifications, paged, with mark-read and the channel settings. */
export default function InboxPage() {
  const { t } = useTranslation();
  const list = useList<Notification>('/api/v1/notifications', { fetch: listNotifications });
  const mark = useMarkRead();

  return (
    <ListPage<Notification>
      title={t('platform.menu.notifications')}
      testid="notifications"
      list={list}
      rowKey="id"
      header={<Preferences />}
      emptyText={t('platform.inbox.empty')}
      extra={
        <Button
          icon={<CheckOutlined />}
          loading={mark.all.isPending}
          data-testid="inbox-read-all"
          onClick={() => mark.all.mutate(undefined, { onSuccess: () => showSuccess(t('platform.inbox.readAllDone')) })}
        >
          {t('platform.inbox.readAll')}
        </Button>
      }
      query={[
        <Form.Item key="unread" name="unread" label={t('platform.inbox.read')}>
          <Select allowClear placeholder={t('platform.inbox.all')} options={[{ value: 'true', label: t('platform.inbox.onlyUnread') }, { value: 'false', label: t('platform.inbox.readDone') }]} />
        </Form.Item>,
      ]}
      columns={[
        {
          title: t('platform.inbox.read'),
          dataIndex: 'read',
          width: 90,
          render: (v: boolean) => <Badge status={v ? 'default' : 'processing'} text={v ? t('platform.inbox.readDone') : t('platform.inbox.unread')} />,
        },
        { title: t('platform.inbox.title'), dataIndex: 'title', render: (v: string, n) => <Typography.Text strong={!n.read} data-testid={`inbox-title-${n.id}`}>{v}</Typography.Text> },
        { title: t('platform.inbox.body'), dataIndex: 'body', render: (v: string) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0, maxWidth: 480 }}>{v}</Typography.Paragraph> },
        { title: t('platform.inbox.createdAt'), dataIndex: 'createdAt', width: 180, render: (v: string) => formatInstant(v) },
        {
          title: t('common.actions'),
          key: 'actions',
          fixed: 'right',
          render: (_: unknown, n) => (
            <Space size={0}>
              {n.link && (
                <Link to={n.link} onClick={() => !n.read && mark.one.mutate(n.id)} style={{ padding: '0 7px' }}>
                  {t('platform.inbox.open')}
                </Link>
              )}
              {!n.read && (
                <Button type="link" size="small" onClick={() => mark.one.mutate(n.id)} data-testid={`inbox-read-${n.id}`}>
                  {t('platform.inbox.markRead')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
