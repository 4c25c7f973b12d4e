import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Empty, Popconfirm, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatInstant } from '../../shared/format';
import { showError, showSuccess } from '../../shared/notify';
import { FP } from './menu';
import { AddVehiclesDrawer, SealingDrawer, sealingPhase, SEK, useSealingRefresh } from './SealingDrawers';
import { SubTable } from './SubTable';
import { removeFromSealing, sealedVehicles, SEALINGS, type Sealing } from './supervision.api';
import { AgencyName } from './widgets';

const PHASE_COLOUR = { upcoming: 'blue', active: 'purple', ended: 'default' } as const;

/** 节假日封存: the holiday sealing lists; each list's vehicles in its drawer, where vehicles are added and removed. */
export function SealingPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can(FP.supervisionWrite);
  const [editing, setEditing] = useState<Sealing | null | undefined>(undefined);
  const [viewing, setViewing] = useState<Sealing | null>(null);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'flex-end', marginBottom: 12 }}>
        {canWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="fleet-sealing-new">{t(`${SEK}.new`)}</Button>}
      </Space>
      <SubTable<Sealing> path={SEALINGS} testid="fleet-sealings" pageSize={20} emptyText={canWrite ? t(`${SEK}.empty`) : undefined} columns={[
        { title: t(`${SEK}.name`), dataIndex: 'name', render: (v: string, r) => <a onClick={() => setViewing(r)} data-testid={`fleet-sealing-open-${r.id}`}>{v}</a> },
        { title: t('fleet.supervision.from'), dataIndex: 'startsAt', render: (v: string) => formatInstant(v) },
        { title: t('fleet.supervision.to'), dataIndex: 'endsAt', render: (v: string) => formatInstant(v) },
        { title: t('common.status'), key: 'phase', render: (_, r) => { const p = sealingPhase(r); return <Tag color={PHASE_COLOUR[p]}>{t(`${SEK}.phase.${p}`)}</Tag>; } },
        { title: t(`${SEK}.reason`), dataIndex: 'note', ellipsis: true, render: (v: string | null) => v ?? '—' },
        {
          title: t('common.actions'), key: 'actions', render: (_, r) => (
            <Space size={0}>
              <Button type="link" size="small" onClick={() => setViewing(r)}>{t(`${SEK}.viewVehicles`)}</Button>
              {canWrite && <Button type="link" size="small" onClick={() => setEditing(r)}>{t('common.edit')}</Button>}
            </Space>
          ),
        },
      ]} />
      <SealingDrawer open={editing !== undefined} sealing={editing ?? null} onClose={() => setEditing(undefined)} onSaved={(s) => { if (!editing) setViewing(s); }} />
      <SealingVehicles sealing={viewing} onClose={() => setViewing(null)} />
    </>
  );
}

/** The vehicles on one sealing list: plate, kind, agency; 添加车辆 and 移出 (after a confirmation). */
function SealingVehicles({ sealing, onClose }: { sealing: Sealing | null; onClose(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can(FP.supervisionWrite);
  const refresh = useSealingRefresh();
  const [adding, setAdding] = useState(false);
  const q = useQuery({ queryKey: [SEALINGS, sealing?.id, 'vehicles'], queryFn: () => sealedVehicles(sealing!.id), enabled: !!sealing });
  const items = q.data?.items ?? [];
  type Item = (typeof items)[number];
  const remove = async (v: Item) => {
    try {
      await removeFromSealing(sealing!.id, v.vehicleId);
      showSuccess(t(`${SEK}.removed`, { plate: v.plate }));
      await refresh();
    } catch (e) {
      showError(e);
    }
  };
  const phase = sealing ? sealingPhase(sealing) : 'upcoming';
  return (
    <Drawer open={!!sealing} onClose={onClose} size={760} title={sealing?.name} data-testid="fleet-sealing-detail" destroyOnHidden
      extra={canWrite && phase !== 'ended' && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="fleet-sealing-add">{t(`${SEK}.addVehicles`)}</Button>}>
      {sealing && (
        <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }} items={[
          { key: 'from', label: t('fleet.supervision.from'), children: formatInstant(sealing.startsAt) },
          { key: 'to', label: t('fleet.supervision.to'), children: formatInstant(sealing.endsAt) },
          { key: 'phase', label: t('common.status'), children: <Tag color={PHASE_COLOUR[phase]}>{t(`${SEK}.phase.${phase}`)}</Tag> },
          { key: 'count', label: t(`${SEK}.vehicles`), children: <span data-testid="fleet-sealing-count">{t(`${SEK}.count`, { count: items.length })}</span> },
          { key: 'note', label: t(`${SEK}.reason`), span: 2, children: sealing.note ?? '—' },
        ]} />
      )}
      <Typography.Paragraph type="secondary">{t(`${SEK}.rule`)}</Typography.Paragraph>
      <Table<Item>
        rowKey="vehicleId" size="small" data-testid="table-fleet-sealed-vehicles" loading={q.isFetching} dataSource={items}
        pagination={items.length > 50 ? { pageSize: 50, showTotal: (n) => t('common.total', { total: n }) } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={canWrite ? t(`${SEK}.emptyVehicles`) : t('common.emptyText')} /> }}
        columns={[
          { title: t('fleet.common.plate'), dataIndex: 'plate', render: (p: string) => <Space size={4}><Typography.Text strong>{p}</Typography.Text><Tag color="purple">{t(`${SEK}.sealedTag`)}</Tag></Space> },
          { title: t('fleet.vehicle.kind'), dataIndex: 'kind', render: (k: string) => t(`fleet.kind.${k}`, { defaultValue: k }) },
          { title: t('fleet.common.agency'), dataIndex: 'agencyId', render: (a: string) => <AgencyName id={a} /> },
          { title: t(`${SEK}.parkedAt`), dataIndex: 'parkedAt', render: (p: string | null) => p ?? '—' },
          ...(canWrite && phase !== 'ended' ? [{
            title: t('common.actions'), key: 'actions', render: (_: unknown, v: Item) => (
              <Popconfirm title={t(`${SEK}.confirmRemove`, { plate: v.plate, name: sealing?.name })} okButtonProps={{ danger: true, 'data-testid': 'popconfirm-ok' } as ButtonProps} onConfirm={() => remove(v)}>
                <Button type="link" size="small" danger data-testid={`fleet-sealing-remove-${v.vehicleId}`}>{t(`${SEK}.remove`)}</Button>
              </Popconfirm>
            ),
          }] : []),
        ]}
      />
      {sealing && <AddVehiclesDrawer sealing={sealing} sealedIds={new Set(items.map((v) => v.vehicleId))} open={adding} onClose={() => setAdding(false)} />}
    </Drawer>
  );
}
