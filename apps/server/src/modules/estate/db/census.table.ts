import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';
import { estateBuildings, estateFloors, estateRooms } from './buildings.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const censusCampaignStatuses = ['open', 'closed'] as const;
export const censusAgencyStatuses = ['not_started', 'in_progress', 'submitted', 'reconciled'] as const;
export type CensusAgencyStatus = (typeof censusAgencyStatuses)[number];
export const censusResponses = ['pending', 'confirmed', 'corrected'] as const;
export type CensusResponse = (typeof censusResponses)[number];
export const censusDecisions = ['accepted', 'rejected'] as const;

/** An occupant as the census shows it. */
export interface CensusOccupant { personId: string; name: string }
/** What the room looked like when the campaign opened. */
export interface CensusSnapshot {
  buildingName: string;
  floorName: string;
  number: string;
  useClass: string;
  usableAreaM2: string;
  occupants: CensusOccupant[];
}

/** 摸清底数: a census campaign opened by the center. */
export const estateCensusCampaigns = pgTable('estate_census_campaign', {
  id: idColumn(),
  title: text('title').notNull(),
  year: integer('year').notNull(),
  /** 'all' agencies that hold rooms, or 'some' (listed in estate_census_agency). */
  scopeKind: text('scope_kind').notNull(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  status: text('status').notNull().default('open'),
  note: text('note'),
  createdBy: uuid('created_by'),
  closedAt: instant('closed_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('estate_census_campaign_status_idx').on(t.status), index('estate_census_campaign_year_idx').on(t.year)]);

/** One agency in a campaign, with its progress. */
export const estateCensusAgencies = pgTable('estate_census_agency', {
  id: idColumn(),
  campaignId: uuid('campaign_id').notNull().references(() => estateCensusCampaigns.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  status: text('status').$type<CensusAgencyStatus>().notNull().default('not_started'),
  submittedAt: instant('submitted_at'),
  submittedBy: uuid('submitted_by'),
  reconciledAt: instant('reconciled_at'),
  lastRemindedOn: date('last_reminded_on', { mode: 'string' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('estate_census_agency_uq').on(t.campaignId, t.agencyId),
  index('estate_census_agency_agency_idx').on(t.agencyId),
  index('estate_census_agency_status_idx').on(t.status),
  check('estate_census_agency_status_ck', sql`${t.status} in ('not_started', 'in_progress', 'submitted', 'reconciled')`),
]);

/**
 * One room of an agency in a campaign (origin 'snapshot'), or a room the agency says is missing
 * (origin 'added'). Corrected values are null when unchanged.
 */
export const estateCensusItems = pgTable('estate_census_item', {
  id: idColumn(),
  campaignId: uuid('campaign_id').notNull().references(() => estateCensusCampaigns.id),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  roomId: uuid('room_id').references(() => estateRooms.id),
  origin: text('origin').notNull().default('snapshot'),
  snapshot: jsonb('snapshot').$type<CensusSnapshot>(),
  response: text('response').$type<CensusResponse>().notNull().default('pending'),
  buildingId: uuid('building_id').references(() => estateBuildings.id),
  floorId: uuid('floor_id').references(() => estateFloors.id),
  number: text('number'),
  useClass: text('use_class'),
  usableAreaM2: numeric('usable_area_m2', { precision: 8, scale: 2 }),
  occupants: jsonb('occupants').$type<CensusOccupant[]>(),
  note: text('note'),
  respondedAt: instant('responded_at'),
  respondedBy: uuid('responded_by'),
  decision: text('decision'),
  decisionReason: text('decision_reason'),
  decidedAt: instant('decided_at'),
  decidedBy: uuid('decided_by'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('estate_census_item_campaign_agency_idx').on(t.campaignId, t.agencyId),
  index('estate_census_item_agency_idx').on(t.agencyId),
  index('estate_census_item_room_idx').on(t.roomId),
  index('estate_census_item_building_idx').on(t.buildingId),
  index('estate_census_item_floor_idx').on(t.floorId),
  uniqueIndex('estate_census_item_room_uq').on(t.campaignId, t.roomId).where(sql`room_id is not null`),
  /** A missing room is added once per campaign, whichever agency adds it first (concurrent adds: the second gets 409). */
  uniqueIndex('estate_census_item_added_uq').on(t.campaignId, t.floorId, t.number).where(sql`origin = 'added'`),
  check('estate_census_item_response_ck', sql`${t.response} in ('pending', 'confirmed', 'corrected')`),
  check('estate_census_item_decision_ck', sql`${t.decision} is null or ${t.decision} in ('accepted', 'rejected')`),
]);
