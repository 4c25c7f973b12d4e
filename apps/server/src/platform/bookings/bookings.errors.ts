import { TIME_ZONE } from '../db/database.js';
import { AppError, errors } from '../http/errors.js';
import type { BookingState } from './bookings.table.js';

export { sqlState, EXCLUSION_VIOLATION } from '../db/sql-state.js';

const fmt = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** `2025/03/01 09:00` in Asia/Shanghai, for messages. */
export const localText = (d: Date) => fmt.format(d);

export const stateZh: Record<BookingState, string> = {
  tentative: '暂留', confirmed: '已确认', checked_in: '已签到', released: '已释放', cancelled: '已取消',
};

export interface Collision {
  bookingId: string;
  state: BookingState;
  startsAt: Date;
  endsAt: Date;
}

/** 409 BOOKING_CONFLICT naming the booking it collides with and that booking's range. */
export function bookingConflict(resourceType: string, resourceId: string, c: Collision | undefined): AppError {
  const ref = {
    resourceType, resourceId,
    ...(c ? { bookingId: c.bookingId, state: c.state, startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString() } : {}),
  };
  const zh = c
    ? `该资源在所选时段已被占用：与预订 ${c.bookingId}（${localText(c.startsAt)}–${localText(c.endsAt)}，${stateZh[c.state]}）冲突`
    : '该资源在所选时段已被占用';
  const en = c
    ? `The resource is already booked: collides with booking ${c.bookingId} [${ref.startsAt}, ${ref.endsAt}) (${c.state})`
    : 'The resource is already booked for that time';
  return errors.conflict('BOOKING_CONFLICT', zh, en, ref);
}

export const bookingNotFound = () => errors.notFound('预订', 'Booking');

/** 409 when the booking's state does not allow the action. */
export function bookingState(id: string, state: BookingState, actionZh: string, actionEn: string): AppError {
  return errors.conflict('BOOKING_STATE', `预订当前为“${stateZh[state]}”状态，不能${actionZh}`, `A ${state} booking cannot be ${actionEn}`, { bookingId: id, state });
}

export const holdExpired = (id: string, expiresAt: Date) =>
  errors.conflict('BOOKING_HOLD_EXPIRED', `暂留已于 ${localText(expiresAt)} 失效，请重新预订`, 'The hold has lapsed; book again',
    { bookingId: id, expiresAt: expiresAt.toISOString() });

export const badRange = (path = 'range') =>
  errors.validation([{ path, code: 'BAD_RANGE', message: '结束时间必须晚于开始时间' }]);

export const checkInWindow = (id: string, opensAt: Date, closesAt: Date) =>
  errors.rule('BOOKING_CHECK_IN_WINDOW', `只能在 ${localText(opensAt)} 至 ${localText(closesAt)} 之间签到`,
    `Check-in is open from ${opensAt.toISOString()} until ${closesAt.toISOString()}`,
    { bookingId: id, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() });
