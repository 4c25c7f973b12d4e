import { Button, Form, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { FP } from './menu';
import { listTrips } from './fleet.api';
import { CancelTripDrawer, TrackDrawer } from './TripActionDrawers';
import { ReviewDrawer, TripDrawer } from './TripDrawers';
import { API, num, plateOf, route, TRIP_STATUSES, windowOf, yuan, type Trip } from './types';
import { Flags, FleetTag, useFleetOptions, VehicleSelect } from './widgets';

/** 行程: every trip, with departure and return, the flags raised while recording, and the review of emergency trips. */
export default function TripsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const options = useFleetOptions();
  const list = useList<Trip>(`${API}/trips`, { fetch: listTrips });
  const [acting, setActing] = useState<{ trip: Trip; mode: 'depart' | 'return' } | null>(null);
  const canRecord = can(FP.tripRecord);

  const [reviewing, setReviewing] = useState<Trip | null>(null);
  const [cancelling, setCancelling] = useState<Trip | null>(null);
  const [tracking, setTracking] = useState<Trip | null>(null);

  return (
    <>
      <ListPage<Trip>
        title={t('fleet.trip.title')}
        testid="fleet-trips"
        list={list}
        rowKey="id"
        canExport={can(FP.tripExport)}
        emptyText={t('fleet.trip.empty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={options('tripStatus', TRIP_STATUSES)} /></Form.Item>,
          <Form.Item key="vehicleId" name="vehicleId" label={t('fleet.common.vehicle')}><VehicleSelect /></Form.Item>,
          <Form.Item key="reviewFlag" name="reviewFlag" label={t('fleet.trip.review')}>
            <Select allowClear options={[{ value: 'true', label: t('fleet.trip.needsReview') }]} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('fleet.common.plate'), key: 'plate', fixed: 'left', render: (_, r) => <Typography.Text strong>{plateOf(r)}</Typography.Text> },
          { title: t('fleet.common.driver'), dataIndex: 'driverName', render: (d: string | null) => d ?? '—' },
          {
            title: t('fleet.request.purpose'), dataIndex: 'purpose', ellipsis: true,
            render: (p: string | null, r) => <Space size={4}><ReviewTag trip={r} /><span>{p ?? '—'}</span></Space>,
          },
          { title: t('fleet.request.route'), key: 'route', ellipsis: true, render: (_, r) => route(r) || '—' },
          { title: t('fleet.request.window'), dataIndex: 'plannedStart', sorter: true, render: (_: string, r) => windowOf(r) },
          { title: t('fleet.trip.distance'), dataIndex: 'km', sorter: true, align: 'right', render: (v: number | null) => num(v, 1) },
          { title: t('fleet.trip.tolls'), key: 'fees', align: 'right', render: (_, r) => yuan((r.tollFen ?? 0) + (r.parkingFen ?? 0) + (r.otherFen ?? 0)) },
          {
            title: t('fleet.common.flags'), dataIndex: 'flags',
            render: (f: string[], r) => (r.reviewFlag && !r.emergency ? <Space size={4}><Tag color="volcano">{t('fleet.trip.needsReview')}</Tag><Flags flags={f} /></Space> : <Flags flags={f} />),
          },
          { title: t('common.status'), dataIndex: 'status', sorter: true, render: (s: string, r) => <FleetTag family="tripStatus" value={s} testid={`fleet-trip-status-${r.id}`} /> },
          {
            title: t('common.actions'), key: 'actions', fixed: 'right',
            render: (_, r) => (
              <Space size={0}>
                {canRecord && r.status === 'dispatched' && <Button type="link" size="small" onClick={() => setActing({ trip: r, mode: 'depart' })}>{t('fleet.trip.depart')}</Button>}
                {canRecord && r.status === 'departed' && <Button type="link" size="small" onClick={() => setActing({ trip: r, mode: 'return' })}>{t('fleet.trip.return')}</Button>}
                {canRecord && r.status !== 'cancelled' && r.status !== 'dispatched' && (
                  <Button type="link" size="small" onClick={() => setTracking(r)} data-testid={`fleet-trip-track-${r.id}`}>{t('fleet.trip.track')}</Button>
                )}
                {can(FP.dispatch) && r.status === 'dispatched' && (
                  <Button type="link" size="small" danger onClick={() => setCancelling(r)} data-testid={`fleet-trip-cancel-${r.id}`}>{t('fleet.trip.cancel')}</Button>
                )}
                {can(FP.tripReview) && r.reviewFlag && <Button type="link" size="small" onClick={() => setReviewing(r)} data-testid={`fleet-trip-review-${r.id}`}>{t('fleet.trip.review')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      <CancelTripDrawer trip={cancelling} onClose={() => setCancelling(null)} onSaved={list.refetch} />
      <TrackDrawer trip={tracking} onClose={() => setTracking(null)} onSaved={list.refetch} />
      <ReviewDrawer trip={reviewing} onClose={() => setReviewing(null)} onSaved={list.refetch} />
      <TripDrawer trip={acting?.trip ?? null} mode={acting?.mode ?? 'depart'} onClose={() => setActing(null)} onSaved={list.refetch} />
    </>
  );
}

/**
 * An emergency trip's tag, next to its purpose so that it shows at 1366 px: 应急派车待复核 until the center has
 * reviewed it, then 应急·已复核 with the reviewer's note on hover.
 */
function ReviewTag({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
  if (!trip.emergency) return null;
  if (trip.reviewFlag) return <Tag color="volcano" data-testid={`fleet-trip-review-flag-${trip.id}`}>{t('fleet.flag.emergency')}</Tag>;
  if (!trip.reviewedAt) return <Tag color="red">{t('fleet.request.emergency')}</Tag>;
  return <Tooltip title={trip.reviewComment}><Tag color="green" data-testid={`fleet-trip-reviewed-${trip.id}`}>{t('fleet.trip.emergencyReviewed')}</Tag></Tooltip>;
}
