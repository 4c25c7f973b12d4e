import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';
import { fleetVehicles } from './vehicles.table.js';

/** Every status change of a vehicle (封存/启封, 停用, 待处置, 处置 with the receiving party). */
export const fleetVehicleStatusChanges = pgTable('fleet_vehicle_status_change', {
  id: idColumn(),
  vehicleId: uuid('vehicle_id').notNull().references(() => fleetVehicles.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  fromStatus: text('from_status').notNull(),
  toStatus: text('to_status').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  reason: text('reason'),
  /** 处置: 接收方 (buyer, scrapping firm, 公物仓…), method and document number. */
  receivingParty: text('receiving_party'),
  disposalMethod: text('disposal_method'),
  documentNo: text('document_no'),
  actorAccountId: uuid('actor_account_id'),
  createdAt: createdAt(),
}, (t) => [index('fleet_vehicle_status_change_vehicle_idx').on(t.vehicleId, t.at), index('fleet_vehicle_status_change_agency_idx').on(t.agencyId)]);
