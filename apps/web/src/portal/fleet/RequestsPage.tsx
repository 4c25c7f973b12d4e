import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, ErrorBlock, Form, InfiniteScroll, Input, Popup, PullToRefresh, Stepper, Switch, Tag } from 'antd-mobile';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { fileTripRequest, listTripRequests } from '../../console/fleet/fleet.api';
import { route, windowOf } from '../../console/fleet/types';
import { SubPage } from '../Frame';
import { PK, toastError, useRefreshPortal } from '../data';
import { fromLocal, M_COLOURS, okToast } from './fleet-data';

interface Values { purpose: string; start: string; end: string; origin: string; destination: string; passengerCount: number; needDriver: boolean }

/** 用车申请 on the phone: my requests and their state; request a car (it goes to the agency's approval). */
export default function FleetRequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshPortal();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const q = useInfiniteQuery({
    queryKey: [PK, 'fleet-requests'],
    queryFn: ({ pageParam }) => listTripRequests({ mine: true, page: pageParam, pageSize: 20, sort: 'createdAt:desc' }),
    initialPageParam: 1,
    getNextPageParam: (last, all) => (all.reduce((n, p) => n + p.items.length, 0) < last.total ? all.length + 1 : undefined),
  });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const next = dayjs().add(1, 'day').hour(9).minute(0);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await fileTripRequest({
        purpose: v.purpose.trim(), plannedStart: fromLocal(v.start), plannedEnd: fromLocal(v.end), origin: v.origin.trim(), destinations: [v.destination.trim()],
        passengerCount: v.passengerCount, passengerNames: [], needDriver: v.needDriver, inCity: true,
      });
      okToast(t('fleet.request.submitted'));
      setOpen(false);
      form.resetFields();
      await refresh();
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };
  const req = (field: string) => [{ required: true, whitespace: true, message: t('fleet.m.required', { field }) }];

  return (
    <SubPage
      title={t('fleet.m.requests')}
      back="/m"
      testid="portal-fleet-requests"
      right={<a onClick={() => setOpen(true)} data-testid="portal-fleet-request-new" style={{ fontSize: 14 }}>{t('fleet.m.newRequest')}</a>}
    >
      <PullToRefresh onRefresh={refresh}>
        {q.isSuccess && items.length === 0 ? (
          <ErrorBlock className="zdm-empty" status="empty" title={t('fleet.request.empty')} description="" />
        ) : (
          items.map((r) => (
            <div key={r.id} className="zdm-card" data-testid={`portal-fleet-request-${r.purpose}`} onClick={() => navigate(`/m/fleet/requests/${r.id}`)}>
              <div className="zdm-row">
                <div className="zdm-card-title">{r.purpose}</div>
                <Tag color={M_COLOURS[r.status]} fill="outline" style={{ flex: 'none' }} data-testid="portal-fleet-request-status">{t(`fleet.requestStatus.${r.status}`)}</Tag>
              </div>
              <div className="zdm-meta">
                {windowOf(r)}
                <br />
                {route(r)} · {t('fleet.m.passengersN', { n: r.passengerCount })}
              </div>
            </div>
          ))
        )}
        {items.length > 0 && <InfiniteScroll loadMore={async () => void (await q.fetchNextPage())} hasMore={!!q.hasNextPage} />}
      </PullToRefresh>
      <Popup visible={open} onMaskClick={() => setOpen(false)} onClose={() => setOpen(false)} bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, maxHeight: '90vh', overflowY: 'auto' }}>
        <div style={{ padding: '14px 16px 0', fontSize: 17, fontWeight: 600 }}>{t('fleet.m.newRequest')}</div>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ passengerCount: 1, needDriver: true, start: next.format('YYYY-MM-DDTHH:mm'), end: next.add(3, 'hour').format('YYYY-MM-DDTHH:mm') }}
          onFinish={submit}
          footer={<Button block type="submit" color="primary" size="large" loading={busy} data-testid="portal-fleet-request-submit">{t('fleet.m.submit')}</Button>}
        >
          <Form.Item name="purpose" label={t('fleet.request.purpose')} rules={req(t('fleet.request.purpose'))}>
            <Input placeholder={t('fleet.m.purposePlaceholder')} maxLength={500} clearable data-testid="portal-fleet-purpose" />
          </Form.Item>
          <Form.Item name="start" label={t('fleet.m.start')} rules={req(t('fleet.m.start'))}><Input type="datetime-local" data-testid="portal-fleet-start" /></Form.Item>
          <Form.Item name="end" label={t('fleet.m.end')} rules={req(t('fleet.m.end'))}><Input type="datetime-local" data-testid="portal-fleet-end" /></Form.Item>
          <Form.Item name="origin" label={t('fleet.request.origin')} rules={req(t('fleet.request.origin'))}>
            <Input placeholder={t('fleet.m.originPlaceholder')} maxLength={200} clearable data-testid="portal-fleet-origin" />
          </Form.Item>
          <Form.Item name="destination" label={t('fleet.request.destinations')} rules={req(t('fleet.request.destinations'))}>
            <Input placeholder={t('fleet.m.destinationPlaceholder')} maxLength={200} clearable data-testid="portal-fleet-destination" />
          </Form.Item>
          <Form.Item name="passengerCount" label={t('fleet.request.passengers')} childElementPosition="right" layout="horizontal"><Stepper min={1} max={60} /></Form.Item>
          <Form.Item name="needDriver" label={t('fleet.request.needDriver')} valuePropName="checked" childElementPosition="right" layout="horizontal"><Switch /></Form.Item>
        </Form>
      </Popup>
    </SubPage>
  );
}
