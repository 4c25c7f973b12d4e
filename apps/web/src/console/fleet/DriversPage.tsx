import { Button, Checkbox, DatePicker, Form, Input, Segmented, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { patch, post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { AgencySelect } from '../org/DepartmentsPage';
import { DriverDetail } from './DriverDetail';
import { DriverRoster } from './DriverRoster';
import { FP } from './menu';
import { API, daysUntil, DRIVER_STATUSES, LICENCE_CLASSES, type Driver } from './types';
import { AgencyName, FleetTag, useFleetOptions } from './widgets';

interface Values { name: string; agencyId: string; licenceClass: string; licenceExpiry: Dayjs; emergencyTeam: boolean; status: string; notes?: string }

/** 驾驶员: the list (profiles, licence, emergency team) or the duty roster (排班表), switched at the top. */
export default function DriversPage() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const view = sp.get('view') === 'roster' ? 'roster' : 'list';
  const switcher = (
    <Segmented value={view} onChange={(v) => setSp(v === 'roster' ? { view: 'roster' } : {}, { replace: true })} style={{ marginBottom: 12 }} data-testid="fleet-drivers-view"
      options={[{ value: 'list', label: t('fleet.admin.roster.list') }, { value: 'roster', label: t('fleet.admin.roster.title') }]} />
  );
  if (view === 'roster') return <>{switcher}<DriverRoster /></>;
  return <DriverList header={switcher} />;
}

/** 驾驶员名单: profiles, licence class and expiry (expired licences are never offered for dispatch), the emergency team. */
function DriverList({ header }: { header: ReactNode }) {
  const { t } = useTranslation();
  const can = useCan();
  const options = useFleetOptions();
  const list = useList<Driver>(`${API}/drivers`);
  const [editing, setEditing] = useState<Driver | null | undefined>(undefined);
  const [viewing, setViewing] = useState<Driver | null>(null);
  const canWrite = can(FP.driverWrite);
  const licenceOptions = LICENCE_CLASSES.map((c) => ({ value: c, label: c }));

  const submit = async (v: Values) => {
    const body = { ...v, name: v.name.trim(), licenceExpiry: v.licenceExpiry.format('YYYY-MM-DD'), notes: v.notes?.trim() || null };
    if (editing) await patch(`${API}/drivers/${editing.id}`, body);
    else await post(`${API}/drivers`, body);
    list.refetch();
  };

  return (
    <>
      <ListPage<Driver>
        title={t('fleet.menu.drivers')}
        header={header}
        testid="fleet-drivers"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setEditing(null) : undefined}
        createLabel={t('fleet.driver.new')}
        emptyText={canWrite ? t('fleet.driver.empty') : t('common.emptyText')}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}><Input allowClear /></Form.Item>,
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={options('driverStatus', DRIVER_STATUSES)} /></Form.Item>,
          <Form.Item key="emergencyTeam" name="emergencyTeam" label={t('fleet.driver.emergencyTeam')}><Select allowClear options={[{ value: 'true', label: t('fleet.driver.onlyEmergency') }]} /></Form.Item>,
          <Form.Item key="agencyId" name="agencyId" label={t('fleet.common.agency')}><AgencySelect /></Form.Item>,
        ]}
        columns={[
          { title: t('fleet.driver.name'), dataIndex: 'name', sorter: true, fixed: 'left', render: (n: string, r) => <a onClick={() => setViewing(r)}>{n}</a> },
          { title: t('fleet.common.agency'), dataIndex: 'agencyId', ellipsis: true, render: (a: string, r) => r.agencyName ?? <AgencyName id={a} /> },
          { title: t('fleet.driver.licenceClass'), dataIndex: 'licenceClass', sorter: true, render: (c: string) => <Tag>{c}</Tag> },
          {
            title: t('fleet.driver.licenceExpiry'), dataIndex: 'licenceExpiry', sorter: true,
            render: (d: string) => {
              const left = daysUntil(d);
              return <Space size={4}>{d}{left !== null && left < 0 ? <Tag color="red">{t('fleet.driver.expired')}</Tag> : left !== null && left <= 60 ? <Tag color="orange">{t('fleet.driver.expiring')}</Tag> : null}</Space>;
            },
          },
          { title: t('fleet.driver.emergencyTeam'), dataIndex: 'emergencyTeam', render: (e: boolean) => (e ? <Tag color="red">{t('fleet.driver.emergencyTeam')}</Tag> : '—') },
          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <FleetTag family="driverStatus" value={s} /> },
          {
            title: t('common.actions'), key: 'actions', fixed: 'right',
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setViewing(r)}>{t('common.view')}</Button>
                {canWrite && <Button type="link" size="small" onClick={() => setEditing(r)}>{t('common.edit')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      <DriverDetail driver={viewing} onClose={() => setViewing(null)} />
      <FormDrawer<Values>
        open={editing !== undefined}
        title={editing ? t('fleet.driver.edit') : t('fleet.driver.new')}
        onClose={() => setEditing(undefined)}
        testid="fleet-driver-drawer"
        initialValues={editing ? { ...editing, licenceExpiry: dayjs(editing.licenceExpiry), notes: editing.notes ?? undefined } : { licenceClass: 'C1', status: 'active', emergencyTeam: false }}
        onSubmit={submit}
      >
        <Form.Item name="name" label={t('fleet.driver.name')} rules={[{ required: true, whitespace: true, max: 50 }]}><Input /></Form.Item>
        <Form.Item name="agencyId" label={t('fleet.common.agency')} rules={[{ required: true }]}><AgencySelect /></Form.Item>
        <Form.Item name="licenceClass" label={t('fleet.driver.licenceClass')} rules={[{ required: true }]}><Select options={licenceOptions} /></Form.Item>
        <Form.Item name="licenceExpiry" label={t('fleet.driver.licenceExpiry')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="status" label={t('common.status')} rules={[{ required: true }]}><Select options={options('driverStatus', DRIVER_STATUSES)} /></Form.Item>
        <Form.Item name="emergencyTeam" valuePropName="checked"><Checkbox>{t('fleet.driver.emergencyTeam')}</Checkbox></Form.Item>
        <Form.Item name="notes" label={t('fleet.common.remark')} rules={[{ max: 500 }]}><Input.TextArea rows={3} /></Form.Item>
      </FormDrawer>
    </>
  );
}
