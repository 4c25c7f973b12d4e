import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { showError, showSuccess } from '../../shared/notify';
import { FindingDrawer, InspectionDrawer, RectifyDrawer, SK, useSupervisionRefresh } from './InspectionDrawers';
import { FP } from './menu';
import { FINDINGS, getInspection, INSPECTIONS, listFindings, setInspectionStatus, type Finding } from './supervision.api';
import { daysUntil } from './types';
import { AgencyName, VehiclePlate } from './widgets';

/** A finding's state: rectified, overdue (deadline past in Shanghai and not rectified) or open. */
export const findingState = (f: Pick<Finding, 'rectifiedOn' | 'deadline'>) => (f.rectifiedOn ? 'rectified' : (daysUntil(f.deadline) ?? 0) < 0 ? 'overdue' : 'open');
const STATE_COLOUR = { rectified: 'green', overdue: 'red', open: 'orange' } as const;
const OVERDUE_ROW = { background: '#fff1f0' };

/** The deadline with what is left: 逾期 N 天 (red), 今日到期 / 剩 N 天 (orange within a week). */
function Deadline({ f }: { f: Finding }) {
  const { t } = useTranslation();
  const d = daysUntil(f.deadline) ?? 0;
  if (f.rectifiedOn) return <span>{f.deadline}</span>;
  return (
    <Space size={4}>
      <span>{f.deadline}</span>
      {d < 0 ? <Tag color="red">{t(`${SK}.overdueDays`, { days: -d })}</Tag> : d === 0 ? <Tag color="orange">{t(`${SK}.dueToday`)}</Tag> : d <= 7 ? <Tag color="orange">{t(`${SK}.daysLeft`, { days: d })}</Tag> : null}
    </Space>
  );
}

/** 专项检查详情: the facts, the findings with their deadlines (overdue ones in red), 添加问题, 登记整改, 办结 / 重新打开. */
export function InspectionDetail({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const refresh = useSupervisionRefresh();
  const insp = useQuery({ queryKey: [INSPECTIONS, id], queryFn: () => getInspection(id!), enabled: !!id });
  const findings = useQuery({ queryKey: [FINDINGS, id], queryFn: () => listFindings(id!), enabled: !!id });
  const [editing, setEditing] = useState<Finding | null | undefined>(undefined);
  const [rectifying, setRectifying] = useState<Finding | null>(null);
  const [editingInspection, setEditingInspection] = useState(false);
  const i = insp.data;
  const items = findings.data?.items ?? [];
  const open = i?.status !== 'closed';
  const canWrite = can(FP.supervisionWrite) && open;
  const pending = items.filter((f) => !f.rectifiedOn).length;
  const overdue = items.filter((f) => findingState(f) === 'overdue').length;

  const setStatus = async (status: 'open' | 'closed') => {
    try {
      await setInspectionStatus(id!, status);
      showSuccess(status === 'closed' ? t(`${SK}.closedDone`) : t(`${SK}.reopened`));
      await refresh();
    } catch (e) {
      showError(e);
    }
  };
  const danger = { danger: true, 'data-testid': 'popconfirm-ok' } as ButtonProps;
  const actions = i && can(FP.supervisionWrite) && (
    <Space>
      {open && <Button onClick={() => setEditingInspection(true)} data-testid="fleet-inspection-edit">{t('common.edit')}</Button>}
      {open && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="fleet-finding-add">{t(`${SK}.addFinding`)}</Button>}
      {open ? (
        <Tooltip title={pending ? t(`${SK}.closeBlocked`, { count: pending }) : undefined}>
          <Popconfirm title={t(`${SK}.confirmClose`, { title: i.title })} okButtonProps={{ 'data-testid': 'popconfirm-ok' } as ButtonProps} onConfirm={() => setStatus('closed')} disabled={pending > 0}>
            <Button disabled={pending > 0} data-testid="fleet-inspection-close">{t(`${SK}.close`)}</Button>
          </Popconfirm>
        </Tooltip>
      ) : (
        <Popconfirm title={t(`${SK}.confirmReopen`, { title: i.title })} okButtonProps={danger} onConfirm={() => setStatus('open')}>
          <Button data-testid="fleet-inspection-reopen">{t(`${SK}.reopen`)}</Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <Drawer open={!!id} onClose={onClose} size={920} title={i?.title ?? t('fleet.supervision.inspections')} extra={actions} data-testid="fleet-inspection-detail" destroyOnHidden>
      {i && (
        <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }} items={[
          { key: 'agency', label: t(`${SK}.inspectedAgency`), children: <AgencyName id={i.agencyId} /> },
          { key: 'on', label: t(`${SK}.inspectedOn`), children: i.inspectedOn },
          { key: 'by', label: t(`${SK}.inspectors`), children: i.inspectors ?? '—' },
          { key: 'status', label: t('common.status'), children: <Tag color={open ? 'orange' : 'green'} data-testid="fleet-inspection-status">{t(`${SK}.status.${open ? 'open' : 'closed'}`)}</Tag> },
          { key: 'summary', label: t(`${SK}.summary`), span: 2, children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{i.summary ?? '—'}</Typography.Paragraph> },
        ]} />
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{t(`${SK}.findings`)}</Typography.Title>
        <Typography.Text type="secondary" data-testid="fleet-findings-summary">{t(`${SK}.findingsSummary`, { total: items.length, done: items.length - pending, overdue })}</Typography.Text>
      </Space>
      {overdue > 0 && <Alert type="error" showIcon title={t(`${SK}.overdueAlert`, { count: overdue })} style={{ marginBottom: 8 }} />}
      <Table<Finding>
        rowKey="id" size="small" data-testid="table-fleet-findings" loading={findings.isFetching} dataSource={items} pagination={false} tableLayout="fixed"
        onRow={(f) => ({ style: findingState(f) === 'overdue' ? OVERDUE_ROW : undefined, 'data-state': findingState(f) }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={canWrite ? t(`${SK}.emptyFindings`) : t('common.emptyText')} /> }}
        columns={[
          { title: t(`${SK}.description`), dataIndex: 'description', render: (d: string) => <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: d }}>{d}</Typography.Paragraph> },
          { title: t('fleet.common.plate'), dataIndex: 'vehicleId', width: 110, render: (v: string | null) => (v ? <VehiclePlate id={v} /> : '—') },
          { title: t(`${SK}.deadline`), dataIndex: 'deadline', width: 190, render: (_: string, f) => <Deadline f={f} /> },
          { title: t('common.status'), key: 'state', width: 100, render: (_, f) => { const s = findingState(f); return <Tag color={STATE_COLOUR[s]}>{t(`${SK}.findingStatus.${s}`)}</Tag>; } },
          { title: t(`${SK}.rectification`), dataIndex: 'rectification', render: (r: string | null, f) => (r ? <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: r }}>{f.rectifiedOn} · {r}</Typography.Paragraph> : '—') },
          ...(canWrite ? [{
            title: t('common.actions'), key: 'actions', width: 140, render: (_: unknown, f: Finding) => (
              <Space size={0}>
                {!f.rectifiedOn && <Button type="link" size="small" onClick={() => setRectifying(f)} data-testid={`fleet-finding-rectify-${f.id}`}>{t(`${SK}.rectify`)}</Button>}
                <Button type="link" size="small" onClick={() => setEditing(f)}>{t('common.edit')}</Button>
              </Space>
            ),
          }] : []),
        ]}
      />
      {i && <FindingDrawer inspection={i} finding={editing ?? null} open={editing !== undefined} onClose={() => setEditing(undefined)} />}
      {i && <InspectionDrawer open={editingInspection} inspection={i} onClose={() => setEditingInspection(false)} />}
      {i && <RectifyDrawer inspection={i} finding={rectifying} onClose={() => setRectifying(null)} />}
    </Drawer>
  );
}
