import { Button, Form, Input, Popconfirm, Select, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { api, unwrap } from '../../shared/api';
import { StatusTag } from '../../shared/codes';
import { formatInstant } from '../../shared/format';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { SecretDialog } from './SecretDialog';
import { DEVICE_KINDS, listDevices, type Device, type DeviceKind } from './types';

const PATH = '/api/v1/admin/devices';

interface Values {
  kind: DeviceKind;
  name: string;
  location?: string;
  active: boolean;
}

/** 设备: gates, meters and card readers that sign their requests with a secret. */
export default function DevicesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('platform:device:write');
  const list = useList<Device>(PATH, { fetch: listDevices });
  const [editing, setEditing] = useState<Device | 'new' | null>(null);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const kindOptions = DEVICE_KINDS.map((k) => ({ value: k, label: t(`integration.kind.${k}`) }));

  const submit = async (v: Values) => {
    const location = v.location?.trim() || null;
    if (editing === 'new') {
      const created = await unwrap(api.POST(PATH, { body: { kind: v.kind, name: v.name.trim(), location, active: v.active } }));
      setSecret({ name: created.name, value: created.secret });
    } else if (editing) {
      await unwrap(api.PATCH('/api/v1/admin/devices/{id}', { params: { path: { id: editing.id } }, body: { name: v.name.trim(), location, active: v.active } }));
    }
    list.refetch();
  };

  const run = async (fn: () => Promise<unknown>, done?: string) => {
    try {
      await fn();
      if (done) showSuccess(done);
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };
  const rotate = (d: Device) =>
    run(async () => {
      const r = await unwrap(api.POST('/api/v1/admin/devices/{id}/rotate-secret', { params: { path: { id: d.id } } }));
      setSecret({ name: r.name, value: r.secret });
    });
  const remove = (d: Device) => run(() => unwrap(api.DELETE('/api/v1/admin/devices/{id}', { params: { path: { id: d.id } } })), t('integration.device.removed'));

  return (
    <>
      <ListPage<Device>
        title={t('integration.menu.devices')}
        testid="devices"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setEditing('new') : undefined}
        createLabel={t('integration.device.new')}
        emptyText={t('integration.device.empty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear data-testid="query-q" />
          </Form.Item>,
          <Form.Item key="kind" name="kind" label={t('integration.device.kind')}>
            <Select allowClear options={kindOptions} />
          </Form.Item>,
          <Form.Item key="active" name="active" label={t('integration.device.active')}>
            <Select allowClear options={[{ value: 'true', label: t('status.active') }, { value: 'false', label: t('status.inactive') }]} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('integration.device.name'), dataIndex: 'name', sorter: true },
          { title: t('integration.device.kind'), dataIndex: 'kind', sorter: true, render: (v: DeviceKind) => <Tag color="blue">{t(`integration.kind.${v}`)}</Tag> },
          { title: t('integration.device.location'), dataIndex: 'location', render: (v: string | null) => v ?? '—' },
          { title: t('integration.device.active'), dataIndex: 'active', width: 90, render: (v: boolean) => <StatusTag status={v} /> },
          { title: t('integration.device.lastSeenAt'), dataIndex: 'lastSeenAt', sorter: true, render: (v: string | null) => formatInstant(v) },
          { title: t('integration.device.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => formatInstant(v) },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  fixed: 'right' as const,
                  render: (_: unknown, d: Device) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(d)} data-testid={`device-edit-${d.name}`}>{t('common.edit')}</Button>
                      <Popconfirm title={t('integration.device.confirmRotate', { name: d.name })} onConfirm={() => rotate(d)}>
                        <Button type="link" size="small" data-testid={`device-rotate-${d.name}`}>{t('integration.device.rotate')}</Button>
                      </Popconfirm>
                      <Popconfirm title={t('integration.device.confirmRemove', { name: d.name })} okButtonProps={{ danger: true }} onConfirm={() => remove(d)}>
                        <Button type="link" size="small" danger data-testid={`device-delete-${d.name}`}>{t('integration.device.remove')}</Button>
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
        title={editing === 'new' ? t('integration.device.new') : t('integration.device.edit')}
        onClose={() => setEditing(null)}
        initialValues={editing && editing !== 'new' ? { kind: editing.kind, name: editing.name, location: editing.location ?? undefined, active: editing.active } : { active: true }}
        onSubmit={submit}
        testid="device-drawer"
      >
        <Form.Item name="kind" label={t('integration.device.kind')} rules={[{ required: true, message: t('integration.device.kindRequired') }]}>
          <Select options={kindOptions} disabled={editing !== 'new'} data-testid="device-kind" />
        </Form.Item>
        <Form.Item name="name" label={t('integration.device.name')} rules={[{ required: true, whitespace: true, message: t('integration.device.nameRequired') }, { max: 64 }]}>
          <Input data-testid="device-name" />
        </Form.Item>
        <Form.Item name="location" label={t('integration.device.location')} rules={[{ max: 200 }]}>
          <Input data-testid="device-location" />
        </Form.Item>
        <Form.Item name="active" label={t('integration.device.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </FormDrawer>
      <SecretDialog
        secret={secret?.value ?? null}
        title={secret ? `${t('integration.device.secretTitle')} · ${t('integration.device.secretOf', { name: secret.name })}` : ''}
        warning={t('integration.device.secretOnce')}
        onClose={() => setSecret(null)}
        testid="device-secret"
      />
    </>
  );
}
