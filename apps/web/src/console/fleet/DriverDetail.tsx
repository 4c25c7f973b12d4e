import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { mondayOf, SHIFT_COLOURS } from './DriverRoster';
import { driverRoster, type Shift } from './fleet.admin.api';
import { FP } from './menu';
import { SubTable } from './SubTable';
import { API, type Driver } from './types';
import { AgencyName, FleetTag } from './widgets';

type Row = Record<string, unknown> & { id: string };
interface TrainingValues { title: string; heldOn: Dayjs; hours: number; provider?: string; result: string }

/** 驾驶员详情: the licence, the emergency team, the training records (驾驶员教育培训) and the safety record. */
export function DriverDetail({ driver, onClose }: { driver: Driver | null; onClose(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const d = driver;
  return (
    <Drawer open={!!d} onClose={onClose} size={720} title={d ? `${d.name} · ${d.licenceClass}` : ''} data-testid="fleet-driver-detail"
      extra={d && can(FP.driverWrite) ? <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('fleet.driver.addTraining')}</Button> : null}>
      {d && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label={t('fleet.common.agency')}><AgencyName id={d.agencyId} /></Descriptions.Item>
            <Descriptions.Item label={t('common.status')}><FleetTag family="driverStatus" value={d.status} /></Descriptions.Item>
            <Descriptions.Item label={t('fleet.driver.licenceClass')}>{d.licenceClass}</Descriptions.Item>
            <Descriptions.Item label={t('fleet.driver.licenceExpiry')}>{d.licenceExpiry}</Descriptions.Item>
            <Descriptions.Item label={t('fleet.driver.emergencyTeam')}>{d.emergencyTeam ? <Tag color="red">{t('fleet.common.yes')}</Tag> : t('fleet.common.no')}</Descriptions.Item>
            <Descriptions.Item label={t('fleet.common.remark')}>{d.notes ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fleet.admin.roster.thisWeekShifts')} span={2}><WeekShifts driverId={d.id} /></Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('fleet.driver.training')}</Typography.Title>
          <SubTable<Row> path={`${API}/driver-trainings`} query={{ driverId: d.id }} testid="fleet-driver-trainings" columns={[
            { title: t('fleet.driver.trainingDate'), dataIndex: 'heldOn' },
            { title: t('fleet.driver.trainingTopic'), dataIndex: 'title' },
            { title: t('fleet.driver.hours'), dataIndex: 'hours', align: 'right' },
            { title: t('fleet.driver.provider'), dataIndex: 'provider', render: (v: string | null) => v ?? '—' },
            { title: t('fleet.records.result'), dataIndex: 'result', render: (v: string) => t(`fleet.driver.result.${v}`, { defaultValue: v }) },
          ]} />
          <Typography.Title level={5}>{t('fleet.driver.safety')}</Typography.Title>
          <SubTable<Row> path={`${API}/driver-safety`} query={{ driverId: d.id }} testid="fleet-driver-safety" columns={[
            { title: t('fleet.common.date'), dataIndex: 'occurredOn' },
            { title: t('fleet.maintenance.kind'), dataIndex: 'kind', render: (v: string) => t(`fleet.driver.safetyKind.${v}`, { defaultValue: v }) },
            { title: t('fleet.records.description'), dataIndex: 'description' },
            { title: t('fleet.records.points'), dataIndex: 'points', align: 'right' },
          ]} />
        </Space>
      )}
      <FormDrawer<TrainingValues>
        open={adding}
        title={t('fleet.driver.addTraining')}
        onClose={() => setAdding(false)}
        initialValues={{ hours: 4, result: 'passed' }}
        onSubmit={async (v) => {
          await post(`${API}/driver-trainings`, { driverId: d!.id, title: v.title.trim(), heldOn: v.heldOn.format('YYYY-MM-DD'), hours: v.hours, provider: v.provider?.trim() || null, result: v.result });
          await qc.invalidateQueries({ queryKey: [`${API}/driver-trainings`] });
        }}
      >
        <Form.Item name="title" label={t('fleet.driver.trainingTopic')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input /></Form.Item>
        <Form.Item name="heldOn" label={t('fleet.driver.trainingDate')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="hours" label={t('fleet.driver.hours')} rules={[{ required: true }]}><InputNumber min={0} max={999} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="provider" label={t('fleet.driver.provider')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="result" label={t('fleet.records.result')}>
          <Select options={['passed', 'failed', 'attended'].map((r) => ({ value: r, label: t(`fleet.driver.result.${r}`) }))} />
        </Form.Item>
      </FormDrawer>
    </Drawer>
  );
}

/** The driver's shifts this week (Monday to Sunday); days without a row are on duty (未排班). */
function WeekShifts({ driverId }: { driverId: string }) {
  const { t } = useTranslation();
  const monday = mondayOf(dayjs());
  const days = Array.from({ length: 7 }, (_, i) => monday.add(i, 'day'));
  const from = days[0]!.format('YYYY-MM-DD');
  const to = days[6]!.format('YYYY-MM-DD');
  const q = useQuery({ queryKey: [`${API}/driver-roster`, from, to, 'driver', driverId], queryFn: () => driverRoster(driverId, from, to) });
  const byDay = new Map((q.data?.items ?? []).map((x) => [x.day, x.shift as Shift]));
  return (
    <Space size={[4, 4]} wrap data-testid="fleet-driver-week">
      {days.map((d) => {
        const s = byDay.get(d.format('YYYY-MM-DD'));
        return <Tag key={d.valueOf()} color={s ? SHIFT_COLOURS[s] : undefined} bordered={!s}>{`${t(`fleet.admin.roster.wd.${d.day()}`)} ${s ? t(`fleet.admin.roster.shift.${s}`) : t('fleet.admin.roster.unset')}`}</Tag>;
      })}
    </Space>
  );
}
