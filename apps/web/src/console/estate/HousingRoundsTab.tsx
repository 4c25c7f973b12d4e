import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, InputNumber, Progress, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, post, type Page } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { useList } from '../../shared/useList';
import { HAPI, type Round, type RuleSet } from './housing.types';
import { RoundDrawer } from './RoundDrawer';
import { EP } from './menu';
import { ROUND_STATUSES } from './types';
import { EstateTag, useEstateOptions } from './widgets';

interface Values { code: string; name: string; regionId: string; ruleSetId: string; method: 'score' | 'lottery'; referenceDate: Dayjs; apply: [Dayjs, Dayjs]; quota: number }

/** 批次: application rounds, each with its rule set, notice, draw and waiting list. */
export function HousingRoundsTab() {
  const { t } = useTranslation();
  const can = useCan();
  const opts = useEstateOptions();
  const list = useList<Round>(`${HAPI}/rounds`);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Round | null>(null);
  const canWrite = can(EP.housingRoundWrite);
  const ruleSets = useQuery({ queryKey: [`${HAPI}/rule-sets`], queryFn: () => get<Page<RuleSet>>(`${HAPI}/rule-sets`), enabled: creating });
  const submit = async (v: Values) => {
    await post(`${HAPI}/rounds`, {
      code: v.code, name: v.name, regionId: v.regionId, ruleSetId: v.ruleSetId, method: v.method, quota: v.quota,
      referenceDate: v.referenceDate.format('YYYY-MM-DD'), applyFrom: v.apply[0].format('YYYY-MM-DD'), applyTo: v.apply[1].format('YYYY-MM-DD'),
    });
    list.refetch();
  };
  return (
    <>
      <ListPage<Round> title={t('estate.housing.rounds')} testid="estate-rounds" list={list} rowKey="id" canExport
        onCreate={canWrite ? () => setCreating(true) : undefined} createLabel={t('estate.housing.roundCreate')} emptyText={t('estate.housing.roundEmpty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={opts('roundStatus', ROUND_STATUSES)} /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.housing.roundCode'), dataIndex: 'code', sorter: true },
          { title: t('estate.housing.roundName'), dataIndex: 'name', render: (v: string, r) => <a onClick={() => setOpen(r)}>{v}</a> },
          { title: t('estate.housing.method'), dataIndex: 'method', render: (v: string) => t(`estate.housing.methodKind.${v}`) },
          { title: t('estate.housing.applyPeriod'), key: 'p', render: (_, r) => `${r.applyFrom} ~ ${r.applyTo}` },
          { title: t('estate.housing.notice'), key: 'n', render: (_, r) => (r.noticeStart ? `${r.noticeStart} ~ ${r.noticeEnd}` : '—') },
          {
            title: t('estate.housing.quotaApplied'), key: 'q', width: 180,
            render: (_, r) => <Progress size="small" percent={Math.min(100, Math.round((r.applicationCount * 100) / Math.max(1, r.quota)))} format={() => `${r.applicationCount}/${r.quota}`} />,
          },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="roundStatus" value={v} /> },
          { title: t('common.actions'), key: 'a', render: (_, r) => <Button type="link" size="small" onClick={() => setOpen(r)}>{t('estate.housing.manage')}</Button> },
        ]} />
      <FormDrawer<Values> open={creating} onClose={() => setCreating(false)} title={t('estate.housing.roundCreate')} onSubmit={submit}
        initialValues={{ method: 'score', quota: 10, referenceDate: dayjs(), apply: [dayjs(), dayjs().add(30, 'day')] }}>
        <Form.Item name="code" label={t('estate.housing.roundCode')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="name" label={t('estate.housing.roundName')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="regionId" label={t('estate.building.region')} rules={[{ required: true, message: t('estate.common.required') }]}>
          <RemoteSelect<{ id: string; name: string }> path="/api/v1/org/regions" labelOf={(r) => r.name} />
        </Form.Item>
        <Form.Item name="ruleSetId" label={t('estate.housing.ruleSet')} rules={[{ required: true, message: t('estate.common.required') }]} extra={t('estate.housing.ruleSetHint')}>
          <Select loading={ruleSets.isFetching} options={(ruleSets.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.name}（${r.effectiveFrom}）` }))} />
        </Form.Item>
        <Form.Item name="method" label={t('estate.housing.method')}><Select options={['score', 'lottery'].map((m) => ({ value: m, label: t(`estate.housing.methodKind.${m}`) }))} /></Form.Item>
        <Form.Item name="referenceDate" label={t('estate.housing.referenceDate')} rules={[{ required: true }]} extra={t('estate.housing.referenceDateHint')}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="apply" label={t('estate.housing.applyPeriod')} rules={[{ required: true }]}><DatePicker.RangePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="quota" label={t('estate.housing.quota')} rules={[{ required: true }]}><InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} /></Form.Item>
      </FormDrawer>
      <RoundDrawer round={open} onClose={() => { setOpen(null); list.refetch(); }} />
    </>
  );
}
