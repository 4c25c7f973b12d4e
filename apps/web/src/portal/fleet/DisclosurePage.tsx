import { useQuery } from '@tanstack/react-query';
import { Button, ErrorBlock, Tag } from 'antd-mobile';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { getDisclosure } from '../../console/fleet/fleet.api';
import { num, thisMonth } from '../../console/fleet/types';
import { Loading, SubPage } from '../Frame';
import { PK } from '../data';

/** 百里油耗公示 on the phone (read-only): the month's vehicles ranked within their kind against their norms. */
export default function FleetDisclosurePage() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const month = sp.get('month') ?? thisMonth();
  const q = useQuery({ queryKey: [PK, 'fleet-disclosure', month], queryFn: () => getDisclosure(month) });
  const shift = (n: number) => setSp({ month: dayjs(`${month}-01`).add(n, 'month').format('YYYY-MM') }, { replace: true });
  const rows = [...(q.data?.items ?? [])].sort((a, b) => (a.kind ?? '').localeCompare(b.kind ?? '') || (a.rankInKind ?? 1e9) - (b.rankInKind ?? 1e9));
  return (
    <SubPage title={t('fleet.m.disclosure')} back="/m" testid="portal-fleet-disclosure">
      <div className="zdm-row" style={{ padding: '12px 12px 0', alignItems: 'center' }}>
        <Button size="small" onClick={() => shift(-1)}>{t('fleet.m.prev')}</Button>
        <div style={{ fontWeight: 600, fontSize: 16 }} data-testid="portal-fleet-disclosure-month">{month}</div>
        <Button size="small" onClick={() => shift(1)} disabled={month >= thisMonth()}>{t('fleet.m.next')}</Button>
      </div>
      {q.isLoading ? <Loading /> : rows.length === 0 ? <ErrorBlock className="zdm-empty" status="empty" title={t('fleet.disclosure.empty')} description="" /> : rows.map((r) => {
        const unit = r.unit;
        const over = r.lPer100km !== null && r.normLPer100km !== null && r.lPer100km > r.normLPer100km;
        return (
          <div key={r.vehicleId} className="zdm-card" data-testid={`portal-fleet-disclosure-${r.plate}`}>
            <div className="zdm-row">
              <div className="zdm-card-title">{r.plate}</div>
              {r.lPer100km !== null && <Tag color={over ? 'danger' : 'success'} fill="outline" style={{ flex: 'none' }}>{over ? t('fleet.disclosure.over') : t('fleet.disclosure.within')}</Tag>}
            </div>
            <div className="zdm-meta">
              {r.kind ? t(`fleet.kind.${r.kind}`) : ''}{r.agencyName ? ` · ${r.agencyName}` : ''}
              <br />
              {t('fleet.disclosure.km')} <b data-testid="portal-fleet-disclosure-km">{num(r.km, 1)}</b> · {num(r.litres ?? r.kwh, 2)} {unit}
              <br />
              {t('fleet.disclosure.lPer100')} <b>{num(r.lPer100km, 2)}</b> {unit} · {t('fleet.m.norm', { norm: num(r.normLPer100km, 2) })}
              {r.rankInKind !== null && ` · ${t('fleet.m.rankOf', { rank: r.rankInKind })}`}
            </div>
          </div>
        );
      })}
    </SubPage>
  );
}
