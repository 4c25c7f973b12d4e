/**
 * GPS track import (GPX / CSV lat,lon,time): parsing, great-circle distance, a simplified polyline
 * and the comparison with the odometer. Pure functions, no database.
 */
import { AppError } from '../../../platform/http/errors.js';

export interface TrackPoint {
  lat: number;
  lon: number;
  /** Instant of the fix; null when the file has none. */
  at: Date | null;
}

export interface TrackSummary {
  points: number;
  distanceKm: number;
  startedAt: string | null;
  endedAt: string | null;
  maxSpeedKmh: number | null;
  /** Simplified polyline [lat, lon] (Douglas–Peucker), at most `maxPolyline` points. */
  polyline: Array<[number, number]>;
}

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance between two fixes by the haversine formula, km. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function pathKm(points: readonly TrackPoint[]): number {
  let km = 0;
  for (let i = 1; i < points.length; i++) km += haversineKm(points[i - 1]!, points[i]!);
  return km;
}

const bad = (zh: string, en: string) => new AppError(400, 'FLEET_TRACK_INVALID', zh, en, [{ path: 'body', code: 'FLEET_TRACK_INVALID', message: zh }]);

function checkPoint(lat: number, lon: number, where: string): void {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw bad(`轨迹文件${where}的坐标无效`, `Invalid coordinates at ${where}`);
  }
}

function parseTime(s: string | undefined, where: string): Date | null {
  if (!s || !s.trim()) return null;
  const d = new Date(s.trim());
  if (Number.isNaN(d.getTime())) throw bad(`轨迹文件${where}的时间“${s}”无法识别`, `Unreadable time "${s}" at ${where}`);
  return d;
}

/** GPX 1.0/1.1: every `<trkpt>` (or `<rtept>` when there is no track) with its `<time>`. */
export function parseGpx(xml: string): TrackPoint[] {
  const out: TrackPoint[] = [];
  const re = /<(trkpt|rtept)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g;
  const attr = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(attrs)?.[1];
  let m: RegExpExecArray | null;
  let trk = 0;
  while ((m = re.exec(xml))) {
    if (m[1] === 'trkpt') trk++;
    const where = `第 ${out.length + 1} 个点`;
    const lat = Number(attr(m[2]!, 'lat'));
    const lon = Number(attr(m[2]!, 'lon'));
    checkPoint(lat, lon, where);
    const time = /<time>([^<]*)<\/time>/.exec(m[4] ?? '')?.[1];
    out.push({ lat, lon, at: parseTime(time, where), ...(m[1] === 'rtept' ? { rte: true } : {}) } as TrackPoint);
  }
  // why: a GPX with a track may also carry a planned route; only the recorded track counts.
  const points = trk > 0 ? out.filter((p) => !(p as { rte?: boolean }).rte) : out;
  return points.map(({ lat, lon, at }) => ({ lat, lon, at }));
}

/** CSV with columns lat,lon,time (a header row naming them is optional; the order of named columns is respected). */
export function parseCsv(text: string): TrackPoint[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  if (lines.length === 0) return [];
  let cols = { lat: 0, lon: 1, time: 2 };
  const head = lines[0]!.toLowerCase().split(',').map((c) => c.trim());
  if (head.slice(0, 2).some((c) => c === '' || Number.isNaN(Number(c)))) {
    const find = (...names: string[]) => head.findIndex((c) => names.includes(c));
    cols = { lat: find('lat', 'latitude', '纬度'), lon: find('lon', 'lng', 'longitude', '经度'), time: find('time', 'timestamp', 'at', '时间') };
    if (cols.lat < 0 || cols.lon < 0) throw bad('CSV 表头须包含 lat、lon 列', 'The CSV header must name lat and lon columns');
    lines.shift();
  }
  return lines.map((line, i) => {
    const f = line.split(',');
    const where = `第 ${i + 1} 行`;
    const lat = Number(f[cols.lat]);
    const lon = Number(f[cols.lon]);
    checkPoint(lat, lon, where);
    return { lat, lon, at: cols.time >= 0 ? parseTime(f[cols.time], where) : null };
  });
}

/** GPX when it looks like XML, CSV otherwise. */
export function parseTrack(body: string): TrackPoint[] {
  const points = body.trimStart().startsWith('<') ? parseGpx(body) : parseCsv(body);
  if (points.length < 2) throw bad('轨迹至少需要 2 个定位点', 'A track needs at least 2 points');
  return points;
}

function perpendicularKm(p: TrackPoint, a: TrackPoint, b: TrackPoint): number {
  // why: a local equirectangular projection is accurate enough for simplification tolerances of metres.
  const k = Math.cos(rad((a.lat + b.lat) / 2));
  const [ax, ay, bx, by, px, py] = [a.lon * k, a.lat, b.lon * k, b.lat, p.lon * k, p.lat];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const deg = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  return rad(deg) * EARTH_RADIUS_KM;
}

/** Douglas–Peucker with a tolerance in km (iterative, so long tracks do not overflow the stack). */
export function simplify(points: readonly TrackPoint[], toleranceKm: number): TrackPoint[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop()!;
    let maxD = 0;
    let idx = -1;
    for (let i = s + 1; i < e; i++) {
      const d = perpendicularKm(points[i]!, points[s]!, points[e]!);
      if (d > maxD) { maxD = d; idx = i; }
    }
    if (idx >= 0 && maxD > toleranceKm) {
      keep[idx] = 1;
      stack.push([s, idx], [idx, e]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Distance, times, top speed and a polyline of at most `maxPolyline` points (the tolerance doubles until it fits). */
export function summarizeTrack(points: readonly TrackPoint[], maxPolyline = 500): TrackSummary {
  let tol = 0.005;
  let line = simplify(points, tol);
  while (line.length > maxPolyline) { tol *= 2; line = simplify(points, tol); }
  const timed = points.filter((p) => p.at);
  let maxSpeed: number | null = null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (!a.at || !b.at) continue;
    const h = (b.at.getTime() - a.at.getTime()) / 3_600_000;
    if (h <= 0) continue;
    const v = haversineKm(a, b) / h;
    if (maxSpeed === null || v > maxSpeed) maxSpeed = v;
  }
  return {
    points: points.length,
    distanceKm: round(pathKm(points), 2),
    startedAt: timed[0]?.at?.toISOString() ?? null,
    endedAt: timed[timed.length - 1]?.at?.toISOString() ?? null,
    maxSpeedKmh: maxSpeed === null ? null : round(maxSpeed, 1),
    polyline: line.map((p) => [round(p.lat, 6), round(p.lon, 6)]),
  };
}

/**
 * Whether the GPS distance and the odometer distance disagree beyond the tolerance: |gps − odo| > max(minKm, ratio × odo).
 * Returns the flag text (zh) or null.
 */
export function trackMismatch(gpsKm: number, odometerKm: number | null, rule: { ratio: number; minKm: number }): string | null {
  if (odometerKm === null) return null;
  const diff = Math.abs(gpsKm - odometerKm);
  const limit = Math.max(rule.minKm, rule.ratio * odometerKm);
  if (diff <= limit) return null;
  return `GPS 轨迹里程 ${gpsKm.toFixed(1)} km 与里程表 ${odometerKm.toFixed(1)} km 相差 ${diff.toFixed(1)} km，超过允许差 ${limit.toFixed(1)} km`;
}
