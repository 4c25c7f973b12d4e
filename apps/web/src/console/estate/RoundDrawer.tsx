import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Descriptions, Drawer, Empty, Input, Popconfirm, Result, Space, Table, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { ApiError, get, post, type Page } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { showError, showSuccess } from '../../shared/notify';
import { HAPI, type Application, type Objection, type Publication, type Round, type Verify } from './housing.types';
import { EP } from './menu';
import { EstateTag } from './widgets';

/** One round: its facts, the step it allows (close applications → notice → draw → verify), waiting list, objections, the published draw. */
export function RoundDrawer({ round, onClose }: { round: Round | null; onClose(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can(EP.housingRoundWrite);
  const [notice, setNotice] = useState<[Dayjs, Dayjs] | null>(null);
  const [publicRandom, setPublicRandom] = useState('');
  const [verify, setVerify] = useState<Verify | null>(null);
  const base = round ? `${HAPI}/rounds/${round.id}` : '';
  const r = useQuery({ queryKey: [base], queryFn: () => get<Round>(base), enabled: !!round, initialData: round ?? undefined });
  const cur = r.data ?? round;
  const waiting = useQuery({ queryKey: [base, 'waiting'], queryFn: () => get<Page<Application>>(`${base}/waiting-list`, { pageSize: 200 }), enabled: !!round });
  const objections = useQuery({ queryKey: [base, 'objections'], queryFn: () => get<Page<Objection>>(`${base}/objections`), enabled: !!round });
  const publication = useQuery({
    queryKey: [base, 'publication'],
    queryFn: () => get<Publication>(`${base}/draw/publication`).catch((e) => { if (e instanceof ApiError && e.status === 404) return null; throw e; }),
    enabled: !!round && (cur?.status === 'drawn' || cur?.status === 'closed'),
  });
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      showSuccess(ok);
      void r.refetch();
      void waiting.refetch();
      void objections.refetch();
      void publication.refetch();
    } catch (e) {
      showError(e);
    }
  };
  const step = cur && canWrite && (
    cur.status === 'open' ? (
      <Popconfirm title={t('estate.housing.confirmCloseApply')} onConfirm={() => act(() => post(`${base}/close-applications`), t('estate.housing.applyClosed'))}>
        <Button type="primary">{t('estate.housing.closeApply')}</Button>
      </Popconfirm>
    ) : cur.status === 'review' ? (
      <Space>
        <DatePicker.RangePicker value={notice} onChange={(v) => setNotice(v as [Dayjs, Dayjs] | null)} />
        <Button type="primary" disabled={!notice} onClick={() => void act(() => post(`${base}/notice`, { noticeStart: notice![0].format('YYYY-MM-DD'), noticeEnd: notice![1].format('YYYY-MM-DD') }), t('estate.housing.noticePublished'))}>
          {t('estate.housing.publishNotice')}
        </Button>
      </Space>
    ) : cur.status === 'notice' ? (
      <Space>
        <Input style={{ width: 260 }} value={publicRandom} onChange={(e) => setPublicRandom(e.target.value)} placeholder={t('estate.housing.publicRandomPh')} />
        <Popconfirm title={t('estate.housing.confirmDraw')} onConfirm={() => act(() => post(`${base}/draw`, { publicRandom }), t('estate.housing.drawn'))} disabled={!publicRandom.trim()}>
          <Button type="primary" disabled={!publicRandom.trim()}>{cur.method === 'lottery' ? t('estate.housing.draw') : t('estate.housing.rank')}</Button>
        </Popconfirm>
      </Space>
    ) : cur.status === 'drawn' ? (
      <Button icon={<SafetyCertificateOutlined />} onClick={() => void post<Verify>(`${base}/draw/verify`, {}).then(setVerify, showError)}>{t('estate.housing.verify')}</Button>
    ) : null
  );
  const pub = publication.data;
  return (
    <Drawer open={!!round} onClose={() => { setVerify(null); onClose(); }} size={960} title={cur ? `${cur.code} · ${cur.name}` : ''} extra={step} data-testid="estate-round-drawer">
      {cur && (
        <Descriptions size="small" bordered column={3} items={[
          { label: t('common.status'), children: <EstateTag family="roundStatus" value={cur.status} /> },
          { label: t('estate.housing.method'), children: t(`estate.housing.methodKind.${cur.method}`) },
          { label: t('estate.housing.ruleSet'), children: cur.ruleSetName },
          { label: t('estate.housing.applyPeriod'), children: `${cur.applyFrom} ~ ${cur.applyTo}` },
          { label: t('estate.housing.notice'), children: cur.noticeStart ? `${cur.noticeStart} ~ ${cur.noticeEnd}` : '—' },
          { label: t('estate.housing.quotaApplied'), children: `${cur.applicationCount} / ${cur.quota}` },
        ]} />
      )}
      {verify && (
        <Result status={verify.matches ? 'success' : 'error'} style={{ padding: 16 }} title={verify.matches ? t('estate.housing.verifyOk') : t('estate.housing.verifyBad')}
          subTitle={<Typography.Text code>{verify.algorithm} · seed {verify.seedHex.slice(0, 16)}… · {verify.recomputedHash.slice(0, 16)}…</Typography.Text>} />
      )}
      <Tabs style={{ marginTop: 16 }} items={[
        {
          key: 'waiting', label: t('estate.housing.waitingList'), children: (
            <Table<Application> rowKey="id" size="small" loading={waiting.isFetching} dataSource={waiting.data?.items ?? []} pagination={false}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.housing.waitingEmpty')} /> }}
              columns={[
                { title: t('estate.housing.rankCol'), dataIndex: 'queueRank', width: 70, render: (v: number | null) => v ?? '—' },
                { title: t('estate.housing.applicant'), dataIndex: 'personName' },
                { title: t('estate.room.agency'), dataIndex: 'agencyName' },
                { title: t('estate.housing.score'), dataIndex: 'score', align: 'right' },
                { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="applicationStatus" value={v} /> },
              ]} />
          ),
        },
        {
          key: 'objections', label: t('estate.housing.objections', { count: objections.data?.total ?? 0 }), children: (
            <Table<Objection> rowKey="id" size="small" dataSource={objections.data?.items ?? []} pagination={false}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.housing.objectionEmpty')} /> }}
              columns={[
                { title: t('estate.housing.objectionText'), dataIndex: 'text' },
                { title: t('estate.housing.raisedAt'), dataIndex: 'createdAt', render: formatInstant },
                { title: t('common.status'), dataIndex: 'status', render: (v: string, o) => (o.resolution ? `${t(`estate.housing.objectionStatus.${v}`, { defaultValue: v })}：${o.resolution}` : t(`estate.housing.objectionStatus.${v}`, { defaultValue: v })) },
                {
                  title: t('common.actions'), key: 'a', render: (_, o) => canWrite && o.status === 'open' && (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => void act(() => post(`${base}/objections/${o.id}/resolve`, { decision: 'upheld', resolution: t('estate.housing.upheldText') }), t('estate.housing.resolved'))}>{t('estate.housing.uphold')}</Button>
                      <Button type="link" size="small" onClick={() => void act(() => post(`${base}/objections/${o.id}/resolve`, { decision: 'dismissed', resolution: t('estate.housing.dismissedText') }), t('estate.housing.resolved'))}>{t('estate.housing.dismiss')}</Button>
                    </Space>
                  ),
                },
              ]} />
          ),
        },
        {
          key: 'publication', label: t('estate.housing.publication'), children: !pub ? <Empty description={t('estate.housing.noDraw')} /> : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Alert type="info" showIcon title={t('estate.housing.drawFacts', { random: pub.publicRandom, at: formatInstant(pub.drawnAt), algorithm: pub.algorithm })}
                description={<Typography.Text code copyable>{pub.resultHash}</Typography.Text>} />
              <Button href={`${base}/draw/publication?format=xlsx`}>{t('common.export')}</Button>
              <Table rowKey="applicationId" size="small" dataSource={pub.entries} pagination={false} columns={[
                { title: t('estate.housing.rankCol'), dataIndex: 'rank', width: 70 },
                { title: t('estate.housing.applicant'), dataIndex: 'personName' },
                { title: t('estate.room.agency'), dataIndex: 'agencyName' },
                { title: t('estate.housing.score'), dataIndex: 'score', align: 'right' },
                { title: t('estate.housing.flat'), dataIndex: 'flatLabel', render: (v: string | null) => v ?? t('estate.housing.waiting') },
              ]} />
            </Space>
          ),
        },
      ]} />
    </Drawer>
  );
}
