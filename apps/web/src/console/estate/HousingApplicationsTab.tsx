import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Form, Input, List, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { post } from '../../shared/api';
import { formatInstant, isEn } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { useList } from '../../shared/useList';
import { HAPI, type Application, type Round } from './housing.types';
import { EP } from './menu';
import { APPLICATION_STATUSES } from './types';
import { EstateTag, m2, useEstateOptions } from './widgets';

function ReviewDrawer({ app, onClose }: { app: Application | null; onClose(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const review = async (decision: 'approve' | 'reject') => {
    setBusy(true);
    try {
      await post(`${HAPI}/applications/${app!.id}/review`, { decision, comment });
      showSuccess(t('estate.housing.reviewed'));
      setComment('');
      onClose();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  const canReview = can(EP.housingApplicationReview) && app?.status === 'submitted';
  return (
    <Drawer open={!!app} onClose={onClose} size={640} title={app ? t('estate.housing.reviewTitle', { name: app.personName }) : ''} data-testid="estate-application-drawer"
      extra={canReview && (
        <Space>
          <Button danger loading={busy} disabled={!comment.trim()} onClick={() => void review('reject')}>{t('estate.housing.reject')}</Button>
          <Button type="primary" loading={busy} disabled={!comment.trim()} onClick={() => void review('approve')}>{t('estate.housing.approve')}</Button>
        </Space>
      )}>
      {app && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={2} items={[
            { label: t('estate.housing.round'), children: app.roundName, span: 2 },
            { label: t('estate.room.agency'), children: app.agencyName },
            { label: t('common.status'), children: <EstateTag family="applicationStatus" value={app.status} /> },
            { label: t('estate.housing.familySize'), children: app.familySize },
            { label: t('estate.housing.ownsHome'), children: app.ownsHomeInCity ? t('estate.common.yes') : t('estate.common.no') },
            { label: t('estate.housing.currentArea'), children: app.currentHousingAreaM2 ? `${m2(app.currentHousingAreaM2)} m²` : '—' },
            { label: t('estate.housing.yearsSinceHire'), children: app.yearsSinceHire ?? '—' },
            { label: t('estate.housing.score'), children: <b>{app.score ?? '—'}</b> },
            { label: t('estate.housing.appliedAt'), children: formatInstant(app.createdAt) },
            { label: t('estate.common.note'), children: app.note ?? '—', span: 2 },
          ]} />
          <List size="small" header={<b>{t('estate.housing.eligibility')}</b>} bordered dataSource={app.reasons} renderItem={(r) => (
            <List.Item><Space>{r.ok ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#ff4d4f" />}{isEn() ? r.en : r.zh}</Space></List.Item>
          )} />
          <Table size="small" rowKey="key" pagination={false} dataSource={app.breakdown} title={() => <b>{t('estate.housing.breakdown')}</b>} columns={[
            { title: t('estate.housing.factor'), dataIndex: 'key', render: (v: string) => t(`estate.housing.factorKind.${v}`, { defaultValue: v }) },
            { title: t('estate.housing.value'), dataIndex: 'value', align: 'right' },
            { title: t('estate.housing.points'), dataIndex: 'points', align: 'right' },
          ]} />
          {app.reviewComment && <Descriptions size="small" items={[{ label: t('estate.housing.reviewComment'), children: app.reviewComment }]} />}
          {canReview && (
            <Form layout="vertical"><Form.Item label={t('estate.housing.reviewComment')} required>
              <Input.TextArea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={t('estate.housing.reviewCommentPh')} maxLength={1000} />
            </Form.Item></Form>
          )}
        </Space>
      )}
    </Drawer>
  );
}

/** 申请审核: applications with their computed eligibility and score; the center reviews with a reason. */
export function HousingApplicationsTab() {
  const { t } = useTranslation();
  const opts = useEstateOptions();
  const list = useList<Application>(`${HAPI}/applications`);
  const [open, setOpen] = useState<Application | null>(null);
  return (
    <>
      <ListPage<Application> title={t('estate.housing.applications')} testid="estate-applications" list={list} rowKey="id" canExport emptyText={t('estate.housing.applicationEmpty')}
        query={[
          <Form.Item key="roundId" name="roundId" label={t('estate.housing.round')}><RemoteSelect<Round> path={`${HAPI}/rounds`} labelOf={(r) => `${r.code} ${r.name}`} /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={opts('applicationStatus', APPLICATION_STATUSES)} /></Form.Item>,
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear placeholder={t('estate.housing.applicantQ')} /></Form.Item>,
          <Form.Item key="eligible" name="eligible" label={t('estate.housing.eligible')}>
            <Select allowClear options={[{ value: 'true', label: t('estate.housing.eligibleYes') }, { value: 'false', label: t('estate.housing.eligibleNo') }]} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('estate.housing.applicant'), dataIndex: 'personName', render: (v: string, a) => <a onClick={() => setOpen(a)}>{v}</a> },
          { title: t('estate.room.agency'), dataIndex: 'agencyName' },
          { title: t('estate.housing.round'), dataIndex: 'roundName' },
          { title: t('estate.housing.familySize'), dataIndex: 'familySize', align: 'right' },
          { title: t('estate.housing.eligible'), dataIndex: 'eligible', render: (v: boolean) => <Tag color={v ? 'green' : 'red'}>{v ? t('estate.housing.eligibleYes') : t('estate.housing.eligibleNo')}</Tag> },
          { title: t('estate.housing.score'), dataIndex: 'score', align: 'right', sorter: true },
          { title: t('estate.housing.rankCol'), dataIndex: 'queueRank', align: 'right', render: (v: number | null) => v ?? '—' },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="applicationStatus" value={v} /> },
          { title: t('estate.housing.appliedAt'), dataIndex: 'createdAt', sorter: true, render: formatInstant },
          { title: t('common.actions'), key: 'a', render: (_, a) => <Button type="link" size="small" onClick={() => setOpen(a)}>{a.status === 'submitted' ? t('estate.housing.review') : t('common.view')}</Button> },
        ]} />
      <ReviewDrawer app={open} onClose={() => { setOpen(null); list.refetch(); }} />
    </>
  );
}
