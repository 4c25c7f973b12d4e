/** 车辆使用率 (pure): days used / days available, and the bottom list of agencies by km per stationed vehicle. */

export const dayCount = (from: string, to: string) => Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** Rate with 4 decimals; 0 when nothing was available. */
export function utilisation(daysUsed: number, daysAvailable: number): number {
  if (daysAvailable <= 0) return 0;
  return Math.round((Math.min(daysUsed, daysAvailable) / daysAvailable) * 10000) / 10000;
}

export interface AgencyMileage { agencyId: string; agencyName: string; vehicles: number; km: number }

/**
 * 驻点车辆使用里程后列单位: agencies with at least one stationed vehicle, ranked by km per vehicle
 * ascending (ties: fewer km first, then name), the first `limit`.
 */
export function bottomAgencies<T extends AgencyMileage>(rows: readonly T[], limit: number) {
  return rows.filter((r) => r.vehicles > 0)
    .map((r) => ({ ...r, kmPerVehicle: Math.round((r.km / r.vehicles) * 10) / 10 }))
    .sort((a, b) => a.kmPerVehicle - b.kmPerVehicle || a.km - b.km || a.agencyName.localeCompare(b.agencyName, 'zh-CN'))
    .slice(0, limit)
    .map((r, i) => ({ rank: i + 1, ...r }));
}
