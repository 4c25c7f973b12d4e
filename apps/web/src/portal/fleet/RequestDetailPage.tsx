import { useQuery } from '@tanstack/react-query';
import { Button, ErrorBlock, List, Rate, Steps, Tag, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { getTripRequest, rateTripRequest } from '../../console/fleet/fleet.api';
import { route, windowOf, type TripOfRequest } from '../../console/fleet/types';
import { Loading, SubPage } from '../Frame';
import { PK, shortTime, toastError, useRefreshPortal } from '../data';
import { M_COLOURS, okToast } from './fleet-data';

/** One car request: status, the assigned vehicle and driver, the progress, and the rating once the trip is back. */
export default function FleetRequestDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const refresh = useRefreshPortal();
  const q = useQuery({ queryKey: [PK, 'fleet-request', id], queryFn: () => getTripRequest(id!), enabled: !!id });
  const [stars, setStars] = useState(5);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const d = q.data;
  if (q.isError) return <SubPage title={t('fleet.m.requests')}><ErrorBlock status="default" className="zdm-empty" /></SubPage>;
  if (!d) return <SubPage title={t('fleet.m.requests')}><Loading /></SubPage>;
  const trip: TripOfRequest | null = d.trip;
  const canRate = d.rating === null && (d.status === 'completed' || trip?.status === 'returned');

  const rate = async () => {
    setBusy(true);
    try {
      await rateTripRequest(d.id, stars, comment.trim() || null);
      okToast(t('fleet.m.rated'));
      await refresh();
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SubPage title={t('fleet.m.requests')} testid="portal-fleet-request-detail">
      <div className="zdm-card">
        <div className="zdm-row">
          <div className="zdm-card-title">{d.purpose}</div>
          <Tag color={M_COLOURS[d.status]} fill="outline" style={{ flex: 'none' }} data-testid="portal-fleet-detail-status">{t(`fleet.requestStatus.${d.status}`)}</Tag>
        </div>
        <div className="zdm-meta">{windowOf(d)}<br />{route(d)} · {t('fleet.m.passengersN', { n: d.passengerCount })}</div>
      </div>
      <List header={t('fleet.m.assigned')} style={{ marginTop: 12 }}>
        {trip ? (
          <>
            <List.Item extra={<span data-testid="portal-fleet-plate">{trip.plate}</span>}>{t('fleet.request.vehicle')}</List.Item>
            <List.Item extra={<span data-testid="portal-fleet-driver">{trip.driverName ?? '—'}</span>}>{t('fleet.request.driver')}</List.Item>
            <List.Item extra={<span data-testid="portal-fleet-trip-status">{t(`fleet.tripStatus.${trip.status}`)}</span>}>{t('common.status')}</List.Item>
            {trip.departedAt && <List.Item extra={shortTime(trip.departedAt)}>{t('fleet.trip.departedAt')}</List.Item>}
            {trip.returnedAt && <List.Item extra={shortTime(trip.returnedAt)}>{t('fleet.trip.returnedAt')}</List.Item>}
            {trip.km !== null && <List.Item extra={<span data-testid="portal-fleet-km">{trip.km}</span>}>{t('fleet.trip.distance')}</List.Item>}
            {trip.status === 'cancelled' && trip.cancelReason && <List.Item extra={trip.cancelReason}>{t('fleet.trip.cancelReason')}</List.Item>}
          </>
        ) : <List.Item>{t('fleet.m.notAssigned')}</List.Item>}
      </List>
      <List header={t('fleet.m.progress')} style={{ marginTop: 12 }}>
        <div style={{ padding: '8px 4px' }}>
          <Steps direction="vertical" current={d.history.length - 1}>
            {d.history.map((h, i) => (
              <Steps.Step key={i} status="finish" title={t(`fleet.m.history.${h.action === 'return' && i > 0 && d.history[i - 1]?.action === 'depart' ? 'return_' : h.action}`, { defaultValue: h.action })}
                description={`${shortTime(h.at)}${h.actorName ? ` · ${h.actorName}` : ''}${h.comment ? ` · ${h.comment}` : ''}`} />
            ))}
          </Steps>
        </div>
        {d.instanceId && <List.Item clickable onClick={() => navigate(`/m/tasks/${d.instanceId}`)}>{t('fleet.m.seeApproval')}</List.Item>}
      </List>
      {canRate && (
        <List header={t('fleet.m.rateTitle')} style={{ marginTop: 12 }}>
          <div style={{ padding: 16 }}>
            <Rate value={stars} onChange={setStars} />
            <TextArea value={comment} onChange={setComment} rows={2} maxLength={500} placeholder={t('fleet.request.comment')} style={{ marginTop: 8 }} />
            <Button block color="primary" loading={busy} onClick={() => void rate()} style={{ marginTop: 12 }} data-testid="portal-fleet-rate">{t('fleet.m.rateSubmit')}</Button>
          </div>
        </List>
      )}
      {d.rating !== null && <div className="zdm-card"><Rate readOnly value={d.rating} /> {d.ratingComment}</div>}
    </SubPage>
  );
}
