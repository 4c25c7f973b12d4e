import { z } from 'zod';
import { listQuery } from '../../../platform/http/paging.js';

const text = (max: number) => z.string().trim().max(max);
const qty = z.number().positive().max(100_000).multipleOf(0.01);
const boolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
/** Years the product accepts in dates (PostgreSQL has no year 0; nothing before 1900 or after 2200 is a real entry). */
const inRange = (v: string) => { const y = Number(v.slice(0, 4)); return y >= 1900 && y <= 2200; };
export const calendarDay = z.iso.date().refine(inRange, '日期须在 1900–2200 年之间');
const instant = z.iso.datetime({ offset: true }).refine(inRange, '时间须在 1900–2200 年之间').transform((v) => new Date(v));

export const fuelRecordInput = z.strictObject({
  vehicleId: z.uuid(),
  filledAt: instant,
  odometerKm: z.number().min(0).max(9_999_999).multipleOf(0.1),
  litres: qty.nullish(),
  kwh: qty.nullish(),
  amountFen: z.number().int().min(0).max(100_000_000),
  full: z.boolean().default(true),
  missedPrevious: z.boolean().default(false),
  station: text(100).nullish(),
  cardNo: text(40).nullish(),
  notes: text(500).nullish(),
});
export const fuelRecordPatch = fuelRecordInput.omit({ vehicleId: true }).partial();
export type FuelRecordInput = z.infer<typeof fuelRecordInput>;
export type FuelRecordPatch = z.infer<typeof fuelRecordPatch>;

export const fuelRecord = z.object({
  id: z.string(), vehicleId: z.string(), plate: z.string(), energy: z.string(), agencyId: z.string(), agencyName: z.string(),
  filledAt: z.date(), odometerKm: z.number(), litres: z.number().nullable(), kwh: z.number().nullable(), amountFen: z.number().int(),
  full: z.boolean(), missedPrevious: z.boolean(), station: z.string().nullable(), cardNo: z.string().nullable(), notes: z.string().nullable(),
  flags: z.array(z.string()), createdAt: z.date(), updatedAt: z.date(),
}).meta({ id: 'FleetFuelRecord' });

export const fuelListQuery = z.strictObject({
  ...listQuery,
  vehicleId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
  from: calendarDay.optional(),
  to: calendarDay.optional(),
  kind: z.enum(['fuel', 'charge']).optional(),
  flagged: boolQuery.optional(),
  full: boolQuery.optional(),
  format: z.enum(['json', 'xlsx']).optional(),
});
export type FuelListQuery = z.infer<typeof fuelListQuery>;

export const segment = z.object({
  openId: z.string(), closeId: z.string(), openAt: z.date(), closeAt: z.date(), km: z.number(), quantity: z.number(),
  per100km: z.number(), overNorm: z.boolean(),
});
export const consumptionQuery = z.strictObject({ from: calendarDay, to: calendarDay });
export const consumption = z.object({
  vehicleId: z.string(), unit: z.enum(['L', 'kWh']), normPer100km: z.number(), margin: z.number(),
  segments: z.array(segment),
  months: z.array(z.object({ month: z.string(), km: z.number(), quantity: z.number(), per100km: z.number().nullable(), segments: z.number().int() })),
}).meta({ id: 'FleetConsumption' });

export const odometerReading = z.object({
  id: z.string(), at: z.date(), km: z.number(), source: z.string(), sourceId: z.string(), flags: z.array(z.string()), enteredAt: z.date(),
});
export const odometerQuery = z.strictObject({ page: listQuery.page, pageSize: listQuery.pageSize });
