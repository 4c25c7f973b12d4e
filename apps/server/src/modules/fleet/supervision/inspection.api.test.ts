import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetApp, sedan, setQuotaFree, type Req } from '../test/fleet-test-kit.js';

let app: FastifyInstance;
let center: Req;
let sampleId: string;
let centerAgencyId: string;
let vehicleId: string;
let foreignVehicleId: string;

beforeAll(async () => {
  ({ app, center, sampleId, centerAgencyId } = await fleetApp());
  await setQuotaFree(center, sampleId, 'other', 1);
  await setQuotaFree(center, centerAgencyId, 'other', 1);
  vehicleId = (await center('POST', '/api/v1/fleet/vehicles', sedan(sampleId))).json().id;
  foreignVehicleId = (await center('POST', '/api/v1/fleet/vehicles', sedan(centerAgencyId))).json().id;
});
afterAll(async () => { await app.close(); });

describe('special inspections and their findings', () => {
  it('checks the finding against its inspection; closes only when every finding is rectified; a closed one takes no more findings', async () => {
    const insp = await center('POST', '/api/v1/fleet/special-inspections', { agencyId: sampleId, title: '节前公车使用专项检查', inspectedOn: '2026-09-20', inspectors: '张三、李四' });
    expect(insp.statusCode, insp.body).toBe(201);
    const id = insp.json().id as string;
    const finding = (b: Record<string, unknown>) => center('POST', '/api/v1/fleet/inspection-findings', { inspectionId: id, description: '车辆未按规定停放', deadline: '2026-10-15', ...b });

    // a deadline before the inspection day, a vehicle of another agency: 400 naming each field
    const bad = await finding({ deadline: '2026-09-19', vehicleId: foreignVehicleId });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().fields as Array<{ path: string }>).map((f) => f.path).sort()).toEqual(['deadline', 'vehicleId']);

    const a = await finding({ vehicleId });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json().agencyId).toBe(sampleId);
    const b = await finding({ description: '派车单填写不全', deadline: '2026-09-30' });
    expect(b.statusCode, b.body).toBe(201);

    // the findings of the inspection, earliest deadline first
    const list = (await center('GET', `/api/v1/fleet/inspection-findings?inspectionId=${id}`)).json();
    expect(list.items.map((f: { id: string }) => f.id)).toEqual([b.json().id, a.json().id]);

    // closing with 2 open findings, then with 1 (after one is rectified): 422 naming how many are open
    const close = () => center('PATCH', `/api/v1/fleet/special-inspections/${id}`, { status: 'closed' });
    let r = await close();
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'FLEET_INSPECTION_FINDINGS_OPEN', ref: { openFindings: 2 } });
    const early = await center('PATCH', `/api/v1/fleet/inspection-findings/${b.json().id}`, { rectifiedOn: '2026-09-01', rectification: '已补填' });
    expect(early.statusCode).toBe(400);
    expect(early.json().fields[0].path).toBe('rectifiedOn');
    expect((await center('PATCH', `/api/v1/fleet/inspection-findings/${b.json().id}`, { rectifiedOn: '2026-09-25', rectification: '已补填派车单' })).statusCode).toBe(200);
    r = await close();
    expect(r.statusCode).toBe(422);
    expect(r.json().ref.openFindings).toBe(1);
    expect((await center('PATCH', `/api/v1/fleet/inspection-findings/${a.json().id}`, { rectifiedOn: '2026-10-10', rectification: '已定点停放' })).statusCode).toBe(200);
    r = await close();
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().status).toBe('closed');

    // closed: no new findings and no edits until reopened
    const late = await finding({});
    expect(late.statusCode).toBe(422);
    expect(late.json().code).toBe('FLEET_INSPECTION_CLOSED');
    expect((await center('PATCH', `/api/v1/fleet/special-inspections/${id}`, { status: 'open' })).statusCode).toBe(200);
    expect((await finding({})).statusCode).toBe(201);
  });
});
