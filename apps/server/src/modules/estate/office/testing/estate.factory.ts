/** Test factories of the estate core: build agencies, people, buildings, floors and rooms through the real API. */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { as, login, type Session } from '../../../../../test/helpers/test-app.js';

let seq = 0;
const next = () => { seq += 1; return `${process.pid % 1000}${seq}`; };

export async function estateFactory(app: FastifyInstance, session?: Session) {
  const center = session ?? (await login(app, 'center'));
  const call = as(app, center);
  const ok = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: unknown) => {
    const res = await call(method, url, body);
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const regions = (await ok('GET', '/api/v1/org/regions')).items as Array<{ id: string; code: string; adminLevel: string }>;
  const regionOf = (level: 'city' | 'county') => regions.find((r) => r.adminLevel === level)!.id;

  return {
    center, call, ok, regionOf,
    async agency(level: 'city' | 'county' = 'city') {
      const n = next();
      return ok('POST', '/api/v1/org/agencies', { code: `EST${n}`, name: `测试房产局${n}`, kind: 'government', regionId: regionOf(level), headcount: 10 }) as Promise<{ id: string; name: string }>;
    },
    async person(agencyId: string, rank: string, adminLevel: 'city' | 'county', name = `干部${next()}`) {
      return ok('POST', '/api/v1/org/people', { name, gender: 'M', agencyId, rank, adminLevel, post: rank }) as Promise<{ id: string; name: string }>;
    },
    async building(level: 'city' | 'county' = 'city') {
      const n = next();
      return ok('POST', '/api/v1/estate/buildings', { name: `测试楼${n}`, code: `B${n}`, regionId: regionOf(level), floorsAbove: 3, constructionAreaM2: 1234.5 }) as Promise<{ id: string }>;
    },
    async floor(buildingId: string, level = 1) {
      return ok('POST', '/api/v1/estate/floors', { buildingId, level, name: `${level}层` }) as Promise<{ id: string }>;
    },
    async room(floorId: string, agencyId: string | null, usableAreaM2: number, extra: Record<string, unknown> = {}) {
      return ok('POST', '/api/v1/estate/rooms', { floorId, number: `R${next()}`, useClass: 'office', usableAreaM2, agencyId, ...extra }) as Promise<{ id: string; number: string }>;
    },
    async assign(personId: string, roomId: string, kind: 'main' | 'side' = 'main', startDate = '2025-01-01') {
      return ok('POST', '/api/v1/estate/assignments', { personId, roomId, kind, startDate }) as Promise<{ id: string }>;
    },
  };
}

export const expectStatus = (res: { statusCode: number; body: string }, status: number) => expect(res.statusCode, res.body).toBe(status);
