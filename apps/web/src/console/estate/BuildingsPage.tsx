import { Button, Form, Input, InputNumber, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { del, patch, post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { listBuildings } from './estate.api';
import { FloorsDrawer } from './FloorsDrawer';
import { EP } from './menu';
import { API, BUILDING_STATUSES, OWNERSHIP_KINDS, type Building } from './types';
import { AgencyPick, EstateTag, m2, useEstateOptions } from './widgets';
import { RemoteSelect } from '../../shared/RemoteSelect';

const PATH = `${API}/buildings`;
type Values = Omit<Building, 'id' | 'regionName' | 'ownerAgencyName' | 'roomCount' | 'usableAreaM2'>;

/** 楼宇与房间: buildings; a building's floors in a drawer; from a floor to its rooms and its plan. */
export default function BuildingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const opts = useEstateOptions();
  const list = useList<Building>(PATH, { fetch: listBuildings });
  const [editing, setEditing] = useState<Building | null | undefined>(undefined);
  const [floorsOf, setFloorsOf] = useState<Building | null>(null);
  const canWrite = can(EP.write);

  const submit = async (v: Values) => {
    if (editing) await patch(`${PATH}/${editing.id}`, v);
    else await post(PATH, v);
    list.refetch();
  };
  const remove = async (b: Building) => {
    try {
      await del(`${PATH}/${b.id}`);
      showSuccess(t('estate.common.deleted'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <ListPage<Building>
        title={t('estate.menu.buildings')}
        testid="estate-buildings"
        list={list}
        rowKey="id"
        canExport
        onCreate={canWrite ? () => setEditing(null) : undefined}
        createLabel={t('estate.building.create')}
        emptyText={canWrite ? t('estate.building.emptyWrite') : t('estate.building.empty')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear placeholder={t('estate.building.q')} /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={opts('buildingStatus', BUILDING_STATUSES)} /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.building.code'), dataIndex: 'code', sorter: true, width: 110 },
          {
            title: t('estate.building.name'), dataIndex: 'name', sorter: true,
            render: (v: string, b) => <a onClick={() => setFloorsOf(b)} data-testid={`estate-building-${b.code}`}>{v}</a>,
          },
          { title: t('estate.building.region'), dataIndex: 'regionName' },
          { title: t('estate.building.owner'), key: 'owner', render: (_, b) => b.ownerAgencyName ?? b.ownerName ?? '—' },
          { title: t('estate.building.floors'), key: 'floors', render: (_, b) => t('estate.building.floorsValue', { above: b.floorsAbove, below: b.floorsBelow }) },
          { title: t('estate.building.rooms'), dataIndex: 'roomCount', align: 'right' },
          { title: t('estate.building.usableArea'), dataIndex: 'usableAreaM2', align: 'right', render: m2 },
          { title: t('estate.building.constructionArea'), dataIndex: 'constructionAreaM2', align: 'right', sorter: true, render: m2 },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="buildingStatus" value={v} /> },
          {
            title: t('common.actions'), key: 'actions', fixed: 'right',
            render: (_, b) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setFloorsOf(b)} data-testid={`estate-building-floors-${b.code}`}>{t('estate.building.floorList')}</Button>
                {canWrite && <Button type="link" size="small" onClick={() => setEditing(b)}>{t('common.edit')}</Button>}
                {canWrite && (
                  <Popconfirm title={t('estate.building.confirmDelete', { name: b.name })} onConfirm={() => remove(b)}>
                    <Button type="link" size="small" danger>{t('common.delete')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormDrawer<Values>
        open={editing !== undefined}
        title={editing ? t('estate.building.edit') : t('estate.building.create')}
        onClose={() => setEditing(undefined)}
        initialValues={editing ?? { ownershipKind: 'state', status: 'in-use', floorsAbove: 1, floorsBelow: 0 }}
        onSubmit={submit}
        testid="estate-building-drawer"
      >
        <Form.Item name="name" label={t('estate.building.name')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }, { max: 100 }]}>
          <Input data-testid="estate-building-name" />
        </Form.Item>
        <Form.Item name="code" label={t('estate.building.code')} rules={[{ required: true, message: t('estate.common.required') }, { pattern: /^[0-9A-Za-z-]+$/, message: t('estate.building.codeRule') }]}>
          <Input data-testid="estate-building-code" />
        </Form.Item>
        <Form.Item name="regionId" label={t('estate.building.region')} rules={[{ required: true, message: t('estate.common.required') }]}>
          <RemoteSelect<{ id: string; name: string }> path="/api/v1/org/regions" labelOf={(r) => r.name} testid="estate-building-region" />
        </Form.Item>
        <Form.Item name="address" label={t('estate.building.address')}><Input /></Form.Item>
        <Form.Item name="ownershipKind" label={t('estate.building.ownershipKind')}><Select options={opts('ownership', OWNERSHIP_KINDS)} /></Form.Item>
        <Form.Item name="ownerAgencyId" label={t('estate.building.ownerAgency')}><AgencyPick /></Form.Item>
        <Form.Item name="titleCertNo" label={t('estate.building.titleCertNo')}><Input /></Form.Item>
        <Form.Item name="landCertNo" label={t('estate.building.landCertNo')}><Input /></Form.Item>
        <Space.Compact block>
          <Form.Item name="floorsAbove" label={t('estate.building.floorsAbove')} style={{ width: '50%' }}><InputNumber min={0} max={200} precision={0} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="floorsBelow" label={t('estate.building.floorsBelow')} style={{ width: '50%' }}><InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} /></Form.Item>
        </Space.Compact>
        <Form.Item name="constructionAreaM2" label={t('estate.building.constructionArea')}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="builtYear" label={t('estate.building.builtYear')}><InputNumber min={1900} max={2100} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="status" label={t('common.status')}><Select options={opts('buildingStatus', BUILDING_STATUSES)} /></Form.Item>
        <Form.Item name="note" label={t('estate.common.note')}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </FormDrawer>
      <FloorsDrawer building={floorsOf} onClose={() => setFloorsOf(null)} canWrite={canWrite} />
    </>
  );
}
