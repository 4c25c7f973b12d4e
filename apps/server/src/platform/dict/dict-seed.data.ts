/**
 * The dictionaries the specification names (P.10), with values and sources taken from the
 * project's domain research notes (docs/domain-facts.md §2.1, §2.3–2.6). Nothing here is a figure
 * of our own: values not found there are left out (see README.md). A note starting with '[U]'
 * marks a value not yet checked against its source. Marks: [C] confirmed, [S] secondary source.
 */
import type { DictItemInput, DictTypeInput } from './dict.schemas.js';

type SeedItem = Omit<DictItemInput, 'sort' | 'active' | 'effectiveFrom'> & { effectiveFrom?: string };
export interface SeedTable { type: DictTypeInput; items: SeedItem[] }

/** Placeholder start of entries without a known effective date: "valid for as long as the platform has data". */
export const SINCE = '2000-01-01';
const SINCE_NOTE = '生效起始日期为占位（长期有效），原文实施日期未考证';

const ROOM_SRC = '《党政机关办公用房建设标准》（发改投资〔2014〕2674号）及《党政机关办公用房管理办法》（2017）；分类见 http://nanjing.bdtong.com.cn/tag/36673.html [S]';
const room = (code: string, labelZh: string, labelEn: string, parentCode?: string): SeedItem => ({ code, labelZh, labelEn, parentCode: parentCode ?? null, source: ROOM_SRC });

const VEHICLE_SRC = '《党政机关公务用车管理办法》（中办、国办，2017-12-05 施行）；http://www.ihvps.cn/blog/8118.html、http://news.0752qc.com/news-93713.html [S]';
const BODY_SRC = '国管局事业单位公务用车配备标准（机要 ≤1.6 L；其他小型客车、中型客车、大型客车）；http://jumpintl.com/ask/504988.html [S]；越野车见《党政机关公务用车管理办法》（2017）[S]';
const ENERGY_SRC = '《公共机构能源资源消费统计调查制度》（能源资源消耗状况表）；http://fsou.com/html/text/lar/173182/17318270_1.html、https://360docs.net/doc/2015903217.html [S]；2025-11-10 修订 https://ecpi.ggj.gov.cn/tzgg/202511/t20251119_48732.htm [C]';

const GBT_A2 = 'GB/T 2589-2020《综合能耗计算通则》表A.2（引自公开仓库文件，并引 GB 30251-2024）[S]';
const GBT_2008 = '来源标注为 GB/T 2589-2008 [S]';
const GBT_RECALLED = 'GB/T 2589-2020 附录A（回忆值，未对照原文）';
const U_SCE = '[U] 回忆值，须对照 GB/T 2589-2020 原文核实';

const G2021 = '生态环境部、国家统计局公告2024年第12号（2024-04-12）；http://www.hfyfsb.com/industry/elec/3596.html [S]';
const G2022 = '生态环境部、国家统计局，2024-12-20 发布的2022年电力二氧化碳排放因子；https://daydaynews.cc/zh-hant/finance/3899452.html [S]';
const G2023 = '2023年电力二氧化碳排放因子（约2026-01发布）；https://reportify.ai/tags/concept?tagValue=%E7%94%B5%E5%8A%9B%E4%BA%8C%E6%B0%A7%E5%8C%96%E7%A2%B3%E6%8E%92%E6%94%BE%E5%9B%A0%E5%AD%90 [S]';
const LATEST_NOTE = '[U] 最新年度因子延用至下一年度因子录入为止；各年度因子适用于哪一统计年度的口径待确认';

const grids: Array<[code: string, zh: string, en: string]> = [
  ['grid-national', '全国电网平均', 'National grid average'],
  ['grid-national-excl-market-nonfossil', '全国电力平均（不含市场化交易非化石能源电量）', 'National average excluding market-traded non-fossil power'],
  ['grid-national-fossil', '全国化石能源电力', 'National fossil-fuel power'],
  ['grid-east-china', '华东区域电网', 'East China grid'],
  ['grid-north-china', '华北区域电网', 'North China grid'],
  ['grid-northeast-china', '东北区域电网', 'Northeast China grid'],
  ['grid-central-china', '华中区域电网', 'Central China grid'],
  ['grid-northwest-china', '西北区域电网', 'Northwest China grid'],
  ['grid-south-china', '南方区域电网', 'South China grid'],
  ['grid-southwest-china', '西南区域电网', 'Southwest China grid'],
];
/** kgCO₂/kWh by grid and year, exactly as in domain-facts §2.6. */
const gridFactors: Array<[code: string, year: number, value: string, source: string]> = [
  ['grid-national', 2021, '0.5568', G2021],
  ['grid-national', 2022, '0.5366', G2022],
  ['grid-national', 2023, '0.5306', G2023],
  ['grid-national-excl-market-nonfossil', 2022, '0.5856', G2022],
  ['grid-national-fossil', 2021, '0.8426', G2022],
  ['grid-national-fossil', 2022, '0.8325', G2022],
  ['grid-east-china', 2022, '0.5617', G2022],
  ['grid-east-china', 2023, '0.5500', G2023],
  ['grid-north-china', 2022, '0.6776', G2022],
  ['grid-north-china', 2023, '0.6361', G2023],
  ['grid-northeast-china', 2022, '0.5564', G2022],
  ['grid-northeast-china', 2023, '0.5122', G2023],
  ['grid-central-china', 2022, '0.5395', G2022],
  ['grid-central-china', 2023, '0.5271', G2023],
  ['grid-northwest-china', 2022, '0.5857', G2022],
  ['grid-northwest-china', 2023, '0.5543', G2023],
  ['grid-south-china', 2022, '0.3869', G2022],
  ['grid-southwest-china', 2022, '0.2268', G2022],
];

/** Each year's factor applies to that calendar year; the latest year of a grid stays open-ended. */
function byYear(): SeedItem[] {
  const latest = new Map<string, number>();
  for (const [code, year] of gridFactors) latest.set(code, Math.max(latest.get(code) ?? 0, year));
  return gridFactors.map(([code, year, value, source]) => {
    const [, zh, en] = grids.find((g) => g[0] === code)!;
    const open = latest.get(code) === year;
    return {
      code, labelZh: zh, labelEn: en, value, unit: 'kgCO2/kWh', year, source,
      effectiveFrom: `${year}-01-01`, effectiveTo: open ? null : `${year}-12-31`, note: open ? LATEST_NOTE : null,
    };
  });
}

export const seedTables: SeedTable[] = [
  {
    type: { code: 'room-use', nameZh: '房间用途', nameEn: 'Room uses', kind: 'code', sort: 10, description: '办公用房 = 办公室用房、服务用房、设备用房、附属用房（两级）。' },
    items: [
      room('office', '办公室用房', 'Office rooms'),
      room('office-staff', '一般工作人员办公室', 'Staff office', 'office'),
      room('office-leader', '领导人员办公室', 'Leader office', 'office'),
      room('service', '服务用房', 'Service rooms'),
      room('meeting', '会议室', 'Meeting room', 'service'),
      room('reception', '接待室', 'Reception room', 'service'),
      room('archive', '档案室', 'Archive room', 'service'),
      room('printing', '文印室', 'Print room', 'service'),
      room('reference', '资料室', 'Reference room', 'service'),
      room('mailroom', '收发室', 'Mail room', 'service'),
      room('computer', '计算机房', 'Computer room', 'service'),
      room('storage', '储藏室', 'Storage room', 'service'),
      room('toilet', '卫生间', 'Toilet', 'service'),
      room('service-staff', '公勤人员用房', 'Service staff room', 'service'),
      room('guard', '警卫用房', 'Guard room', 'service'),
      room('equipment', '设备用房', 'Equipment rooms'),
      room('ancillary', '附属用房', 'Ancillary rooms'),
      room('canteen', '食堂', 'Canteen', 'ancillary'),
      room('garage', '汽车库', 'Garage', 'ancillary'),
      room('civil-defence', '人防设施', 'Civil air defence', 'ancillary'),
      room('fire-protection', '消防设施', 'Fire protection', 'ancillary'),
    ],
  },
  {
    type: { code: 'vehicle-kind', nameZh: '公务用车类别', nameEn: 'Official vehicle kinds', kind: 'code', sort: 20, description: '按《党政机关公务用车管理办法》（2017）划分的用途类别。' },
    items: [
      { code: 'confidential-comms', labelZh: '机要通信用车', labelEn: 'Confidential communications', source: VEHICLE_SRC },
      { code: 'emergency', labelZh: '应急保障用车', labelEn: 'Emergency support', source: VEHICLE_SRC },
      { code: 'law-enforcement', labelZh: '执法执勤用车', labelEn: 'Law enforcement and duty', source: VEHICLE_SRC },
      { code: 'special-technical', labelZh: '特种专业技术用车', labelEn: 'Special technical', source: VEHICLE_SRC },
      { code: 'other', labelZh: '其他按规定配备的公务用车', labelEn: 'Other vehicles as provided', source: VEHICLE_SRC },
    ],
  },
  {
    type: { code: 'vehicle-body', nameZh: '公务用车车型', nameEn: 'Official vehicle body types', kind: 'code', sort: 21, description: '配备标准中出现的车型。' },
    items: [
      { code: 'sedan', labelZh: '轿车', labelEn: 'Sedan', source: BODY_SRC },
      { code: 'off-road', labelZh: '越野车', labelEn: 'Off-road vehicle', source: BODY_SRC },
      { code: 'small-bus', labelZh: '小型客车', labelEn: 'Small passenger vehicle', source: BODY_SRC },
      { code: 'medium-bus', labelZh: '中型客车', labelEn: 'Medium bus', source: BODY_SRC },
      { code: 'large-bus', labelZh: '大型客车', labelEn: 'Large bus', source: BODY_SRC },
    ],
  },
  {
    type: { code: 'energy-kind', nameZh: '能源资源种类', nameEn: 'Energy and resource kinds', kind: 'code', sort: 30, description: '公共机构能源资源消费统计的品种；单位为统计口径单位（未考证者留空）。' },
    items: [
      { code: 'electricity', labelZh: '电', labelEn: 'Electricity', unit: 'kWh', source: ENERGY_SRC },
      { code: 'water', labelZh: '水（自来水、自备井）', labelEn: 'Water (mains and own wells)', unit: 'm³', source: `${ENERGY_SRC}；单位据《"十四五"公共机构节约能源资源工作规划》 [S]` },
      { code: 'coal', labelZh: '煤炭', labelEn: 'Coal', unit: 't', source: `${ENERGY_SRC}；2015 年修订“原煤”改称“煤炭” http://bhygbaby.com/paper/189931179.html [S]` },
      { code: 'natural-gas', labelZh: '天然气', labelEn: 'Natural gas', unit: 'm³', source: ENERGY_SRC },
      { code: 'lpg', labelZh: '液化石油气', labelEn: 'Liquefied petroleum gas', source: ENERGY_SRC },
      { code: 'town-gas', labelZh: '人工煤气', labelEn: 'Manufactured gas', source: ENERGY_SRC },
      { code: 'heat', labelZh: '集中供热耗热量（按热量收费）', labelEn: 'District heat (billed by heat)', source: `${ENERGY_SRC}；仅计量时填报` },
      { code: 'gasoline', labelZh: '汽油', labelEn: 'Gasoline', unit: 'L', source: `${ENERGY_SRC}；以升计` },
      { code: 'diesel', labelZh: '柴油', labelEn: 'Diesel', unit: 'L', source: `${ENERGY_SRC}；以升计` },
      { code: 'kerosene', labelZh: '煤油', labelEn: 'Kerosene', source: ENERGY_SRC },
      { code: 'other', labelZh: '其他能源（折标准煤）', labelEn: 'Other energy (as coal equivalent)', unit: 'tce', source: ENERGY_SRC },
    ],
  },
  {
    type: { code: 'energy-sce-coefficient', nameZh: '能源折标准煤系数', nameEn: 'Coal-equivalent conversion coefficients', kind: 'factor', unit: 'kgce', sort: 31, description: 'GB/T 2589-2020 折标准煤系数。1 kgce = 29 307.6 kJ。电力等价值、汽油柴油升→千克密度未录入（未考证）。' },
    items: [
      { code: 'electricity-calorific', labelZh: '电力（当量值）', labelEn: 'Electricity (calorific equivalent)', value: '0.1229', unit: 'kgce/kWh', year: 2020, source: GBT_A2, note: `[U] 公共机构统计采用当量值还是等价值未确认；${SINCE_NOTE}` },
      { code: 'natural-gas-gasfield', labelZh: '气田天然气', labelEn: 'Natural gas (gas field)', value: '1.2143', unit: 'kgce/m³', year: 2008, source: GBT_2008, note: `[U] 2020 版可能改为区间（约 1.1000–1.3300 kgce/m³），待核实；${SINCE_NOTE}` },
      { code: 'natural-gas-oilfield', labelZh: '油田天然气', labelEn: 'Natural gas (oil field)', value: '1.3300', unit: 'kgce/m³', year: 2008, source: GBT_2008, note: `[U] 2020 版可能改为区间，待核实；${SINCE_NOTE}` },
      { code: 'raw-coal', labelZh: '原煤', labelEn: 'Raw coal', value: '0.7143', unit: 'kgce/kg', year: 2020, source: GBT_RECALLED, note: `${U_SCE}（20 908 kJ/kg）；${SINCE_NOTE}` },
      { code: 'coke', labelZh: '焦炭', labelEn: 'Coke', value: '0.9714', unit: 'kgce/kg', year: 2020, source: GBT_RECALLED, note: `${U_SCE}；${SINCE_NOTE}` },
      { code: 'crude-oil', labelZh: '原油', labelEn: 'Crude oil', value: '1.4286', unit: 'kgce/kg', year: 2020, source: GBT_RECALLED, note: `${U_SCE}；${SINCE_NOTE}` },
      { code: 'fuel-oil', labelZh: '燃料油', labelEn: 'Fuel oil', value: '1.4286', unit: 'kgce/kg', year: 2020, source: GBT_RECALLED, note: `${U_SCE}；${SINCE_NOTE}` },
      { code: 'gasoline', labelZh: '汽油', labelEn: 'Gasoline', value: '1.4714', unit: 'kgce/kg', year: 2020, source: GBT_RECALLED, note: `${U_SCE}（43 070 kJ/kg）；统计以升计，升→千克密度未考证；${SINCE_NOTE}` },
      { code: 'kerosene', labelZh: '煤油', labelEn: 'Kerosene', value: '1.4714', unit: 'kgce/kg', year: 2020, source: GBT_RECALLED, note: `${U_SCE}；${SINCE_NOTE}` },
      { code: 'diesel', labelZh: '柴油', labelEn: 'Diesel', value: '1.4571', unit: 'kgce/kg', year: 2020, source: GBT_RECALLED, note: `${U_SCE}（42 652 kJ/kg）；统计以升计，升→千克密度未考证；${SINCE_NOTE}` },
      { code: 'lpg', labelZh: '液化石油气', labelEn: 'Liquefied petroleum gas', value: '1.7143', unit: 'kgce/kg', year: 2020, source: GBT_RECALLED, note: `${U_SCE}（50 179 kJ/kg）；${SINCE_NOTE}` },
      { code: 'heat', labelZh: '热力', labelEn: 'Heat', value: '0.03412', unit: 'kgce/MJ', year: 2020, source: GBT_RECALLED, note: `${U_SCE}（= 34.12 kgce/GJ）；${SINCE_NOTE}` },
    ],
  },
  {
    type: { code: 'co2-emission-factor', nameZh: '二氧化碳排放因子', nameEn: 'CO₂ emission factors', kind: 'factor', sort: 32, description: '电网平均排放因子按年度（全国、区域、两种全国口径）；燃料因子为未核实的第三方取值。浙江省级电网因子未找到。' },
    items: [
      ...byYear(),
      { code: 'gasoline', labelZh: '汽油', labelEn: 'Gasoline', value: '3.04', unit: 'tCO2/t', source: '第三方代码中的取值，无权威来源', note: `[U] 无权威来源；建议取自国家温室气体排放因子数据库或国管局/浙江公共机构碳排放核算指南；${SINCE_NOTE}` },
      { code: 'diesel', labelZh: '柴油', labelEn: 'Diesel', value: '3.15', unit: 'tCO2/t', source: '第三方代码中的取值，无权威来源', note: `[U] 无权威来源；建议取自国家温室气体排放因子数据库或国管局/浙江公共机构碳排放核算指南；${SINCE_NOTE}` },
    ],
  },
  {
    type: { code: 'asset-class', nameZh: '资产分类（GB/T 14885-2022）', nameEn: 'Asset classes (GB/T 14885-2022)', kind: 'code', sort: 40, description: '按 GB/T 14885-2022 分类。条目须按标准原文录入：研究资料中未收录其门类与代码。' },
    items: [],
  },
];
