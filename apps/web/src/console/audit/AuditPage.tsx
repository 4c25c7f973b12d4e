import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Descriptions, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get } from '../../shared/api';
import { StatusTag } from '../../shared/codes';
import { formatInstant } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { showError } from '../../shared/notify';
import { useList } from '../../shared/useList';

interface AuditRecord {
  seq: number;
  at: string;
  actorName: string | null;
  actorAccountId: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  ip: string | null;
  result: string;
  before: unknown;
  after: unknown;
}
interface Verify {
  ok: boolean;
  records: number;
  seq?: number;
  reason?: string;
}

const json = (v: unknown) => (v === null || v === undefined ? '—' : <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(v, null, 2)}</pre>);

/** 审计日志: the hash-chained audit trail, with filters, export and the integrity check. */
export default function AuditPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<AuditRecord>('/api/v1/audit/records', { defaultPageSize: 50 });
  const [verify, setVerify] = useState<Verify | null>(null);
  const [verifying, setVerifying] = useState(false);

  const runVerify = async () => {
    setVerifying(true);
    try {
      setVerify(await get<Verify>('/api/v1/audit/verify'));
    } catch (e) {
      showError(e);
    } finally {
      setVerifying(false);
    }
  };

  return (
    <ListPage<AuditRecord>
      title={t('menu.auditRecords')}
      testid="audit"
      list={list}
      rowKey="seq"
      canExport={can('platform:audit:export')}
      extra={
        <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={() => void runVerify()} data-testid="audit-verify">
          {t('audit.verify')}
        </Button>
      }
      header={
        verify && (
          <Alert
            closable={{ onClose: () => setVerify(null) }}
            showIcon
            type={verify.ok ? 'success' : 'error'}
            data-testid="audit-verify-result"
            title={verify.ok ? t('audit.verifyOk', { records: verify.records }) : t('audit.verifyBroken', { seq: verify.seq ?? '?', records: verify.records })}
            description={verify.reason}
          />
        )
      }
      queryProps={{
        toValues: (f) => ({ ...f, range: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : undefined }),
        toQuery: ({ range, ...rest }) => {
          const [from, to] = (range as [Dayjs | null, Dayjs | null] | undefined) ?? [];
          return { ...(rest as Record<string, string>), from: from?.toISOString(), to: to?.toISOString() };
        },
      }}
      query={[
        <Form.Item key="range" name="range" label={t('audit.period')}>
          <DatePicker.RangePicker showTime allowEmpty={[true, true]} style={{ width: '100%' }} />
        </Form.Item>,
        <Form.Item key="actor" name="actor" label={t('audit.actor')}>
          <Input allowClear />
        </Form.Item>,
        <Form.Item key="action" name="action" label={t('audit.action')}>
          <Input allowClear placeholder="auth.login" />
        </Form.Item>,
        <Form.Item key="objectType" name="objectType" label={t('audit.objectType')}>
          <Input allowClear placeholder="account" />
        </Form.Item>,
        <Form.Item key="result" name="result" label={t('audit.result')}>
          <Select
            allowClear
            options={[
              { value: 'success', label: t('status.success') },
              { value: 'failure', label: t('status.failure') },
            ]}
          />
        </Form.Item>,
      ]}
      tableProps={{
        expandable: {
          expandedRowRender: (r) => (
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={t('audit.before')}>{json(r.before)}</Descriptions.Item>
              <Descriptions.Item label={t('audit.after')}>{json(r.after)}</Descriptions.Item>
              <Descriptions.Item label={t('audit.objectId')}>{r.objectId ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('audit.actorAccount')}>{r.actorAccountId ?? '—'}</Descriptions.Item>
            </Descriptions>
          ),
        },
      }}
      columns={[
        { title: t('audit.seq'), dataIndex: 'seq', width: 90, sorter: true },
        { title: t('audit.at'), dataIndex: 'at', sorter: true, render: (v: string) => formatInstant(v) },
        { title: t('audit.actor'), dataIndex: 'actorName', sorter: true, render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text> },
        { title: t('audit.action'), dataIndex: 'action', sorter: true, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('audit.objectType'), dataIndex: 'objectType' },
        { title: 'IP', dataIndex: 'ip' },
        { title: t('audit.result'), dataIndex: 'result', render: (v: string) => <StatusTag status={v} /> },
      ]}
    />
  );
}
