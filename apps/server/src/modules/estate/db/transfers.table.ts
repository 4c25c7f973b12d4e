import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { files } from '../../../platform/files/files.table.js';
import { agencies } from '../../../platform/org/org.table.js';
import { estateBuildings } from './buildings.table.js';

export const transferTargets = ['central', 'city-investment'] as const;
export const transferStatuses = ['draft', 'submitted', 'approved', 'completed', 'rejected', 'cancelled'] as const;
export type TransferStatus = (typeof transferStatuses)[number];

/** 房产划转: property moving from an agency to central management or to the city investment company. Documents: platform files (use estate.transfer.document). */
export const estateTransfers = pgTable('estate_transfer', {
  id: idColumn(),
  code: text('code').notNull(),
  fromAgencyId: uuid('from_agency_id').notNull().references(() => agencies.id),
  target: text('target').notNull(),
  buildingId: uuid('building_id').references(() => estateBuildings.id),
  roomIds: jsonb('room_ids').$type<string[]>().notNull(),
  areaM2: numeric('area_m2', { precision: 12, scale: 2 }).notNull(),
  titleCertNo: text('title_cert_no'),
  reason: text('reason').notNull(),
  status: text('status').$type<TransferStatus>().notNull().default('draft'),
  decisionNote: text('decision_note'),
  decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
  completedOn: date('completed_on', { mode: 'string' }),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_transfer_code_uq').on(t.code),
  index('estate_transfer_from_agency_idx').on(t.fromAgencyId),
  index('estate_transfer_building_idx').on(t.buildingId),
  index('estate_transfer_status_idx').on(t.status),
  check('estate_transfer_status_ck', sql`${t.status} in ('draft', 'submitted', 'approved', 'completed', 'rejected', 'cancelled')`),
  check('estate_transfer_target_ck', sql`${t.target} in ('central', 'city-investment')`),
]);

export const transferDocumentKinds = ['approval', 'agreement', 'title', 'other'] as const;
export type TransferDocumentKind = (typeof transferDocumentKinds)[number];

/** What each document of a transfer is: 批复 (approval), 协议 (agreement), 权属证明 (title), other. The file row itself is platform_file (use estate.transfer.document); deleting it deletes this row. */
export const estateTransferDocuments = pgTable('estate_transfer_document', {
  id: idColumn(),
  transferId: uuid('transfer_id').notNull().references(() => estateTransfers.id),
  fileId: uuid('file_id').notNull().references(() => files.id, { onDelete: 'cascade' }),
  kind: text('kind').$type<TransferDocumentKind>().notNull().default('other'),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('estate_transfer_document_file_uq').on(t.fileId),
  index('estate_transfer_document_transfer_idx').on(t.transferId),
  check('estate_transfer_document_kind_ck', sql`${t.kind} in ('approval', 'agreement', 'title', 'other')`),
]);
