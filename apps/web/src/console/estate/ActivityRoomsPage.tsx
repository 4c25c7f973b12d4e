import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Drawer, Empty, Form, Input, InputNumber, Popconfirm, Progress, Space, Table, Tag, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, post, type Page } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { EP } from './menu';
import { API } from './types';
import { AgencyPick, RoomsPick } from './widgets';

const A = `${API}/activity-rooms`;
interface ActivityRoom { id: string; roomId: string; name: string; capacity: number | null; openDays: number[]; opensAt: string; closesAt: string; active: boolean; roomNumber: string; buildingName: string }
interface Booking { id: string; startsAt: string; endsAt: string; state: string; title: string }
interface Util { activityRoomId: string; name: string; bookings: number; bookedHours: number; openHours: number; utilisationPct: number }

function BookingsDrawer({ room, onClose }: { room: ActivityRoom | null; onClose(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const [form] = Form.useForm<{ title: string; range: [Dayjs, Dayjs] }>();
  const from = dayjs().startOf('day');
  const to = from.add(14, 'day');
  const q = useQuery({ queryKey: [A, room?.id, 'bookings'], queryFn: () => get<Page<Booking>>(`${A}/${room!.id}/bookings`, { from: from.toISOString(), to: to.toISOString(), pageSize: 200 }), enabled: !!room });
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try { await fn(); showSuccess(ok); void q.refetch(); } catch (e) { showError(e); }
  };
  const book = async () => {
    const v = await form.validateFields();
    await act(() => post(`${A}/${room!.id}/bookings`, { title: v.title, startsAt: v.range[0].toISOString(), endsAt: v.range[1].toISOString() }), t('estate.activity.booked'));
    form.resetFields();
  };
  return (
    <Drawer open={!!room} onClose={onClose} size={720} title={room ? `${room.name} · ${t('estate.activity.bookings')}` : ''}>
      {can(EP.activityRoomBook) && (
        <Form form={form} layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="range" rules={[{ required: true, message: t('estate.common.required') }]}><DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" /></Form.Item>
          <Form.Item name="title" rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input placeholder={t('estate.activity.titlePh')} /></Form.Item>
          <Button type="primary" onClick={() => void book()}>{t('estate.activity.book')}</Button>
        </Form>
      )}
      <Table<Booking> rowKey="id" size="small" loading={q.isFetching} dataSource={q.data?.items ?? []} pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.activity.noBookings')} /> }}
        columns={[
          { title: t('estate.activity.start'), dataIndex: 'startsAt', render: formatInstant },
          { title: t('estate.activity.end'), dataIndex: 'endsAt', render: formatInstant },
          { title: t('estate.activity.titleLabel'), dataIndex: 'title' },
          { title: t('common.status'), dataIndex: 'state', render: (v: string) => <Tag color={v === 'cancelled' ? 'default' : 'blue'}>{t(`estate.activity.state.${v}`, { defaultValue: v })}</Tag> },
          {
            title: t('common.actions'), key: 'a', render: (_, b) => b.state !== 'cancelled' && (
              <Popconfirm title={t('estate.activity.confirmCancel')} onConfirm={() => act(() => post(`${A}/bookings/${b.id}/cancel`, {}), t('estate.activity.cancelled'))}>
                <Button type="link" size="small" danger>{t('estate.activity.cancel')}</Button>
              </Popconfirm>
            ),
          },
        ]} />
    </Drawer>
  );
}

/** 活动室预约: retired cadres' activity rooms, their bookings and monthly utilisation. */
export default function ActivityRoomsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<ActivityRoom>(A);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<ActivityRoom | null>(null);
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const util = useQuery({ queryKey: [`${A}/utilisation`, month.format('YYYY-MM')], queryFn: () => get<Page<Util>>(`${A}/utilisation`, { month: month.format('YYYY-MM'), pageSize: 200 }) });
  type V = { roomIds: string[]; agencyId: string; name: string; capacity?: number; openDays: number[]; hours: [Dayjs, Dayjs]; note?: string };
  const days = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`estate.activity.day.${d}`) }));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ListPage<ActivityRoom> title={t('estate.menu.activity')} testid="estate-activity" list={list} rowKey="id" canExport emptyText={t('estate.activity.empty')}
        onCreate={can(EP.activityRoomWrite) ? () => setCreating(true) : undefined} createLabel={t('estate.activity.create')}
        columns={[
          { title: t('estate.activity.name'), dataIndex: 'name', render: (v: string, r) => <a onClick={() => setOpen(r)}>{v}</a> },
          { title: t('estate.recovery.room'), key: 'r', render: (_, r) => `${r.buildingName} ${r.roomNumber}` },
          { title: t('estate.activity.capacity'), dataIndex: 'capacity', align: 'right', render: (v: number | null) => v ?? '—' },
          { title: t('estate.activity.openDays'), dataIndex: 'openDays', render: (v: number[]) => v.map((d) => t(`estate.activity.day.${d}`)).join('、') },
          { title: t('estate.activity.hours'), key: 'h', render: (_, r) => `${r.opensAt.slice(0, 5)}–${r.closesAt.slice(0, 5)}` },
          { title: t('common.status'), dataIndex: 'active', render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{v ? t('estate.activity.active') : t('estate.activity.inactive')}</Tag> },
          { title: t('common.actions'), key: 'a', render: (_, r) => <Button type="link" size="small" onClick={() => setOpen(r)}>{t('estate.activity.bookings')}</Button> },
        ]} />
      <Card size="small" title={t('estate.activity.utilisation')} extra={<DatePicker picker="month" value={month} onChange={(v) => v && setMonth(v)} allowClear={false} />}>
        <Table<Util> rowKey="activityRoomId" size="small" pagination={false} dataSource={util.data?.items ?? []} loading={util.isFetching}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.activity.noUtil')} /> }}
          columns={[
            { title: t('estate.activity.name'), dataIndex: 'name' },
            { title: t('estate.activity.bookingCount'), dataIndex: 'bookings', align: 'right' },
            { title: t('estate.activity.bookedHours'), dataIndex: 'bookedHours', align: 'right' },
            { title: t('estate.activity.openHours'), dataIndex: 'openHours', align: 'right' },
            { title: t('estate.activity.utilisationPct'), dataIndex: 'utilisationPct', width: 220, render: (v: number) => <Progress size="small" percent={Math.round(v * 10) / 10} /> },
          ]} />
      </Card>
      <FormDrawer<V> open={creating} onClose={() => setCreating(false)} title={t('estate.activity.create')} initialValues={{ openDays: [1, 2, 3, 4, 5], hours: [dayjs('08:30', 'HH:mm'), dayjs('17:00', 'HH:mm')] }}
        onSubmit={async ({ roomIds, hours, ...v }) => { await post(A, { ...v, roomId: roomIds[0], opensAt: hours[0].format('HH:mm'), closesAt: hours[1].format('HH:mm'), note: v.note || undefined }); list.refetch(); }}>
        <Form.Item name="roomIds" label={t('estate.recovery.room')} rules={[{ required: true, message: t('estate.common.required') }]}><RoomsPick query={{}} /></Form.Item>
        <Form.Item name="agencyId" label={t('estate.room.agency')} rules={[{ required: true, message: t('estate.common.required') }]}><AgencyPick /></Form.Item>
        <Form.Item name="name" label={t('estate.activity.name')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="capacity" label={t('estate.activity.capacity')}><InputNumber min={1} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="openDays" label={t('estate.activity.openDays')} rules={[{ required: true }]}><Checkbox.Group options={days} /></Form.Item>
        <Form.Item name="hours" label={t('estate.activity.hours')} rules={[{ required: true }]}><TimePicker.RangePicker format="HH:mm" minuteStep={15} /></Form.Item>
        <Form.Item name="note" label={t('estate.common.note')}><Input.TextArea rows={2} /></Form.Item>
      </FormDrawer>
      <BookingsDrawer room={open} onClose={() => setOpen(null)} />
    </Space>
  );
}
