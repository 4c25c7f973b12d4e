import { InboxOutlined } from '@ant-design/icons';
import { Alert, Form, Input, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';
import { confirmAction } from '../../shared/notify';
import { cancelTrip, importTrack, trackContentType } from './fleet.api';
import { plateOf, windowOf, type Trip } from './types';

/** 取消出车: a trip not yet departed, with the reason (required) and a confirmation; its requests wait for dispatch again. */
export function CancelTripDrawer({ trip, onClose, onSaved }: { trip: Trip | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer<{ reason: string }>
      open={!!trip}
      title={t('fleet.trip.cancel')}
      onClose={onClose}
      testid="fleet-cancel-trip-drawer"
      successText={t('fleet.trip.cancelled')}
      onSubmit={async (v) => {
        // FormDrawer keeps the drawer open when onSubmit rejects: a declined confirmation says the trip stays as it was.
        if (!(await confirmAction(t('fleet.trip.confirmCancel', { plate: plateOf(trip!) })))) throw new Error(t('fleet.trip.notCancelled'));
        await cancelTrip(trip!.id, v.reason.trim());
        onSaved();
      }}
    >
      {trip && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`${plateOf(trip)} · ${windowOf(trip)}`} description={t('fleet.trip.cancelHint')} />}
      <Form.Item name="reason" label={t('fleet.trip.cancelReason')} rules={[{ required: true, whitespace: true, max: 500 }]}>
        <Input.TextArea rows={4} maxLength={500} showCount data-testid="fleet-cancel-reason" />
      </Form.Item>
    </FormDrawer>
  );
}

interface TrackValues { file: Array<{ originFileObj?: File; name: string }> }

/** 导入轨迹: a GPX or CSV (lat,lon,time) file of a trip; the server computes the distance and flags a mismatch with the odometer. */
export function TrackDrawer({ trip, onClose, onSaved }: { trip: Trip | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer<TrackValues>
      open={!!trip}
      title={t('fleet.trip.importTrack')}
      onClose={onClose}
      testid="fleet-track-drawer"
      successText={t('fleet.trip.trackImported')}
      onSubmit={async (v) => {
        const f = v.file[0]?.originFileObj;
        if (!f) throw new Error(t('fleet.trip.trackFileRequired'));
        await importTrack(trip!.id, f, trackContentType(f.name));
        onSaved();
      }}
    >
      {trip && (
        <Typography.Paragraph type="secondary">
          {`${plateOf(trip)} · ${windowOf(trip)}`}
          {trip.trackPoints ? ` · ${t('fleet.trip.trackNow', { points: trip.trackPoints, km: trip.trackKm ?? 0 })}` : ''}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="file" label={t('fleet.trip.trackFile')} valuePropName="fileList" getValueFromEvent={(e: { fileList: unknown[] }) => e.fileList.slice(-1)}
        rules={[{ required: true, message: t('fleet.trip.trackFileRequired') }]} extra={t('fleet.trip.trackHint')}
      >
        <Upload.Dragger accept=".gpx,.csv,application/gpx+xml,text/csv" maxCount={1} beforeUpload={() => false} data-testid="fleet-track-file">
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">{t('fleet.trip.trackDrop')}</p>
        </Upload.Dragger>
      </Form.Item>
    </FormDrawer>
  );
}
