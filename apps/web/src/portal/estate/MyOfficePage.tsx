import { useQuery } from '@tanstack/react-query';
import { Button, ErrorBlock, NoticeBar, ProgressBar, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError, get } from '../../shared/api';
import { Loading, SubPage } from '../Frame';
import { PK } from '../data';

export interface MyOffice {
  personId: string; name: string; post: string | null;
  rooms: { roomId: string; number: string; buildingName: string; floorName: string; usableAreaM2: number; useClass: string; suitePart: string | null; kind: string; startDate: string; occupants: number; shareM2: number }[];
  standardLabel: string | null; standardM2: number | null; actualM2: number; overrunM2: number; violations: string[];
}
export const myOffice = () => get<MyOffice>('/api/v1/estate/my/office');
const f2 = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(2));

/** 我的办公室: my rooms, my share of their area against the standard of my post. */
export default function MyOfficePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: [PK, 'estate-my-office'], queryFn: myOffice, retry: false });
  const o = q.data;
  const notFound = q.error instanceof ApiError && q.error.status === 404;
  return (
    <SubPage title={t('estate.portal.office')} back="/m" testid="portal-estate-office">
      {q.isLoading ? <Loading /> : notFound || (o && o.rooms.length === 0) ? (
        <ErrorBlock className="zdm-empty" status="empty" title={t('estate.portal.noOffice')} description={t('estate.portal.noOfficeHint')} />
      ) : q.error ? <ErrorBlock className="zdm-empty" status="default" title={t('estate.portal.loadFailed')} description="" /> : o && (
        <>
          <div className="zdm-card" data-testid="portal-estate-standard">
            <div className="zdm-row">
              <div className="zdm-card-title">{o.name}{o.post ? ` · ${o.post}` : ''}</div>
              {o.overrunM2 > 0 ? <Tag color="danger">{t('estate.portal.over')}</Tag> : <Tag color="success">{t('estate.portal.within')}</Tag>}
            </div>
            <div className="zdm-meta">{t('estate.portal.standardLine', { label: o.standardLabel ?? '—', standard: f2(o.standardM2), actual: f2(o.actualM2) })}</div>
            <ProgressBar percent={o.standardM2 ? Math.min(100, (o.actualM2 * 100) / o.standardM2) : 0} style={{ marginTop: 10, '--fill-color': o.overrunM2 > 0 ? '#ff3141' : '#00b578' } as React.CSSProperties} />
            {o.overrunM2 > 0 && <NoticeBar style={{ marginTop: 10 }} color="error" content={t('estate.portal.overBy', { m2: f2(o.overrunM2) })} />}
          </div>
          <div className="zdm-section-title">{t('estate.portal.rooms')}</div>
          {o.rooms.map((r) => (
            <div className="zdm-card" key={r.roomId} data-testid={`portal-estate-room-${r.number}`}>
              <div className="zdm-row">
                <div className="zdm-card-title">{r.buildingName} {r.floorName} {r.number}</div>
                <Tag color={r.kind === 'side' ? 'warning' : 'primary'} fill="outline">{t(`estate.assignment.kind.${r.kind}`, { defaultValue: r.kind })}</Tag>
              </div>
              <div className="zdm-meta">{t('estate.portal.roomLine', { area: f2(r.usableAreaM2), n: r.occupants, share: f2(r.shareM2) })}</div>
              <div className="zdm-meta">{t('estate.portal.since', { date: r.startDate })}</div>
              <Button size="small" style={{ marginTop: 8 }} onClick={() => navigate(`/m/estate/room-problem?room=${r.roomId}`)}>{t('estate.portal.report')}</Button>
            </div>
          ))}
        </>
      )}
    </SubPage>
  );
}
