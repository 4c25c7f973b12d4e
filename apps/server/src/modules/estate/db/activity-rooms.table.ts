import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../../platform/db/columns.js';
import { agencies } from '../../../platform/org/org.table.js';
import { estateRooms } from './buildings.table.js';

/** 离退休干部活动室: a room flagged as an activity room, bookable through the platform bookings engine (resource type estate.activity-room). */
export const estateActivityRooms = pgTable('estate_activity_room', {
  id: idColumn(),
  roomId: uuid('room_id').notNull().references(() => estateRooms.id),
  /** The agency that runs it (老干部局), for data scope. */
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  name: text('name').notNull(),
  capacity: integer('capacity').notNull().default(20),
  /** ISO weekdays it is open (1 = Monday … 7 = Sunday). */
  openDays: jsonb('open_days').$type<number[]>().notNull(),
  opensAt: text('opens_at').notNull(),
  closesAt: text('closes_at').notNull(),
  active: boolean('active').notNull().default(true),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('estate_activity_room_room_uq').on(t.roomId), index('estate_activity_room_agency_idx').on(t.agencyId), check('estate_activity_room_hours_ck', sql`${t.closesAt} > ${t.opensAt}`)]);
