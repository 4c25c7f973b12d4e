import { Alert, DatePicker, Descriptions, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';
import { departTrip, returnTrip, reviewTrip } from './fleet.api';
import { plateOf, route, toFen, windowOf, type Trip } from './types';

interface DepartValues { at: Dayjs; km: number }
interface ReturnValues { at: Dayjs; km: number; toll?: number; parking?: number; other?: number }

/** 复核: the center's note on an emergency trip (required), with the trip's facts to check. */
export function ReviewDrawer({ trip, onClose, onSaved }: { trip: Trip | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer<{ comment: string }>
      open={!!trip}
      title={t('fleet.trip.review')}
      onClose={onClose}
      testid="fleet-review-drawer"
      successText={t('fleet.trip.reviewed')}
      onSubmit={async (v) => { await reviewTrip(trip!.id, v.comment.trim()); onSaved(); }}
    >
      {trip && (
        <>
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('fleet.trip.reviewHint')} />
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} data-testid="fleet-review-trip">
            <Descriptions.Item label={t('fleet.common.plate')}>{plateOf(trip)}</Descriptions.Item>
            <Descriptions.Item label={t('fleet.common.driver')}>{trip.driverName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fleet.common.agency')}>{trip.agencyName}</Descriptions.Item>
            <Descriptions.Item label={t('fleet.request.window')}>{windowOf(trip)}</Descriptions.Item>
            <Descriptions.Item label={t('fleet.request.route')}>{route(trip) || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fleet.request.purpose')}>{trip.purpose ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fleet.request.passengers')}>{trip.passengerCount}</Descriptions.Item>
          </Descriptions>
        </>
      )}
      {/* why onChange: once 请输入复核意见 shows, typing the note clears it (not only leaving the field) */}
      <Form.Item name="comment" label={t('fleet.trip.reviewNote')} rules={[{ required: true, whitespace: true, max: 500 }]} validateTrigger={['onChange', 'onBlur']}>
        <Input.TextArea rows={4} maxLength={500} showCount data-testid="fleet-review-comment" />
      </Form.Item>
    </FormDrawer>
  );
}

/** 出车 / 回场 of a trip from the console (the driver does the same on the phone). */
export function TripDrawer({ trip, mode, onClose, onSaved }: { trip: Trip | null; mode: 'depart' | 'return'; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  if (mode === 'depart') {
    return (
      <FormDrawer<DepartValues>
        open={!!trip}
        title={t('fleet.trip.depart')}
        onClose={onClose}
        testid="fleet-depart-drawer"
        successText={t('fleet.trip.departed')}
        initialValues={{ at: dayjs() }}
        onSubmit={async (v) => { await departTrip(trip!.id, v.at.toDate(), v.km); onSaved(); }}
      >
        <Form.Item name="at" label={t('fleet.trip.departedAt')} rules={[{ required: true }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="km" label={t('fleet.trip.odoStart')} rules={[{ required: true }]}><InputNumber min={0} precision={1} style={{ width: '100%' }} data-testid="fleet-depart-km" /></Form.Item>
      </FormDrawer>
    );
  }
  return (
    <FormDrawer<ReturnValues>
      open={!!trip}
      title={t('fleet.trip.return')}
      onClose={onClose}
      testid="fleet-return-drawer"
      successText={t('fleet.trip.returned')}
      initialValues={{ at: dayjs() }}
      onSubmit={async (v) => { await returnTrip(trip!.id, { at: v.at.toDate(), km: v.km, tollFen: toFen(v.toll), parkingFen: toFen(v.parking), otherFen: toFen(v.other) }); onSaved(); }}
    >
      <Form.Item name="at" label={t('fleet.trip.returnedAt')} rules={[{ required: true }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="km" label={t('fleet.trip.odoEnd')} rules={[{ required: true }]} extra={trip?.departureKm !== null && trip?.departureKm !== undefined ? `${t('fleet.trip.odoStart')}: ${trip.departureKm}` : undefined}>
        <InputNumber min={trip?.departureKm ?? 0} precision={1} style={{ width: '100%' }} data-testid="fleet-return-km" />
      </Form.Item>
      <Form.Item name="toll" label={t('fleet.trip.tolls')}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="parking" label={t('fleet.trip.parking')}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
    </FormDrawer>
  );
}
