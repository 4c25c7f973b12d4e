import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { post } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { EP } from './menu';
import { API } from './types';
import { AgencyPick, EstateTag, RoomsPick } from './widgets';

interface OfficeRequest { id: string; kind: string; agencyId: string; agencyName: string; roomIds: string[]; targetRoomIds: string[]; reason: string; status: string; workflowInstanceId: string | null; decidedAt: string | null; createdAt: string }
interface Values { kind: string; agencyId: string; roomIds: string[]; targetRoomIds?: string[]; reason: string }
const KINDS = ['allocate', 'swap', 'vacate', 'repair'] as const;

/** 调剂腾退申请: requests to allocate, swap, vacate or repair rooms, decided through the approval workflow. */
export default function RequestsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<OfficeRequest>(`${API}/requests`);
  const [creating, setCreating] = useState(false);
  const submit = async (v: Values) => {
    await post(`${API}/requests`, { ...v, targetRoomIds: v.kind === 'swap' ? v.targetRoomIds ?? [] : undefined });
    list.refetch();
  };
  const kinds = KINDS.map((k) => ({ value: k, label: t(`estate.request.kind.${k}`) }));
  return (
    <>
      <ListPage<OfficeRequest> title={t('estate.menu.requests')} testid="estate-requests" list={list} rowKey="id" canExport
        onCreate={can(EP.request) ? () => setCreating(true) : undefined} createLabel={t('estate.request.create')} emptyText={t('estate.request.empty')}
        query={[
          <Form.Item key="kind" name="kind" label={t('estate.request.kindLabel')}><Select allowClear options={kinds} /></Form.Item>,
          <Form.Item key="agencyId" name="agencyId" label={t('estate.room.agency')}><AgencyPick /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.request.kindLabel'), dataIndex: 'kind', render: (v: string) => t(`estate.request.kind.${v}`, { defaultValue: v }) },
          { title: t('estate.room.agency'), dataIndex: 'agencyName' },
          { title: t('estate.request.rooms'), key: 'r', render: (_, r) => t('estate.request.roomCount', { count: r.roomIds.length + r.targetRoomIds.length }) },
          { title: t('estate.request.reason'), dataIndex: 'reason', ellipsis: true, width: 280 },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="request.status" value={v} /> },
          { title: t('estate.request.createdAt'), dataIndex: 'createdAt', render: formatInstant },
          { title: t('estate.request.decidedAt'), dataIndex: 'decidedAt', render: (v: string | null) => (v ? formatInstant(v) : '—') },
          { title: t('common.actions'), key: 'a', render: () => <Link to="/workflow/requests">{t('estate.request.approval')}</Link> },
        ]} />
      <FormDrawer<Values> open={creating} onClose={() => setCreating(false)} title={t('estate.request.create')} onSubmit={submit} initialValues={{ kind: 'repair' }} successText={t('estate.request.filed')}>
        {() => (
          <>
            <Form.Item name="kind" label={t('estate.request.kindLabel')} rules={[{ required: true }]}><Select options={kinds} /></Form.Item>
            <Form.Item name="agencyId" label={t('estate.room.agency')} rules={[{ required: true, message: t('estate.common.required') }]}><AgencyPick /></Form.Item>
            <Form.Item noStyle dependencies={['agencyId']}>
              {({ getFieldValue }) => (
                <Form.Item name="roomIds" label={t('estate.request.rooms')} rules={[{ required: true, message: t('estate.common.required') }]}>
                  <RoomsPick query={getFieldValue('agencyId') ? { agencyId: getFieldValue('agencyId') as string } : {}} />
                </Form.Item>
              )}
            </Form.Item>
            <Form.Item noStyle dependencies={['kind']}>
              {({ getFieldValue }) => getFieldValue('kind') === 'swap' && (
                <Form.Item name="targetRoomIds" label={t('estate.request.targetRooms')} rules={[{ required: true, message: t('estate.common.required') }]}><RoomsPick query={{ status: 'vacant' }} /></Form.Item>
              )}
            </Form.Item>
            <Form.Item name="reason" label={t('estate.request.reason')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input.TextArea rows={4} maxLength={1000} /></Form.Item>
          </>
        )}
      </FormDrawer>
    </>
  );
}
