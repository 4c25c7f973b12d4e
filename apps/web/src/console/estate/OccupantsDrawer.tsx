import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Descriptions, Drawer, Empty, Form, Popconfirm, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, post, type Page } from '../../shared/api';
import { showError, showSuccess } from '../../shared/notify';
import { EP } from './menu';
import { API, type Assignment, type Room } from './types';
import { EstateTag, m2, PersonPick } from './widgets';

/** A room's facts and its current occupants; agencies register and end who uses it. */
export function OccupantsDrawer({ room, onClose }: { room: Room | null; onClose(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const [form] = Form.useForm<{ personId: string; kind: 'main' | 'side'; startDate: Dayjs }>();
  const [adding, setAdding] = useState(false);
  const canAssign = can(EP.assignmentWrite);
  const q = useQuery({
    queryKey: [`${API}/assignments`, room?.id],
    queryFn: () => get<Page<Assignment>>(`${API}/assignments`, { roomId: room!.id, current: 'true', pageSize: 100 }),
    enabled: !!room,
  });
  const add = async () => {
    const v = await form.validateFields();
    try {
      await post(`${API}/assignments`, { personId: v.personId, roomId: room!.id, kind: v.kind, startDate: v.startDate.format('YYYY-MM-DD') });
      showSuccess(t('common.saved'));
      form.resetFields();
      setAdding(false);
      void q.refetch();
    } catch (e) {
      showError(e);
    }
  };
  const end = async (a: Assignment) => {
    try {
      await post(`${API}/assignments/${a.id}/end`, { endDate: dayjs().format('YYYY-MM-DD') });
      showSuccess(t('estate.assignment.ended'));
      void q.refetch();
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Drawer open={!!room} onClose={onClose} size={720} title={room ? t('estate.room.title', { building: room.buildingName, number: room.number }) : ''} data-testid="estate-occupants-drawer"
      extra={canAssign && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="estate-assign-add">{t('estate.assignment.create')}</Button>}>
      {room && (
        <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }} items={[
          { label: t('estate.room.floor'), children: room.floorName },
          { label: t('estate.room.useClass'), children: <Space size={4}><EstateTag family="useClass" value={room.useClass} />{room.subUse}</Space> },
          { label: t('estate.room.usableArea'), children: `${m2(room.usableAreaM2)} m²` },
          { label: t('estate.room.constructionArea'), children: room.constructionAreaM2 ? `${m2(room.constructionAreaM2)} m²` : '—' },
          { label: t('estate.room.agency'), children: room.agencyName ?? '—' },
          { label: t('common.status'), children: <EstateTag family="roomStatus" value={room.status} /> },
        ]} />
      )}
      {adding && (
        <Form form={form} layout="inline" style={{ marginBottom: 16, rowGap: 8 }} initialValues={{ kind: 'main', startDate: dayjs() }} onFinish={() => void add()}>
          <Form.Item name="personId" rules={[{ required: true, message: t('estate.common.required') }]} style={{ minWidth: 220 }}>
            <PersonPick testid="estate-assign-person" placeholder={t('estate.assignment.person')} />
          </Form.Item>
          <Form.Item name="kind"><Select style={{ width: 110 }} options={[{ value: 'main', label: t('estate.assignment.kind.main') }, { value: 'side', label: t('estate.assignment.kind.side') }]} /></Form.Item>
          <Form.Item name="startDate" rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Space><Button type="primary" htmlType="submit" data-testid="estate-assign-save">{t('common.save')}</Button><Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button></Space>
        </Form>
      )}
      <Table<Assignment> rowKey="id" size="small" pagination={false} loading={q.isFetching} dataSource={q.data?.items ?? []} data-testid="table-estate-assignments"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.assignment.empty')} /> }}
        columns={[
          { title: t('estate.assignment.person'), dataIndex: 'personName' },
          { title: t('estate.assignment.post'), dataIndex: 'post', render: (v: string | null) => v ?? '—' },
          { title: t('estate.assignment.kindLabel'), dataIndex: 'kind', render: (v: string) => <Tag color={v === 'side' ? 'orange' : 'blue'}>{t(`estate.assignment.kind.${v}`)}</Tag> },
          { title: t('estate.assignment.startDate'), dataIndex: 'startDate' },
          {
            title: t('common.actions'), key: 'a', render: (_, a) => canAssign && (
              <Popconfirm title={t('estate.assignment.confirmEnd', { name: a.personName })} onConfirm={() => end(a)}>
                <Button type="link" size="small" danger>{t('estate.assignment.end')}</Button>
              </Popconfirm>
            ),
          },
        ]} />
    </Drawer>
  );
}
