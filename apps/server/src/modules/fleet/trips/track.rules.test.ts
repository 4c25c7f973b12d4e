import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haversineKm, parseCsv, parseGpx, parseTrack, simplify, summarizeTrack, trackMismatch } from './track.rules.js';

const gpx = readFileSync(new URL('./fixtures/dinghai-walk.gpx', import.meta.url), 'utf8');
// One step of 0.005° along a meridian: 6371.0088 km × 0.005 × π/180 = 0.555975 km.
const STEP_KM = 6371.0088 * 0.005 * Math.PI / 180;

describe('track rules', () => {
  it('haversine: 1° of latitude is 111.195 km; 1° of longitude on the equator the same', () => {
    // 6371.0088 × π/180 = 111.19508
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.19508, 4);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.19508, 4);
    // at 60° N a degree of longitude is shorter: 2R·asin(cos60°·sin0.5°) = 55.5966 km
    expect(haversineKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(55.5966, 3);
  });

  it('reads the GPX fixture: 5 track points over both segments, the planned route ignored', () => {
    const pts = parseGpx(gpx);
    expect(pts).toHaveLength(5);
    expect(pts[0]).toEqual({ lat: 30.01, lon: 122.106, at: new Date('2031-03-10T01:00:00Z') });
    const s = summarizeTrack(pts);
    // 4 steps × 0.555975 = 2.2239 km → 2.22
    expect(s.distanceKm).toBe(2.22);
    expect(4 * STEP_KM).toBeCloseTo(2.2239, 4);
    // 0.555975 km in 1 min = 33.36 km/h → 33.4
    expect(s.maxSpeedKmh).toBe(33.4);
    expect(s.startedAt).toBe('2031-03-10T01:00:00.000Z');
    expect(s.endedAt).toBe('2031-03-10T01:04:00.000Z');
    // a straight line simplifies to its two ends
    expect(s.polyline).toEqual([[30.01, 122.106], [30.03, 122.106]]);
  });

  it('reads CSV with or without a header, in the header order', () => {
    const a = parseCsv('30.01,122.106,2031-03-10T01:00:00Z\n30.015,122.106,2031-03-10T01:01:00Z\n');
    const b = parseCsv('time,lon,lat\n2031-03-10T01:00:00Z,122.106,30.01\n2031-03-10T01:01:00Z,122.106,30.015\n');
    expect(a).toEqual(b);
    expect(summarizeTrack(a).distanceKm).toBe(0.56); // 0.555975 → 0.56
  });

  it('refuses bad input with 400 naming the place', () => {
    expect(() => parseCsv('lat,lon\n91,122')).toThrow(/第 1 行/);
    expect(() => parseCsv('30,122,yesterday')).toThrow(/yesterday/);
    expect(() => parseTrack('30,122,2031-03-10T01:00:00Z')).toThrow(/at least 2 points/);
    expect(() => parseCsv('a,b\n1,2')).toThrow(/lat and lon/);
  });

  it('simplify keeps a corner and drops points on a straight leg', () => {
    const p = (lat: number, lon: number) => ({ lat, lon, at: null });
    const line = [p(30, 122), p(30.005, 122), p(30.01, 122), p(30.01, 122.005), p(30.01, 122.01)];
    expect(simplify(line, 0.005)).toEqual([p(30, 122), p(30.01, 122), p(30.01, 122.01)]);
  });

  it('flags a GPS / odometer difference beyond max(minKm, ratio × odometer)', () => {
    const rule = { ratio: 0.2, minKm: 2 };
    // odo 10: limit max(2, 2) = 2; |12.5 − 10| = 2.5 > 2 → flagged
    expect(trackMismatch(12.5, 10, rule)).toMatch(/相差 2\.5 km，超过允许差 2\.0 km/);
    // odo 100: limit 20; |85 − 100| = 15 ≤ 20 → fine
    expect(trackMismatch(85, 100, rule)).toBeNull();
    expect(trackMismatch(85, null, rule)).toBeNull();
  });
});
