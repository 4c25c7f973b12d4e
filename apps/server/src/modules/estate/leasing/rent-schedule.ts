/**
 * Pure rules of leasing out vacant property (对外出租): the rent schedule of a contract and the
 * arrears of its instalments as of a date. Dates are calendar days 'YYYY-MM-DD' (Asia/Shanghai).
 */

export interface ScheduleInput {
  startsOn: string;
  /** Last day of the lease, inclusive. */
  endsOn: string;
  monthlyRentFen: number;
  /** 1 monthly, 3 quarterly, 6 half-yearly, 12 yearly. */
  cycleMonths: number;
}

export interface Instalment {
  seq: number;
  periodStart: string;
  periodEnd: string;
  /** Rent is payable in advance, on the first day of the period. */
  dueOn: string;
  amountFen: number;
}

const DAY = 86_400_000;
const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
const fmt = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(d: string, n: number): string {
  return fmt(new Date(toDate(d).getTime() + n * DAY));
}

/** Days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / DAY);
}

/** Adds months keeping the day of month, clamped to the month's last day (01-31 + 1 month = 02-28/29). */
export function addMonths(d: string, n: number): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const idx = y * 12 + (m - 1) + n;
  const ny = Math.floor(idx / 12);
  const nm = idx % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return fmt(new Date(Date.UTC(ny, nm, Math.min(day, last))));
}

/** The anniversary of `start` after n months (always counted from the start, so day 31 does not drift to 28). */
const nthMonth = (start: string, n: number) => addMonths(start, n);

/** Rent of [from, to] (inclusive) at a monthly rent: whole months, then the remaining days pro rata of that month. */
export function rentOf(from: string, to: string, monthlyRentFen: number): number {
  let months = 0;
  while (daysBetween(nthMonth(from, months + 1), addDays(to, 1)) >= 0) months += 1;
  const restFrom = nthMonth(from, months);
  const restDays = daysBetween(restFrom, addDays(to, 1));
  if (restDays <= 0) return monthlyRentFen * months;
  const monthDays = daysBetween(restFrom, nthMonth(from, months + 1));
  return monthlyRentFen * months + Math.round((monthlyRentFen * restDays) / monthDays);
}

/** The instalments of a lease: one per payment cycle from the start, the last one cut at the end and pro rata. */
export function rentSchedule(c: ScheduleInput): Instalment[] {
  if (daysBetween(c.startsOn, c.endsOn) < 0) return [];
  const out: Instalment[] = [];
  for (let k = 0; ; k += 1) {
    const periodStart = nthMonth(c.startsOn, k * c.cycleMonths);
    if (daysBetween(periodStart, c.endsOn) < 0) break;
    const nextStart = nthMonth(c.startsOn, (k + 1) * c.cycleMonths);
    const fullEnd = addDays(nextStart, -1);
    const periodEnd = daysBetween(fullEnd, c.endsOn) < 0 ? c.endsOn : fullEnd;
    const amountFen = periodEnd === fullEnd ? c.monthlyRentFen * c.cycleMonths : rentOf(periodStart, periodEnd, c.monthlyRentFen);
    out.push({ seq: k + 1, periodStart, periodEnd, dueOn: periodStart, amountFen });
    if (out.length > 1200) throw new Error('lease too long');
  }
  return out;
}

export interface ArrearsLine {
  seq: number;
  dueOn: string;
  amountFen: number;
  outstandingFen: number;
  daysOverdue: number;
}

/**
 * Arrears as of a date: receipts paid on or before the date settle instalments oldest first;
 * an instalment due before the date and not fully settled is overdue by (asOf − dueOn) days.
 * The SQL report computes the same with window sums; this is its reference.
 */
export function arrearsAsOf(instalments: Array<Pick<Instalment, 'seq' | 'dueOn' | 'amountFen'>>, receipts: Array<{ paidOn: string; amountFen: number }>, asOf: string): ArrearsLine[] {
  let paid = receipts.filter((r) => r.paidOn <= asOf).reduce((s, r) => s + r.amountFen, 0);
  const out: ArrearsLine[] = [];
  for (const i of [...instalments].sort((a, b) => a.seq - b.seq)) {
    const settled = Math.min(paid, i.amountFen);
    paid -= settled;
    const outstandingFen = i.amountFen - settled;
    if (outstandingFen > 0 && i.dueOn < asOf) out.push({ seq: i.seq, dueOn: i.dueOn, amountFen: i.amountFen, outstandingFen, daysOverdue: daysBetween(i.dueOn, asOf) });
  }
  return out;
}
