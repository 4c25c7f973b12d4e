import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, ErrorBlock, Form, InfiniteScroll, Input, Popup, Selector, Tag, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { get, post, type Page } from '../shared/api';
import { REQUEST_KINDS, yuan } from '../console/workflow/types';
import { SubPage } from './Frame';
import { PK, shortTime, toastError, useRefreshPortal, WF, type WfRequest } from './data';
import { TAG_COLOURS } from './TasksPage';

interface Values { title: string; kind: string[]; amount?: string; description?: string }

/** 事项申请: my requests and their state; file a new one (the same API as the console's page). */
export default function RequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshPortal();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const q = useInfiniteQuery({
    queryKey: [PK, 'requests'],
    queryFn: ({ pageParam }) => get<Page<WfRequest>>(`${WF}/requests`, { page: pageParam, pageSize: 20 }),
    initialPageParam: 1,
    getNextPageParam: (last, all) => (all.reduce((n, p) => n + p.items.length, 0) < last.total ? all.length + 1 : undefined),
  });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];

  const submit = async (v: Values) => {
    const amount = v.amount?.trim() ? Number(v.amount) : null;
    setBusy(true);
    try {
      await post(`${WF}/requests`, {
        title: v.title.trim(), kind: v.kind[0] ?? 'general', description: v.description?.trim() || null,
        amountFen: amount === null || Number.isNaN(amount) ? null : Math.round(amount * 100),
      });
      Toast.show({ icon: 'success', content: t('portal.requests.filed') });
      setOpen(false);
      form.resetFields();
      await refresh();
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SubPage
      title={t('portal.requests.title')}
      back="/m"
      testid="portal-requests"
      right={<a onClick={() => setOpen(true)} data-testid="portal-request-new" style={{ fontSize: 14 }}>{t('portal.requests.new')}</a>}
    >
      {q.isSuccess && items.length === 0 ? (
        <ErrorBlock className="zdm-empty" status="empty" title={t('portal.requests.empty')} description="" />
      ) : (
        items.map((r) => (
          <div key={r.id} className="zdm-card" data-testid={`portal-request-${r.title}`} onClick={() => r.instanceId && navigate(`/m/tasks/${r.instanceId}`)}>
            <div className="zdm-row">
              <div className="zdm-card-title">{r.title}</div>
              <Tag color={TAG_COLOURS[r.status]} fill="outline" style={{ flex: 'none' }}>{t(`workflow.requestStatus.${r.status}`)}</Tag>
            </div>
            <div className="zdm-meta">
              {t(`workflow.kind.${r.kind}`, { defaultValue: r.kind })}
              {r.amountFen !== null ? ` · ¥${yuan(r.amountFen)}` : ''} · {shortTime(r.createdAt)}
            </div>
          </div>
        ))
      )}
      {items.length > 0 && <InfiniteScroll loadMore={async () => void (await q.fetchNextPage())} hasMore={!!q.hasNextPage} />}
      <Popup visible={open} onMaskClick={() => setOpen(false)} onClose={() => setOpen(false)} bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, maxHeight: '90vh', overflowY: 'auto' }}>
        <div style={{ padding: '14px 16px 0', fontSize: 17, fontWeight: 600 }}>{t('workflow.request.new')}</div>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ kind: ['general'] }}
          onFinish={submit}
          footer={<Button block type="submit" color="primary" size="large" loading={busy} data-testid="portal-request-submit">{t('portal.requests.submit')}</Button>}
        >
          <Form.Item name="title" label={t('workflow.request.title')} rules={[{ required: true, whitespace: true, message: t('portal.requests.titleRequired') }, { max: 100 }]}>
            <Input placeholder={t('portal.requests.titlePlaceholder')} maxLength={100} clearable data-testid="portal-request-title" />
          </Form.Item>
          <Form.Item name="kind" label={t('workflow.request.kind')} rules={[{ required: true }]}>
            <Selector columns={3} options={REQUEST_KINDS.map((k) => ({ value: k, label: t(`workflow.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="amount" label={t('workflow.request.amount')}>
            <Input type="number" inputMode="decimal" min={0} placeholder={t('portal.requests.amountPlaceholder')} data-testid="portal-request-amount" />
          </Form.Item>
          <Form.Item name="description" label={t('workflow.request.description')}>
            <TextArea rows={3} maxLength={2000} placeholder={t('portal.requests.descriptionPlaceholder')} data-testid="portal-request-description" />
          </Form.Item>
        </Form>
      </Popup>
    </SubPage>
  );
}
