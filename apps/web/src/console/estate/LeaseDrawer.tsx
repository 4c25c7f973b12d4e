import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Descriptions, Drawer, Empty, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tabs, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, post } from '../../shared/api';
import { showError, showSuccess } from '../../shared/notify';
import { CONDITIONS, EXIT_REASONS, HAPI, PAY_METHODS, type Bill, type Lease, type LeaseDetail } from './housing.types';
import { EP } from './menu';
import { EstateTag, yuan } from './widgets';

const DEFAULT_ITEMS = ['lock', 'meters', 'furniture', 'walls', 'windows'];

/** A lease: facts, monthly bills with payments, move-in/move-out checklists, exit. */
export function LeaseDrawer({ lease, onClose }: { lease: Lease | null; onClose(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can(EP.housingLeaseWrite);
  const [paying, setPaying] = useState<Bill | null>(null);
  const [pay] = Form.useForm<{ amountYuan: number; paidOn: Dayjs; method: string }>();
  const [check] = Form.useForm<{ kind: string; checkedOn: Dayjs; items: { name: string; condition: string }[] }>();
  const [exit] = Form.useForm<{ reason: string; exitDate: Dayjs; note?: string }>();
  const base = lease ? `${HAPI}/leases/${lease.id}` : '';
  const q = useQuery({ queryKey: [base], queryFn: () => get<LeaseDetail>(base), enabled: !!lease });
  const d = q.data;
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      showSuccess(ok);
      void q.refetch();
      return true;
    } catch (e) {
      showError(e);
      return false;
    }
  };
  const savePay = async () => {
    const v = await pay.validateFields();
    if (await act(() => post(`${base}/bills/${paying!.id}/payments`, { amountFen: Math.round(v.amountYuan * 100), paidOn: v.paidOn.format('YYYY-MM-DD'), method: v.method }), t('estate.housing.paid'))) setPaying(null);
  };
  const saveCheck = async () => {
    const v = await check.validateFields();
    await act(() => post(`${base}/checklists`, { kind: v.kind, checkedOn: v.checkedOn.format('YYYY-MM-DD'), items: v.items }), t('common.saved'));
  };
  const doExit = async () => {
    const v = await exit.validateFields();
    await act(() => post(`${base}/exit`, { reason: v.reason, exitDate: v.exitDate.format('YYYY-MM-DD'), note: v.note || undefined }), t('estate.housing.exited'));
  };
  const active = d?.status === 'active';
  return (
    <Drawer open={!!lease} onClose={onClose} size={860} title={t('estate.housing.leaseTitle')} data-testid="estate-lease-drawer">
      {d && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={3} items={[
            { label: t('estate.housing.tenant'), children: d.personName },
            { label: t('estate.housing.flat'), children: d.flatLabel, span: 2 },
            { label: t('estate.housing.term'), children: `${d.startDate} ~ ${d.endDate}`, span: 2 },
            { label: t('common.status'), children: <EstateTag family="housing.leaseStatus" value={d.status} /> },
            { label: t('estate.housing.rent'), children: yuan(d.rentFen) },
            { label: t('estate.housing.deposit'), children: yuan(d.depositFen) },
            { label: t('estate.housing.exitReason'), children: d.exitReason ? `${t(`estate.housing.exitKind.${d.exitReason}`)} ${d.exitDate ?? ''}` : '—' },
          ]} />
          <Tabs items={[
            {
              key: 'bills', label: t('estate.housing.bills'), children: (
                <>
                  {paying && (
                    <Form form={pay} layout="inline" style={{ marginBottom: 12, rowGap: 8 }} initialValues={{ amountYuan: (paying.amountFen - paying.paidFen) / 100, paidOn: dayjs(), method: 'payroll' }}>
                      <Form.Item label={paying.month} name="amountYuan" rules={[{ required: true }]}><InputNumber min={0.01} precision={2} /></Form.Item>
                      <Form.Item name="paidOn" rules={[{ required: true }]}><DatePicker /></Form.Item>
                      <Form.Item name="method"><Select style={{ width: 120 }} options={PAY_METHODS.map((m) => ({ value: m, label: t(`estate.housing.payMethod.${m}`) }))} /></Form.Item>
                      <Space><Button type="primary" onClick={() => void savePay()}>{t('common.save')}</Button><Button onClick={() => setPaying(null)}>{t('common.cancel')}</Button></Space>
                    </Form>
                  )}
                  <Table<Bill> rowKey="id" size="small" dataSource={d.bills} pagination={{ pageSize: 12 }} columns={[
                    { title: t('estate.housing.month'), dataIndex: 'month' },
                    { title: t('estate.housing.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
                    { title: t('estate.housing.paidAmount'), dataIndex: 'paidFen', align: 'right', render: yuan },
                    { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="housing.billStatus" value={v} /> },
                    { title: t('common.actions'), key: 'a', render: (_, b) => canWrite && b.paidFen < b.amountFen && <Button type="link" size="small" onClick={() => setPaying(b)}>{t('estate.housing.recordPayment')}</Button> },
                  ]} />
                </>
              ),
            },
            {
              key: 'checklists', label: t('estate.housing.checklists'), children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {d.checklists.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.housing.noChecklist')} />}
                  {d.checklists.map((c) => (
                    <Descriptions key={c.id} size="small" bordered column={1} title={`${t(`estate.housing.checkKind.${c.kind}`)} · ${c.checkedOn}`}
                      items={c.items.map((i, n) => ({ key: n, label: i.name, children: <Tag color={i.condition === 'good' ? 'green' : 'orange'}>{t(`estate.housing.condition.${i.condition}`)}</Tag> }))} />
                  ))}
                  {canWrite && (
                    <Form form={check} layout="inline" initialValues={{ kind: d.checklists.some((c) => c.kind === 'move-in') ? 'move-out' : 'move-in', checkedOn: dayjs(), items: DEFAULT_ITEMS.map((k) => ({ name: t(`estate.housing.item.${k}`), condition: 'good' })) }} style={{ rowGap: 8 }}>
                      <Form.Item name="kind"><Select style={{ width: 120 }} options={['move-in', 'move-out'].map((k) => ({ value: k, label: t(`estate.housing.checkKind.${k}`) }))} /></Form.Item>
                      <Form.Item name="checkedOn"><DatePicker /></Form.Item>
                      <Form.List name="items">{(fields) => fields.map((f) => (
                        <Space key={f.key}>
                          <Form.Item name={[f.name, 'name']} noStyle><Input style={{ width: 110 }} /></Form.Item>
                          <Form.Item name={[f.name, 'condition']} noStyle><Select style={{ width: 90 }} options={CONDITIONS.map((c) => ({ value: c, label: t(`estate.housing.condition.${c}`) }))} /></Form.Item>
                        </Space>
                      ))}</Form.List>
                      <Button type="primary" onClick={() => void saveCheck()}>{t('estate.housing.saveChecklist')}</Button>
                    </Form>
                  )}
                </Space>
              ),
            },
            ...(canWrite && active ? [{
              key: 'exit', label: t('estate.housing.exit'), children: (
                <Form form={exit} layout="vertical" initialValues={{ reason: 'term-ended', exitDate: dayjs() }} style={{ maxWidth: 420 }}>
                  <Form.Item name="reason" label={t('estate.housing.exitReason')}><Select options={EXIT_REASONS.map((r) => ({ value: r, label: t(`estate.housing.exitKind.${r}`) }))} /></Form.Item>
                  <Form.Item name="exitDate" label={t('estate.housing.exitDate')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
                  <Form.Item name="note" label={t('estate.common.note')}><Input.TextArea rows={2} /></Form.Item>
                  <Popconfirm title={t('estate.housing.confirmExit')} onConfirm={() => doExit()}><Button danger>{t('estate.housing.exit')}</Button></Popconfirm>
                </Form>
              ),
            }] : []),
          ]} />
        </Space>
      )}
    </Drawer>
  );
}
