/** Default 配备标准 and rules with their sources (domain-facts §2.3). Seeded once; edited as data afterwards. */
const SRC_2017 = '《党政机关公务用车管理办法》（中办、国办，2017-12-05施行）';
const SRC_INST = '国管局事业单位公务用车配备标准（见 http://jumpintl.com/ask/504988.html）';
const SRC_NEV = '国管资〔2024〕197号（国管局、中直管理局）';

export const defaultStandards = [
  { code: 'confidential', nameZh: '机要通信用车', nameEn: 'Confidential communication vehicle', kind: 'confidential' as const, energyClass: 'any' as const, maxSeats: null, maxPriceFen: 12_000_000, maxDisplacementL: 1.6, source: SRC_2017, note: null },
  { code: 'nev-sedan', nameZh: '新能源轿车', nameEn: 'New-energy sedan', kind: null, energyClass: 'nev' as const, maxSeats: 5, maxPriceFen: 18_000_000, maxDisplacementL: null, source: SRC_2017, note: null },
  { code: 'emergency', nameZh: '应急保障用车（一般）', nameEn: 'Emergency support vehicle', kind: 'emergency' as const, energyClass: 'ice' as const, maxSeats: 9, maxPriceFen: 18_000_000, maxDisplacementL: 1.8, source: SRC_INST, note: '[U] 事业单位标准，待确认本市执行口径' },
  { code: 'law-enforcement', nameZh: '执法执勤用车（一般）', nameEn: 'Law-enforcement vehicle', kind: 'law-enforcement' as const, energyClass: 'ice' as const, maxSeats: 9, maxPriceFen: 18_000_000, maxDisplacementL: 1.8, source: SRC_INST, note: '[U] 事业单位标准，待确认本市执行口径' },
  { code: 'other-small-bus', nameZh: '其他用车（小型、中型客车）', nameEn: 'Other (small or medium bus)', kind: 'other' as const, energyClass: 'any' as const, maxSeats: 19, maxPriceFen: 25_000_000, maxDisplacementL: 3.0, source: SRC_INST, note: '[U]' },
  { code: 'large-bus', nameZh: '大型客车及其他车型价格上限', nameEn: 'Large bus and general price ceiling', kind: null, energyClass: 'any' as const, maxSeats: null, maxPriceFen: 45_000_000, maxDisplacementL: null, source: SRC_INST, note: '[U]' },
];

export const defaultSettings = [
  { code: 'nev-share-min', nameZh: '新增及更新车辆中新能源汽车最低比例', value: 0.3, unit: 'ratio', source: SRC_NEV, note: '十四五目标，后续逐步提高' },
  { code: 'reminder-days', nameZh: '保险、年检、保养到期提前提醒天数', value: 30, unit: 'day', source: '[U] 本中心管理要求', note: null },
  { code: 'reminder-km', nameZh: '保养到期提前提醒里程', value: 500, unit: 'km', source: '[U] 本中心管理要求', note: null },
];
