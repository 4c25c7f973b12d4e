import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, InputNumber, Progress, Select, Space, Tabs, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { CensusAgencyView } from './CensusAgencyView';
import { CensusCenterView } from './CensusCenterView';
import { getCensusCampaign, listCensusCampaigns } from './estate.api';
import { EP } from './menu';
import { API, type CensusCampaign } from './types';
import { AgenciesPick, EstateTag } from './widgets';

const PATH = `${API}/census-campaigns`;

function CampaignList({ open }: { open(c: CensusCampaign): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<CensusCampaign>(PATH, { fetch: listCensusCampaigns });
  const [creating, setCreating] = useState(false);
  const manage = can(EP.censusManage);
  const submit = async (v: { title: string; year: number; deadline: Dayjs; note?: string; agencyIds?: string[] }) => {
    await post(PATH, { title: v.title, year: v.year, deadline: v.deadline.format('YYYY-MM-DD'), note: v.note || undefined, agencyIds: v.agencyIds?.length ? v.agencyIds : undefined });
    list.refetch();
  };
  return (
    <>
      <ListPage<CensusCampaign> title={t('estate.menu.census')} testid="estate-census" list={list} rowKey="id" canExport
        onCreate={manage ? () => setCreating(true) : undefined} createLabel={t('estate.census.create')}
        emptyText={manage ? t('estate.census.emptyManage') : t('estate.census.empty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={['open', 'closed'].map((s) => ({ value: s, label: t(`estate.census.status.${s}`) }))} /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.census.title'), dataIndex: 'title', render: (v: string, c) => <a onClick={() => open(c)} data-testid={`estate-census-open-${v}`}>{v}</a> },
          { title: t('estate.census.year'), dataIndex: 'year', sorter: true },
          { title: t('estate.census.deadline'), dataIndex: 'deadline', sorter: true },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="census.status" value={v} /> },
          {
            title: t('estate.census.progress'), key: 'progress', width: 260, render: (_, c) => c.progress && (
              <Tooltip title={t('estate.census.progressTip', { ...c.progress })}>
                <Progress percent={c.progress.percentDone} size="small" format={() => `${c.progress!.submitted + c.progress!.reconciled}/${c.progress!.total}`} />
              </Tooltip>
            ),
          },
          { title: t('common.actions'), key: 'a', render: (_, c) => <Button type="link" size="small" onClick={() => open(c)}>{t('common.view')}</Button> },
        ]} />
      <FormDrawer<{ title: string; year: number; deadline: Dayjs; note?: string; agencyIds?: string[] }> open={creating} onClose={() => setCreating(false)} title={t('estate.census.create')}
        initialValues={{ year: dayjs().year(), deadline: dayjs().add(30, 'day') }} onSubmit={submit} testid="estate-census-drawer">
        <Form.Item name="title" label={t('estate.census.title')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input data-testid="estate-census-title" /></Form.Item>
        <Form.Item name="year" label={t('estate.census.year')} rules={[{ required: true }]}><InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="deadline" label={t('estate.census.deadline')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="agencyIds" label={t('estate.census.agencies')} extra={t('estate.census.scopeHint')}><AgenciesPick /></Form.Item>
        <Form.Item name="note" label={t('estate.common.note')}><Input.TextArea rows={3} /></Form.Item>
      </FormDrawer>
    </>
  );
}

function CampaignDetail({ id, back }: { id: string; back(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const q = useQuery({ queryKey: [PATH, id], queryFn: () => getCensusCampaign(id) });
  const c = q.data;
  const manage = can(EP.censusManage);
  const respond = can(EP.censusRespond);
  const items = [
    ...(manage ? [{ key: 'center', label: t('estate.census.centerTab'), children: <CensusCenterView campaign={c} onChange={() => void q.refetch()} /> }] : []),
    ...(respond ? [{ key: 'mine', label: t('estate.census.mineTab'), children: <CensusAgencyView campaignId={id} open={c?.status === 'open'} onChange={() => void q.refetch()} /> }] : []),
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={<Space><Button type="text" icon={<ArrowLeftOutlined />} onClick={back} aria-label={t('estate.census.back')} />{c?.title}</Space>}
        extra={c && <Space><EstateTag family="census.status" value={c.status} /><span>{t('estate.census.deadline')}：{c.deadline}</span></Space>}>
        {c?.progress && (
          <Space size={32} wrap data-testid="estate-census-summary">
            {(['not_started', 'in_progress', 'submitted', 'reconciled'] as const).map((k) => (
              <Space key={k} size={6}><EstateTag family="census.agencyStatus" value={k} /><b>{c.progress![k]}</b></Space>
            ))}
            <Progress percent={c.progress.percentDone} style={{ width: 240 }} size="small" />
          </Space>
        )}
      </Card>
      <Tabs items={items} destroyOnHidden />
    </Space>
  );
}

/** 清查摸底: census campaigns; the center follows each agency's progress and reconciles, an agency confirms or corrects its rooms and submits. */
export default function CensusPage() {
  const [sp, setSp] = useSearchParams();
  const id = sp.get('campaign');
  return id ? <CampaignDetail id={id} back={() => setSp({}, { replace: false })} /> : <CampaignList open={(c) => setSp({ campaign: c.id })} />;
}
