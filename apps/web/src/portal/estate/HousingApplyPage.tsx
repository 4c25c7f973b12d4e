import { useQuery } from '@tanstack/react-query';
import { Button, ErrorBlock, Form, Input, Popup, Stepper, Switch, Tag, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post, type Page } from '../../shared/api';
import { Loading, SubPage } from '../Frame';
import { isEn, PK, shortTime, toastError, useRefreshPortal } from '../data';
import type { Application, OpenRound } from '../../console/estate/housing.types';
import { HousingNotices } from './HousingNotices';

const H = '/api/v1/estate/housing';
const COLOURS: Record<string, string> = { submitted: 'primary', approved: 'success', rejected: 'danger', withdrawn: 'default', allocated: 'success', waiting: 'warning' };
interface Values { familySize: number; ownsHomeInCity: boolean; currentHousingAreaM2?: string; note?: string }

/** 住房申请: the rounds open in my region (rules, window, my application), the notices under way, and my applications. */
export default function HousingApplyPage() {
  const { t } = useTranslation();
  const refresh = useRefreshPortal();
  const [round, setRound] = useState<OpenRound | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const mine = useQuery({ queryKey: [PK, 'estate-housing-mine'], queryFn: () => get<Page<Application>>(`${H}/applications/mine`) });
  const rounds = useQuery({ queryKey: [PK, 'estate-housing-open'], queryFn: () => get<Page<OpenRound>>(`${H}/rounds/open`) });
  const openItems = rounds.data?.items ?? [];
  const firstFree = openItems.find((r) => !r.myApplication) ?? null;
  const submit = async (v: Values) => {
    if (!round) return;
    const area = v.currentHousingAreaM2?.trim() ? Number(v.currentHousingAreaM2) : undefined;
    setBusy(true);
    try {
      await post(`${H}/applications`, { roundId: round.id, familySize: v.familySize, ownsHomeInCity: v.ownsHomeInCity, currentHousingAreaM2: area !== undefined && !Number.isNaN(area) ? area : undefined, note: v.note?.trim() || undefined });
      Toast.show({ icon: 'success', content: t('estate.portal.applied') });
      setRound(null);
      form.resetFields();
      await refresh();
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };
  const status = (s: string) => t(`estate.applicationStatus.${s}`, { defaultValue: s });
  const items = mine.data?.items ?? [];
  return (
    <SubPage title={t('estate.portal.housing')} back="/m" testid="portal-estate-housing"
      right={firstFree ? <a onClick={() => setRound(firstFree)} style={{ fontSize: 14 }} data-testid="portal-estate-apply">{t('estate.portal.apply')}</a> : undefined}>
      <div className="zdm-section-title">{t('estate.portal.openRounds')}</div>
      {rounds.isLoading ? <Loading /> : openItems.length === 0 ? (
        <ErrorBlock className="zdm-empty" status="empty" title={t('estate.portal.noRound')} description="" />
      ) : openItems.map((r) => (
        <div key={r.id} className="zdm-card" data-testid={`portal-estate-round-${r.code}`}>
          <div className="zdm-row">
            <div className="zdm-card-title">{r.name}</div>
            {r.myApplication
              ? <Tag color={COLOURS[r.myApplication.status] ?? 'default'} fill="outline" style={{ flex: 'none' }} data-testid={`portal-estate-round-status-${r.code}`}>{t('estate.portal.appliedTag', { status: status(r.myApplication.status) })}</Tag>
              : <Button size="mini" color="primary" onClick={() => setRound(r)} data-testid={`portal-estate-round-apply-${r.code}`}>{t('estate.portal.apply')}</Button>}
          </div>
          <div className="zdm-meta">{t('estate.portal.window', { from: r.applyFrom, to: r.applyTo })}</div>
          <div className="zdm-meta">{t('estate.portal.methodLine', { method: t(`estate.portal.method.${r.method}`, { defaultValue: r.method }), quota: r.quota })}</div>
          <div className="zdm-meta">{t('estate.portal.rules')}：{r.criteria.map((c) => (isEn() ? c.en : c.zh)).join('；')}</div>
        </div>
      ))}
      <HousingNotices />
      <div className="zdm-section-title">{t('estate.portal.myApplications')}</div>
      {mine.isLoading ? <Loading /> : items.length === 0 ? (
        <ErrorBlock className="zdm-empty" status="empty" title={t('estate.portal.noApplication')} description={t('estate.portal.noApplicationHint')} />
      ) : items.map((a) => (
        <div key={a.id} className="zdm-card" data-testid={`portal-estate-application-${a.roundName}`}>
          <div className="zdm-row">
            <div className="zdm-card-title">{a.roundName}</div>
            <Tag color={COLOURS[a.status] ?? 'default'} fill="outline" style={{ flex: 'none' }}>{status(a.status)}</Tag>
          </div>
          <div className="zdm-meta">{t('estate.portal.applicationLine', { score: a.score ?? '—', at: shortTime(a.createdAt) })}{a.queueRank ? ` · ${t('estate.portal.queue', { rank: a.queueRank })}` : ''}</div>
          {!a.eligible && <div className="zdm-meta" style={{ color: '#ff3141' }}>{a.reasons.filter((r) => !r.ok).map((r) => (isEn() ? r.en : r.zh)).join('；')}</div>}
          {a.reviewComment && <div className="zdm-meta">{t('estate.portal.reviewComment', { text: a.reviewComment })}</div>}
        </div>
      ))}
      <Popup visible={!!round} onMaskClick={() => setRound(null)} onClose={() => setRound(null)} bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, maxHeight: '90vh', overflowY: 'auto' }}>
        {round && (
          <>
            <div style={{ padding: '14px 16px 0', fontSize: 17, fontWeight: 600 }}>{t('estate.portal.applyTitle')}</div>
            <div className="zdm-meta" style={{ padding: '4px 16px 0' }}>{round.name} · {t('estate.portal.window', { from: round.applyFrom, to: round.applyTo })}</div>
            <Form form={form} layout="vertical" onFinish={submit} initialValues={{ familySize: 1, ownsHomeInCity: false }}
              footer={<Button block type="submit" color="primary" size="large" loading={busy} data-testid="portal-estate-apply-submit">{t('estate.portal.submit')}</Button>}>
              <Form.Item name="familySize" label={t('estate.housing.familySize')}><Stepper min={1} max={12} /></Form.Item>
              <Form.Item name="ownsHomeInCity" label={t('estate.housing.ownsHome')} valuePropName="checked"><Switch /></Form.Item>
              <Form.Item name="currentHousingAreaM2" label={t('estate.portal.currentArea')}><Input type="number" placeholder="m²" data-testid="portal-estate-apply-area" /></Form.Item>
              <Form.Item name="note" label={t('estate.common.note')}><TextArea rows={3} maxLength={500} /></Form.Item>
            </Form>
          </>
        )}
      </Popup>
    </SubPage>
  );
}
