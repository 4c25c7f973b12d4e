import { CheckOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { showError, showSuccess } from '../../shared/notify';
import { censusAgencies, censusMyItems, confirmCensusItem } from './estate.api';
import { API, USE_CLASSES, type CensusAgencyProgress, type CensusItem } from './types';
import { EstateTag, m2, useEstateOptions } from './widgets';

const occupantNames = (i: CensusItem) => (i.occupants ?? i.snapshot?.occupants ?? []).map((o) => o.name).join('、') || '—';
const shown = (i: CensusItem) => ({
  building: i.snapshot?.buildingName ?? '—', floor: i.snapshot?.floorName ?? '—', number: i.number ?? i.snapshot?.number ?? '—',
  useClass: i.useClass ?? i.snapshot?.useClass ?? null, area: i.usableAreaM2 ?? i.snapshot?.usableAreaM2 ?? null,
});

interface CorrectValues { usableAreaM2?: number; useClass?: string; occupantIds?: string[]; note: string }

/** The agency's side of a census: every room of the agency to confirm or correct, then submit. */
export function CensusAgencyView({ campaignId, open, onChange }: { campaignId: string; open: boolean; onChange?(): void }) {
  const { t } = useTranslation();
  const opts = useEstateOptions();
  const [correcting, setCorrecting] = useState<CensusItem | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `${API}/census-campaigns/${campaignId}`;
  const items = useQuery({ queryKey: [base, 'my-items'], queryFn: () => censusMyItems(campaignId) });
  const status = useQuery({ queryKey: [base, 'agencies-mine'], queryFn: () => censusAgencies(campaignId).catch(() => ({ items: [] as CensusAgencyProgress[], total: 0 })) });
  const list = items.data?.items ?? [];
  const agencyId = list[0]?.agencyId;
  const mine = status.data?.items.find((a) => a.agencyId === agencyId) ?? (status.data?.items.length === 1 ? status.data.items[0] : undefined);
  const locked = !open || mine?.status === 'submitted' || mine?.status === 'reconciled';
  const pending = list.filter((i) => i.response === 'pending');
  const refresh = () => { void items.refetch(); void status.refetch(); onChange?.(); };

  const run = async (fn: () => Promise<unknown>, ok: string) => {
    setBusy(true);
    try {
      await fn();
      showSuccess(ok);
      refresh();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  const confirm = (i: CensusItem) => run(() => confirmCensusItem(campaignId, i.id), t('estate.census.confirmed'));
  const confirmAll = () => run(async () => { for (const i of pending) await confirmCensusItem(campaignId, i.id); }, t('estate.census.confirmedAll', { count: pending.length }));
  const submit = () => run(() => post(`${base}/submit`, agencyId ? { agencyId } : {}), t('estate.census.submitted'));
  const correct = async (v: CorrectValues) => {
    await post(`${base}/items/${correcting!.id}/correct`, v);
    refresh();
  };

  return (
    <Card size="small" data-testid="estate-census-mine"
      title={<Space>{t('estate.census.mineTitle')}{mine && <EstateTag family="census.agencyStatus" value={mine.status} testid="estate-census-my-status" />}</Space>}
      extra={!locked && (
        <Space>
          <Button icon={<CheckOutlined />} disabled={!pending.length} loading={busy} onClick={() => void confirmAll()} data-testid="estate-census-confirm-all">{t('estate.census.confirmAll', { count: pending.length })}</Button>
          <Popconfirm title={t('estate.census.confirmSubmit')} onConfirm={() => submit()} disabled={pending.length > 0 || !list.length}>
            <Button type="primary" icon={<SendOutlined />} disabled={pending.length > 0 || !list.length} data-testid="estate-census-submit">{t('estate.census.submit')}</Button>
          </Popconfirm>
        </Space>
      )}>
      {!locked && pending.length > 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('estate.census.pendingHint', { count: pending.length })} />}
      {locked && mine && <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('estate.census.lockedHint')} />}
      <Table<CensusItem> rowKey="id" size="middle" loading={items.isFetching} dataSource={list} pagination={false} scroll={{ x: 'max-content' }} data-testid="table-estate-census-items"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.census.noItems')} /> }}
        columns={[
          { title: t('estate.room.building'), key: 'b', render: (_, i) => shown(i).building },
          { title: t('estate.room.floor'), key: 'f', render: (_, i) => shown(i).floor },
          { title: t('estate.room.number'), key: 'n', render: (_, i) => shown(i).number },
          { title: t('estate.room.useClass'), key: 'u', render: (_, i) => <EstateTag family="useClass" value={shown(i).useClass} /> },
          { title: t('estate.room.usableArea'), key: 'a', align: 'right', render: (_, i) => m2(shown(i).area) },
          { title: t('estate.census.occupants'), key: 'o', render: (_, i) => occupantNames(i) },
          { title: t('estate.census.responseCol'), dataIndex: 'response', render: (v: string, i) => <EstateTag family="census.response" value={v} testid={`estate-census-response-${shown(i).number}`} /> },
          { title: t('estate.common.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
          ...(locked ? [] : [{
            title: t('common.actions'), key: 'act', fixed: 'right' as const, render: (_: unknown, i: CensusItem) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => void confirm(i)} disabled={i.response === 'confirmed'} data-testid={`estate-census-confirm-${shown(i).number}`}>{t('estate.census.confirm')}</Button>
                <Button type="link" size="small" onClick={() => setCorrecting(i)} data-testid={`estate-census-correct-${shown(i).number}`}>{t('estate.census.correct')}</Button>
              </Space>
            ),
          }]),
        ]} />
      <FormDrawer<CorrectValues> open={!!correcting} onClose={() => setCorrecting(null)} title={t('estate.census.correctTitle', { number: correcting ? shown(correcting).number : '' })}
        initialValues={correcting ? { usableAreaM2: Number(shown(correcting).area ?? 0), useClass: shown(correcting).useClass ?? undefined, occupantIds: (correcting.occupants ?? correcting.snapshot?.occupants ?? []).map((o) => o.personId) } : {}}
        onSubmit={correct} successText={t('estate.census.corrected')} testid="estate-census-correct-drawer">
        {correcting?.snapshot && (
          <Typography.Paragraph type="secondary">{t('estate.census.registered', { area: m2(correcting.snapshot.usableAreaM2), use: t(`estate.useClass.${correcting.snapshot.useClass}`), occupants: correcting.snapshot.occupants.map((o) => o.name).join('、') || '—' })}</Typography.Paragraph>
        )}
        <Form.Item name="usableAreaM2" label={t('estate.room.usableArea')}><InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="estate-census-correct-area" /></Form.Item>
        <Form.Item name="useClass" label={t('estate.room.useClass')}><Select options={opts('useClass', USE_CLASSES)} /></Form.Item>
        <Form.Item name="occupantIds" label={t('estate.census.occupants')} extra={t('estate.census.occupantsHint')}>
          <Select mode="multiple" options={(correcting?.occupants ?? correcting?.snapshot?.occupants ?? []).map((o) => ({ value: o.personId, label: o.name }))} />
        </Form.Item>
        <Form.Item name="note" label={t('estate.census.correctNote')} rules={[{ required: true, whitespace: true, message: t('estate.census.noteRequired') }, { min: 2, message: t('estate.census.noteRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="estate-census-correct-note" />
        </Form.Item>
      </FormDrawer>
    </Card>
  );
}
