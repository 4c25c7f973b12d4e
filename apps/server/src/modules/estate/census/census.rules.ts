/** Pure rules of the census (摸清底数): what an answer changes, and the progress of an agency. */
import type { CensusAgencyStatus, CensusOccupant, CensusSnapshot } from '../db/census.table.js';

export interface Correction {
  usableAreaM2?: string | null | undefined;
  useClass?: string | null | undefined;
  occupants?: CensusOccupant[] | null | undefined;
}

export interface Difference {
  field: 'usableAreaM2' | 'useClass' | 'occupants';
  before: string;
  after: string;
}

const names = (o: CensusOccupant[]) => o.map((x) => x.name).sort().join('、');
const ids = (o: CensusOccupant[]) => o.map((x) => x.personId).sort().join(',');

/** The fields a correction really changes against the snapshot (areas compared numerically). */
export function differences(s: CensusSnapshot, c: Correction): Difference[] {
  const out: Difference[] = [];
  if (c.usableAreaM2 != null && Number(c.usableAreaM2) !== Number(s.usableAreaM2)) {
    out.push({ field: 'usableAreaM2', before: Number(s.usableAreaM2).toFixed(2), after: Number(c.usableAreaM2).toFixed(2) });
  }
  if (c.useClass != null && c.useClass !== s.useClass) out.push({ field: 'useClass', before: s.useClass, after: c.useClass });
  if (c.occupants != null && ids(c.occupants) !== ids(s.occupants)) out.push({ field: 'occupants', before: names(s.occupants), after: names(c.occupants) });
  return out;
}

/** People to end and to start in a room so that its occupants become `wanted`. */
export function occupantChanges(current: readonly string[], wanted: readonly string[]): { end: string[]; start: string[] } {
  const cur = new Set(current);
  const want = new Set(wanted);
  return { end: [...cur].filter((p) => !want.has(p)), start: [...want].filter((p) => !cur.has(p)) };
}

/** The status an agency moves to when it answers an item (never backwards). */
export function statusAfterAnswer(s: CensusAgencyStatus): CensusAgencyStatus {
  return s === 'not_started' ? 'in_progress' : s;
}

/** Overall progress of a campaign from the per-agency statuses; percent counts submitted and reconciled agencies. */
export function overallProgress(statuses: readonly CensusAgencyStatus[]) {
  const by = { not_started: 0, in_progress: 0, submitted: 0, reconciled: 0 } as Record<CensusAgencyStatus, number>;
  for (const s of statuses) by[s] += 1;
  const total = statuses.length;
  const done = by.submitted + by.reconciled;
  return { total, ...by, percentDone: total === 0 ? 0 : Math.round((done * 1000) / total) / 10 };
}
