import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login } from '../../../../test/helpers/test-app.js';
import { fleetApp, type Req } from '../test/fleet-test-kit.js';

let app: FastifyInstance;
let center: Req;
let agency: Req;
let sampleId: string;
let centerAgencyId: string;

beforeAll(async () => { ({ app, center, agency, sampleId, centerAgencyId } = await fleetApp()); });
afterAll(async () => { await app.close(); });

describe('charging stations, piles and sessions', () => {
  it('lists active piles only when asked; a mistyped session is deleted (audited, in scope only)', async () => {
    const st = (await center('POST', '/api/v1/fleet/charging-stations', { agencyId: sampleId, name: '教育局地下车库充电站' })).json();
    const p1 = await center('POST', '/api/v1/fleet/charging-piles', { stationId: st.id, code: 'A-01', kind: 'dc', powerKw: 60 });
    const p2 = await center('POST', '/api/v1/fleet/charging-piles', { stationId: st.id, code: 'A-02', kind: 'ac', powerKw: 7 });
    expect([p1.statusCode, p2.statusCode]).toEqual([201, 201]);
    expect((await center('PATCH', `/api/v1/fleet/charging-piles/${p2.json().id}`, { active: false })).json().active).toBe(false);
    const active = (await center('GET', `/api/v1/fleet/charging-piles?stationId=${st.id}&active=true`)).json();
    expect(active.items.map((p: { code: string }) => p.code)).toEqual(['A-01']);
    expect((await center('GET', `/api/v1/fleet/charging-piles?stationId=${st.id}`)).json().total).toBe(2);

    const s = await center('POST', '/api/v1/fleet/charging-sessions', { pileId: p1.json().id, startedAt: '2026-11-01T09:00:00+08:00', endedAt: '2026-11-01T10:00:00+08:00', kwh: 35.5, amountFen: 4260 });
    expect(s.statusCode, s.body).toBe(201);
    // another agency's officer cannot see or delete it (404, not 403: the row is outside the scope)
    const other = (await center('POST', '/api/v1/fleet/charging-stations', { agencyId: centerAgencyId, name: '中心充电站' })).json();
    const op = (await center('POST', '/api/v1/fleet/charging-piles', { stationId: other.id, code: 'C-01', kind: 'ac', powerKw: 7 })).json();
    const foreign = await center('POST', '/api/v1/fleet/charging-sessions', { pileId: op.id, startedAt: '2026-11-02T09:00:00+08:00', endedAt: '2026-11-02T11:00:00+08:00', kwh: 14, amountFen: 1000 });
    expect((await agency('DELETE', `/api/v1/fleet/charging-sessions/${foreign.json().id}`)).statusCode).toBe(404);
    expect((await center('GET', `/api/v1/fleet/charging-sessions/${foreign.json().id}`)).statusCode).toBe(200);

    const del = await center('DELETE', `/api/v1/fleet/charging-sessions/${s.json().id}`);
    expect(del.statusCode, del.body).toBe(200);
    expect((await center('GET', `/api/v1/fleet/charging-sessions/${s.json().id}`)).statusCode).toBe(404);
    expect((await center('DELETE', `/api/v1/fleet/charging-sessions/${s.json().id}`)).statusCode).toBe(404);
    const auditor = as(app, await login(app, 'auditor'));
    const trail = (await auditor('GET', '/api/v1/audit/records?action=fleet.charging-session.delete&pageSize=10')).json() as { items: Array<{ objectId: string; before: { kwh: number } }> };
    expect(trail.items.map((x) => x.objectId)).toEqual([s.json().id]);
    expect(trail.items[0]!.before.kwh).toBe(35.5);
  });
});
