/**
 * Pure rules of the office-area check (unit-tested with hand-computed numbers). The SQL of the
 * compliance views applies the same rules; these are their reference and are used by the portal.
 */
export interface RoomShareInput {
  usableAreaM2: number;
  /** People assigned to the room today (≥ 1 when the person is one of them). */
  occupants: number;
  suitePart?: 'rest' | 'toilet' | null;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** A person's share of one room: the usable area split evenly among its occupants, to 0.01 m² (half up, in exact hundredths). */
export function shareOf(room: RoomShareInput): number {
  const centi = Math.round(room.usableAreaM2 * 100);
  const n = Math.max(1, room.occupants);
  return Math.floor((2 * centi + n) / (2 * n)) / 100;
}

/** A person's office area: the sum of their shares of every office room they hold (main and side posts, rest room and toilet included). */
export function personOfficeArea(rooms: readonly RoomShareInput[]): number {
  return round2(rooms.reduce((s, r) => s + shareOf(r), 0));
}

/** Overrun = actual − standard when positive, else 0. */
export function overrunOf(actualM2: number, standardM2: number): number {
  return round2(Math.max(0, actualM2 - standardM2));
}

export type SuiteViolation = 'toilet-not-allowed' | 'toilet-too-large';

/**
 * The standard's toilet rule: only the posts it names may have a 卫生间 inside their area, of at
 * most `toiletMaxM2`; a rest room is allowed for anyone inside the area (no extra allowance).
 */
export function suiteViolations(rooms: readonly RoomShareInput[], rule: { toiletAllowed: boolean; toiletMaxM2: number | null }): SuiteViolation[] {
  const toilets = rooms.filter((r) => r.suitePart === 'toilet');
  if (toilets.length === 0) return [];
  if (!rule.toiletAllowed) return ['toilet-not-allowed'];
  const total = toilets.reduce((s, r) => s + r.usableAreaM2, 0);
  return rule.toiletMaxM2 !== null && total > rule.toiletMaxM2 ? ['toilet-too-large'] : [];
}

/** One person's check. */
export function checkPerson(rooms: readonly RoomShareInput[], standard: { usableM2: number; toiletAllowed: boolean; toiletMaxM2: number | null }) {
  const actualM2 = personOfficeArea(rooms);
  return { actualM2, standardM2: standard.usableM2, overrunM2: overrunOf(actualM2, standard.usableM2), violations: suiteViolations(rooms, standard) };
}
