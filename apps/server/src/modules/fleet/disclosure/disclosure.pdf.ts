import { renderPdf, type PdfDocument } from '../../../platform/pdf/index.js';
import { vehicleKinds } from '../db/vehicles.table.js';
import type { DisclosureService } from './disclosure.service.js';

type Disclosure = Awaited<ReturnType<DisclosureService['rows']>>;

const f2 = (n: number | null) => (n === null ? null : n.toFixed(2));

/** The printable 百里油耗公示 of a month (A4 landscape). */
export function disclosureDocument(d: Disclosure): PdfDocument {
  const [y, m] = d.month.split('-');
  const over = d.items.filter((i) => (i.deviationPct ?? 0) > 0).length;
  return {
    title: `${y}年${Number(m)}月 公务用车百里油耗公示`,
    subtitle: '舟山市机关事务管理中心',
    landscape: true,
    footer: '舟到e管家 · 百里油耗公示',
    blocks: [
      { kind: 'fields', items: [
        { label: '统计月份', value: d.month }, { label: '车辆数', value: String(d.total) },
        { label: '超定额车辆', value: String(over) }, { label: '数据口径', value: d.source === 'snapshot' ? '月度统计' : '实时计算' },
      ] },
      { kind: 'paragraph', text: '行驶里程为当月还车的出车记录里程之和（还车读数 − 出车读数）；百公里油（电）耗按“满油法”计算：当月以加满结束的各加油区间的加油量之和 ÷ 区间里程之和 × 100。纯电、增程车辆以千瓦时计。排名按偏离定额的百分比在同类别车辆中由低到高。' },
      { kind: 'table', columns: [
        { key: 'rank', title: '排名', width: 36, align: 'right' }, { key: 'plate', title: '车牌号', width: 70 }, { key: 'kind', title: '类别', width: 90 },
        { key: 'agency', title: '单位' }, { key: 'km', title: '里程(km)', width: 62, align: 'right' }, { key: 'qty', title: '油(电)耗', width: 62, align: 'right' },
        { key: 'per100', title: '百公里', width: 52, align: 'right' }, { key: 'norm', title: '定额', width: 46, align: 'right' },
        { key: 'dev', title: '偏离(%)', width: 52, align: 'right' },
      ], rows: d.items.map((i) => ({
        rank: i.rankInKind, plate: i.plate, kind: vehicleKinds[i.kind as keyof typeof vehicleKinds]?.zh ?? i.kind, agency: i.agencyName,
        km: i.km.toFixed(1), qty: i.litres !== null ? `${i.litres.toFixed(2)} L` : i.kwh !== null ? `${i.kwh.toFixed(2)} kWh` : null,
        per100: f2(i.lPer100km), norm: i.normLPer100km.toFixed(2), dev: i.deviationPct === null ? null : i.deviationPct.toFixed(1),
      })) },
      { kind: 'paragraph', text: '公示期内如有异议，请向机关事务管理中心车辆管理科反映。' },
    ],
  };
}

export async function disclosurePdf(d: Disclosure): Promise<Buffer> {
  return renderPdf(disclosureDocument(d));
}
