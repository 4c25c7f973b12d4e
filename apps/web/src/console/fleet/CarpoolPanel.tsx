import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmAction, showError, showSuccess } from '../../shared/notify';
import { getCarpoolProposals, getSuggestions, mergeProposal } from './fleet.api';
import { windowOf, type CarpoolProposals } from './types';
import { useReasonTexts } from './widgets';

type Proposal = CarpoolProposals['items'][number];

/** 拼车建议: requests with overlapping windows and routes the server proposes to merge into one vehicle. */
export function CarpoolPanel({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const reasonsOf = useReasonTexts();
  const q = useQuery({ queryKey: ['fleet-carpool'], queryFn: async () => (await getCarpoolProposals()).items });
  const [busy, setBusy] = useState<string | null>(null);

  const merge = async (p: Proposal) => {
    if (!(await confirmAction(t('fleet.dispatch.confirmMerge', { count: p.requestIds.length }), false))) return;
    const key = p.requestIds.join(',');
    setBusy(key);
    try {
      // The first request's best-ranked vehicle and driver serve the merged trip.
      const s = await getSuggestions(p.requestIds[0]!);
      const vehicle = s.vehicles.find((v) => v.seats >= p.seatsNeeded);
      if (!vehicle) throw new Error(t('fleet.dispatch.noSuggestion'));
      await mergeProposal(p.requestIds, { vehicleId: vehicle.id, driverId: s.drivers[0]?.id ?? null });
      showSuccess(t('fleet.dispatch.merged'));
      void q.refetch();
      onDone();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  const items = q.data ?? [];
  return (
    <Card size="small" title={t('fleet.dispatch.carpool')} data-testid="fleet-carpool">
      {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fleet.dispatch.carpoolEmpty')} /> : (
        <List
          dataSource={items}
          renderItem={(p) => (
            <List.Item actions={[<Button key="m" type="link" loading={busy === p.requestIds.join(',')} onClick={() => void merge(p)}>{t('fleet.dispatch.merge')}</Button>]}>
              <Space orientation="vertical" size={2}>
                <Typography.Text strong>{`${windowOf({ plannedStart: p.start, plannedEnd: p.end })} → ${p.destination}`}</Typography.Text>
                <Typography.Text type="secondary">{`${p.requestIds.length} × ${t('fleet.menu.requests')} · ${t('fleet.request.passengers')} ${p.passengers} · ${t('fleet.vehicle.seats')} ≥ ${p.seatsNeeded}`}</Typography.Text>
                <Space size={[0, 4]} wrap data-testid="fleet-carpool-reasons">{reasonsOf(p).map((x) => <Tag key={x} color="blue">{x}</Tag>)}</Space>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
