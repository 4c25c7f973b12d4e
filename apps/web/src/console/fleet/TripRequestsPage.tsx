import { Button, Form, Input, Popconfirm, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { post } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { InstanceDrawer } from '../workflow/InstanceDrawer';
import { listTripRequests } from './fleet.api';
import { FP } from './menu';
import { TripRequestDrawer } from './TripRequestDrawer';
import { API, REQUEST_STATUSES, route, windowOf, type TripRequest } from './types';
import { FleetTag, useFleetOptions } from './widgets';

/** 用车申请: requests in the caller's scope (own, agency, all), their approval and dispatch; file a new one. */
export default function TripRequestsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const options = useFleetOptions();
  const { id: linked } = useParams();
  const list = useList<TripRequest>(`${API}/trip-requests`, { fetch: listTripRequests });
  const [creating, setCreating] = useState(false);
  const [viewing, setViewing] = useState<TripRequest | null>(null);
  // /fleet/trip-requests/:id (the link of the approval's notification) opens that request.
  const first = list.items.find((r) => r.id === linked);
  useEffect(() => {
    if (first) setViewing(first);
  }, [first]);

  const withdraw = async (r: TripRequest) => {
    try {
      await post(`${API}/trip-requests/${r.id}/withdraw`, {});
      showSuccess(t('workflow.action.done'));
      setViewing(null);
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<TripRequest>
        title={t('fleet.menu.requests')}
        testid="fleet-requests"
        list={list}
        rowKey="id"
        onCreate={can(FP.requestCreate) ? () => setCreating(true) : undefined}
        createLabel={t('fleet.request.new')}
        canExport={can(FP.requestRead)}
        emptyText={t('fleet.request.empty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={options('requestStatus', REQUEST_STATUSES)} /></Form.Item>,
          <Form.Item key="mine" name="mine" label={t('fleet.request.applicant')}><Select allowClear options={[{ value: 'true', label: t('fleet.request.mine') }]} /></Form.Item>,
        ]}
        columns={[
          { title: t('fleet.request.purpose'), dataIndex: 'purpose', fixed: 'left', render: (p: string, r) => <a onClick={() => setViewing(r)} data-testid={`fleet-request-${p}`}>{p}</a> },
          { title: t('fleet.request.window'), dataIndex: 'plannedStart', sorter: true, render: (_: string, r) => windowOf(r) },
          { title: t('fleet.request.route'), key: 'route', ellipsis: true, render: (_, r) => route(r) },
          { title: t('fleet.request.passengers'), dataIndex: 'passengerCount', align: 'right' },
          { title: t('fleet.request.applicant'), dataIndex: 'applicantName', render: (a: string, r) => <Space orientation="vertical" size={0}><span>{a}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.agencyName}</Typography.Text></Space> },
          { title: t('common.status'), dataIndex: 'status', sorter: true, render: (s: string, r) => <FleetTag family="requestStatus" value={s} testid={`fleet-request-status-${r.purpose}`} /> },
          { title: t('fleet.common.createdAt'), dataIndex: 'createdAt', sorter: true, render: (d: string) => formatInstant(d) },
          { title: t('common.actions'), key: 'actions', fixed: 'right', render: (_, r) => <Button type="link" size="small" onClick={() => setViewing(r)}>{t('common.view')}</Button> },
        ]}
      />
      <TripRequestDrawer open={creating} onClose={() => setCreating(false)} onSaved={list.refetch} />
      <InstanceDrawer
        instanceId={viewing?.instanceId ?? null}
        onClose={() => setViewing(null)}
        onDone={list.refetch}
        extra={viewing && (viewing.status === 'pending' || viewing.status === 'returned') ? (
          <Popconfirm title={t('fleet.request.confirmWithdraw')} onConfirm={() => withdraw(viewing)}>
            <Button danger>{t('fleet.request.withdraw')}</Button>
          </Popconfirm>
        ) : null}
      />
    </>
  );
}
