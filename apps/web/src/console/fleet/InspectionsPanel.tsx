import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { InspectionDetail } from './InspectionDetail';
import { InspectionDrawer, SK } from './InspectionDrawers';
import { FP } from './menu';
import { SubTable } from './SubTable';
import { INSPECTIONS, type Inspection } from './supervision.api';
import { AgencyName } from './widgets';

/** 专项检查: the list (filter by status), 新建专项检查, and each inspection's findings in its detail drawer. */
export function InspectionsPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can(FP.supervisionWrite);
  const [status, setStatus] = useState<string | undefined>();
  const [editing, setEditing] = useState<Inspection | null | undefined>(undefined);
  const [viewing, setViewing] = useState<string | null>(null);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Select allowClear placeholder={t(`${SK}.allStatuses`)} value={status} onChange={setStatus} style={{ width: 160 }} data-testid="fleet-inspections-status"
          options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`${SK}.status.${s}`) }))} />
        {canWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="fleet-inspection-new">{t(`${SK}.newInspection`)}</Button>}
      </Space>
      <SubTable<Inspection> path={INSPECTIONS} query={{ status }} testid="fleet-inspections" pageSize={20} emptyText={canWrite ? t(`${SK}.emptyInspections`) : undefined} columns={[
        { title: t(`${SK}.inspectedOn`), dataIndex: 'inspectedOn', width: 110 },
        { title: t(`${SK}.inspectedAgency`), dataIndex: 'agencyId', render: (a: string) => <AgencyName id={a} /> },
        { title: t(`${SK}.title`), dataIndex: 'title', render: (v: string, r) => <a onClick={() => setViewing(r.id)} data-testid={`fleet-inspection-open-${r.id}`}>{v}</a> },
        { title: t(`${SK}.inspectors`), dataIndex: 'inspectors', render: (v: string | null) => v ?? '—' },
        { title: t('common.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'closed' ? 'green' : 'orange'}>{t(`${SK}.status.${s === 'closed' ? 'closed' : 'open'}`)}</Tag> },
        {
          title: t('common.actions'), key: 'actions', render: (_, r) => (
            <Space size={0}>
              <Button type="link" size="small" onClick={() => setViewing(r.id)}>{t(`${SK}.findings`)}</Button>
              {canWrite && r.status !== 'closed' && <Button type="link" size="small" onClick={() => setEditing(r)}>{t('common.edit')}</Button>}
            </Space>
          ),
        },
      ]} />
      <InspectionDrawer open={editing !== undefined} inspection={editing ?? null} onClose={() => setEditing(undefined)} onSaved={(i) => { if (!editing) setViewing(i.id); }} />
      <InspectionDetail id={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
