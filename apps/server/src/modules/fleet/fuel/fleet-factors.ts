/**
 * Configurable factors of the fuel, disclosure and cost rules: rows of the platform dictionary
 * `fleet-factor` with effective dates and sources (DESIGN rule 8), never constants in code.
 * The seeded values are placeholders marked [U]: the research notes give none (domain-facts §2.3
 * only says a 耗油公示 and 奖惩 system is required) — the administrator enters the local values.
 */
import type { Db } from '../../../platform/db/types.js';
import { seedDictionaries, type DictApi } from '../../../platform/dict/index.js';

export const FLEET_FACTOR = 'fleet-factor';

const U = '[U] 示例值，研究资料未给出；请按本地规定核定后在字典中修改（新增版本并设置生效日期）';
const SRC = '待核定（公务用车管理办法仅要求建立耗油公示和奖惩制度）';

export const fleetFactorCodes = {
  maxKmPerHour: 'odometer-max-km-per-hour',
  normMargin: 'consumption-norm-margin',
  rewardRate: 'fuel-reward-rate',
  penaltyEnabled: 'fuel-penalty-enabled',
  depreciationYears: 'depreciation-years',
} as const;

/** Price of one litre (kWh, kg) by vehicle energy, fen per unit: `fuel-price-<energy>`. */
export const priceCode = (energy: string) => `fuel-price-${energy}`;

type SeedTables = NonNullable<Parameters<typeof seedDictionaries>[1]>;

export const fleetFactorTables: SeedTables = [{
  type: { code: FLEET_FACTOR, nameZh: '公务用车核算参数', nameEn: 'Fleet costing factors', kind: 'factor', sort: 22, description: '里程合理性、油耗超标幅度、节油奖比例、油价（分/升、分/千瓦时）、折旧年限。' },
  items: [
    { code: fleetFactorCodes.maxKmPerHour, labelZh: '里程表合理车速上限', labelEn: 'Plausible speed limit between odometer readings', value: '150', unit: 'km/h', source: SRC, note: U },
    { code: fleetFactorCodes.normMargin, labelZh: '油耗超定额预警幅度', labelEn: 'Margin above the norm before a segment is flagged', value: '0.10', unit: 'ratio', source: SRC, note: U },
    { code: fleetFactorCodes.rewardRate, labelZh: '节油奖励比例', labelEn: 'Share of the saved fuel value paid as reward', value: '0.50', unit: 'ratio', source: SRC, note: U },
    { code: fleetFactorCodes.penaltyEnabled, labelZh: '超耗扣罚（1 启用，0 不启用）', labelEn: 'Penalties for over-consumption (1 on, 0 off)', value: '0', unit: 'flag', source: SRC, note: U },
    { code: fleetFactorCodes.depreciationYears, labelZh: '车辆购置费直线折旧年限', labelEn: 'Straight-line depreciation years of the purchase price', value: '8', unit: 'year', source: '常见说法8年，未见正式文件（domain-facts §2.3 [U]）', note: U },
    { code: priceCode('gasoline'), labelZh: '汽油价格', labelEn: 'Gasoline price', value: '780', unit: 'fen/L', source: SRC, note: U },
    { code: priceCode('diesel'), labelZh: '柴油价格', labelEn: 'Diesel price', value: '750', unit: 'fen/L', source: SRC, note: U },
    { code: priceCode('phev'), labelZh: '插混车用汽油价格', labelEn: 'Plug-in hybrid fuel price', value: '780', unit: 'fen/L', source: SRC, note: U },
    { code: priceCode('bev'), labelZh: '充电价格', labelEn: 'Charging price', value: '120', unit: 'fen/kWh', source: SRC, note: U },
    { code: priceCode('erev'), labelZh: '增程车充电价格', labelEn: 'Range-extender charging price', value: '120', unit: 'fen/kWh', source: SRC, note: U },
    { code: priceCode('hydrogen'), labelZh: '氢气价格', labelEn: 'Hydrogen price', value: '3500', unit: 'fen/kg', source: SRC, note: U },
  ],
}];

/** Adds the fleet factor table and its placeholder versions where missing (idempotent). */
export async function seedFleetFactors(db: Db) {
  return seedDictionaries(db, fleetFactorTables);
}

/** The factor applying on a date, as a number; throws 422 DICT_FACTOR_MISSING when none applies. */
export async function fleetFactor(dict: DictApi, code: string, on: Date | string, tx?: Db): Promise<number> {
  return Number((await dict.factor(FLEET_FACTOR, code, on, tx)).value);
}

/** The odometer rules on a date (from the dictionary). */
export async function odometerRulesOn(dict: DictApi, on: Date, tx?: Db) {
  return { maxKmPerHour: await fleetFactor(dict, fleetFactorCodes.maxKmPerHour, on, tx) };
}
