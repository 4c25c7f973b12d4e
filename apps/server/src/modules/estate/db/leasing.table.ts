import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';
import { estateBuildings, estateRooms } from './buildings.table.js';

const fen = (name: string) => bigint(name, { mode: 'number' });
export const listingStatuses = ['open', 'leased', 'withdrawn'] as const;
export const contractStatuses = ['active', 'ended', 'terminated'] as const;
export const paymentCycles = [1, 3, 6, 12] as const;

/** 承租方 (a company or a person renting vacant property). */
export const estateLessees = pgTable('estate_lessee', {
  id: idColumn(),
  /** The agency whose property is leased (the lessee is visible within its scope). */
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  name: text('name').notNull(),
  kind: text('kind').notNull().default('company'),
  creditCode: text('credit_code'),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('estate_lessee_agency_idx').on(t.agencyId), index('estate_lessee_name_idx').on(t.name)]);

/** 出租房源: vacant property offered for lease. */
export const estateLeaseListings = pgTable('estate_lease_listing', {
  id: idColumn(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  buildingId: uuid('building_id').notNull().references(() => estateBuildings.id),
  roomId: uuid('room_id').references(() => estateRooms.id),
  title: text('title').notNull(),
  areaM2: numeric('area_m2', { precision: 10, scale: 2 }).notNull(),
  askingMonthlyRentFen: fen('asking_monthly_rent_fen').notNull(),
  status: text('status').notNull().default('open'),
  description: text('description'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('estate_lease_listing_agency_idx').on(t.agencyId),
  index('estate_lease_listing_building_idx').on(t.buildingId),
  index('estate_lease_listing_room_idx').on(t.roomId),
  index('estate_lease_listing_status_idx').on(t.status),
  uniqueIndex('estate_lease_listing_room_active_uq').on(t.roomId).where(sql`room_id is not null and status in ('open', 'leased')`),
  check('estate_lease_listing_status_ck', sql`${t.status} in ('open', 'leased', 'withdrawn')`),
]);

/** 租赁合同: term, monthly rent, deposit and payment cycle; its instalments are generated. */
export const estateLeaseContracts = pgTable('estate_lease_contract', {
  id: idColumn(),
  code: text('code').notNull(),
  listingId: uuid('listing_id').notNull().references(() => estateLeaseListings.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  lesseeId: uuid('lessee_id').notNull().references(() => estateLessees.id),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  monthlyRentFen: fen('monthly_rent_fen').notNull(),
  depositFen: fen('deposit_fen').notNull().default(0),
  cycleMonths: integer('cycle_months').notNull(),
  status: text('status').notNull().default('active'),
  signedOn: date('signed_on', { mode: 'string' }),
  note: text('note'),
  lastExpiryNoticeOn: date('last_expiry_notice_on', { mode: 'string' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_lease_contract_code_uq').on(t.code),
  index('estate_lease_contract_listing_idx').on(t.listingId),
  index('estate_lease_contract_agency_idx').on(t.agencyId),
  index('estate_lease_contract_lessee_idx').on(t.lesseeId),
  index('estate_lease_contract_status_ends_idx').on(t.status, t.endsOn),
  check('estate_lease_contract_term_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  check('estate_lease_contract_cycle_ck', sql`${t.cycleMonths} in (1, 3, 6, 12)`),
  check('estate_lease_contract_money_ck', sql`${t.monthlyRentFen} > 0 and ${t.depositFen} >= 0`),
]);

/** 租金计划: one instalment of a contract. */
export const estateRentInstalments = pgTable('estate_rent_instalment', {
  id: idColumn(),
  contractId: uuid('contract_id').notNull().references(() => estateLeaseContracts.id),
  seq: integer('seq').notNull(),
  periodStart: date('period_start', { mode: 'string' }).notNull(),
  periodEnd: date('period_end', { mode: 'string' }).notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  amountFen: fen('amount_fen').notNull(),
}, (t) => [uniqueIndex('estate_rent_instalment_uq').on(t.contractId, t.seq), index('estate_rent_instalment_due_idx').on(t.dueOn)]);

/** 收款: a rent receipt; receipts settle instalments oldest first. */
export const estateRentReceipts = pgTable('estate_rent_receipt', {
  id: idColumn(),
  contractId: uuid('contract_id').notNull().references(() => estateLeaseContracts.id),
  paidOn: date('paid_on', { mode: 'string' }).notNull(),
  amountFen: fen('amount_fen').notNull(),
  method: text('method').notNull().default('transfer'),
  receiptNo: text('receipt_no'),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
}, (t) => [index('estate_rent_receipt_contract_idx').on(t.contractId, t.paidOn), check('estate_rent_receipt_amount_ck', sql`${t.amountFen} > 0`)]);
