import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Segmented, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, patch } from '../../shared/api';
import { isEn } from '../../shared/format';
import { FormDrawer } from '../../shared/FormDrawer';
import { EP } from './menu';
import { API } from './types';
import { m2 } from './widgets';

interface Standard {
  id: string; adminLevel: string; postClass: string; labelZh: string; labelEn: string; usableM2: number; toiletAllowed: boolean; toiletMaxM2: number | null;
  effectiveFrom: string; effectiveTo: string | null; source: string; note: string | null;
}
type Values = Pick<Standard, 'usableM2' | 'toiletAllowed' | 'toiletMaxM2' | 'source' | 'note'>;
const LEVELS = ['central', 'province', 'city', 'county', 'township'] as const;

/** 面积标准: the per-person office-area standard by level and post (configurable rows with their source). */
export function StandardsTab() {
  const { t } = useTranslation();
  const can = useCan();
  const [level, setLevel] = useState<string>('city');
  const [editing, setEditing] = useState<Standard | null>(null);
  const q = useQuery({ queryKey: [`${API}/standards`, level], queryFn: () => get<Standard[]>(`${API}/standards`, { adminLevel: level }) });
  const canWrite = can(EP.standardWrite);
  return (
    <Card size="small" title={t('estate.standard.title')} extra={<Segmented value={level} onChange={(v) => setLevel(String(v))} options={LEVELS.map((l) => ({ value: l, label: t(`estate.standard.level.${l}`) }))} />}>
      <Table<Standard> rowKey="id" size="middle" loading={q.isFetching} dataSource={q.data ?? []} pagination={false} data-testid="table-estate-standards"
        columns={[
          { title: t('estate.standard.post'), key: 'label', render: (_, s) => (isEn() ? s.labelEn : s.labelZh) },
          { title: t('estate.standard.usableM2'), dataIndex: 'usableM2', align: 'right', render: m2 },
          { title: t('estate.standard.toilet'), key: 'toilet', render: (_, s) => (s.toiletAllowed ? t('estate.standard.toiletMax', { m2: m2(s.toiletMaxM2) }) : t('estate.common.no')) },
          { title: t('estate.standard.effective'), key: 'eff', render: (_, s) => `${s.effectiveFrom} ~ ${s.effectiveTo ?? ''}` },
          { title: t('estate.recovery.source'), dataIndex: 'source', render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
          { title: t('common.actions'), key: 'a', render: (_, s) => canWrite && <Button type="link" size="small" onClick={() => setEditing(s)}>{t('common.edit')}</Button> },
        ]} />
      <FormDrawer<Values> open={!!editing} onClose={() => setEditing(null)} title={editing ? `${t('estate.standard.edit')} · ${isEn() ? editing.labelEn : editing.labelZh}` : ''}
        initialValues={editing ?? {}} onSubmit={async (v) => { await patch(`${API}/standards/${editing!.id}`, v); void q.refetch(); }}>
        <Form.Item name="usableM2" label={t('estate.standard.usableM2')} rules={[{ required: true, message: t('estate.common.required') }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="toiletAllowed" label={t('estate.standard.toiletAllowed')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="toiletMaxM2" label={t('estate.standard.toiletMaxLabel')}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="source" label={t('estate.recovery.source')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]} extra={t('estate.standard.sourceHint')}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="note" label={t('estate.common.note')}><Input.TextArea rows={2} /></Form.Item>
      </FormDrawer>
    </Card>
  );
}
