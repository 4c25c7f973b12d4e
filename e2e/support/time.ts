/** Calendar times of the browser tests, always in Asia/Shanghai (UTC+8 all year: no daylight saving). */

const DAY_MS = 86_400_000;

/** The wall time in Asia/Shanghai of an instant, as `YYYY-MM-DDTHH:mm:ss` (slice it: 10 = date, 16 = minutes, 7 = month). */
export const shanghaiWall = (d: Date = new Date()): string => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19);

/** The calendar date `YYYY-MM-DD` in Asia/Shanghai of an instant (default: now). */
export const shanghaiDate = (d: Date = new Date()): string => shanghaiWall(d).slice(0, 10);

/** The calendar date `YYYY-MM-DD` in Asia/Shanghai `days` from today (negative: in the past). */
export const shanghaiDay = (days: number): string => shanghaiDate(new Date(Date.now() + days * DAY_MS));

/** Asia/Shanghai wall time `days` from today at hh:mm, as an instant and as a date-time picker shows it (`YYYY-MM-DD HH:mm`). */
export function shanghaiAt(days: number, hh: number, mm = 0): { at: Date; text: string } {
  const today = shanghaiDate();
  const at = new Date(Date.parse(`${today}T00:00:00+08:00`) + days * DAY_MS + ((hh * 60 + mm) * 60_000));
  const wall = shanghaiWall(at);
  return { at, text: `${wall.slice(0, 10)} ${wall.slice(11, 16)}` };
}
