import { Alert, Button, Form, Input, Modal, Popconfirm, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { api, unwrap } from '../../shared/api';
import { StatusTag } from '../../shared/codes';
import { formatInstant } from '../../shared/format';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { listWebhooks, type Webhook } from './types';

interface Values {
  name: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  secret?: string;
}

/** A few useful patterns to pick from; any type or pattern may be typed. */
const SUGGESTED = ['platform.*', 'platform.workflow.*', 'platform.dict.*', 'org.*'];

/** The webhooks (subscribers to platform events): list, create and edit in a drawer, delete. */
export function WebhooksPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('platform:webhook:write');
  const list = useList<Webhook>('/api/v1/webhooks', { fetch: listWebhooks });
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async (v: Values) => {
    const body = { name: v.name.trim(), url: v.url.trim(), eventTypes: v.eventTypes, active: v.active, ...(v.secret ? { secret: v.secret } : {}) };
    if (editing === 'new') {
      const created = await unwrap(api.POST('/api/v1/webhooks', { body }));
      setSecret(created.secret);
    } else if (editing) {
      await unwrap(api.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: editing.id } }, body }));
    }
    list.refetch();
  };

  const remove = async (w: Webhook) => {
    await unwrap(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: w.id } } }));
    showSuccess(t('platform.webhook.removed'));
    list.refetch();
  };

  return (
    <>
      <ListPage<Webhook>
        title={t('platform.event.tabWebhooks')}
        testid="webhooks"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setEditing('new') : undefined}
        createLabel={t('platform.webhook.new')}
        emptyText={t('platform.webhook.empty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear />
          </Form.Item>,
          <Form.Item key="active" name="active" label={t('platform.webhook.active')}>
            <Select allowClear options={[{ value: 'true', label: t('status.active') }, { value: 'false', label: t('status.inactive') }]} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('platform.webhook.name'), dataIndex: 'name', sorter: true },
          { title: t('platform.webhook.url'), dataIndex: 'url', render: (v: string) => <Typography.Text copyable style={{ maxWidth: 320 }} ellipsis>{v}</Typography.Text> },
          { title: t('platform.webhook.eventTypes'), dataIndex: 'eventTypes', render: (v: string[]) => <Space size={4} wrap>{v.map((x) => <Tag key={x}>{x}</Tag>)}</Space> },
          { title: t('platform.webhook.active'), dataIndex: 'active', width: 90, render: (v: boolean) => <StatusTag status={v} /> },
          { title: t('platform.webhook.updatedAt'), dataIndex: 'updatedAt', sorter: true, render: (v: string) => formatInstant(v) },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  fixed: 'right' as const,
                  render: (_: unknown, w: Webhook) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(w)} data-testid={`webhook-edit-${w.name}`}>{t('common.edit')}</Button>
                      <Popconfirm title={t('platform.webhook.confirmRemove', { name: w.name })} okButtonProps={{ danger: true }} onConfirm={() => remove(w)}>
                        <Button type="link" size="small" danger data-testid={`webhook-delete-${w.name}`}>{t('platform.webhook.remove')}</Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormDrawer<Values>
        open={editing !== null}
        title={editing === 'new' ? t('platform.webhook.new') : t('platform.webhook.edit')}
        onClose={() => setEditing(null)}
        initialValues={editing && editing !== 'new' ? { name: editing.name, url: editing.url, eventTypes: editing.eventTypes, active: editing.active } : { active: true, eventTypes: [] }}
        onSubmit={submit}
        testid="webhook-drawer"
      >
        <Form.Item name="name" label={t('platform.webhook.name')} rules={[{ required: true, whitespace: true, message: t('platform.webhook.nameRequired') }, { max: 64 }]}>
          <Input data-testid="webhook-name" />
        </Form.Item>
        <Form.Item name="url" label={t('platform.webhook.url')} rules={[{ required: true, pattern: /^https?:\/\/\S+$/, message: t('platform.webhook.urlRequired') }]}>
          <Input placeholder="https://" data-testid="webhook-url" />
        </Form.Item>
        <Form.Item
          name="eventTypes"
          label={t('platform.webhook.eventTypes')}
          extra={t('platform.webhook.eventTypesHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('platform.webhook.eventTypesRequired') }]}
        >
          <Select mode="tags" tokenSeparators={[',', ' ']} options={SUGGESTED.map((s) => ({ value: s, label: s }))} data-testid="webhook-event-types" />
        </Form.Item>
        <Form.Item name="active" label={t('platform.webhook.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="secret"
          label={editing === 'new' ? t('platform.webhook.secret') : t('platform.webhook.newSecret')}
          extra={editing === 'new' ? t('platform.webhook.secretHint') : t('platform.webhook.newSecretHint')}
          rules={[{ min: 16, max: 200 }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </FormDrawer>
      <Modal
        open={secret !== null}
        title={t('platform.webhook.secretTitle')}
        onCancel={() => setSecret(null)}
        footer={<Button type="primary" onClick={() => setSecret(null)} data-testid="webhook-secret-close">{t('common.close')}</Button>}
        data-testid="webhook-secret"
      >
        <Alert type="warning" showIcon title={t('platform.webhook.secretOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable code data-testid="webhook-secret-value">{secret}</Typography.Paragraph>
      </Modal>
    </>
  );
}
