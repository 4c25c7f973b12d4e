import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Descriptions, Drawer, Form, Input, Popconfirm, Select, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { EP } from './menu';
import { API } from './types';
import { AgencyPick, EstateTag, m2, RoomsPick } from './widgets';

interface Allocation { id: string; agencyId: string; agencyName: string; agreementNo: string; certificateNo: string; allocatedOn: string; purpose: string | null; status: string; totalAreaM2: number }
interface AllocationDetail extends Allocation { agencyAddress: string | null; rooms: { roomId: string; number: string; buildingName: string; floorName: string; useClass: string; subUse: string | null; usableAreaM2: number }[] }
interface Values { agencyId: string; roomIds: string[]; allocatedOn: Dayjs; purpose?: string }
const PATH = `${API}/allocations`;

function Pdfs({ a }: { a: Allocation }) {
  const { t } = useTranslation();
  return (
    <Space size={0}>
      <Button type="link" size="small" icon={<FilePdfOutlined />} href={`${PATH}/${a.id}/agreement.pdf`} target="_blank" data-testid={`estate-agreement-${a.agreementNo}`}>{t('estate.allocation.agreement')}</Button>
      <Button type="link" size="small" icon={<FilePdfOutlined />} href={`${PATH}/${a.id}/certificate.pdf`} target="_blank">{t('estate.allocation.certificate')}</Button>
    </Space>
  );
}

/** 分配与使用凭证: rooms allocated to agencies, each with its 使用协议 and 分配使用凭证 as PDF. */
export default function AllocationsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<Allocation>(PATH);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Allocation | null>(null);
  const detail = useQuery({ queryKey: [PATH, open?.id], queryFn: () => get<AllocationDetail>(`${PATH}/${open!.id}`), enabled: !!open });
  const canWrite = can(EP.allocate);
  const submit = async (v: Values) => {
    await post(PATH, { agencyId: v.agencyId, roomIds: v.roomIds, allocatedOn: v.allocatedOn.format('YYYY-MM-DD'), purpose: v.purpose || undefined });
    list.refetch();
  };
  const revoke = async (a: Allocation) => {
    try {
      await post(`${PATH}/${a.id}/revoke`);
      showSuccess(t('estate.allocation.revoked'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };
  return (
    <>
      <ListPage<Allocation> title={t('estate.menu.allocations')} testid="estate-allocations" list={list} rowKey="id" canExport
        onCreate={canWrite ? () => setCreating(true) : undefined} createLabel={t('estate.allocation.create')} emptyText={t('estate.allocation.empty')}
        query={[
          <Form.Item key="agencyId" name="agencyId" label={t('estate.room.agency')}><AgencyPick /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={['active', 'revoked'].map((s) => ({ value: s, label: t(`estate.allocation.status.${s}`) }))} /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.allocation.agreementNo'), dataIndex: 'agreementNo', render: (v: string, a) => <a onClick={() => setOpen(a)}>{v}</a> },
          { title: t('estate.allocation.certificateNo'), dataIndex: 'certificateNo' },
          { title: t('estate.room.agency'), dataIndex: 'agencyName' },
          { title: t('estate.allocation.allocatedOn'), dataIndex: 'allocatedOn' },
          { title: t('estate.allocation.area'), dataIndex: 'totalAreaM2', align: 'right', render: m2 },
          { title: t('estate.allocation.purpose'), dataIndex: 'purpose', render: (v: string | null) => v ?? '—' },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="allocation.status" value={v} /> },
          {
            title: t('common.actions'), key: 'a', fixed: 'right', render: (_, a) => (
              <Space size={0}>
                <Pdfs a={a} />
                {canWrite && a.status === 'active' && (
                  <Popconfirm title={t('estate.allocation.confirmRevoke', { no: a.agreementNo })} onConfirm={() => revoke(a)}>
                    <Button type="link" size="small" danger>{t('estate.allocation.revoke')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]} />
      <FormDrawer<Values> open={creating} onClose={() => setCreating(false)} title={t('estate.allocation.create')} onSubmit={submit} initialValues={{ allocatedOn: dayjs() }}
        successText={t('estate.allocation.created')}>
        <Form.Item name="agencyId" label={t('estate.room.agency')} rules={[{ required: true, message: t('estate.common.required') }]}><AgencyPick /></Form.Item>
        <Form.Item name="roomIds" label={t('estate.allocation.rooms')} rules={[{ required: true, message: t('estate.common.required') }]} extra={t('estate.allocation.roomsHint')}>
          <RoomsPick query={{ status: 'vacant' }} />
        </Form.Item>
        <Form.Item name="allocatedOn" label={t('estate.allocation.allocatedOn')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="purpose" label={t('estate.allocation.purpose')}><Input maxLength={200} /></Form.Item>
      </FormDrawer>
      <Drawer open={!!open} onClose={() => setOpen(null)} size={720} title={open ? `${t('estate.allocation.detail')} · ${open.agreementNo}` : ''} extra={open && <Pdfs a={open} />}>
        {detail.data && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Descriptions size="small" bordered column={2} items={[
              { label: t('estate.room.agency'), children: detail.data.agencyName },
              { label: t('estate.allocation.allocatedOn'), children: detail.data.allocatedOn },
              { label: t('estate.allocation.certificateNo'), children: detail.data.certificateNo },
              { label: t('estate.allocation.area'), children: `${m2(detail.data.totalAreaM2)} m²` },
              { label: t('estate.allocation.purpose'), children: detail.data.purpose ?? '—', span: 2 },
            ]} />
            <Table rowKey="roomId" size="small" pagination={false} dataSource={detail.data.rooms} columns={[
              { title: t('estate.room.building'), dataIndex: 'buildingName' },
              { title: t('estate.room.floor'), dataIndex: 'floorName' },
              { title: t('estate.room.number'), dataIndex: 'number' },
              { title: t('estate.room.useClass'), dataIndex: 'useClass', render: (v: string) => <EstateTag family="useClass" value={v} /> },
              { title: t('estate.room.usableArea'), dataIndex: 'usableAreaM2', align: 'right', render: m2 },
            ]} />
          </Space>
        )}
      </Drawer>
    </>
  );
}
