import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetApp, type Req } from '../test/fleet-test-kit.js';

let app: FastifyInstance;
let center: Req;
let agency: Req;
let sampleId: string;
let centerAgencyId: string;

beforeAll(async () => { ({ app, center, agency, sampleId, centerAgencyId } = await fleetApp()); });
afterAll(async () => { await app?.close(); });

const mkDriver = async (name: string, emergencyTeam = false, agencyId = sampleId) => {
  const r = await center('POST', '/api/v1/fleet/drivers', { name, agencyId, licenceClass: 'C1', licenceExpiry: '2031-12-31', emergencyTeam });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
};
const offered = async (day: string) => ((await center('GET', `/api/v1/fleet/drivers-available?from=${day}T09:00:00%2B08:00&to=${day}T11:00:00%2B08:00&agencyId=${sampleId}`)).json().items as Array<{ id: string }>).map((d) => d.id);
const week = async (driverId: string) => ((await center('GET', `/api/v1/fleet/driver-roster?from=2026-12-07&to=2026-12-13&driverId=${driverId}`)).json().items as Array<{ day: string; shift: string }>).map((r) => [r.day, r.shift]);

describe('排班 grid', () => {
  it('saves a week for several drivers in one call; a day off removes the driver from dispatch that day only', async () => {
    const a = await mkDriver('排班甲', true);
    const b = await mkDriver('排班乙');
    expect(await offered('2026-12-08')).toEqual(expect.arrayContaining([a, b]));
    const saved = await center('POST', '/api/v1/fleet/driver-roster/batch', { entries: [
      { driverId: a, day: '2026-12-07', shift: 'day' }, { driverId: a, day: '2026-12-08', shift: 'off' }, { driverId: a, day: '2026-12-09', shift: 'standby' },
      { driverId: b, day: '2026-12-08', shift: 'night' },
    ] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ set: 4, cleared: 0 });
    expect(await week(a)).toEqual([['2026-12-07', 'day'], ['2026-12-08', 'off'], ['2026-12-09', 'standby']]);
    // off on 8 Dec: not offered on the 8th, offered on the 9th (standby) and for b (night shift) on the 8th
    const on8 = await offered('2026-12-08');
    expect(on8).not.toContain(a);
    expect(on8).toContain(b);
    expect(await offered('2026-12-09')).toContain(a);
    // clearing the 8th (shift null) puts a back on duty; clearing a day without a row changes nothing
    const cleared = await center('POST', '/api/v1/fleet/driver-roster/batch', { entries: [{ driverId: a, day: '2026-12-08', shift: null }, { driverId: a, day: '2026-12-10', shift: null }] });
    expect(cleared.json()).toEqual({ set: 0, cleared: 1 });
    expect(await week(a)).toEqual([['2026-12-07', 'day'], ['2026-12-09', 'standby']]);
    expect(await offered('2026-12-08')).toContain(a);
  });

  it('refuses what is not a shift, an unknown driver (the whole batch), and a driver outside the account\'s scope', async () => {
    const a = await mkDriver('排班丙');
    expect((await center('POST', '/api/v1/fleet/driver-roster/batch', { entries: [{ driverId: a, day: '2026-12-07', shift: 'holiday' }] })).statusCode).toBe(400);
    expect((await center('POST', '/api/v1/fleet/driver-roster/batch', { entries: [{ driverId: a, day: '2026-02-30', shift: 'off' }] })).statusCode).toBe(400);
    const unknown = await center('POST', '/api/v1/fleet/driver-roster/batch', { entries: [
      { driverId: a, day: '2026-12-07', shift: 'off' }, { driverId: '01900000-0000-7000-8000-000000000000', day: '2026-12-07', shift: 'off' },
    ] });
    expect(unknown.statusCode).toBe(404);
    expect(await week(a)).toEqual([]); // one transaction: a's entry was not kept either
    // the agency officer rosters the drivers of its own agency, not the center's
    const foreign = await mkDriver('中心驾驶员', false, centerAgencyId);
    expect((await agency('POST', '/api/v1/fleet/driver-roster/batch', { entries: [{ driverId: a, day: '2026-12-07', shift: 'off' }] })).statusCode).toBe(200);
    expect((await agency('POST', '/api/v1/fleet/driver-roster/batch', { entries: [{ driverId: foreign, day: '2026-12-07', shift: 'off' }] })).statusCode).toBe(404);
    expect(await week(foreign)).toEqual([]);
  });
});
