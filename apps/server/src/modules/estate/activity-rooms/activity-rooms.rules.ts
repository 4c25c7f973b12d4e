/** Pure rules of the activity rooms: opening hours and utilisation. Asia/Shanghai has no DST: wall clock = UTC + 8 h. */
const SHANGHAI_MS = 8 * 3_600_000;

const minutesOf = (hhmm: string) => { const [h, m] = hhmm.split(':').map(Number) as [number, number]; return h * 60 + m; };

/** Hours a room is open in a month: open weekdays (1 = Monday … 7 = Sunday) × daily hours. */
export function openHoursInMonth(month: string, openDays: readonly number[], opensAt: string, closesAt: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const daily = Math.max(0, minutesOf(closesAt) - minutesOf(opensAt)) / 60;
  let n = 0;
  for (let d = 1; d <= days; d += 1) {
    const iso = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
    if (openDays.includes(iso)) n += 1;
  }
  return n * daily;
}

/** Whether [start, end) lies inside one opening period (same Shanghai day, an open weekday, between the hours). */
export function withinOpenHours(start: Date, end: Date, openDays: readonly number[], opensAt: string, closesAt: string): boolean {
  const s = new Date(start.getTime() + SHANGHAI_MS);
  const e = new Date(end.getTime() + SHANGHAI_MS);
  if (s.toISOString().slice(0, 10) !== new Date(e.getTime() - 1).toISOString().slice(0, 10)) return false;
  const iso = ((s.getUTCDay() + 6) % 7) + 1;
  const sm = s.getUTCHours() * 60 + s.getUTCMinutes();
  const em = e.getUTCHours() * 60 + e.getUTCMinutes() || 24 * 60;
  return openDays.includes(iso) && sm >= minutesOf(opensAt) && em <= minutesOf(closesAt) && end > start;
}

/** The instants bounding a Shanghai month, for SQL. */
export function monthBounds(month: string): [Date, Date] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return [new Date(Date.UTC(y, m - 1, 1) - SHANGHAI_MS), new Date(Date.UTC(y, m, 1) - SHANGHAI_MS)];
}

/** Utilisation in percent with one decimal; 0 when the room was never open. */
export const utilisation = (bookedHours: number, openHours: number) => (openHours > 0 ? Math.round((bookedHours / openHours) * 1000) / 10 : 0);
