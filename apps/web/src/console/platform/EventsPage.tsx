import { RedoOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Popconfirm, Select, Space, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { api, unwrap, type Query } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { listEvents, type PlatformEvent } from './types';
import { WebhooksPanel } from './WebhooksPanel';

const DELIVERY = ['pending', 'delivering', 'delivered', 'failed', 'skipped'] as const;

function Deliveries({ d }: { d: PlatformEvent['deliveries'] }) {
  const { t } = useTranslation();
  if (!d.pending && !d.delivered && !d.failed && !d.skipped) return <Typography.Text type="secondary">{t('platform.event.none')}</Typography.Text>;
  return (
    <Space size={4} wrap>
      {d.delivered > 0 && <Tag color="green">{t('platform.event.delivered', { n: d.delivered })}</Tag>}
      {d.pending > 0 && <Tag color="blue">{t('platform.event.pending', { n: d.pending })}</Tag>}
      {d.failed > 0 && <Tag color="red">{t('platform.event.failed', { n: d.failed })}</Tag>}
      {d.skipped > 0 && <Tag>{t('platform.event.skipped', { n: d.skipped })}</Tag>}
    </Space>
  );
}

function EventsPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<PlatformEvent>('/api/v1/events', { fetch: listEvents });

  const redeliver = async (id: string) => {
    await unwrap(api.POST('/api/v1/events/{id}/redeliver', { params: { path: { id } } }));
    showSuccess(t('platform.event.redelivered'));
    list.refetch();
  };

  return (
    <ListPage<PlatformEvent>
      title={t('platform.event.tabEvents')}
      testid="events"
      list={list}
      rowKey="id"
      emptyText={t('platform.event.empty')}
      queryProps={{
        toValues: (f) => ({ ...f, from: f.from ? dayjs(f.from) : undefined, to: f.to ? dayjs(f.to) : undefined }),
        toQuery: (v) => ({
          ...(v as Query),
          from: v.from ? (v.from as Dayjs).startOf('day').toISOString() : undefined,
          to: v.to ? (v.to as Dayjs).endOf('day').toISOString() : undefined,
        }),
      }}
      query={[
        <Form.Item key="type" name="type" label={t('platform.event.type')}>
          <Input allowClear placeholder="platform.workflow.*" />
        </Form.Item>,
        <Form.Item key="deliveryStatus" name="deliveryStatus" label={t('platform.event.deliveryStatus')}>
          <Select allowClear options={DELIVERY.map((s) => ({ value: s, label: t(`platform.deliveryStatus.${s}`) }))} />
        </Form.Item>,
        <Form.Item key="q" name="q" label={t('common.keyword')}>
          <Input allowClear />
        </Form.Item>,
        <Form.Item key="from" name="from" label={t('platform.event.from')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>,
        <Form.Item key="to" name="to" label={t('platform.event.to')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>,
      ]}
      tableProps={{
        expandable: {
          expandedRowRender: (e) => (
            <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto', fontSize: 12 }} data-testid="event-payload">
              {JSON.stringify(e.payload, null, 2)}
            </pre>
          ),
        },
      }}
      columns={[
        { title: t('platform.event.createdAt'), dataIndex: 'createdAt', sorter: true, render: (v: string) => formatInstant(v) },
        { title: t('platform.event.type'), dataIndex: 'type', sorter: true, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('platform.event.actor'), dataIndex: 'actorAccountId', render: (v: string | null) => (v ? <Typography.Text copyable={{ text: v }}>{v.slice(0, 8)}…</Typography.Text> : '—') },
        { title: t('platform.event.deliveries'), dataIndex: 'deliveries', render: (d: PlatformEvent['deliveries']) => <Deliveries d={d} /> },
        { title: t('platform.event.fannedOutAt'), dataIndex: 'fannedOutAt', render: (v: string | null) => formatInstant(v) },
        ...(can('platform:webhook:write')
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: 'right' as const,
                render: (_: unknown, e: PlatformEvent) =>
                  e.deliveries.failed > 0 ? (
                    <Popconfirm title={`${t('platform.event.redeliver')}？`} onConfirm={() => redeliver(e.id)}>
                      <Button type="link" size="small" icon={<RedoOutlined />}>{t('platform.event.redeliver')}</Button>
                    </Popconfirm>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}

/** 事件与Webhook: the platform's event outbox and the webhooks that receive events. */
export default function EventsPage() {
  const { t } = useTranslation();
  const [, setSp] = useSearchParams();
  const [tab, setTab] = useState('events');
  return (
    <Tabs
      activeKey={tab}
      destroyOnHidden
      onChange={(k) => {
        setSp(new URLSearchParams(), { replace: true }); // each tab has its own filters
        setTab(k);
      }}
      items={[
        { key: 'events', label: <span data-testid="tab-events">{t('platform.event.tabEvents')}</span>, children: <EventsPanel /> },
        { key: 'webhooks', label: <span data-testid="tab-webhooks">{t('platform.event.tabWebhooks')}</span>, children: <WebhooksPanel /> },
      ]}
    />
  );
}
