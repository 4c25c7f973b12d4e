import { bigint, date, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';

/** 《党政机关公务用车管理办法》(2017) 的车辆类别. */
export const vehicleKinds = {
  confidential: { zh: '机要通信用车', en: 'Confidential communication' },
  emergency: { zh: '应急保障用车', en: 'Emergency support' },
  'law-enforcement': { zh: '执法执勤用车', en: 'Law enforcement' },
  special: { zh: '特种专业技术用车', en: 'Special technical' },
  other: { zh: '其他按规定配备用车', en: 'Other' },
} as const;
export type VehicleKind = keyof typeof vehicleKinds;
export const vehicleKindCodes = Object.keys(vehicleKinds) as [VehicleKind, ...VehicleKind[]];

export const vehicleEnergies = {
  gasoline: { zh: '汽油', en: 'Gasoline', unit: 'L' },
  diesel: { zh: '柴油', en: 'Diesel', unit: 'L' },
  bev: { zh: '纯电动', en: 'Battery electric', unit: 'kWh' },
  phev: { zh: '插电式混合动力', en: 'Plug-in hybrid', unit: 'L' },
  erev: { zh: '增程式', en: 'Range-extended electric', unit: 'kWh' },
  hydrogen: { zh: '氢燃料电池', en: 'Hydrogen fuel cell', unit: 'kg' },
} as const;
export type VehicleEnergy = keyof typeof vehicleEnergies;
export const vehicleEnergyCodes = Object.keys(vehicleEnergies) as [VehicleEnergy, ...VehicleEnergy[]];

/**
 * 新能源汽车: 纯电动、插电式混合动力（含增程式）、燃料电池 — the categories of the national NEV
 * catalogue that 国管资〔2024〕197号 counts towards the ≥30% share. Plain (non-plug-in) hybrids are not NEVs.
 */
export const newEnergyKinds: readonly VehicleEnergy[] = ['bev', 'phev', 'erev', 'hydrogen'];
export const isNewEnergy = (energy: string): boolean => (newEnergyKinds as readonly string[]).includes(energy);

export const vehicleStatuses = {
  'in-use': { zh: '在用', en: 'In use' },
  repair: { zh: '维修', en: 'Under repair' },
  sealed: { zh: '封存', en: 'Sealed' },
  suspended: { zh: '停用', en: 'Suspended' },
  'pending-disposal': { zh: '待处置', en: 'Pending disposal' },
  disposed: { zh: '已处置', en: 'Disposed' },
} as const;
export type VehicleStatus = keyof typeof vehicleStatuses;
export const vehicleStatusCodes = Object.keys(vehicleStatuses) as [VehicleStatus, ...VehicleStatus[]];

/** 一车一档: the vehicle ledger. */
export const fleetVehicles = pgTable('fleet_vehicle', {
  id: idColumn(),
  plate: text('plate').notNull(),
  vin: text('vin'),
  brand: text('brand').notNull(),
  model: text('model').notNull(),
  kind: text('kind').$type<VehicleKind>().notNull(),
  energy: text('energy').$type<VehicleEnergy>().notNull(),
  displacementL: numeric('displacement_l', { precision: 4, scale: 2, mode: 'number' }),
  priceFen: bigint('price_fen', { mode: 'number' }).notNull(),
  purchaseDate: date('purchase_date', { mode: 'string' }).notNull(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  seats: integer('seats').notNull(),
  tankLitres: numeric('tank_litres', { precision: 6, scale: 1, mode: 'number' }),
  batteryKwh: numeric('battery_kwh', { precision: 6, scale: 1, mode: 'number' }),
  /** Fuel-consumption norm, L (or kWh for bev/erev) per 100 km. */
  normPer100km: numeric('norm_per_100km', { precision: 6, scale: 2, mode: 'number' }).notNull(),
  status: text('status').$type<VehicleStatus>().notNull().default('in-use'),
  insuranceDue: date('insurance_due', { mode: 'string' }),
  inspectionDue: date('inspection_due', { mode: 'string' }),
  gpsTerminalId: text('gps_terminal_id'),
  nextServiceKm: integer('next_service_km'),
  nextServiceDate: date('next_service_date', { mode: 'string' }),
  /** The approved override request that allowed registration above the standard or quota. */
  overrideRequestId: uuid('override_request_id'),
  notes: text('notes'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('fleet_vehicle_plate_uq').on(t.plate),
  // why: the ledger's pages choose their ids by plate order from this index alone (an index-only scan).
  index('fleet_vehicle_plate_id_idx').on(t.plate, t.id),
  index('fleet_vehicle_agency_idx').on(t.agencyId),
  index('fleet_vehicle_status_idx').on(t.status),
  index('fleet_vehicle_kind_idx').on(t.kind),
]);

export type FleetVehicle = typeof fleetVehicles.$inferSelect;
