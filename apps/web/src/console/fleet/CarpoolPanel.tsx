import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';
import { AssignFields, type WindowNeed } from './DispatchAssignFields';
import { getCarpoolProposals, getTripRequest, mergeProposal } from './fleet.api';
import { route, windowOf, type CarpoolProposals } from './types';
import { useReasonTexts } from './widgets';

type Proposal = CarpoolProposals['items'][number];

/** 拼车建议: requests with overlapping windows and routes the server proposes to merge into one vehicle. */
export function CarpoolPanel({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const reasonsOf = useReasonTexts();
  const q = useQuery({ queryKey: ['fleet-carpool'], queryFn: async () => (await getCarpoolProposals()).items });
  const [merging, setMerging] = useState<Proposal | null>(null);

  const items = q.data ?? [];
  return (
    <Card size="small" title={t('fleet.dispatch.carpool')} data-testid="fleet-carpool">
      {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fleet.dispatch.carpoolEmpty')} /> : (
        <List
          dataSource={items}
          renderItem={(p) => (
            <List.Item
              data-testid={`fleet-carpool-${p.destination}`}
              actions={[<Button key="m" type="link" onClick={() => setMerging(p)} data-testid="fleet-carpool-merge">{t('fleet.dispatch.merge')}</Button>]}
            >
              <Space orientation="vertical" size={2}>
                <Typography.Text strong>{`${windowOf({ plannedStart: p.start, plannedEnd: p.end })} → ${p.destination}`}</Typography.Text>
                <Typography.Text type="secondary">{`${p.requestIds.length} × ${t('fleet.menu.requests')} · ${t('fleet.request.passengers')} ${p.passengers} · ${t('fleet.vehicle.seats')} ≥ ${p.seatsNeeded}`}</Typography.Text>
                <Space size={[0, 4]} wrap data-testid="fleet-carpool-reasons">{reasonsOf(p).map((x) => <Tag key={x} color="blue">{x}</Tag>)}</Space>
              </Space>
            </List.Item>
          )}
        />
      )}
      <MergeDrawer proposal={merging} onClose={() => setMerging(null)} onSaved={() => { void q.refetch(); onDone(); }} />
    </Card>
  );
}

/**
 * 合并派车: the requests of a proposal, then one vehicle and one driver chosen among those free over the union of
 * their windows (ranked, with the reasons); the server books them once for one trip.
 */
function MergeDrawer({ proposal, onClose, onSaved }: { proposal: Proposal | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const ids = proposal?.requestIds ?? [];
  const reqs = useQuery({
    queryKey: ['fleet-carpool-requests', ids.join(',')],
    queryFn: () => Promise.all(ids.map((id) => getTripRequest(id))),
    enabled: ids.length > 0,
  });
  const first = reqs.data?.[0];
  const need: WindowNeed | null = proposal && first && reqs.data
    ? {
      agencyId: first.agencyId, from: proposal.start, to: proposal.end, passengers: proposal.passengers,
      inCity: reqs.data.every((r) => r.inCity), needDriver: reqs.data.some((r) => r.needDriver), emergency: false,
    }
    : null;
  return (
    <FormDrawer<{ vehicleId: string; driverId?: string }>
      open={!!proposal}
      title={t('fleet.dispatch.mergeTitle', { count: ids.length })}
      onClose={onClose}
      testid="fleet-merge-drawer"
      successText={t('fleet.dispatch.merged')}
      onSubmit={async (v) => {
        await mergeProposal(ids, { vehicleId: v.vehicleId, driverId: v.driverId ?? null });
        onSaved();
      }}
    >
      {proposal && (
        <Alert
          type="info" showIcon style={{ marginBottom: 16 }}
          title={`${windowOf({ plannedStart: proposal.start, plannedEnd: proposal.end })} → ${proposal.destination}`}
          description={t('fleet.dispatch.mergeHint', { passengers: proposal.passengers, seats: proposal.seatsNeeded })}
        />
      )}
      <List
        size="small" bordered style={{ marginBottom: 16 }} loading={reqs.isFetching} data-testid="fleet-merge-requests"
        dataSource={reqs.data ?? []}
        renderItem={(r) => (
          <List.Item>
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{r.purpose}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${windowOf(r)} · ${r.applicantName} · ${r.agencyName} · ${t('fleet.request.passengers')} ${r.passengerCount}`}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{route(r)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <AssignFields need={need} hint={t('fleet.dispatch.loadingRequests')} />
    </FormDrawer>
  );
}
