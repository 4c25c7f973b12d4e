import { Button, DatePicker, Form, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatInstant } from '../../shared/format';
import { ListPage } from '../../shared/ListPage';
import { useList } from '../../shared/useList';
import { confirmAction, showError, showSuccess } from '../../shared/notify';
import { deleteFuelRecord, listFuelRecords } from './fleet.api';
import { FuelDrawer } from './FuelDrawer';
import { FP } from './menu';
import { API, num, plateOf, yuan, type FuelRecord } from './types';
import { Flags, VehicleSelect } from './widgets';

/** 加油记录: fills and charges with their flags (larger than the tank, beyond the norm, odometer out of order). */
export default function FuelRecordsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<FuelRecord>(`${API}/fuel-records`, { fetch: listFuelRecords });
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<FuelRecord | null>(null);
  const canWrite = can(FP.fuelWrite);
  const remove = async (r: FuelRecord) => {
    if (!(await confirmAction(t('fleet.fuel.confirmDelete', { plate: plateOf(r), at: formatInstant(r.filledAt) })))) return;
    try {
      await deleteFuelRecord(r.id);
      showSuccess(t('fleet.fuel.deleted'));
      void list.refetch();
    } catch (e) {
      showError(e);
    }
  };
  return (
    <>
      <ListPage<FuelRecord>
        title={t('fleet.fuel.title')}
        testid="fleet-fuel"
        list={list}
        rowKey="id"
        onCreate={canWrite ? () => setOpen(true) : undefined}
        createLabel={t('fleet.fuel.new')}
        canExport={can(FP.fuelExport)}
        emptyText={canWrite ? t('fleet.fuel.empty') : t('common.emptyText')}
        query={[
          <Form.Item key="vehicleId" name="vehicleId" label={t('fleet.common.vehicle')}><VehicleSelect /></Form.Item>,
          <Form.Item key="month" name="month" label={t('fleet.common.month')}><DatePicker picker="month" style={{ width: '100%' }} /></Form.Item>,
          <Form.Item key="flagged" name="flagged" label={t('fleet.common.flags')}><Select allowClear options={[{ value: 'true', label: t('fleet.fuel.flaggedOnly') }]} /></Form.Item>,
        ]}
        queryProps={{
          toValues: ({ from, to: _to, ...f }) => ({ ...f, month: from ? dayjs(from) : undefined }),
          toQuery: ({ month, ...v }) => {
            const m = month as dayjs.Dayjs | undefined;
            return { ...(v as Record<string, string>), from: m?.startOf('month').format('YYYY-MM-DD'), to: m?.endOf('month').format('YYYY-MM-DD') };
          },
        }}
        columns={[
          { title: t('fleet.common.plate'), key: 'plate', fixed: 'left', render: (_, r) => <Typography.Text strong>{plateOf(r)}</Typography.Text> },
          { title: t('fleet.fuel.filledAt'), dataIndex: 'filledAt', sorter: true, render: (d: string) => formatInstant(d) },
          { title: t('fleet.fuel.odometer'), dataIndex: 'odometerKm', sorter: true, align: 'right', render: (v: number) => num(v, 1) },
          { title: t('fleet.fuel.litres'), dataIndex: 'litres', align: 'right', render: (v: number | null) => num(v, 2) },
          { title: t('fleet.fuel.kwh'), dataIndex: 'kwh', align: 'right', render: (v: number | null) => num(v, 2) },
          { title: t('fleet.fuel.amount'), dataIndex: 'amountFen', sorter: true, align: 'right', render: (v: number) => yuan(v) },
          {
            title: t('fleet.fuel.full'), dataIndex: 'full',
            render: (f: boolean, r) => <>{f ? <Tag color="blue">{t('fleet.fuel.full')}</Tag> : '—'}{r.missedPrevious && <Tag color="orange">{t('fleet.fuel.missedPrevious')}</Tag>}</>,
          },
          { title: t('fleet.fuel.station'), dataIndex: 'station', ellipsis: true, render: (s: string | null) => s ?? '—' },
          { title: t('fleet.common.flags'), dataIndex: 'flags', render: (f: string[]) => <Flags flags={f} /> },
          ...(canWrite ? [{
            title: t('common.actions'), key: 'actions', fixed: 'right' as const,
            render: (_: unknown, r: FuelRecord) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(r)} data-testid={`fleet-fuel-edit-${r.id}`}>{t('common.edit')}</Button>
                <Button type="link" size="small" danger onClick={() => void remove(r)} data-testid={`fleet-fuel-delete-${r.id}`}>{t('common.delete')}</Button>
              </Space>
            ),
          }] : []),
        ]}
      />
      <FuelDrawer open={open} onClose={() => setOpen(false)} onSaved={list.refetch} />
      <FuelDrawer open={!!editing} record={editing} onClose={() => setEditing(null)} onSaved={list.refetch} />
    </>
  );
}
