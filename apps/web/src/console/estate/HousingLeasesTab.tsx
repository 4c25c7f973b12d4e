import { DatePicker, Form, InputNumber, Select, Button } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { useList } from '../../shared/useList';
import { HAPI, type Application, type Lease } from './housing.types';
import { LeaseDrawer } from './LeaseDrawer';
import { EP } from './menu';
import { EstateTag, yuan } from './widgets';

interface SignValues { applicationId: string; startDate: Dayjs; termMonths?: number }

/** 租约: leases of allocated flats, with rent bills, hand-over checklists and exit. */
export function HousingLeasesTab() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<Lease>(`${HAPI}/leases`);
  const [signing, setSigning] = useState(false);
  const [open, setOpen] = useState<Lease | null>(null);
  const sign = async (v: SignValues) => {
    await post(`${HAPI}/leases`, { applicationId: v.applicationId, startDate: v.startDate.format('YYYY-MM-DD'), termMonths: v.termMonths ?? undefined });
    list.refetch();
  };
  return (
    <>
      <ListPage<Lease> title={t('estate.housing.leases')} testid="estate-leases" list={list} rowKey="id" canExport
        onCreate={can(EP.housingLeaseWrite) ? () => setSigning(true) : undefined} createLabel={t('estate.housing.sign')} emptyText={t('estate.housing.leaseEmpty')}
        query={[
          <Form.Item key="status" name="status" label={t('common.status')}>
            <Select allowClear options={['active', 'ended'].map((s) => ({ value: s, label: t(`estate.housing.leaseStatus.${s}`) }))} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('estate.housing.tenant'), key: 'p', render: (_, l) => <a onClick={() => setOpen(l)}>{l.personName}</a> },
          { title: t('estate.housing.flat'), dataIndex: 'flatLabel' },
          { title: t('estate.housing.term'), key: 'term', render: (_, l) => `${l.startDate} ~ ${l.endDate}` },
          { title: t('estate.housing.rent'), dataIndex: 'rentFen', align: 'right', render: yuan },
          { title: t('estate.housing.deposit'), dataIndex: 'depositFen', align: 'right', render: yuan },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="housing.leaseStatus" value={v} /> },
          { title: t('common.actions'), key: 'a', render: (_, l) => <Button type="link" size="small" onClick={() => setOpen(l)}>{t('common.view')}</Button> },
        ]} />
      <FormDrawer<SignValues> open={signing} onClose={() => setSigning(false)} title={t('estate.housing.sign')} onSubmit={sign} initialValues={{ startDate: dayjs() }}>
        <Form.Item name="applicationId" label={t('estate.housing.allocatedApplication')} rules={[{ required: true, message: t('estate.common.required') }]}>
          <RemoteSelect<Application> path={`${HAPI}/applications`} query={{ status: 'allocated' }} labelOf={(a) => `${a.personName}（${a.agencyName}）· ${a.roundName}`} />
        </Form.Item>
        <Form.Item name="startDate" label={t('estate.housing.startDate')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="termMonths" label={t('estate.housing.termMonths')} extra={t('estate.housing.termHint')}><InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} /></Form.Item>
      </FormDrawer>
      <LeaseDrawer lease={open} onClose={() => { setOpen(null); list.refetch(); }} />
    </>
  );
}
