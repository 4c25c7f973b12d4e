import { z } from 'zod';
import { listQuery } from '../../../platform/http/paging.js';

export const month = z.string().regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM（1900–2199 年）');

export const disclosureQuery = z.strictObject({
  month,
  agencyId: z.uuid().optional(),
  kind: z.string().max(40).optional(),
  page: listQuery.page,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  format: z.enum(['json', 'xlsx']).optional(),
});
export const disclosurePdfQuery = z.strictObject({ month, agencyId: z.uuid().optional(), kind: z.string().max(40).optional() });

export const disclosureRow = z.object({
  vehicleId: z.string(), plate: z.string(), kind: z.string(), energy: z.string(), unit: z.enum(['L', 'kWh']), agencyId: z.string(), agencyName: z.string(),
  km: z.number(), trips: z.number().int(), segmentKm: z.number(), litres: z.number().nullable(), kwh: z.number().nullable(),
  lPer100km: z.number().nullable(), normLPer100km: z.number(), deviationPct: z.number().nullable(), rankInKind: z.number().int(),
  filledQty: z.number(), amountFen: z.number().int(),
}).meta({ id: 'FleetDisclosureRow' });

export const disclosurePage = z.object({
  month: z.string(), source: z.enum(['snapshot', 'live']), items: z.array(disclosureRow), total: z.number().int(),
}).meta({ id: 'FleetDisclosure' });

export const rewardRow = disclosureRow.extend({ priceFen: z.number(), rate: z.number(), savedQty: z.number(), rewardFen: z.number().int() });
export const rewardPage = z.object({
  month: z.string(), source: z.enum(['snapshot', 'live']), rate: z.number(), penalties: z.boolean(),
  items: z.array(rewardRow), total: z.number().int(), totalRewardFen: z.number().int(),
}).meta({ id: 'FleetFuelRewards' });
