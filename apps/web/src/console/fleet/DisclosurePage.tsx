import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Empty, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../shared/api';
import { errorText } from '../../shared/notify';
import { getWholeDisclosure } from './fleet.api';
import { EChart, type ChartOption } from '../../shared/EChart';
import { API, num, thisMonth, VEHICLE_KINDS, type DisclosureRow } from './types';
import { useFleetOptions } from './widgets';
/** 百里油耗公示: each vehicle's km, fuel and L/100 km against its norm for a month, ranked within its kind; .xlsx and a printable PDF. */
export default function DisclosurePage() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const month = sp.get('month') ?? thisMonth();
  const options = useFleetOptions();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<string | undefined>();
  const q = useQuery({ queryKey: ['fleet-disclosure', month], queryFn: () => getWholeDisclosure(month) });
  const rows = useMemo(() => {
    const needle = text.trim().toUpperCase();
    return (q.data?.items ?? [])
      .filter((r) => (!kind || r.kind === kind) && (!needle || r.plate.toUpperCase().includes(needle) || r.agencyName.includes(text.trim())))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.rankInKind - b.rankInKind);
  }, [q.data, text, kind]);
  const litres = rows.filter((r) => r.unit === 'L' && r.lPer100km !== null).length;
  const [unitChoice, setUnit] = useState<'L' | 'kWh' | null>(null);
  const unit = unitChoice ?? (litres >= rows.filter((r) => r.unit === 'kWh' && r.lPer100km !== null).length ? 'L' : 'kWh');
  const charted = rows.filter((r) => r.lPer100km !== null && r.unit === unit);

  const option = useMemo<ChartOption>(() => ({
    title: { text: `${t('fleet.disclosure.chart')} · ${unit}/100km`, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: [t('fleet.disclosure.actual'), t('fleet.disclosure.norm')] },
    grid: { left: 48, right: 24, top: 48, bottom: charted.length > 25 ? 96 : 72 },
    xAxis: { type: 'category', data: charted.map((r) => r.plate), axisLabel: { interval: charted.length > 25 ? 'auto' : 0, rotate: charted.length > 8 ? 40 : 0, fontSize: 11 } },
    yAxis: { type: 'value', name: `${unit}/100km` },
    dataZoom: charted.length > 25 ? [{ type: 'slider', bottom: 24, height: 16, start: 0, end: Math.round((25 / charted.length) * 100) }] : [],
    series: [
      {
        name: t('fleet.disclosure.actual'), type: 'bar', barMaxWidth: 28,
        data: charted.map((r) => ({ value: r.lPer100km, itemStyle: { color: r.normLPer100km !== null && (r.lPer100km ?? 0) > r.normLPer100km ? '#d4380d' : '#1565c0' } })),
      },
      { name: t('fleet.disclosure.norm'), type: 'line', step: 'middle', symbol: 'none', lineStyle: { type: 'dashed', color: '#faad14' }, itemStyle: { color: '#faad14' }, data: charted.map((r) => r.normLPer100km) },
    ],
  }), [charted, t, unit]);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="fleet-disclosure">
      <Card
        size="small"
        title={t('fleet.disclosure.title')}
        extra={
          <Space wrap>
            <span>{t('fleet.disclosure.month')}</span>
            <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setSp({ month: d.format('YYYY-MM') }, { replace: true })} data-testid="fleet-disclosure-month" />
            <Button icon={<DownloadOutlined />} href={`${API}/reports/fuel-disclosure?month=${month}&format=xlsx`} data-testid="fleet-disclosure-xlsx">{t('fleet.disclosure.exportXlsx')}</Button>
            <Button icon={<FilePdfOutlined />} href={`${API}/reports/fuel-disclosure.pdf?month=${month}`} target="_blank" data-testid="fleet-disclosure-pdf">{t('fleet.disclosure.exportPdf')}</Button>
          </Space>
        }
      >
        {q.error instanceof ApiError && <Alert type="error" showIcon title={errorText(q.error.body)} style={{ marginBottom: 12 }} />}
        <Space wrap style={{ marginBottom: 8 }}>
          <Input.Search allowClear placeholder={t('fleet.disclosure.search')} onSearch={setText} onChange={(e) => !e.target.value && setText('')} style={{ width: 240 }} data-testid="fleet-disclosure-search" />
          <Select allowClear placeholder={t('fleet.vehicle.kind')} options={options('kind', VEHICLE_KINDS)} value={kind} onChange={setKind} style={{ width: 200 }} />
          <Segmented options={[{ value: 'L', label: t('fleet.disclosure.litres') }, { value: 'kWh', label: t('fleet.disclosure.kwh') }]} value={unit} onChange={(v) => setUnit(v as 'L' | 'kWh')} />
        </Space>
        {charted.length ? <EChart option={option} height={300} testid="fleet-disclosure-chart" /> : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={rows.length ? t('fleet.disclosure.noChart') : t('fleet.disclosure.empty')} style={{ padding: '24px 0' }} />
        )}
      </Card>
      <Card size="small">
        <Table<DisclosureRow>
          data-testid="table-fleet-disclosure"
          rowKey="vehicleId"
          size="middle"
          loading={q.isFetching}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => t('common.total', { total: n }) }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fleet.disclosure.empty')} /> }}
          columns={[
            { title: t('fleet.common.plate'), dataIndex: 'plate', fixed: 'left', render: (p: string) => <Typography.Text strong data-testid={`fleet-disclosure-${p}`}>{p}</Typography.Text> },
            { title: t('fleet.vehicle.kind'), dataIndex: 'kind', render: (k: string | undefined) => (k ? t(`fleet.kind.${k}`) : '—') },
            { title: t('fleet.vehicle.agency'), dataIndex: 'agencyName', ellipsis: true, width: 180, render: (a: string | undefined) => a ?? '—' },
            { title: t('fleet.disclosure.km'), dataIndex: 'km', align: 'right', sorter: (a, b) => a.km - b.km, render: (v: number, r) => <span data-testid={`fleet-disclosure-km-${r.plate}`}>{num(v, 1)}</span> },
            {
              title: t('fleet.disclosure.qty'), dataIndex: 'litres', align: 'right',
              render: (v: number | null, r) => `${num(v ?? r.kwh, 2)} ${r.unit}`,
            },
            { title: t('fleet.disclosure.lPer100'), dataIndex: 'lPer100km', align: 'right', sorter: (a, b) => (a.lPer100km ?? 0) - (b.lPer100km ?? 0), render: (v: number | null) => num(v, 2) },
            { title: t('fleet.disclosure.norm'), dataIndex: 'normLPer100km', align: 'right', render: (v: number | null) => num(v, 2) },
            {
              title: t('fleet.disclosure.vsNorm'), key: 'vs',
              render: (_, r) => (r.lPer100km === null || r.normLPer100km === null ? '—' : r.lPer100km > r.normLPer100km
                ? <Tag color="red">{`${t('fleet.disclosure.over')} ${num(((r.lPer100km - r.normLPer100km) / r.normLPer100km) * 100, 1)}%`}</Tag>
                : <Tag color="green">{t('fleet.disclosure.within')}</Tag>),
            },
            { title: t('fleet.disclosure.rank'), dataIndex: 'rankInKind', align: 'center', render: (v: number | null) => v ?? '—' },
          ]}
        />
      </Card>
    </Space>
  );
}
