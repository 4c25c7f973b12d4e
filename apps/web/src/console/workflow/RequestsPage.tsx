import { Button, Form, Input, InputNumber, Popconfirm, Select, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { formatInstant } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { InstanceDrawer } from './InstanceDrawer';
import { API, REQUEST_KINDS, STATUS_COLOURS, yuan, type WfRequest } from './types';

interface Values { title: string; kind: string; amountYuan?: number | null; description?: string }
const toBody = (v: Values) => ({
  title: v.title, kind: v.kind, description: v.description || null,
  amountFen: v.amountYuan === undefined || v.amountYuan === null ? null : Math.round(v.amountYuan * 100),
});

/** 事项申请: file a general request for approval, follow it, withdraw it or resubmit it after a return. */
export default function RequestsPage() {
  const { t } = useTranslation();
  const list = useList<WfRequest>(`${API}/requests`);
  const [editing, setEditing] = useState<WfRequest | null | undefined>(undefined);
  const [viewing, setViewing] = useState<WfRequest | null>(null);
  const kinds = REQUEST_KINDS.map((k) => ({ value: k, label: t(`workflow.kind.${k}`) }));

  // ?id=… (the link of a notification) opens that request.
  const wanted = list.filters.id;
  const first = list.items[0];
  useEffect(() => {
    if (wanted && first?.id === wanted) setViewing(first);
  }, [wanted, first]);

  const withdraw = async (r: WfRequest) => {
    try {
      await post(`${API}/requests/${r.id}/withdraw`, {});
      showSuccess(t('workflow.action.done'));
      setViewing(null);
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<WfRequest>
        title={t('workflow.request.mine')}
        testid="wf-requests"
        list={list}
        rowKey="id"
        onCreate={() => setEditing(null)}
        createLabel={t('workflow.request.new')}
        emptyText={t('workflow.request.empty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>,
          <Form.Item key="status" name="status" label={t('workflow.col.status')}>
            <Select allowClear options={(['pending', 'returned', 'approved', 'rejected', 'withdrawn'] as const).map((s) => ({ value: s, label: t(`workflow.requestStatus.${s}`) }))} />
          </Form.Item>,
          <Form.Item key="kind" name="kind" label={t('workflow.col.kind')}><Select allowClear options={kinds} /></Form.Item>,
        ]}
        columns={[
          { title: t('workflow.col.title'), dataIndex: 'title', sorter: true },
          { title: t('workflow.col.kind'), dataIndex: 'kind', render: (k: string) => t(`workflow.kind.${k}`, { defaultValue: k }) },
          { title: t('workflow.col.amount'), dataIndex: 'amountFen', sorter: true, align: 'right', render: (v: number | null) => yuan(v) },
          { title: t('workflow.col.status'), dataIndex: 'status', sorter: true, render: (s: string, r) => <Tag color={STATUS_COLOURS[s]} data-testid={`wf-request-status-${r.title}`}>{t(`workflow.requestStatus.${s}`)}</Tag> },
          { title: t('workflow.col.submittedAt'), dataIndex: 'createdAt', sorter: true, render: (v: string) => formatInstant(v) },
          {
            title: t('common.actions'), key: 'actions', fixed: 'right',
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setViewing(r)} data-testid={`wf-request-view-${r.title}`}>{t('common.view')}</Button>
                {r.status === 'returned' && <Button type="link" size="small" onClick={() => setEditing(r)}>{t('workflow.action.resubmit')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      <FormDrawer<Values>
        open={editing !== undefined}
        title={editing ? t('workflow.action.resubmit') : t('workflow.request.new')}
        testid="wf-request-drawer"
        successText={t('workflow.request.filed')}
        onClose={() => setEditing(undefined)}
        initialValues={editing ? { title: editing.title, kind: editing.kind, amountYuan: editing.amountFen === null ? null : editing.amountFen / 100, description: editing.description ?? '' } : { kind: 'general' }}
        onSubmit={async (v) => {
          if (editing) await post(`${API}/requests/${editing.id}/resubmit`, toBody(v));
          else await post(`${API}/requests`, toBody(v));
          list.refetch();
        }}
      >
        <Form.Item name="title" label={t('workflow.request.title')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input data-testid="wf-request-title" maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('workflow.request.kind')} rules={[{ required: true }]}>
          <Select options={kinds} data-testid="wf-request-kind" />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('workflow.request.amount')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="wf-request-amount" />
        </Form.Item>
        <Form.Item name="description" label={t('workflow.request.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={5} data-testid="wf-request-description" />
        </Form.Item>
      </FormDrawer>
      <InstanceDrawer
        instanceId={viewing?.instanceId ?? null}
        onClose={() => {
          setViewing(null);
          if (wanted) list.setFilters({ ...list.filters, id: undefined });
        }}
        onDone={list.refetch}
        extra={viewing && (viewing.status === 'pending' || viewing.status === 'returned') ? (
          <Popconfirm title={t('workflow.action.confirmWithdraw')} onConfirm={() => withdraw(viewing)}>
            <Button danger data-testid="wf-request-withdraw">{t('workflow.action.withdraw')}</Button>
          </Popconfirm>
        ) : null}
      />
    </>
  );
}
