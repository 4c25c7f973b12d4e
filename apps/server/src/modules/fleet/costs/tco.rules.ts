/**
 * Total cost of ownership of a vehicle from its purchase date to `asOf`. The purchase price is
 * spread straight-line over the configurable depreciation years (dict `fleet-factor`
 * `depreciation-years`): the share of the years owned, never more than the price. Running costs are
 * the sums actually recorded (fuel and charging, completed repairs, insurance premiums, inspection
 * fees, trip tolls and parking). Per km = total ÷ km driven (odometer); per year = total ÷ years owned.
 */
export interface TcoInput {
  priceFen: number;
  purchaseDate: string;
  asOf: string;
  depreciationYears: number;
  fuelFen: number;
  repairFen: number;
  insuranceFen: number;
  inspectionFen: number;
  tollFen: number;
  parkingFen: number;
  km: number;
}

export interface Tco {
  yearsOwned: number;
  purchaseFen: number;
  fuelFen: number; repairFen: number; insuranceFen: number; inspectionFen: number; tollFen: number; parkingFen: number;
  totalFen: number;
  km: number;
  perKmFen: number | null;
  perYearFen: number | null;
}

const DAY = 86_400_000;

/** Whole days from one calendar date to another, ÷ 365 (a year of ownership = 365 days). */
export function yearsBetween(from: string, to: string): number {
  const days = Math.max(0, (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
  return days / 365;
}

export function tco(i: TcoInput): Tco {
  const yearsOwned = yearsBetween(i.purchaseDate, i.asOf);
  const purchaseFen = i.depreciationYears > 0 ? Math.round(Math.min(i.priceFen, (i.priceFen * yearsOwned) / i.depreciationYears)) : i.priceFen;
  const totalFen = purchaseFen + i.fuelFen + i.repairFen + i.insuranceFen + i.inspectionFen + i.tollFen + i.parkingFen;
  return {
    yearsOwned: Math.round(yearsOwned * 100) / 100, purchaseFen,
    fuelFen: i.fuelFen, repairFen: i.repairFen, insuranceFen: i.insuranceFen, inspectionFen: i.inspectionFen, tollFen: i.tollFen, parkingFen: i.parkingFen,
    totalFen, km: i.km,
    perKmFen: i.km > 0 ? Math.round(totalFen / i.km) : null,
    perYearFen: yearsOwned > 0 ? Math.round(totalFen / yearsOwned) : null,
  };
}
