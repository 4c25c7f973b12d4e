/** 离退休干部活动室: rooms flagged as activity rooms, booked through the platform bookings engine; monthly utilisation. */
import { asc, count, eq, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../../../platform/audit/audit.service.js';
import type { BookingsApi } from '../../../platform/bookings/index.js';
import { errors } from '../../../platform/http/errors.js';
import { people } from '../../../platform/org/org.table.js';
import type { Scope } from '../../../platform/rbac/scope.js';
import type { EstateContext } from '../estate.context.js';
import { estateBuildings, estateRooms } from '../db/buildings.table.js';
import { estateActivityRooms as AR } from '../db/activity-rooms.table.js';
import { monthBounds, openHoursInMonth, utilisation, withinOpenHours } from './activity-rooms.rules.js';

export const RESOURCE = 'estate.activity-room';
export interface ActivityRoomInput { roomId: string; agencyId: string; name: string; capacity: number; openDays: number[]; opensAt: string; closesAt: string; note?: string | null | undefined }

export function createActivityRoomsService(ctx: EstateContext, bookings: BookingsApi) {
  const { db } = ctx;
  const select = { r: AR, roomNumber: estateRooms.number, buildingName: estateBuildings.name };
  const base = () => db.select(select).from(AR).innerJoin(estateRooms, eq(estateRooms.id, AR.roomId)).innerJoin(estateBuildings, eq(estateBuildings.id, estateRooms.buildingId));
  const flat = (x: { r: typeof AR.$inferSelect; roomNumber: string; buildingName: string }) => ({ ...x.r, roomNumber: x.roomNumber, buildingName: x.buildingName });

  async function list(f: { active?: boolean | undefined }, limit: number, offset: number) {
    const w = f.active === undefined ? undefined : eq(AR.active, f.active);
    const [rows, [total]] = await Promise.all([base().where(w).orderBy(asc(AR.name), asc(AR.id)).limit(limit).offset(offset), db.select({ n: count() }).from(AR).where(w)]);
    return { items: rows.map(flat), total: total?.n ?? 0 };
  }

  async function get(id: string) {
    const [r] = await base().where(eq(AR.id, id));
    if (!r) throw errors.notFound('活动室', 'Activity room');
    return flat(r);
  }

  async function create(actor: Actor, input: ActivityRoomInput) {
    if (input.closesAt <= input.opensAt) throw errors.validation([{ path: 'closesAt', code: 'BEFORE_OPEN', message: '关闭时间须晚于开放时间' }]);
    return db.transaction(async (tx) => {
      const [room] = await tx.select({ id: estateRooms.id }).from(estateRooms).where(eq(estateRooms.id, input.roomId));
      if (!room) throw errors.validation([{ path: 'roomId', code: 'NOT_FOUND', message: '房间不存在' }]);
      const [dup] = await tx.select({ id: AR.id }).from(AR).where(eq(AR.roomId, input.roomId));
      if (dup) throw errors.conflict('ACTIVITY_ROOM_EXISTS', '该房间已设为活动室', 'The room is already an activity room', { activityRoomId: dup.id });
      const [row] = await tx.insert(AR).values({ ...input, openDays: [...new Set(input.openDays)].sort(), note: input.note ?? null }).returning();
      await appendAudit(tx, actor, { action: 'estate.activity-room.create', objectType: 'estate.activity-room', objectId: row!.id, after: row });
      return row!;
    });
  }

  /** Books a slot for the signed-in person (holder: their agency), inside the opening hours; overlaps are refused by the engine (409). */
  async function book(actor: Actor, scopes: readonly Scope[], personId: string | null, id: string, input: { startsAt: Date; endsAt: Date; title: string }) {
    const room = await get(id);
    if (!room.active) throw errors.rule('ACTIVITY_ROOM_INACTIVE', '活动室已停用', 'The activity room is closed');
    if (!withinOpenHours(input.startsAt, input.endsAt, room.openDays, room.opensAt, room.closesAt)) {
      throw errors.rule('ACTIVITY_ROOM_CLOSED', `预约时间须在开放时间内（${room.opensAt}–${room.closesAt}，每周${room.openDays.join('、')}）`, `Book within the opening hours ${room.opensAt}–${room.closesAt}`, { opensAt: room.opensAt, closesAt: room.closesAt, openDays: room.openDays });
    }
    let agencyId = room.agencyId;
    if (personId) {
      const [p] = await db.select({ agencyId: people.agencyId }).from(people).where(eq(people.id, personId));
      if (p) agencyId = p.agencyId;
    }
    return bookings.book({ resourceType: RESOURCE, resourceId: id, range: [input.startsAt, input.endsAt], holder: { agencyId, personId }, ref: { type: RESOURCE, id }, title: input.title }, { actor, scopes });
  }

  async function schedule(id: string, from: Date, to: Date, limit: number, offset: number) {
    await get(id);
    return bookings.list(undefined, { resourceType: RESOURCE, resourceId: id, from, to, state: ['confirmed', 'checked_in'], sort: 'startsAt:asc' }, limit, offset);
  }

  const cancel = (actor: Actor, scopes: readonly Scope[], bookingId: string, reason: string) => bookings.cancel(bookingId, { actor, scopes, reason });

  /** Booked hours (confirmed, checked in, or released after check-in) ÷ open hours, per room for a Shanghai month. */
  async function utilisationReport(month: string, limit: number, offset: number) {
    const { items, total } = await list({ active: true }, limit, offset);
    const [from, to] = monthBounds(month);
    const ids = items.map((i) => i.id);
    const booked = ids.length ? (await db.execute(sql`
      select resource_id as id, coalesce(sum(extract(epoch from (least(ends_at, ${to.toISOString()}::timestamptz) - greatest(starts_at, ${from.toISOString()}::timestamptz)))), 0) / 3600.0 as hours, count(*)::int as n
      from platform_booking where resource_type = ${RESOURCE} and resource_id = any(${sql.param(ids)}::uuid[])
        and (state in ('confirmed', 'checked_in') or (state = 'released' and checked_in_at is not null))
        and during && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')
      group by resource_id`) as unknown as { rows: Array<{ id: string; hours: string; n: number }> }).rows : [];
    const byId = new Map(booked.map((b) => [b.id, b]));
    return {
      month, total,
      items: items.map((r) => {
        const openHours = openHoursInMonth(month, r.openDays, r.opensAt, r.closesAt);
        const bookedHours = Math.round(Number(byId.get(r.id)?.hours ?? 0) * 100) / 100;
        return { activityRoomId: r.id, name: r.name, buildingName: r.buildingName, roomNumber: r.roomNumber, bookings: byId.get(r.id)?.n ?? 0, bookedHours, openHours, utilisationPct: utilisation(bookedHours, openHours) };
      }),
    };
  }

  return { list, get, create, book, schedule, cancel, utilisationReport };
}
export type ActivityRoomsService = ReturnType<typeof createActivityRoomsService>;
