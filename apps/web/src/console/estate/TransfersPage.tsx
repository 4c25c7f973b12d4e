import { Button, Form, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { post } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { EP } from './menu';
import { TransferDrawer } from './TransferDrawer';
import { useTextAction } from './TextAction';
import { API } from './types';
import { AgencyPick, EstateTag, m2, RoomsPick } from './widgets';

interface Transfer { id: string; code: string; fromAgencyId: string; fromAgencyName: string; target: string; roomIds: string[]; areaM2: string; titleCertNo: string | null; reason: string; status: string; decisionNote: string | null; decidedAt: string | null; completedOn: string | null; createdAt: string }
interface Values { fromAgencyId?: string; target: string; roomIds: string[]; reason: string; titleCertNo?: string }
const PATH = `${API}/transfers`;
const STATUSES = ['draft', 'submitted', 'approved', 'completed', 'rejected', 'cancelled'] as const;

/** 房产划转: properties moving from agencies to central management or to the city investment company. */
export default function TransfersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<Transfer>(PATH);
  const [creating, setCreating] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  // /estate/transfers?id=… (the link of the center's notice) opens that transfer.
  const linked = list.filters.id && list.items.some((x) => x.id === list.filters.id) ? list.filters.id : null;
  useEffect(() => {
    if (linked) setViewing(linked);
  }, [linked]);
  const action = useTextAction();
  const targets = ['central', 'city-investment'].map((v) => ({ value: v, label: t(`estate.transfer.target.${v}`) }));
  const step = (x: Transfer, verb: string, label: string, required = false) => (
    <Button type="link" size="small" danger={verb === 'reject' || verb === 'cancel'} onClick={() => action.ask({
      title: `${label} · ${x.code}`, label: t('estate.transfer.note'), required, successText: t('estate.transfer.done'),
      run: async (note) => { await post(`${PATH}/${x.id}/${verb}`, { note: note || undefined }); list.refetch(); },
    })}>{label}</Button>
  );
  return (
    <>
      <ListPage<Transfer> title={t('estate.menu.transfers')} testid="estate-transfers" list={list} rowKey="id" canExport
        onCreate={can(EP.transferWrite) ? () => setCreating(true) : undefined} createLabel={t('estate.transfer.create')} emptyText={t('estate.transfer.empty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={STATUSES.map((s) => ({ value: s, label: t(`estate.transfer.status.${s}`) }))} /></Form.Item>,
          <Form.Item key="target" name="target" label={t('estate.transfer.targetLabel')}><Select allowClear options={targets} /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.transfer.code'), dataIndex: 'code', sorter: true, render: (v: string, x) => <a onClick={() => setViewing(x.id)} data-testid={`estate-transfer-open-${v}`}>{v}</a> },
          { title: t('estate.transfer.from'), dataIndex: 'fromAgencyName' },
          { title: t('estate.transfer.targetLabel'), dataIndex: 'target', render: (v: string) => t(`estate.transfer.target.${v}`, { defaultValue: v }) },
          { title: t('estate.request.rooms'), key: 'r', render: (_, x) => t('estate.request.roomCount', { count: x.roomIds.length }) },
          { title: t('estate.allocation.area'), dataIndex: 'areaM2', align: 'right', render: m2 },
          { title: t('estate.building.titleCertNo'), dataIndex: 'titleCertNo', render: (v: string | null) => v ?? '—' },
          { title: t('estate.request.reason'), dataIndex: 'reason', ellipsis: true, width: 160 },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="transfer.status" value={v} /> },
          { title: t('estate.request.createdAt'), dataIndex: 'createdAt', render: formatInstant },
          {
            title: t('common.actions'), key: 'a', fixed: 'right', render: (_, x) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setViewing(x.id)}>{t('estate.transfer.view')}</Button>
                {x.status === 'draft' && can(EP.transferWrite) && step(x, 'submit', t('estate.transfer.submit'))}
                {x.status === 'draft' && can(EP.transferWrite) && step(x, 'cancel', t('estate.transfer.cancel'))}
                {x.status === 'submitted' && can(EP.transferDecide) && step(x, 'approve', t('estate.transfer.approve'))}
                {x.status === 'submitted' && can(EP.transferDecide) && step(x, 'reject', t('estate.transfer.reject'), true)}
                {x.status === 'approved' && can(EP.transferDecide) && step(x, 'complete', t('estate.transfer.complete'))}
              </Space>
            ),
          },
        ]} />
      <FormDrawer<Values> open={creating} onClose={() => setCreating(false)} title={t('estate.transfer.create')} initialValues={{ target: 'central' }}
        onSubmit={async (v) => { await post(PATH, { ...v, titleCertNo: v.titleCertNo || undefined }); list.refetch(); }}>
        <Form.Item name="fromAgencyId" label={t('estate.transfer.from')} extra={t('estate.transfer.fromHint')}><AgencyPick /></Form.Item>
        <Form.Item name="target" label={t('estate.transfer.targetLabel')} rules={[{ required: true }]}><Select options={targets} /></Form.Item>
        <Form.Item noStyle dependencies={['fromAgencyId']}>
          {({ getFieldValue }) => (
            <Form.Item name="roomIds" label={t('estate.request.rooms')} rules={[{ required: true, message: t('estate.common.required') }]}>
              <RoomsPick query={getFieldValue('fromAgencyId') ? { agencyId: getFieldValue('fromAgencyId') as string } : {}} />
            </Form.Item>
          )}
        </Form.Item>
        <Form.Item name="titleCertNo" label={t('estate.building.titleCertNo')}><Input /></Form.Item>
        <Form.Item name="reason" label={t('estate.request.reason')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input.TextArea rows={3} /></Form.Item>
      </FormDrawer>
      {action.drawer}
      <TransferDrawer transferId={viewing} canWrite={can(EP.transferWrite)} onClose={() => setViewing(null)} onChanged={list.refetch} />
    </>
  );
}
