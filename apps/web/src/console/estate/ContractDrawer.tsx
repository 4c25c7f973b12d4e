import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, Popconfirm, Select, Space, Statistic, Table, Tabs, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../shared/api';
import { showError, showSuccess } from '../../shared/notify';
import { API } from './types';
import { EstateTag, yuan } from './widgets';

export interface Contract {
  id: string; code: string; listingTitle: string; agencyName: string; lesseeName: string; startsOn: string; endsOn: string; monthlyRentFen: number; depositFen: number;
  cycleMonths: number; status: string; signedOn: string | null; note: string | null;
}
interface Detail extends Contract {
  schedule: { seq: number; periodStart: string; periodEnd: string; dueOn: string; amountFen: number; paidFen: number }[];
  receipts: { id: string; paidOn: string; amountFen: number; method: string; receiptNo: string | null; note: string | null }[];
  totalRentFen: number; receivedFen: number; overdueFen: number;
}

/** A lease-out contract: rent schedule, receipts, recording a receipt, termination. */
export function ContractDrawer({ contract, onClose, canWrite }: { contract: Contract | null; onClose(): void; canWrite: boolean }) {
  const { t } = useTranslation();
  const [pay] = Form.useForm<{ paidOn: Dayjs; amountYuan: number; method: string; receiptNo?: string }>();
  const [reason, setReason] = useState('');
  const base = contract ? `${API}/leasing/contracts/${contract.id}` : '';
  const q = useQuery({ queryKey: [base], queryFn: () => get<Detail>(base), enabled: !!contract });
  const d = q.data;
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      showSuccess(ok);
      void q.refetch();
    } catch (e) {
      showError(e);
    }
  };
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <Drawer open={!!contract} onClose={onClose} size={880} title={contract ? `${t('estate.leasing.contract')} ${contract.code}` : ''}>
      {d && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={3} items={[
            { label: t('estate.leasing.listing'), children: d.listingTitle, span: 2 },
            { label: t('common.status'), children: <EstateTag family="leasing.status" value={d.status} /> },
            { label: t('estate.leasing.lessee'), children: d.lesseeName },
            { label: t('estate.leasing.period'), children: `${d.startsOn} ~ ${d.endsOn}` },
            { label: t('estate.leasing.monthlyRent'), children: yuan(d.monthlyRentFen) },
          ]} />
          <Space size={48}>
            <Statistic title={t('estate.leasing.totalRent')} value={yuan(d.totalRentFen)} />
            <Statistic title={t('estate.leasing.received')} value={yuan(d.receivedFen)} />
            <Statistic title={t('estate.leasing.overdue')} value={yuan(d.overdueFen)} styles={{ content: { color: d.overdueFen > 0 ? '#cf1322' : undefined } }} />
          </Space>
          <Tabs items={[
            {
              key: 'schedule', label: t('estate.leasing.schedule'), children: (
                <Table rowKey="seq" size="small" dataSource={d.schedule} pagination={{ pageSize: 12 }} columns={[
                  { title: '#', dataIndex: 'seq', width: 50 },
                  { title: t('estate.leasing.periodCol'), key: 'p', render: (_, s) => `${s.periodStart} ~ ${s.periodEnd}` },
                  { title: t('estate.leasing.dueOn'), dataIndex: 'dueOn' },
                  { title: t('estate.housing.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
                  { title: t('estate.housing.paidAmount'), dataIndex: 'paidFen', align: 'right', render: yuan },
                  {
                    title: t('common.status'), key: 's', render: (_, s) => s.paidFen >= s.amountFen ? <Tag color="green">{t('estate.housing.billStatus.paid')}</Tag>
                      : s.dueOn < today ? <Tag color="red">{t('estate.leasing.overdueTag')}</Tag> : <Tag>{t('estate.housing.billStatus.unpaid')}</Tag>,
                  },
                ]} />
              ),
            },
            {
              key: 'receipts', label: t('estate.leasing.receipts'), children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {canWrite && d.status === 'active' && (
                    <Form form={pay} layout="inline" initialValues={{ paidOn: dayjs(), method: 'transfer' }} style={{ rowGap: 8 }}>
                      <Form.Item name="paidOn" rules={[{ required: true }]}><DatePicker /></Form.Item>
                      <Form.Item name="amountYuan" rules={[{ required: true, message: t('estate.common.required') }]}><InputNumber min={0.01} precision={2} placeholder={t('estate.leasing.amountYuan')} /></Form.Item>
                      <Form.Item name="method"><Select style={{ width: 100 }} options={['transfer', 'cash', 'cheque', 'other'].map((m) => ({ value: m, label: t(`estate.leasing.method.${m}`) }))} /></Form.Item>
                      <Form.Item name="receiptNo"><Input placeholder={t('estate.leasing.receiptNo')} style={{ width: 140 }} /></Form.Item>
                      <Button type="primary" onClick={() => void pay.validateFields().then((v) => act(() => post(`${base}/receipts`, {
                        paidOn: v.paidOn.format('YYYY-MM-DD'), amountFen: Math.round(v.amountYuan * 100), method: v.method, receiptNo: v.receiptNo || undefined,
                      }), t('estate.leasing.receiptSaved')))}>{t('estate.leasing.recordReceipt')}</Button>
                    </Form>
                  )}
                  <Table rowKey="id" size="small" dataSource={d.receipts} pagination={false} columns={[
                    { title: t('estate.leasing.paidOn'), dataIndex: 'paidOn' },
                    { title: t('estate.housing.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
                    { title: t('estate.leasing.methodLabel'), dataIndex: 'method', render: (v: string) => t(`estate.leasing.method.${v}`, { defaultValue: v }) },
                    { title: t('estate.leasing.receiptNo'), dataIndex: 'receiptNo', render: (v: string | null) => v ?? '—' },
                  ]} />
                </Space>
              ),
            },
            ...(canWrite && d.status === 'active' ? [{
              key: 'terminate', label: t('estate.leasing.terminate'), children: (
                <Space orientation="vertical" style={{ maxWidth: 420, width: '100%' }}>
                  <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('estate.leasing.terminateReason')} />
                  <Popconfirm title={t('estate.leasing.confirmTerminate')} disabled={!reason.trim()}
                    onConfirm={() => act(() => post(`${base}/terminate`, { endedOn: today, reason: reason.trim() }), t('estate.leasing.terminated'))}>
                    <Button danger disabled={!reason.trim()}>{t('estate.leasing.terminate')}</Button>
                  </Popconfirm>
                </Space>
              ),
            }] : []),
          ]} />
        </Space>
      )}
    </Drawer>
  );
}
