import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Popconfirm, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, post, type Page } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { InstanceDrawer } from '../workflow/InstanceDrawer';
import { AvailableRoomsPick } from './AvailableRoomsPick';
import { EP } from './menu';
import { API } from './types';
import { AgencyPick, EstateTag, RoomsPick } from './widgets';

interface OfficeRequest {
  id: string; kind: string; agencyId: string; agencyName: string; roomIds: string[]; targetRoomIds: string[]; roomLabels: string[]; targetRoomLabels: string[];
  reason: string; status: string; workflowInstanceId: string | null; decidedAt: string | null; createdAt: string;
}
interface Values { kind: string; agencyId: string; roomIds: string[]; targetRoomIds?: string[]; reason: string }
const KINDS = ['allocate', 'swap', 'vacate', 'repair'] as const;

/** The rooms of a request: for a swap each room given back → the room received in its place. */
function RoomsCell({ r }: { r: OfficeRequest }) {
  if (r.kind !== 'swap') return <span data-testid={`estate-request-rooms-${r.id}`}>{r.roomLabels.join('、') || '—'}</span>;
  return (
    <Space orientation="vertical" size={0} data-testid={`estate-request-rooms-${r.id}`}>
      {r.roomLabels.map((from, i) => <span key={from}>{from} → {r.targetRoomLabels[i] ?? '?'}</span>)}
    </Space>
  );
}

/** The approval of a request: steps and timeline for everyone who may see it; the approve / reject buttons when the caller holds its open task. */
function ApprovalDrawer({ request, onClose, onDone }: { request: OfficeRequest | null; onClose(): void; onDone(): void }) {
  const instanceId = request?.workflowInstanceId ?? null;
  const task = useQuery({
    queryKey: ['/api/v1/workflow/tasks', 'open', instanceId],
    queryFn: () => get<Page<{ id: string }>>('/api/v1/workflow/tasks', { status: 'open', instanceId: instanceId ?? undefined }),
    enabled: !!instanceId,
  });
  return <InstanceDrawer instanceId={task.isSuccess ? instanceId : null} taskId={task.data?.items[0]?.id ?? null} onClose={onClose} onDone={onDone} />;
}

/** 调剂腾退申请: requests to allocate, swap, vacate or repair rooms, decided through the approval workflow. */
export default function RequestsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<OfficeRequest>(`${API}/requests`);
  const [creating, setCreating] = useState(false);
  const [approval, setApproval] = useState<OfficeRequest | null>(null);
  // /estate/requests?id=… (the link of the approval's notifications) opens that request's approval.
  const linked = list.filters.id ? list.items.find((r) => r.id === list.filters.id) : undefined;
  useEffect(() => {
    if (linked) setApproval(linked);
  }, [linked]);
  const submit = async (v: Values) => {
    await post(`${API}/requests`, { ...v, targetRoomIds: v.kind === 'swap' ? v.targetRoomIds ?? [] : undefined });
    list.refetch();
  };
  const complete = async (r: OfficeRequest) => {
    try {
      await post(`${API}/requests/${r.id}/complete`);
      showSuccess(t('estate.request.completed'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };
  const kinds = KINDS.map((k) => ({ value: k, label: t(`estate.request.kind.${k}`) }));
  const required = { required: true, message: t('estate.common.required') };
  return (
    <>
      <ListPage<OfficeRequest> title={t('estate.menu.requests')} testid="estate-requests" list={list} rowKey="id" canExport
        onCreate={can(EP.request) ? () => setCreating(true) : undefined} createLabel={t('estate.request.create')} emptyText={t('estate.request.empty')}
        query={[
          <Form.Item key="kind" name="kind" label={t('estate.request.kindLabel')}><Select allowClear options={kinds} /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={['pending', 'approved', 'rejected', 'returned', 'withdrawn', 'completed'].map((s) => ({ value: s, label: t(`estate.request.status.${s}`) }))} /></Form.Item>,
          <Form.Item key="agencyId" name="agencyId" label={t('estate.room.agency')}><AgencyPick /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.request.kindLabel'), dataIndex: 'kind', width: 80, render: (v: string) => t(`estate.request.kind.${v}`, { defaultValue: v }) },
          { title: t('estate.room.agency'), dataIndex: 'agencyName' },
          { title: t('estate.request.rooms'), key: 'r', render: (_, r) => <RoomsCell r={r} /> },
          { title: t('estate.request.reason'), dataIndex: 'reason', ellipsis: true, width: 240 },
          { title: t('common.status'), dataIndex: 'status', render: (v: string, r) => <EstateTag family="request.status" value={v} testid={`estate-request-status-${r.id}`} /> },
          { title: t('estate.request.createdAt'), dataIndex: 'createdAt', render: formatInstant },
          { title: t('estate.request.decidedAt'), dataIndex: 'decidedAt', render: (v: string | null) => (v ? formatInstant(v) : '—') },
          {
            title: t('common.actions'), key: 'a', fixed: 'right', render: (_, r) => (
              <Space size={0}>
                {r.workflowInstanceId && <Button type="link" size="small" onClick={() => setApproval(r)} data-testid={`estate-request-approval-${r.id}`}>{t('estate.request.approval')}</Button>}
                {r.kind === 'repair' && r.status === 'approved' && can(EP.request) && (
                  <Popconfirm title={t('estate.request.confirmComplete', { rooms: r.roomLabels.join('、') })} onConfirm={() => complete(r)}>
                    <Button type="link" size="small" data-testid={`estate-request-complete-${r.id}`}>{t('estate.request.complete')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]} />
      <FormDrawer<Values> open={creating} onClose={() => setCreating(false)} title={t('estate.request.create')} onSubmit={submit} initialValues={{ kind: 'repair' }} successText={t('estate.request.filed')} testid="estate-request-drawer">
        {() => (
          <>
            <Form.Item name="kind" label={t('estate.request.kindLabel')} rules={[{ required: true }]}><Select options={kinds} data-testid="estate-request-kind" /></Form.Item>
            <Form.Item name="agencyId" label={t('estate.room.agency')} rules={[required]}><AgencyPick testid="estate-request-agency" /></Form.Item>
            <Form.Item noStyle dependencies={['agencyId', 'kind']}>
              {({ getFieldValue }) => {
                const kind = getFieldValue('kind') as string;
                const agencyId = getFieldValue('agencyId') as string | undefined;
                if (kind === 'allocate') {
                  return (
                    <Form.Item name="roomIds" label={t('estate.request.allocateRooms')} rules={[required]} extra={t('estate.request.availableHint')}>
                      <AvailableRoomsPick testid="estate-request-rooms" />
                    </Form.Item>
                  );
                }
                return (
                  <Form.Item name="roomIds" label={kind === 'swap' ? t('estate.request.givenRooms') : t('estate.request.rooms')} rules={[required]} extra={kind === 'swap' ? t('estate.request.ownRoomsHint') : undefined}>
                    <RoomsPick query={agencyId ? { agencyId } : {}} testid="estate-request-rooms" />
                  </Form.Item>
                );
              }}
            </Form.Item>
            <Form.Item noStyle dependencies={['kind']}>
              {({ getFieldValue }) => getFieldValue('kind') === 'swap' && (
                <Form.Item name="targetRoomIds" label={t('estate.request.receivedRooms')} dependencies={['roomIds']}
                  extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('estate.request.pairHint')}<br />{t('estate.request.availableHint')}</Typography.Text>}
                  rules={[required, ({ getFieldValue: value }) => ({
                    validator: async (_, targets?: string[]) => {
                      const given = (value('roomIds') as string[] | undefined)?.length ?? 0;
                      if (targets?.length && given && targets.length !== given) throw new Error(t('estate.request.pairMismatch', { given, received: targets.length }));
                    },
                  })]}>
                  <AvailableRoomsPick testid="estate-request-targets" />
                </Form.Item>
              )}
            </Form.Item>
            <Form.Item name="reason" label={t('estate.request.reason')} rules={[{ ...required, whitespace: true }]}><Input.TextArea rows={4} maxLength={1000} data-testid="estate-request-reason" /></Form.Item>
          </>
        )}
      </FormDrawer>
      <ApprovalDrawer request={approval} onClose={() => setApproval(null)} onDone={list.refetch} />
    </>
  );
}
