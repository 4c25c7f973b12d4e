/** 保养提醒: due by km or by date, whichever comes first (pure). */

export interface ServiceDue {
  due: boolean;
  /** What makes it due (or would first): 'km' | 'date' | null when nothing is set. */
  by: 'km' | 'date' | null;
  kmLeft: number | null;
  daysLeft: number | null;
}

const dayNumber = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / 86_400_000);

/**
 * Due when the km left ≤ `warnKm` or the days left ≤ `warnDays`. `by` names the trigger that fires
 * (both firing: the one with less room relative to its threshold — km first on a tie).
 */
export function serviceDue(
  next: { nextServiceKm: number | null; nextServiceDate: string | null },
  now: { km: number | null; day: string },
  warn: { km: number; days: number },
): ServiceDue {
  const kmLeft = next.nextServiceKm !== null && now.km !== null ? Math.round((next.nextServiceKm - now.km) * 10) / 10 : null;
  const daysLeft = next.nextServiceDate ? dayNumber(next.nextServiceDate) - dayNumber(now.day) : null;
  const kmDue = kmLeft !== null && kmLeft <= warn.km;
  const dateDue = daysLeft !== null && daysLeft <= warn.days;
  let by: ServiceDue['by'] = null;
  if (kmDue && dateDue) by = kmLeft! / Math.max(warn.km, 1) <= daysLeft! / Math.max(warn.days, 1) ? 'km' : 'date';
  else if (kmDue) by = 'km';
  else if (dateDue) by = 'date';
  else if (kmLeft !== null || daysLeft !== null) by = kmLeft === null ? 'date' : daysLeft === null ? 'km' : kmLeft / Math.max(warn.km, 1) <= daysLeft / Math.max(warn.days, 1) ? 'km' : 'date';
  return { due: kmDue || dateDue, by, kmLeft, daysLeft };
}

/** The completion of a repair: invoice total must equal parts + labour (fen). */
export function invoiceMismatch(a: { partsFen: number; labourFen: number; invoiceFen: number }): string | null {
  return a.partsFen + a.labourFen === a.invoiceFen ? null : `发票金额${a.invoiceFen / 100}元应等于配件费${a.partsFen / 100}元与工时费${a.labourFen / 100}元之和`;
}
