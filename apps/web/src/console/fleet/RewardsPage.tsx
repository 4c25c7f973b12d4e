import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Empty, Space, Statistic, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { getRewards } from './fleet.api';
import { num, thisMonth, yuan, type Rewards } from './types';

type RewardRow = Rewards['items'][number];

/** 节油奖: each vehicle's saving against its norm in a month × fuel price × the configured rate (a setting with its source). */
export default function RewardsPage() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const month = sp.get('month') ?? thisMonth();
  const q = useQuery({ queryKey: ['fleet-rewards', month], queryFn: () => getRewards(month) });
  const d = q.data;
  return (
    <Card
      size="small"
      title={t('fleet.reward.title')}
      data-testid="fleet-rewards"
      extra={<Space wrap>
        {d && <Tag color="blue">{`${t('fleet.reward.rate')} ${num(d.rate * 100, 0)}%`}</Tag>}
        <span>{t('fleet.reward.month')}</span>
        <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(v) => v && setSp({ month: v.format('YYYY-MM') }, { replace: true })} />
      </Space>}
    >
      {d && d.items.length > 0 && <Statistic title={t('fleet.reward.amount')} value={yuan(d.totalRewardFen)} style={{ marginBottom: 12 }} />}
      <Table<RewardRow>
        data-testid="table-fleet-rewards"
        rowKey="vehicleId"
        size="middle"
        loading={q.isFetching}
        dataSource={d?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => t('common.total', { total: n }) }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fleet.reward.empty')} /> }}
        columns={[
          { title: t('fleet.common.plate'), dataIndex: 'plate', fixed: 'left' },
          { title: t('fleet.vehicle.agency'), dataIndex: 'agencyName', ellipsis: true },
          { title: t('fleet.vehicle.kind'), dataIndex: 'kind', render: (k: string) => t(`fleet.kind.${k}`, { defaultValue: k }) },
          { title: t('fleet.disclosure.km'), dataIndex: 'km', align: 'right', render: (v: number) => num(v, 1) },
          { title: t('fleet.disclosure.lPer100'), dataIndex: 'lPer100km', align: 'right', render: (v: number | null, r) => `${num(v, 2)} ${r.unit}` },
          { title: t('fleet.disclosure.norm'), dataIndex: 'normLPer100km', align: 'right', render: (v: number) => num(v, 2) },
          { title: t('fleet.reward.saving'), dataIndex: 'savedQty', align: 'right', sorter: (a, b) => a.savedQty - b.savedQty, render: (v: number, r) => `${num(v, 2)} ${r.unit}` },
          { title: t('fleet.reward.amount'), dataIndex: 'rewardFen', align: 'right', sorter: (a, b) => a.rewardFen - b.rewardFen, render: (v: number) => <span style={{ color: v < 0 ? '#cf1322' : undefined }}>{yuan(v)}</span> },
        ]}
      />
    </Card>
  );
}
