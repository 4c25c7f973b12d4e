import { Cron } from 'croner';

/** Cron expressions are read as Asia/Shanghai wall-clock time, whatever the process TZ is. */
export const JOB_TIME_ZONE = 'Asia/Shanghai';

const cache = new Map<string, Cron>();

function parse(expr: string): Cron {
  let c = cache.get(expr);
  if (!c) {
    // 5 fields (minute precision) or 6 fields (with seconds first), as croner reads them.
    c = new Cron(expr, { timezone: JOB_TIME_ZONE, paused: true, mode: '5-or-6-parts' });
    cache.set(expr, c);
  }
  return c;
}

/** Throws a readable error when the expression is not a valid 5- or 6-field cron. */
export function assertCron(expr: string): void {
  try {
    parse(expr);
  } catch (e) {
    throw new Error(`invalid cron expression "${expr}": ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** The first slot strictly after `after`. */
export function nextSlot(expr: string, after: Date): Date {
  const next = parse(expr).nextRun(after);
  if (!next) throw new Error(`cron expression "${expr}" has no run after ${after.toISOString()}`);
  return next;
}

/** Exponential back-off: base, 2×base, 4×base … capped at max. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
