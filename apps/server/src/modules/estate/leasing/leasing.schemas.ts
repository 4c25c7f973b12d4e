import { z } from 'zod';
import { listQuery } from '../../../platform/http/paging.js';
import { isoDate } from '../../../platform/http/schemas.js';
import { contractStatuses, listingStatuses } from '../db/leasing.table.js';

const fen = z.number().int().min(0).max(10_000_000_000);
export const listing = z.object({
  id: z.string(), agencyId: z.string(), agencyName: z.string(), buildingId: z.string(), buildingName: z.string(), roomId: z.string().nullable(), title: z.string(),
  areaM2: z.string(), askingMonthlyRentFen: z.number().int(), status: z.string(), description: z.string().nullable(), createdAt: z.date(),
}).meta({ id: 'EstateLeaseListing' });
export const listingBody = z.strictObject({
  agencyId: z.uuid(), buildingId: z.uuid(), roomId: z.uuid().nullish(), title: z.string().trim().min(2).max(100),
  areaM2: z.number().positive().max(1_000_000), askingMonthlyRentFen: fen, description: z.string().trim().max(1000).nullish(),
});
export const listingQuery = z.strictObject({ ...listQuery, status: z.enum(listingStatuses).optional(), agencyId: z.uuid().optional() });
export const listingStatusBody = z.strictObject({ status: z.enum(['open', 'withdrawn']) });

export const lessee = z.object({
  id: z.string(), agencyId: z.string(), name: z.string(), kind: z.string(), creditCode: z.string().nullable(), contactName: z.string().nullable(),
  contactPhone: z.string().nullable(), note: z.string().nullable(), createdAt: z.date(),
}).meta({ id: 'EstateLessee' });
export const lesseeBody = z.strictObject({
  agencyId: z.uuid(), name: z.string().trim().min(2).max(100), kind: z.enum(['company', 'person']).default('company'),
  creditCode: z.string().trim().regex(/^[0-9A-Z]{18}$/, '统一社会信用代码应为18位数字或大写字母').nullish(),
  contactName: z.string().trim().max(50).nullish(), contactPhone: z.string().trim().max(30).nullish(), note: z.string().trim().max(500).nullish(),
});
export const lesseeQuery = z.strictObject({ ...listQuery, agencyId: z.uuid().optional() });

export const contract = z.object({
  id: z.string(), code: z.string(), listingId: z.string(), listingTitle: z.string(), agencyId: z.string(), agencyName: z.string(), lesseeId: z.string(), lesseeName: z.string(),
  startsOn: z.string(), endsOn: z.string(), monthlyRentFen: z.number().int(), depositFen: z.number().int(), cycleMonths: z.number().int(), status: z.string(),
  signedOn: z.string().nullable(), note: z.string().nullable(),
}).meta({ id: 'EstateLeaseContract' });
export const contractBody = z.strictObject({
  code: z.string().trim().min(2).max(40), listingId: z.uuid(), lesseeId: z.uuid(), startsOn: isoDate, endsOn: isoDate,
  monthlyRentFen: fen.min(1), depositFen: fen.default(0), cycleMonths: z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(12)]),
  signedOn: isoDate.nullish(), note: z.string().trim().max(500).nullish(),
});
export const contractQuery = z.strictObject({ ...listQuery, status: z.enum(contractStatuses).optional(), agencyId: z.uuid().optional(), endingBefore: isoDate.optional() });
export const receipt = z.object({
  id: z.string(), contractId: z.string(), paidOn: z.string(), amountFen: z.number().int(), method: z.string(), receiptNo: z.string().nullable(), note: z.string().nullable(), createdAt: z.date(),
}).meta({ id: 'EstateRentReceipt' });
export const contractDetail = contract.extend({
  schedule: z.array(z.object({ seq: z.number().int(), periodStart: z.string(), periodEnd: z.string(), dueOn: z.string(), amountFen: z.number().int(), paidFen: z.number().int() })),
  receipts: z.array(receipt.omit({ createdAt: true }).extend({ createdAt: z.date(), createdBy: z.string().nullable() })),
  totalRentFen: z.number().int(), receivedFen: z.number().int(), overdueFen: z.number().int(),
}).meta({ id: 'EstateLeaseContractDetail' });
export const receiptBody = z.strictObject({
  paidOn: isoDate, amountFen: fen.min(1), method: z.enum(['transfer', 'cash', 'cheque', 'other']).default('transfer'),
  receiptNo: z.string().trim().max(40).nullish(), note: z.string().trim().max(500).nullish(),
});
export const terminateBody = z.strictObject({ endedOn: isoDate, reason: z.string().trim().min(2).max(500) });
export const arrearsQuery = z.strictObject({ ...listQuery, asOf: isoDate, agencyId: z.uuid().optional() });
export const arrearsRow = z.object({
  contractId: z.string(), code: z.string(), agencyName: z.string(), lesseeName: z.string(), listingTitle: z.string(), overdueFen: z.number().int(),
  instalments: z.number().int(), oldestDueOn: z.string(), maxDaysOverdue: z.number().int(),
}).meta({ id: 'EstateRentArrears' });
