import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, patch, post } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { showError, showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import { EP } from './menu';
import { API } from './types';
import './estate.css';
import { AgencyPick, EstateTag } from './widgets';

interface Task {
  id: string; personId: string; personName: string; agencyId: string; agencyName: string; roomId: string; roomNumber: string; buildingName: string;
  reason: string; effectiveDate: string; dueDate: string; status: string; remindedAt: string | null; escalatedAt: string | null; doneAt: string | null; overdue: boolean;
}
interface Rule { reason: string; months: number; remindDaysBefore: number; escalateAfterDays: number; source: string }

/** 回收任务: rooms to recover after a transfer, retirement or the end of a side post, with their deadlines. */
export default function RecoveryPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList<Task>(`${API}/recovery-tasks`);
  const [editing, setEditing] = useState<Rule | null>(null);
  const rules = useQuery({ queryKey: [`${API}/recovery-rules`], queryFn: () => get<Rule[]>(`${API}/recovery-rules`) });
  const complete = async (task: Task) => {
    try {
      await post(`${API}/recovery-tasks/${task.id}/complete`, { date: dayjs().format('YYYY-MM-DD') });
      showSuccess(t('estate.recovery.completed'));
      list.refetch();
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ListPage<Task> title={t('estate.menu.recovery')} testid="estate-recovery" list={list} rowKey="id" canExport emptyText={t('estate.recovery.empty')}
        tableProps={{ rowClassName: (r) => (r.overdue && r.status === 'open' ? 'zd-row-over' : '') }}
        query={[
          <Form.Item key="status" name="status" label={t('common.status')}><Select allowClear options={['open', 'done', 'cancelled'].map((s) => ({ value: s, label: t(`estate.recovery.status.${s}`) }))} /></Form.Item>,
          <Form.Item key="overdue" name="overdue" label={t('estate.recovery.overdue')}><Select allowClear options={[{ value: 'true', label: t('estate.recovery.onlyOverdue') }]} /></Form.Item>,
          <Form.Item key="agencyId" name="agencyId" label={t('estate.room.agency')}><AgencyPick /></Form.Item>,
        ]}
        columns={[
          { title: t('estate.recovery.person'), dataIndex: 'personName' },
          { title: t('estate.room.agency'), dataIndex: 'agencyName' },
          { title: t('estate.recovery.room'), key: 'room', render: (_, r) => `${r.buildingName} ${r.roomNumber}` },
          { title: t('estate.recovery.reason'), dataIndex: 'reason', width: 110, render: (v: string) => t(`estate.recovery.reasonKind.${v}`, { defaultValue: v }) },
          { title: t('estate.recovery.effectiveDate'), dataIndex: 'effectiveDate' },
          {
            title: t('estate.recovery.dueDate'), dataIndex: 'dueDate',
            render: (v: string, r) => <Space size={4}>{v}{r.status === 'open' && (r.overdue ? <Tag color="red">{t('estate.recovery.overdueTag')}</Tag> : <Tag color="blue">{t('estate.recovery.daysLeft', { n: dayjs(v).diff(dayjs().startOf('day'), 'day') })}</Tag>)}</Space>,
          },
          { title: t('estate.recovery.escalated'), dataIndex: 'escalatedAt', render: (v: string | null) => (v ? <Tag color="volcano">{t('estate.recovery.escalatedTag')}</Tag> : '—') },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <EstateTag family="recovery.status" value={v} /> },
          {
            title: t('common.actions'), key: 'a', render: (_, r) => can(EP.recoveryWrite) && r.status === 'open' && (
              <Popconfirm title={t('estate.recovery.confirmComplete', { name: r.personName, room: r.roomNumber })} onConfirm={() => complete(r)}>
                <Button type="link" size="small">{t('estate.recovery.complete')}</Button>
              </Popconfirm>
            ),
          },
        ]} />
      <Card size="small" title={t('estate.recovery.rules')}>
        <Table<Rule> rowKey="reason" size="small" pagination={false} dataSource={rules.data ?? []} columns={[
          { title: t('estate.recovery.reason'), dataIndex: 'reason', width: 110, render: (v: string) => t(`estate.recovery.reasonKind.${v}`, { defaultValue: v }) },
          { title: t('estate.recovery.months'), dataIndex: 'months', align: 'right' },
          { title: t('estate.recovery.remindDaysBefore'), dataIndex: 'remindDaysBefore', align: 'right' },
          { title: t('estate.recovery.escalateAfterDays'), dataIndex: 'escalateAfterDays', align: 'right' },
          { title: t('estate.recovery.source'), dataIndex: 'source', width: '55%', render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
          { title: t('common.actions'), key: 'a', render: (_, r) => can(EP.recoveryWrite) && <Button type="link" size="small" onClick={() => setEditing(r)}>{t('common.edit')}</Button> },
        ]} />
        <FormDrawer<Omit<Rule, 'reason'>> open={!!editing} onClose={() => setEditing(null)} initialValues={editing ?? {}} width={440}
          title={editing ? `${t('estate.recovery.rules')} · ${t(`estate.recovery.reasonKind.${editing.reason}`)}` : ''}
          onSubmit={async (v) => { await patch(`${API}/recovery-rules/${editing!.reason}`, v); void rules.refetch(); }}>
          <Form.Item name="months" label={t('estate.recovery.months')} rules={[{ required: true }]}><InputNumber min={1} max={24} precision={0} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="remindDaysBefore" label={t('estate.recovery.remindDaysBefore')}><InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="escalateAfterDays" label={t('estate.recovery.escalateAfterDays')}><InputNumber min={0} max={90} precision={0} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="source" label={t('estate.recovery.source')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input.TextArea rows={3} /></Form.Item>
        </FormDrawer>
      </Card>
    </Space>
  );
}
