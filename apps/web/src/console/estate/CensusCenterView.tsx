import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Popconfirm, Progress, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { showError, showSuccess } from '../../shared/notify';
import { censusAgencies, censusDifferences } from './estate.api';
import { API, type CensusAgencyProgress, type CensusCampaign, type CensusItem } from './types';
import { EstateTag, m2 } from './widgets';

const names = (o: { name: string }[] | null | undefined) => (o ?? []).map((x) => x.name).join('、') || '—';

/** The center's side of a census: progress per agency, the differences to decide, reconciliation. */
export function CensusCenterView({ campaign, onChange }: { campaign: CensusCampaign | undefined; onChange(): void }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'agencies' | 'differences'>('agencies');
  const [agencyFilter, setAgencyFilter] = useState<string | undefined>();
  const base = campaign ? `${API}/census-campaigns/${campaign.id}` : '';
  const agencies = useQuery({ queryKey: [base, 'agencies'], queryFn: () => censusAgencies(campaign!.id), enabled: !!campaign });
  const diffs = useQuery({
    queryKey: [base, 'differences', agencyFilter],
    queryFn: () => censusDifferences(campaign!.id, agencyFilter),
    enabled: !!campaign && view === 'differences',
  });
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      showSuccess(ok);
      void agencies.refetch();
      void diffs.refetch();
      onChange();
    } catch (e) {
      showError(e);
    }
  };
  const open = campaign?.status === 'open';

  return (
    <Card size="small" data-testid="estate-census-center"
      title={<Segmented<'agencies' | 'differences'> value={view} onChange={(v) => setView(v)} options={[
        { value: 'agencies', label: t('estate.census.agencyProgress') },
        { value: 'differences', label: t('estate.census.differences') },
      ]} />}
      extra={open && (
        <Popconfirm title={t('estate.census.confirmClose')} onConfirm={() => act(() => post(`${base}/close`), t('estate.census.closed'))}>
          <Button danger>{t('estate.census.close')}</Button>
        </Popconfirm>
      )}>
      {view === 'agencies' ? (
        <Table<CensusAgencyProgress> rowKey="agencyId" size="middle" loading={agencies.isFetching} dataSource={agencies.data?.items ?? []} pagination={false}
          data-testid="table-estate-census-agencies" scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.census.noAgencies')} /> }}
          columns={[
            { title: t('estate.room.agency'), dataIndex: 'agencyName' },
            { title: t('common.status'), dataIndex: 'status', render: (v: string, a) => <EstateTag family="census.agencyStatus" value={v} testid={`estate-census-agency-status-${a.agencyName}`} /> },
            {
              title: t('estate.census.answered'), key: 'p', width: 200,
              render: (_, a) => <Progress size="small" percent={a.itemCount ? Math.round((a.answeredCount * 100) / a.itemCount) : 0} format={() => `${a.answeredCount}/${a.itemCount}`} />,
            },
            { title: t('estate.census.correctedCount'), dataIndex: 'correctedCount', align: 'right' },
            { title: t('estate.census.undecided'), dataIndex: 'undecidedCount', align: 'right', render: (v: number) => (v ? <Typography.Text type="warning" strong>{v}</Typography.Text> : 0) },
            { title: t('estate.census.submittedAt'), dataIndex: 'submittedAt', render: (v: string | null) => (v ? formatInstant(v) : '—') },
            {
              title: t('common.actions'), key: 'a', render: (_, a) => (
                <Space size={0}>
                  {a.correctedCount > 0 && <Button type="link" size="small" onClick={() => { setAgencyFilter(a.agencyId); setView('differences'); }}>{t('estate.census.viewDifferences')}</Button>}
                  {open && a.status === 'submitted' && (
                    <Popconfirm title={t('estate.census.confirmReconcile', { name: a.agencyName })} disabled={a.undecidedCount > 0}
                      onConfirm={() => act(() => post(`${base}/agencies/${a.agencyId}/reconcile`), t('estate.census.reconciled'))}>
                      <Button type="link" size="small" disabled={a.undecidedCount > 0}>{t('estate.census.reconcile')}</Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]} />
      ) : (
        <Table<CensusItem> rowKey="id" size="middle" loading={diffs.isFetching} dataSource={diffs.data?.items ?? []} pagination={false} scroll={{ x: 'max-content' }}
          data-testid="table-estate-census-differences"
          title={() => agencyFilter && <Button size="small" onClick={() => setAgencyFilter(undefined)}>{t('estate.census.allAgencies')}</Button>}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.census.noDifferences')} /> }}
          columns={[
            { title: t('estate.room.agency'), dataIndex: 'agencyName' },
            { title: t('estate.room.number'), key: 'n', render: (_, i) => `${i.snapshot?.buildingName ?? ''} ${i.number ?? i.snapshot?.number ?? ''}` },
            { title: t('estate.census.origin'), dataIndex: 'origin', render: (v: string) => t(`estate.census.originKind.${v}`, { defaultValue: v }) },
            { title: t('estate.census.registeredCol'), key: 'r', render: (_, i) => (i.snapshot ? `${m2(i.snapshot.usableAreaM2)} m² · ${t(`estate.useClass.${i.snapshot.useClass}`)} · ${names(i.snapshot.occupants)}` : '—') },
            { title: t('estate.census.reportedCol'), key: 'c', render: (_, i) => {
              const use = i.useClass ?? i.snapshot?.useClass;
              return <Typography.Text type="danger">{`${m2(i.usableAreaM2 ?? i.snapshot?.usableAreaM2)} m² · ${use ? t(`estate.useClass.${use}`) : '—'} · ${names(i.occupants ?? i.snapshot?.occupants)}`}</Typography.Text>;
            } },
            { title: t('estate.common.note'), dataIndex: 'note' },
            {
              title: t('estate.census.decision'), key: 'd', fixed: 'right', render: (_, i) => i.decision ? <EstateTag family="census.decisionKind" value={i.decision} /> : open && (
                <Space size={0}>
                  <Popconfirm title={t('estate.census.confirmAccept')} onConfirm={() => act(() => post(`${base}/items/${i.id}/decide`, { decision: 'accept' }), t('estate.census.decided'))}>
                    <Button type="link" size="small">{t('estate.census.accept')}</Button>
                  </Popconfirm>
                  <Popconfirm title={t('estate.census.confirmReject')} onConfirm={() => act(() => post(`${base}/items/${i.id}/decide`, { decision: 'reject' }), t('estate.census.decided'))}>
                    <Button type="link" size="small" danger>{t('estate.census.reject')}</Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]} />
      )}
    </Card>
  );
}
