/** Pure rules of 配备标准 and 编制 (no database): which standards apply and which limits a vehicle breaks. */
import { isNewEnergy } from '../db/vehicles.table.js';

export interface StandardRule {
  code: string;
  nameZh: string;
  kind: string | null;
  energyClass: 'any' | 'nev' | 'ice';
  maxSeats: number | null;
  maxPriceFen: number | null;
  maxDisplacementL: number | null;
  source: string;
}

export interface VehicleFacts {
  kind: string;
  energy: string;
  seats: number;
  priceFen: number;
  displacementL: number | null;
}

export interface Breach {
  /** e.g. 'standard:confidential:price', 'standard:nev-sedan:price', 'quota:emergency' */
  rule: string;
  zh: string;
  en: string;
  limit: number;
  actual: number;
}

export function applies(s: StandardRule, v: VehicleFacts): boolean {
  if (s.kind && s.kind !== v.kind) return false;
  const nev = isNewEnergy(v.energy);
  if (s.energyClass === 'nev' && !nev) return false;
  if (s.energyClass === 'ice' && nev) return false;
  if (s.maxSeats !== null && v.seats > s.maxSeats) return false;
  return true;
}

const yuan = (fen: number) => `${(fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}元`;

/** Every price/displacement limit of an applicable standard that the vehicle exceeds. */
export function standardBreaches(v: VehicleFacts, standards: readonly StandardRule[]): Breach[] {
  const out: Breach[] = [];
  for (const s of standards) {
    if (!applies(s, v)) continue;
    if (s.maxPriceFen !== null && v.priceFen > s.maxPriceFen) {
      out.push({
        rule: `standard:${s.code}:price`, limit: s.maxPriceFen, actual: v.priceFen,
        zh: `超过配备标准“${s.nameZh}”：价格上限${yuan(s.maxPriceFen)}，本车${yuan(v.priceFen)}（依据：${s.source}）`,
        en: `Above the standard ${s.code}: price limit ${s.maxPriceFen / 100} yuan, this vehicle ${v.priceFen / 100} yuan`,
      });
    }
    if (s.maxDisplacementL !== null && v.displacementL !== null && v.displacementL > s.maxDisplacementL) {
      out.push({
        rule: `standard:${s.code}:displacement`, limit: s.maxDisplacementL, actual: v.displacementL,
        zh: `超过配备标准“${s.nameZh}”：排气量上限${s.maxDisplacementL}L，本车${v.displacementL}L（依据：${s.source}）`,
        en: `Above the standard ${s.code}: displacement limit ${s.maxDisplacementL} L, this vehicle ${v.displacementL} L`,
      });
    }
  }
  return out;
}

/**
 * 编制: an agency may hold `quota` vehicles of a kind; `held` counts its vehicles of that kind
 * not yet disposed of. A missing quota is a quota of 0 (no 编制 approved).
 */
export function quotaBreach(kind: string, kindZh: string, quota: number | null, held: number): Breach | null {
  const limit = quota ?? 0;
  if (held + 1 <= limit) return null;
  return {
    rule: `quota:${kind}`, limit, actual: held + 1,
    zh: quota === null ? `超编：本单位未核定“${kindZh}”编制（编制数0）` : `超编：本单位“${kindZh}”编制${limit}辆，已有${held}辆`,
    en: quota === null ? `Beyond quota: the agency has no approved quota for ${kind} (0)` : `Beyond quota: the agency's quota for ${kind} is ${limit}, it holds ${held}`,
  };
}

/** NEV share: count / total (0 when there is nothing to count), compared with the minimum share. */
export function nevShare(nev: number, total: number, minShare: number) {
  const share = total === 0 ? 0 : nev / total;
  return { nev, total, share: Math.round(share * 10000) / 10000, minShare, meets: total === 0 ? true : share >= minShare };
}
