import { z } from 'zod';
import { afterQuery, listQuery } from '../../../platform/http/paging.js';
import { vehicleEnergyCodes, vehicleKindCodes, vehicleStatusCodes } from '../db/vehicles.table.js';
import { day, km } from '../core/schemas.js';

const instant = z.iso.datetime({ offset: true });

/** 浙L·12345 / 浙L12345 / 浙LD12345 (new-energy plates have 6 characters after the letter). Stored with the middle dot. */
export const PLATE = /^[\u4e00-\u9fa5][A-Z]·?[A-Z0-9]{5,6}$/;
export const normalizePlate = (p: string) => {
  const s = p.trim().toUpperCase().replace(/\s/g, '').replace('•', '·');
  return s.includes('·') ? s : `${s.slice(0, 2)}·${s.slice(2)}`;
};

export const vehicleInput = z.object({
  plate: z.string().trim().regex(PLATE, '车牌号格式应为“浙L·12345”'),
  vin: z.string().trim().regex(/^[A-HJ-NPR-Z0-9]{17}$/, '车架号应为17位（不含I、O、Q）').nullish(),
  brand: z.string().trim().min(1).max(50),
  model: z.string().trim().min(1).max(80),
  kind: z.enum(vehicleKindCodes),
  energy: z.enum(vehicleEnergyCodes),
  displacementL: z.number().min(0).max(99.99).nullish(),
  priceFen: z.number().int().min(0),
  purchaseDate: day,
  agencyId: z.uuid(),
  seats: z.number().int().min(1).max(80),
  tankLitres: z.number().min(0).max(99999).nullish(),
  batteryKwh: z.number().min(0).max(99999).nullish(),
  normPer100km: z.number().min(0).max(9999),
  insuranceDue: day.nullish(),
  inspectionDue: day.nullish(),
  gpsTerminalId: z.string().trim().max(50).nullish(),
  nextServiceKm: km.nullish(),
  nextServiceDate: day.nullish(),
  notes: z.string().max(2000).nullish(),
  /** An approved 超标/超编 request that allows this registration. */
  overrideRequestId: z.uuid().nullish(),
});
export type VehicleInput = z.infer<typeof vehicleInput>;
export const vehiclePatch = vehicleInput.omit({ overrideRequestId: true }).partial();
export type VehiclePatch = z.infer<typeof vehiclePatch>;

export const vehicle = z.object({
  id: z.string(), plate: z.string(), vin: z.string().nullable(), brand: z.string(), model: z.string(),
  kind: z.string(), energy: z.string(), displacementL: z.number().nullable(), priceFen: z.number().int(),
  purchaseDate: z.string(), agencyId: z.string(), agencyName: z.string(), seats: z.number().int(),
  tankLitres: z.number().nullable(), batteryKwh: z.number().nullable(), normPer100km: z.number(), status: z.string(),
  insuranceDue: z.string().nullable(), inspectionDue: z.string().nullable(), gpsTerminalId: z.string().nullable(),
  nextServiceKm: z.number().int().nullable(), nextServiceDate: z.string().nullable(), overrideRequestId: z.string().nullable(),
  notes: z.string().nullable(), isNewEnergy: z.boolean(), createdAt: instant, updatedAt: instant,
}).meta({ id: 'FleetVehicle' });
export type Vehicle = z.infer<typeof vehicle>;

export const vehicleListQuery = z.object({
  ...listQuery, ...afterQuery,
  kind: z.enum(vehicleKindCodes).optional(),
  energy: z.enum(vehicleEnergyCodes).optional(),
  status: z.enum(vehicleStatusCodes).optional(),
  agencyId: z.uuid().optional(),
  newEnergy: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  format: z.enum(['json', 'xlsx']).optional(),
});
export type VehicleFilter = Omit<z.infer<typeof vehicleListQuery>, 'page' | 'pageSize' | 'format'>;

export const statusActions = ['seal', 'unseal', 'suspend', 'resume', 'send-to-repair', 'return-from-repair', 'mark-for-disposal', 'dispose'] as const;
export type StatusAction = (typeof statusActions)[number];

export const statusChangeInput = z.object({
  reason: z.string().trim().max(500).nullish(),
  /** 处置 only: 接收方, 处置方式 and 文号, and the scanned hand-over documents (file ids, use fleet.vehicle.document). */
  receivingParty: z.string().trim().min(1).max(200).nullish(),
  disposalMethod: z.enum(['auction', 'transfer', 'scrap', 'warehouse']).nullish(),
  documentNo: z.string().trim().max(100).nullish(),
  documentFileIds: z.array(z.uuid()).max(20).optional(),
});
export type StatusChangeInput = z.infer<typeof statusChangeInput>;

export const statusChange = z.object({
  id: z.string(), vehicleId: z.string(), fromStatus: z.string(), toStatus: z.string(), at: instant, reason: z.string().nullable(),
  receivingParty: z.string().nullable(), disposalMethod: z.string().nullable(), documentNo: z.string().nullable(),
}).meta({ id: 'FleetVehicleStatusChange' });

export const attachInput = z.object({ kind: z.enum(['photo', 'document']), fileIds: z.array(z.uuid()).min(1).max(20) });
export const fileItem = z.object({ id: z.string(), use: z.string(), filename: z.string(), mime: z.string(), sizeBytes: z.number(), createdAt: instant });
