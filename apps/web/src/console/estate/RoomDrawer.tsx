import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { API, ROOM_STATUSES, USE_CLASSES, type Room } from './types';
import { AgencyPick, BuildingSelect, FloorSelect, useEstateOptions } from './widgets';

interface Values {
  buildingId?: string; floorId: string; number: string; useClass: string; subUse?: string | null; suitePart?: string | null;
  usableAreaM2: number; constructionAreaM2?: number | null; agencyId?: string | null; status: string; svgElementId?: string | null; note?: string | null;
}

/** New room / edit room. */
export function RoomDrawer({ room, onClose, onSaved, defaults }: { room: Room | null | undefined; onClose(): void; onSaved(): void; defaults: { buildingId?: string; floorId?: string } }) {
  const { t } = useTranslation();
  const opts = useEstateOptions();
  const submit = async ({ buildingId: _b, floorId, ...v }: Values) => {
    void _b;
    if (room) await patch(`${API}/rooms/${room.id}`, v);
    else await post(`${API}/rooms`, { ...v, floorId });
    onSaved();
  };
  return (
    <FormDrawer<Values>
      open={room !== undefined}
      title={room ? t('estate.room.edit', { number: room.number }) : t('estate.room.create')}
      onClose={onClose}
      initialValues={room ? { ...room } : { ...defaults, useClass: 'office', status: 'vacant' }}
      onSubmit={submit}
      testid="estate-room-drawer"
    >
      {(form) => (
        <>
          <Form.Item name="buildingId" label={t('estate.room.building')} rules={[{ required: true, message: t('estate.common.required') }]}>
            <BuildingSelect disabled={!!room} onChange={() => form.setFieldValue('floorId', undefined)} />
          </Form.Item>
          <Form.Item noStyle dependencies={['buildingId']}>
            {({ getFieldValue }) => (
              <Form.Item name="floorId" label={t('estate.room.floor')} rules={[{ required: true, message: t('estate.common.required') }]}>
                <FloorSelect buildingId={getFieldValue('buildingId') as string | undefined} disabled={!!room} />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item name="number" label={t('estate.room.number')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }, { max: 20 }]}>
            <Input data-testid="estate-room-number" />
          </Form.Item>
          <Form.Item name="useClass" label={t('estate.room.useClass')} rules={[{ required: true }]}><Select options={opts('useClass', USE_CLASSES)} /></Form.Item>
          <Form.Item name="subUse" label={t('estate.room.subUse')}><Input placeholder={t('estate.room.subUsePh')} maxLength={50} /></Form.Item>
          <Form.Item name="usableAreaM2" label={t('estate.room.usableArea')} rules={[{ required: true, message: t('estate.common.required') }]}>
            <InputNumber min={0} max={999999.99} precision={2} style={{ width: '100%' }} suffix="m²" data-testid="estate-room-area" />
          </Form.Item>
          <Form.Item name="constructionAreaM2" label={t('estate.room.constructionArea')}><InputNumber min={0} precision={2} style={{ width: '100%' }} suffix="m²" /></Form.Item>
          <Form.Item name="agencyId" label={t('estate.room.agency')}><AgencyPick /></Form.Item>
          <Form.Item name="status" label={t('common.status')}><Select options={opts('roomStatus', ROOM_STATUSES)} /></Form.Item>
          <Form.Item name="svgElementId" label={t('estate.room.svgElementId')} tooltip={t('estate.room.svgElementIdTip')}><Input maxLength={100} /></Form.Item>
          <Form.Item name="note" label={t('estate.common.note')}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
        </>
      )}
    </FormDrawer>
  );
}
