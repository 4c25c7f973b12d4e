/**
 * RFC 5545 recurrence, computed in a named time zone (default Asia/Shanghai) whatever the
 * process TZ is. rrule's own `tzid` support is only right when the process runs in UTC, so the
 * rule is expanded on "floating" wall-clock dates (UTC fields = local wall time, which rrule
 * handles without touching the process zone) and each occurrence is then converted to an instant.
 */
import rrulePkg from 'rrule';
import { AppError, errors } from '../http/errors.js';

const { RRule } = rrulePkg;

export const MAX_OCCURRENCES = 500;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time of `instant` in `timeZone`, as a floating date (its UTC fields). */
export function wallClockOf(instant: Date, timeZone: string): Date {
  const p = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((x) => [x.type, x.value]));
  const ms = instant.getTime() % 1000;
  return new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second), ms < 0 ? ms + 1000 : ms));
}

/** The instant at which the wall clock in `timeZone` shows the floating date `wall`. */
export function instantOf(wall: Date, timeZone: string): Date {
  let guess = wall.getTime();
  for (let i = 0; i < 3; i += 1) {
    const offset = wallClockOf(new Date(guess), timeZone).getTime() - guess;
    const next = wall.getTime() - offset;
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

const invalid = (message: string) => errors.validation([{ path: 'rrule', code: 'BAD_RRULE', message }]);

export interface RecurrenceInput {
  /** An RRULE value such as `FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10` (an `RRULE:` prefix is allowed). */
  rrule: string;
  /** The first occurrence; its wall-clock time in `timeZone` is kept by every occurrence. */
  firstStart: Date;
  firstEnd: Date;
  timeZone: string;
  /** Optional horizon (inclusive) on top of the rule's own COUNT / UNTIL. */
  until?: Date | undefined;
  max?: number | undefined;
}

/** Normalises an RRULE value; refuses DTSTART / TZID (the start is given separately). */
export function normaliseRrule(text: string): string {
  const rule = text.trim().replace(/^RRULE:/i, '');
  if (!rule || /[\r\n]/.test(rule) || /(^|;)\s*(DTSTART|TZID)\b/i.test(rule) || /:/.test(rule)) {
    throw invalid('重复规则应为 RFC 5545 RRULE 取值，例如 FREQ=WEEKLY;BYDAY=MO;COUNT=10（开始时间另行填写）');
  }
  return rule.toUpperCase();
}

/** The occurrences `[start, end)` of a rule, as instants. */
export function expandRecurrence(input: RecurrenceInput): Array<[Date, Date]> {
  const rule = normaliseRrule(input.rrule);
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(rule);
  } catch {
    throw invalid('无法解析重复规则');
  }
  if (options.freq === undefined) throw invalid('重复规则缺少 FREQ');
  const tz = input.timeZone;
  const max = input.max ?? MAX_OCCURRENCES;
  let until: Date | undefined;
  if (options.until) {
    const m = /UNTIL=(\d{8})(T\d{6}(Z?))?/.exec(rule);
    // UNTIL in UTC ('Z') is an instant; a local date-time is wall time; a date bounds the whole day.
    if (m?.[3]) until = wallClockOf(options.until, tz);
    else if (m && !m[2]) until = new Date(options.until.getTime() + 86_400_000 - 1);
    else until = options.until;
  }
  if (input.until) {
    const horizon = wallClockOf(input.until, tz);
    until = until && until < horizon ? until : horizon;
  }
  if (!options.count && !until) {
    throw invalid('无限重复的规则须给出 COUNT、UNTIL 或截止时间');
  }
  const durationMs = input.firstEnd.getTime() - input.firstStart.getTime();
  const rr = new RRule({ ...options, dtstart: wallClockOf(input.firstStart, tz), until: until ?? null });
  const walls = rr.all((_d, i) => i <= max);
  if (walls.length > max) {
    throw new AppError(422, 'BOOKING_RECURRENCE_TOO_LONG', `重复预订最多 ${max} 次`, `A recurring booking has at most ${max} occurrences`, undefined, { max });
  }
  return walls.map((w) => {
    const start = instantOf(w, tz);
    return [start, new Date(start.getTime() + durationMs)];
  });
}
