import { Button, Form, Input, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { del } from '../../shared/api';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { listRooms } from './estate.api';
import { EP } from './menu';
import { OccupantsDrawer } from './OccupantsDrawer';
import { RoomDrawer } from './RoomDrawer';
import { API, ROOM_STATUSES, USE_CLASSES, type Room } from './types';
import { AgencyPick, BuildingSelect, EstateTag, FloorSelect, m2, useEstateOptions } from './widgets';

/** 房间台账: every room with its use, area, agency and occupants; filters by building and floor. */
export default function RoomsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const opts = useEstateOptions();
  const list = useList<Room>(`${API}/rooms`, { fetch: listRooms });
  const [editing, setEditing] = useState<Room | null | undefined>(undefined);
  const [occupantsOf, setOccupantsOf] = useState<Room | null>(null);
  const canWrite = can(EP.write);

  const remove = async (r: Room) => {
    try {
      await del(`${API}/rooms/${r.id}`);
      showSuccess(t('estate.common.deleted'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<Room>
        title={t('estate.menu.rooms')}
        testid="estate-rooms"
        list={list}
        rowKey="id"
        canExport
        onCreate={canWrite ? () => setEditing(null) : undefined}
        createLabel={t('estate.room.create')}
        emptyText={t('estate.room.empty')}
        query={[
          <Form.Item key="buildingId" name="buildingId" label={t('estate.room.building')}><BuildingSelect testid="estate-q-building" /></Form.Item>,
          <Form.Item key="floorId" noStyle dependencies={['buildingId']}>
            {({ getFieldValue }) => (
              <Form.Item name="floorId" label={t('estate.room.floor')}><FloorSelect buildingId={getFieldValue('buildingId') as string | undefined} testid="estate-q-floor" /></Form.Item>
            )}
          </Form.Item>,
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear placeholder={t('estate.room.q')} /></Form.Item>,
          <Form.Item key="useClass" name="useClass" label={t('estate.room.useClass')}><Select allowClear options={opts('useClass', USE_CLASSES)} /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={opts('roomStatus', ROOM_STATUSES)} /></Form.Item>,
          <Form.Item key="agencyId" name="agencyId" label={t('estate.room.agency')}><AgencyPick /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.room.building'), dataIndex: 'buildingName' },
          { title: t('estate.room.floor'), dataIndex: 'floorName', width: 80 },
          { title: t('estate.room.number'), dataIndex: 'number', sorter: true, render: (v: string, r) => <a onClick={() => setOccupantsOf(r)} data-testid={`estate-room-${v}`}>{v}</a> },
          { title: t('estate.room.useClass'), dataIndex: 'useClass', render: (v: string, r) => <Space size={4}><EstateTag family="useClass" value={v} />{r.subUse}</Space> },
          { title: t('estate.room.usableArea'), dataIndex: 'usableAreaM2', align: 'right', sorter: true, render: m2 },
          { title: t('estate.room.agency'), dataIndex: 'agencyName', render: (v: string | null) => v ?? '—' },
          { title: t('estate.room.occupants'), dataIndex: 'occupantCount', align: 'right' },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="roomStatus" value={v} /> },
          {
            title: t('common.actions'), key: 'actions', fixed: 'right',
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setOccupantsOf(r)}>{t('estate.room.occupantsAction')}</Button>
                <Button type="link" size="small" onClick={() => navigate(`/estate/floor-plans?floorId=${r.floorId}&room=${r.id}`)}>{t('estate.floor.plan')}</Button>
                {canWrite && <Button type="link" size="small" onClick={() => setEditing(r)}>{t('common.edit')}</Button>}
                {canWrite && (
                  <Popconfirm title={t('estate.room.confirmDelete', { number: r.number })} onConfirm={() => remove(r)}>
                    <Button type="link" size="small" danger>{t('common.delete')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <RoomDrawer room={editing} onClose={() => setEditing(undefined)} onSaved={list.refetch} defaults={{ buildingId: list.filters.buildingId, floorId: list.filters.floorId }} />
      <OccupantsDrawer room={occupantsOf} onClose={() => { setOccupantsOf(null); list.refetch(); }} />
    </>
  );
}
