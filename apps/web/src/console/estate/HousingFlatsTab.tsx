import { Button, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { patch, post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { useList } from '../../shared/useList';
import { HAPI, type Flat } from './housing.types';
import { EP } from './menu';
import { FLAT_STATUSES } from './types';
import { EstateTag, m2, useEstateOptions, yuan } from './widgets';

interface Values { regionId: string; estateName: string; buildingName: string; unit?: string; number: string; areaM2: number; layout: string; rentYuan: number; note?: string; status?: string }

/** 房源: the reserve of flats. */
export function HousingFlatsTab() {
  const { t } = useTranslation();
  const can = useCan();
  const opts = useEstateOptions();
  const list = useList<Flat>(`${HAPI}/flats`);
  const [editing, setEditing] = useState<Flat | null | undefined>(undefined);
  const canWrite = can(EP.housingFlatWrite);
  const submit = async ({ rentYuan, ...v }: Values) => {
    const body = { ...v, rentFen: Math.round(rentYuan * 100), unit: v.unit || undefined, note: v.note || undefined };
    if (editing) await patch(`${HAPI}/flats/${editing.id}`, body);
    else await post(`${HAPI}/flats`, { ...body, status: undefined });
    list.refetch();
  };
  return (
    <>
      <ListPage<Flat> title={t('estate.housing.flats')} testid="estate-flats" list={list} rowKey="id" canExport
        onCreate={canWrite ? () => setEditing(null) : undefined} createLabel={t('estate.housing.flatCreate')} emptyText={t('estate.housing.flatEmpty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear placeholder={t('estate.housing.flatQ')} /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={opts('flatStatus', FLAT_STATUSES)} /></Form.Item>,
          <Form.Item key="layout" name="layout" label={t('estate.housing.layout')}><Input allowClear /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.housing.estateName'), dataIndex: 'estateName', sorter: true },
          { title: t('estate.housing.flatNo'), key: 'no', render: (_, f) => `${f.buildingName}${f.unit ? ` ${f.unit}单元` : ''} ${f.number}` },
          { title: t('estate.housing.layout'), dataIndex: 'layout' },
          { title: t('estate.housing.area'), dataIndex: 'areaM2', align: 'right', sorter: true, render: m2 },
          { title: t('estate.housing.rent'), dataIndex: 'rentFen', align: 'right', sorter: true, render: yuan },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="flatStatus" value={v} /> },
          { title: t('common.actions'), key: 'a', render: (_, f) => canWrite && <Button type="link" size="small" onClick={() => setEditing(f)}>{t('common.edit')}</Button> },
        ]} />
      <FormDrawer<Values> open={editing !== undefined} onClose={() => setEditing(undefined)} title={editing ? t('estate.housing.flatEdit') : t('estate.housing.flatCreate')}
        initialValues={editing ? { ...editing, unit: editing.unit ?? undefined, note: editing.note ?? undefined, areaM2: Number(editing.areaM2), rentYuan: editing.rentFen / 100 } : {}} onSubmit={submit}>
        <Form.Item name="regionId" label={t('estate.building.region')} rules={[{ required: true, message: t('estate.common.required') }]}>
          <RemoteSelect<{ id: string; name: string }> path="/api/v1/org/regions" labelOf={(r) => r.name} />
        </Form.Item>
        <Form.Item name="estateName" label={t('estate.housing.estateName')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="buildingName" label={t('estate.housing.buildingName')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="unit" label={t('estate.housing.unit')}><Input /></Form.Item>
        <Form.Item name="number" label={t('estate.housing.number')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input /></Form.Item>
        <Form.Item name="layout" label={t('estate.housing.layout')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input placeholder={t('estate.housing.layoutPh')} /></Form.Item>
        <Form.Item name="areaM2" label={t('estate.housing.area')} rules={[{ required: true, message: t('estate.common.required') }]}><InputNumber min={1} precision={2} style={{ width: '100%' }} suffix="m²" /></Form.Item>
        <Form.Item name="rentYuan" label={t('estate.housing.rent')} rules={[{ required: true, message: t('estate.common.required') }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} suffix={t('estate.housing.yuanPerMonth')} /></Form.Item>
        {editing && <Form.Item name="status" label={t('common.status')}><Select options={opts('flatStatus', ['available', 'maintenance', 'withdrawn'])} /></Form.Item>}
        <Form.Item name="note" label={t('estate.common.note')}><Input.TextArea rows={2} /></Form.Item>
      </FormDrawer>
    </>
  );
}
