import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Drawer, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, http, post, type Page } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { applyFieldErrors, showError, showSuccess } from '../../shared/notify';
import type { OidcLink } from './types';

const PATH = '/api/v1/admin/oidc-links';

/** 统一身份绑定: which OIDC subjects sign in as this account (the routes exist only with OIDC configured). */
export function OidcLinksDrawer({ account, canWrite, onClose }: { account: { id: string; displayName: string } | null; canWrite: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ subject: string }>();
  const [busy, setBusy] = useState(false);
  const links = useQuery({
    queryKey: [PATH, account?.id],
    // why null: a 404 means the server has no OIDC configured (no link routes), not an error to toast.
    queryFn: () =>
      get<Page<OidcLink>>(PATH, { accountId: account!.id, pageSize: 200 }).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }),
    enabled: !!account,
  });
  const configured = links.data !== null;

  const add = async () => {
    let v: { subject: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    try {
      await post(PATH, { accountId: account!.id, subject: v.subject.trim() });
      showSuccess(t('integration.oidc.added'));
      form.resetFields();
      void links.refetch();
    } catch (e) {
      applyFieldErrors(form, e);
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (l: OidcLink) => {
    try {
      await http('DELETE', `${PATH}/${l.id}`);
      showSuccess(t('integration.oidc.removed'));
      void links.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <Drawer open={!!account} title={t('integration.oidc.title', { name: account?.displayName ?? '' })} onClose={onClose} size={640} destroyOnHidden data-testid="oidc-links-drawer">
      {!configured ? (
        <Alert type="info" showIcon title={t('integration.oidc.notConfigured')} data-testid="oidc-not-configured" />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('integration.oidc.hint')}</Typography.Text>
          {canWrite && (
            <Form form={form} layout="inline" onFinish={() => void add()} style={{ rowGap: 8 }}>
              <Form.Item name="subject" label={t('integration.oidc.subject')} rules={[{ required: true, whitespace: true, message: t('integration.oidc.subjectRequired') }, { max: 255 }]} style={{ flex: 1 }}>
                <Input data-testid="oidc-subject" />
              </Form.Item>
              <Button type="primary" icon={<PlusOutlined />} htmlType="submit" loading={busy} data-testid="oidc-add">
                {t('integration.oidc.add')}
              </Button>
            </Form>
          )}
          <Table<OidcLink>
            rowKey="id"
            size="small"
            loading={links.isFetching}
            dataSource={links.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('integration.oidc.empty') }}
            columns={[
              { title: t('integration.oidc.subject'), dataIndex: 'subject', render: (v: string) => <Typography.Text copyable>{v}</Typography.Text> },
              { title: t('integration.oidc.issuer'), dataIndex: 'issuer', ellipsis: true },
              { title: t('integration.oidc.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatInstant(v) },
              { title: t('integration.oidc.lastLoginAt'), dataIndex: 'lastLoginAt', render: (v: string | null) => formatInstant(v) },
              ...(canWrite
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      render: (_: unknown, l: OidcLink) => (
                        <Popconfirm title={t('integration.oidc.confirmRemove', { subject: l.subject })} okButtonProps={{ danger: true }} onConfirm={() => remove(l)}>
                          <Button type="link" size="small" danger icon={<DeleteOutlined />}>{t('integration.oidc.remove')}</Button>
                        </Popconfirm>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
