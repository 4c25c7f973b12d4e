import { useQuery } from '@tanstack/react-query';
import { Empty, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { num, yuan } from './types';

const KINDS = ['status', 'trip', 'fuel', 'charging', 'repair', 'insurance', 'inspection', 'violation', 'accident'] as const;
const COLOURS: Record<string, string> = { status: 'purple', trip: 'blue', fuel: 'cyan', charging: 'cyan', repair: 'orange', insurance: 'green', inspection: 'green', violation: 'red', accident: 'red' };

const timeline = (id: string, kinds: string[]) =>
  unwrap(api.GET('/api/v1/fleet/vehicles/{id}/timeline', { params: { path: { id }, query: { limit: 200, ...(kinds.length ? { kinds: kinds.join(',') } : {}) } } }));

/** 生命周期: everything that happened to the vehicle (the server's timeline), newest first, filterable by kind. */
export function TimelinePanel({ vehicleId }: { vehicleId: string }) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<string[]>([]);
  const q = useQuery({ queryKey: ['/api/v1/fleet/vehicles', vehicleId, 'timeline', kinds], queryFn: () => timeline(vehicleId, kinds) });
  const items = q.data?.items ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Space wrap>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('fleet.timeline.kinds')}
          style={{ minWidth: 320 }}
          value={kinds}
          onChange={setKinds}
          options={KINDS.map((k) => ({ value: k, label: t(`fleet.timeline.kind.${k}`) }))}
        />
        {q.data && <Typography.Text type="secondary">{t('common.total', { total: q.data.total })}</Typography.Text>}
      </Space>
      {!items.length ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q.isFetching ? '…' : t('fleet.timeline.empty')} /> : (
        <div style={{ maxHeight: 560, overflowY: 'auto', paddingTop: 8 }}>
          <Timeline data-testid="fleet-vehicle-timeline" items={items.map((e) => ({
            color: COLOURS[e.kind] ?? 'gray',
            content: (
              <>
                <Tag color={COLOURS[e.kind]} bordered={false}>{t(`fleet.timeline.kind.${e.kind}`)}</Tag>
                <Typography.Text strong>{e.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{formatInstant(e.at)}</Typography.Text>
                {(e.amountFen !== null || e.km !== null) && (
                  <div><Typography.Text type="secondary">
                    {[e.km !== null ? `${num(e.km, 1)} ${t('fleet.common.km')}` : null, e.amountFen !== null ? `¥${yuan(e.amountFen)}` : null].filter(Boolean).join(' · ')}
                  </Typography.Text></div>
                )}
              </>
            ),
          }))} />
        </div>
      )}
    </Space>
  );
}
