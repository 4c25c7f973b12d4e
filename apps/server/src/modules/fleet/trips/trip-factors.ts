/**
 * Configurable factors of trips and dispatch: rows of the platform dictionary `fleet-trip-factor`
 * with effective dates and sources (DESIGN rule 8). Seeded values are placeholders marked [U].
 */
import type { Db } from '../../../platform/db/types.js';
import { seedDictionaries, type DictApi } from '../../../platform/dict/index.js';

export const FLEET_TRIP_FACTOR = 'fleet-trip-factor';
const U = '[U] 示例值，研究资料未给出；请按本地管理要求核定后在字典中修改（新增版本并设置生效日期）';
const SRC = '待核定（本地公务用车管理要求）';

export const tripFactorCodes = {
  trackRatio: 'track-mismatch-ratio',
  trackMinKm: 'track-mismatch-min-km',
  carpoolNearKm: 'carpool-near-km',
} as const;

type SeedTables = NonNullable<Parameters<typeof seedDictionaries>[1]>;

export const tripFactorTables: SeedTables = [{
  type: { code: FLEET_TRIP_FACTOR, nameZh: '出车与调度参数', nameEn: 'Trip and dispatch factors', kind: 'factor', sort: 23, description: 'GPS 轨迹与里程表差异的预警阈值、拼车“目的地相近”的距离。' },
  items: [
    { code: tripFactorCodes.trackRatio, labelZh: '轨迹里程与里程表差异预警比例', labelEn: 'GPS vs odometer difference flagged above this share', value: '0.20', unit: 'ratio', source: SRC, note: U },
    { code: tripFactorCodes.trackMinKm, labelZh: '轨迹里程差异最小预警值', labelEn: 'GPS vs odometer difference always tolerated up to', value: '2', unit: 'km', source: SRC, note: U },
    { code: tripFactorCodes.carpoolNearKm, labelZh: '拼车目的地相近距离', labelEn: 'Carpool: destinations nearer than this are near', value: '3', unit: 'km', source: SRC, note: U },
  ],
}];

/** Adds the table and its placeholder versions where missing (idempotent). */
export async function seedTripFactors(db: Db) {
  return seedDictionaries(db, tripFactorTables);
}

export async function tripFactor(dict: DictApi, code: string, on: Date, tx?: Db): Promise<number> {
  return Number((await dict.factor(FLEET_TRIP_FACTOR, code, on, tx)).value);
}
