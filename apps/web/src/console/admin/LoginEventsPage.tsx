import { Form, Input, Select, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { StatusTag } from '../../shared/codes';
import { formatInstant } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import type { LoginEvent } from './types';

export const LOGIN_RESULTS = ['success', 'bad_password', 'unknown_user', 'locked_now', 'locked', 'disabled'];

/** 登录日志: every sign-in attempt, successful or not. */
export default function LoginEventsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<LoginEvent>('/api/v1/admin/login-events', { defaultPageSize: 50 });
  return (
    <ListPage<LoginEvent>
      title={t('menu.loginEvents')}
      testid="login-events"
      list={list}
      rowKey="id"
      canExport={can('platform:login-history:read')}
      query={[
        <Form.Item key="username" name="username" label={t('admin.username')}>
          <Input allowClear />
        </Form.Item>,
        <Form.Item key="result" name="result" label={t('admin.result')}>
          <Select allowClear options={LOGIN_RESULTS.map((r) => ({ value: r, label: t(`loginResult.${r}`) }))} />
        </Form.Item>,
      ]}
      columns={[
        { title: t('admin.at'), dataIndex: 'at', sorter: true, render: (v: string) => formatInstant(v) },
        { title: t('admin.username'), dataIndex: 'username', sorter: true },
        {
          title: t('admin.result'),
          dataIndex: 'result',
          sorter: true,
          render: (v: string) => <StatusTag status={v === 'success' ? 'success' : v.startsWith('locked') ? 'locked' : 'failure'} />,
        },
        { title: t('admin.resultDetail'), dataIndex: 'result', key: 'detail', render: (v: string) => t(`loginResult.${v}`, { defaultValue: v }) },
        { title: 'IP', dataIndex: 'ip' },
        {
          title: t('admin.userAgent'),
          dataIndex: 'userAgent',
          render: (v: string | null) => (
            <Tooltip title={v}>
              <Typography.Text ellipsis style={{ maxWidth: 280 }}>
                {v ?? '—'}
              </Typography.Text>
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
