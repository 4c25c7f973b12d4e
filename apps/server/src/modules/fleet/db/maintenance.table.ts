import { bigint, boolean, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';
import { fleetVehicles } from './vehicles.table.js';

/** 定点维修厂 (and other shops). City-wide: shops have no agency. */
export const fleetShops = pgTable('fleet_shop', {
  id: idColumn(),
  name: text('name').notNull(),
  address: text('address'),
  contact: text('contact'),
  phone: text('phone'),
  designated: boolean('designated').notNull().default(true),
  contractFrom: date('contract_from', { mode: 'string' }),
  contractTo: date('contract_to', { mode: 'string' }),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('fleet_shop_name_idx').on(t.name)]);

export const repairStatuses = {
  pending: { zh: '审批中', en: 'Pending approval' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  completed: { zh: '已完工', en: 'Completed' },
} as const;
export type RepairStatus = keyof typeof repairStatuses;

/** 维修/保养: request with estimate → approval (workflow `fleet.repair`) → completion with amounts. */
export const fleetRepairs = pgTable('fleet_repair', {
  id: idColumn(),
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  shopId: uuid('shop_id').references(() => fleetShops.id),
  /** 'repair' | 'maintenance' */
  kind: text('kind').notNull(),
  description: text('description').notNull(),
  estimateFen: bigint('estimate_fen', { mode: 'number' }).notNull(),
  status: text('status').$type<RepairStatus>().notNull().default('pending'),
  workflowInstanceId: uuid('workflow_instance_id'),
  requestedBy: uuid('requested_by'),
  requestedOn: date('requested_on', { mode: 'string' }).notNull(),
  partsFen: bigint('parts_fen', { mode: 'number' }),
  labourFen: bigint('labour_fen', { mode: 'number' }),
  invoiceFen: bigint('invoice_fen', { mode: 'number' }),
  invoiceNo: text('invoice_no'),
  odometerKm: integer('odometer_km'),
  completedOn: date('completed_on', { mode: 'string' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('fleet_repair_vehicle_idx').on(t.vehicleId, t.requestedOn),
  index('fleet_repair_agency_idx').on(t.agencyId),
  index('fleet_repair_status_idx').on(t.status),
  index('fleet_repair_shop_idx').on(t.shopId),
]);
