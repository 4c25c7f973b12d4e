/** Sizes of the synthetic tenants. */
export interface Scale {
  name: string;
  /** Regions, the first is the root. */
  regions: number;
  agencies: number;
  /** Mean number of departments per agency. */
  departmentsPerAgency: number;
  people: number;
  /** Records in the audit trail (hash-chained like the product's). */
  auditRecords: number;
  /** Extra accounts for the login storm (each signs in with the bench password). */
  loginAccounts: number;
  /** 公务用车: vehicles, returned trips over the year before the bench month, and open approved requests to dispatch. */
  vehicles: number;
  trips: number;
  dispatchRequests: number;
  /** 房产: office rooms (people share them, two on average). */
  rooms: number;
}

export const scales: Record<string, Scale> = {
  smoke: { name: 'smoke', regions: 2, agencies: 50, departmentsPerAgency: 3, people: 2_000, auditRecords: 2_000, loginAccounts: 4, vehicles: 100, trips: 5_000, dispatchRequests: 5_000, rooms: 1_000 },
  city: { name: 'city', regions: 5, agencies: 600, departmentsPerAgency: 3, people: 40_000, auditRecords: 100_000, loginAccounts: 20, vehicles: 2_000, trips: 200_000, dispatchRequests: 10_000, rooms: 20_000 },
  province: { name: 'province', regions: 20, agencies: 3_000, departmentsPerAgency: 3, people: 200_000, auditRecords: 500_000, loginAccounts: 20, vehicles: 20_000, trips: 2_000_000, dispatchRequests: 20_000, rooms: 100_000 },
};

export function scaleOf(name: string): Scale {
  const s = scales[name];
  if (!s) throw new Error(`unknown scale "${name}" (one of: ${Object.keys(scales).join(', ')})`);
  return s;
}
