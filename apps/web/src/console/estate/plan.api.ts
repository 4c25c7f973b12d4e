import { ApiError, get, http, type Page } from '../../shared/api';
import { API, OCCUPANCY_COLOURS, STANDARD_COLOURS, USE_COLOURS, type Floor, type FloorPlan, type PlanRoom, type Point, type Room } from './types';

export type ColourMode = 'use' | 'occupancy' | 'standard';

/** GET /floors/:id/plan; until that route exists on a server, the floor and its rooms without occupants. */
export async function loadPlan(floorId: string): Promise<FloorPlan> {
  try {
    const [raw, floor] = await Promise.all([get<Record<string, unknown>>(`${API}/floors/${floorId}/plan`), get<Floor>(`${API}/floors/${floorId}`)]);
    return normalise(raw, floor);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404 || e.body.messageEn !== 'No such route') throw e;
    const [floor, rooms] = await Promise.all([
      get<Floor>(`${API}/floors/${floorId}`),
      get<Page<Room>>(`${API}/rooms`, { floorId, pageSize: 200, sort: 'number:asc' }),
    ]);
    return { floor, planKind: floor.planKind, width: floor.planWidth, height: floor.planHeight, planUrl: fileUrl(floor.planFileId), rooms: rooms.items.map((r) => ({ ...r, outline: (r.outline as Point[] | null), occupants: [] })) };
  }
}

const fileUrl = (id: unknown) => (typeof id === 'string' && id ? `/api/v1/files/${id}` : null);
const num = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v));

/** Accepts the plan answer in its documented shape, tolerant of where the plan file's facts sit. */
function normalise(raw: Record<string, unknown>, floor: Floor): FloorPlan {
  const plan = (raw.plan ?? {}) as Record<string, unknown>;
  const rooms = ((raw.rooms ?? []) as Record<string, unknown>[]).map((r) => ({
    ...(r as unknown as PlanRoom),
    usableAreaM2: Number(r.usableAreaM2 ?? 0),
    overrunM2: num(r.overrunM2),
    occupants: ((r.occupants ?? []) as PlanRoom['occupants']).map((o) => ({ ...o, standardM2: num(o.standardM2), actualM2: num(o.actualM2), overrunM2: num(o.overrunM2) })),
  }));
  return {
    floor,
    planKind: (plan.kind ?? raw.planKind ?? floor.planKind ?? null) as string | null,
    width: num(plan.width ?? raw.planWidth ?? raw.width ?? floor.planWidth),
    height: num(plan.height ?? raw.planHeight ?? raw.height ?? floor.planHeight),
    planUrl: (plan.url ?? raw.planUrl ?? fileUrl(plan.fileId ?? raw.planFileId ?? floor.planFileId)) as string | null,
    rooms,
  };
}

/** Is any occupant of the room over the standard (or the room flagged so by the server)? */
export function isOver(r: PlanRoom): boolean {
  if (r.standardState) return r.standardState === 'over';
  if (r.overStandard !== undefined) return r.overStandard;
  return (r.overrunM2 ?? 0) > 0 || r.occupants.some((o) => (o.overrunM2 ?? 0) > 0);
}

export function roomOverrun(r: PlanRoom): number {
  if (r.overrunM2 !== null && r.overrunM2 !== undefined) return r.overrunM2;
  return r.occupants.reduce((s, o) => s + (o.overrunM2 ?? 0), 0);
}

export function occupancyOf(r: PlanRoom): keyof typeof OCCUPANCY_COLOURS {
  if (r.status === 'repair') return 'repair';
  if (r.occupants.length > 0 || r.status === 'in-use') return 'occupied';
  if (r.status === 'vacant') return 'vacant';
  return 'other';
}

export function colourOf(r: PlanRoom, mode: ColourMode): string {
  if (mode === 'use') return USE_COLOURS[r.useClass] ?? '#bfbfbf';
  if (mode === 'occupancy') return OCCUPANCY_COLOURS[occupancyOf(r)];
  if (isOver(r)) return STANDARD_COLOURS.over;
  return r.useClass === 'office' && r.occupants.length > 0 ? STANDARD_COLOURS.ok : STANDARD_COLOURS.none;
}

/** Where a room without an outline is drawn: a schematic grid below the plan. */
export function schematic(rooms: PlanRoom[], width: number, top: number): Map<string, Point[]> {
  const out = new Map<string, Point[]>();
  const cols = Math.max(1, Math.floor(width / 100));
  const cw = width / cols;
  rooms.forEach((r, i) => {
    const x = (i % cols) * cw + 4;
    const y = top + Math.floor(i / cols) * 70 + 4;
    out.set(r.id, [[x, y], [x + cw - 8, y], [x + cw - 8, y + 62], [x, y + 62]]);
  });
  return out;
}

export function centroid(pts: Point[]): Point {
  let x = 0;
  let y = 0;
  for (const p of pts) {
    x += p[0];
    y += p[1];
  }
  return [x / pts.length, y / pts.length];
}

export const saveOutline = (roomId: string, outline: Point[]) => http<{ ok: boolean }>('PUT', `${API}/rooms/${roomId}/outline`, { body: { outline } });

/** Removes scripts, event handlers and foreign content from an uploaded SVG before it is shown inline. */
export function sanitiseSvg(text: string): { markup: string; width: number | null; height: number | null } | null {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName.toLowerCase() !== 'svg' || doc.querySelector('parsererror')) return null;
  doc.querySelectorAll('script, foreignObject, iframe, object, embed').forEach((n) => n.remove());
  for (const el of Array.from(root.querySelectorAll('*')).concat(root)) {
    for (const a of Array.from(el.attributes)) {
      const v = a.value.trim().toLowerCase();
      if (a.name.toLowerCase().startsWith('on') || ((a.name === 'href' || a.name === 'xlink:href') && !v.startsWith('#') && !v.startsWith('data:image/'))) el.removeAttribute(a.name);
    }
  }
  const vb = root.getAttribute('viewBox')?.split(/[\s,]+/).map(Number);
  const width = vb?.length === 4 ? vb[2]! : num(root.getAttribute('width')?.replace(/px$/, ''));
  const height = vb?.length === 4 ? vb[3]! : num(root.getAttribute('height')?.replace(/px$/, ''));
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

/** Sets a floor's plan: an SVG's text (the server sanitises it) or an image uploaded through platform files. */
export async function uploadPlan(floorId: string, file: File): Promise<void> {
  if (file.name.toLowerCase().endsWith('.svg') || file.type === 'image/svg+xml') {
    await http('PUT', `${API}/floors/${floorId}/plan`, { body: { svg: await file.text(), name: file.name.slice(0, 100) } });
    return;
  }
  const form = new FormData();
  form.append('file', file, file.name);
  // why a Blob: the shared client adds the session's CSRF header to Blob bodies; the boundary comes with the type.
  const multipart = new Response(form);
  const contentType = multipart.headers.get('content-type') ?? 'multipart/form-data';
  const { id } = await http<{ id: string }>('POST', '/api/v1/files', { query: { use: 'estate.floor.plan' }, body: await multipart.blob(), contentType });
  await http('PUT', `${API}/floors/${floorId}/plan`, { body: { fileId: id } });
}
