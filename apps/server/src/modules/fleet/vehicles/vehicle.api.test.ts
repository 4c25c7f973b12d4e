import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../test/helpers/xlsx.js';
import { fleetApp, plate, sedan, setQuotaFree, type Req } from '../test/fleet-test-kit.js';

let app: FastifyInstance;
let center: Req;
let agency: Req;
let sampleId: string;
let centerAgencyId: string;

beforeAll(async () => {
  ({ app, center, agency, sampleId, centerAgencyId } = await fleetApp());
});
afterAll(async () => { await app.close(); });

describe('vehicle register: standards and quota', () => {
  it('registers within standard and quota, lists and reads it, and refuses the same plate with 409', async () => {
    await setQuotaFree(center, sampleId, 'other', 2);
    const body = sedan(sampleId);
    const r = await agency('POST', '/api/v1/fleet/vehicles', body);
    expect(r.statusCode, r.body).toBe(201);
    const v = r.json();
    expect(v).toMatchObject({ plate: body.plate, status: 'in-use', isNewEnergy: true, agencyName: '舟山市教育局' });
    const list = (await agency('GET', `/api/v1/fleet/vehicles?q=${encodeURIComponent(body.plate)}`)).json();
    expect(list.items.map((x: { id: string }) => x.id)).toEqual([v.id]);
    const dup = await agency('POST', '/api/v1/fleet/vehicles', { ...body, plate: body.plate.replace('·', '') });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('FLEET_PLATE_TAKEN');
  });

  it('refuses a confidential car above ¥120,000 with 422 naming the rule and limit', async () => {
    await setQuotaFree(center, sampleId, 'confidential', 1);
    const r = await agency('POST', '/api/v1/fleet/vehicles', sedan(sampleId, { kind: 'confidential', energy: 'gasoline', priceFen: 12_500_000, displacementL: 1.5, batteryKwh: null, tankLitres: 50, normPer100km: 7.5 }));
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('FLEET_STANDARD_EXCEEDED');
    expect(r.json().message).toContain('机要通信用车');
    expect(r.json().message).toContain('120,000元');
    expect(r.json().ref.breaches).toEqual([{ rule: 'standard:confidential:price', limit: 12_000_000, actual: 12_500_000 }]);
  });

  it('refuses a vehicle beyond quota with 422 naming the quota; a disposed vehicle frees its slot', async () => {
    const { quota } = await setQuotaFree(center, sampleId, 'emergency', 1);
    const first = await agency('POST', '/api/v1/fleet/vehicles', sedan(sampleId, { kind: 'emergency' }));
    expect(first.statusCode, first.body).toBe(201);
    const second = await agency('POST', '/api/v1/fleet/vehicles', sedan(sampleId, { kind: 'emergency' }));
    expect(second.statusCode).toBe(422);
    expect(second.json().code).toBe('FLEET_QUOTA_EXCEEDED');
    expect(second.json().message).toContain(`编制${quota}辆`);
    const id = first.json().id;
    expect((await center('POST', `/api/v1/fleet/vehicles/${id}/mark-for-disposal`, { reason: '报废年限' })).statusCode).toBe(200);
    const noParty = await center('POST', `/api/v1/fleet/vehicles/${id}/dispose`, {});
    expect(noParty.statusCode).toBe(400);
    const d = await center('POST', `/api/v1/fleet/vehicles/${id}/dispose`, { receivingParty: '舟山市公物仓', disposalMethod: 'warehouse', documentNo: '舟机管〔2025〕1号' });
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json()).toMatchObject({ fromStatus: 'pending-disposal', toStatus: 'disposed', receivingParty: '舟山市公物仓' });
    const db = (app.platform as unknown as { db: { execute(q: unknown): Promise<{ rows: Array<{ type: string }> }> } }).db;
    const { sql } = await import('drizzle-orm');
    const ev = await db.execute(sql`select type from platform_event_outbox where payload->>'vehicleId' = ${id} order by created_at, id`);
    expect(ev.rows.map((r) => r.type)).toEqual(['fleet.vehicle.registered', 'fleet.vehicle.status-changed', 'fleet.vehicle.disposed']);
    const third = await agency('POST', '/api/v1/fleet/vehicles', sedan(sampleId, { kind: 'emergency' }));
    expect(third.statusCode, third.body).toBe(201);
  });

  it('an approved override request lets an above-standard vehicle in once, and it is audited', async () => {
    await setQuotaFree(center, sampleId, 'confidential', 2);
    const v = sedan(sampleId, { kind: 'confidential', energy: 'gasoline', priceFen: 13_000_000, displacementL: 1.6, batteryKwh: null, normPer100km: 7 });
    const req = await agency('POST', '/api/v1/fleet/override-requests', { vehicle: v, reason: '涉密通信设备加装，须选用更高配置车型' });
    expect(req.statusCode, req.body).toBe(201);
    expect(req.json()).toMatchObject({ status: 'pending', rules: ['standard:confidential:price'] });
    const early = await agency('POST', '/api/v1/fleet/vehicles', { ...v, overrideRequestId: req.json().id });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('FLEET_OVERRIDE_NOT_APPROVED');
    // approve every open task of the instance as the center (the officer cannot approve their own request)
    for (let i = 0; i < 3; i++) {
      const tasks = (await center('GET', '/api/v1/workflow/tasks?status=open')).json() as { items: Array<{ id: string; instanceId: string }> };
      const t = tasks.items.find((x) => x.instanceId === req.json().workflowInstanceId);
      if (!t) break;
      expect((await center('POST', `/api/v1/workflow/tasks/${t.id}/approve`, { comment: '同意' })).statusCode).toBe(200);
    }
    const ok = await agency('POST', '/api/v1/fleet/vehicles', { ...v, overrideRequestId: req.json().id });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().overrideRequestId).toBe(req.json().id);
    const again = await agency('POST', '/api/v1/fleet/vehicles', { ...v, plate: v.plate, overrideRequestId: req.json().id });
    expect(again.statusCode).toBe(409);
    const audit = await as0('GET', '/api/v1/audit/records?action=fleet.vehicle.override-used&pageSize=50');
    expect(audit.statusCode, audit.body).toBe(200);
    const rec = (audit.json().items as Array<{ objectId: string; after: { overrideRequestId: string } }>).find((x) => x.objectId === ok.json().id);
    expect(rec?.after.overrideRequestId).toBe(req.json().id);
  });
});

let as0: Req;
beforeAll(async () => {
  const { as, login } = await import('../../../../test/helpers/test-app.js');
  as0 = as(app, await login(app, 'auditor'));
});

describe('vehicle scope, status and export', () => {
  it('an agency officer cannot read or change a vehicle of another agency', async () => {
    await setQuotaFree(center, centerAgencyId, 'other', 1);
    const r = await center('POST', '/api/v1/fleet/vehicles', sedan(centerAgencyId));
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id;
    expect((await agency('GET', `/api/v1/fleet/vehicles/${id}`)).statusCode).toBe(404);
    expect((await agency('PATCH', `/api/v1/fleet/vehicles/${id}`, { notes: 'x' })).statusCode).toBe(404);
    const mine = (await agency('GET', '/api/v1/fleet/vehicles?pageSize=200')).json() as { items: Array<{ agencyId: string }> };
    expect(mine.items.every((x) => x.agencyId === sampleId)).toBe(true);
    expect((await agency('POST', '/api/v1/fleet/vehicles', sedan(centerAgencyId))).statusCode).toBe(403);
  });

  it('seals and unseals; an illegal transition is a 409 naming the status', async () => {
    await setQuotaFree(center, sampleId, 'other', 1);
    const id = (await agency('POST', '/api/v1/fleet/vehicles', sedan(sampleId))).json().id;
    expect((await center('POST', `/api/v1/fleet/vehicles/${id}/seal`, { reason: '国庆封存' })).statusCode).toBe(200);
    expect((await center('GET', `/api/v1/fleet/vehicles/${id}`)).json().status).toBe('sealed');
    const bad = await center('POST', `/api/v1/fleet/vehicles/${id}/dispose`, { receivingParty: 'x', disposalMethod: 'scrap' });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().message).toContain('封存');
    expect((await center('POST', `/api/v1/fleet/vehicles/${id}/unseal`, {})).statusCode).toBe(200);
    const hist = (await center('GET', `/api/v1/fleet/vehicles/${id}/status-changes`)).json();
    expect(hist.items.map((h: { toStatus: string }) => h.toStatus)).toEqual(['in-use', 'sealed']);
  });

  it('exports the filtered ledger as .xlsx with Chinese headers', async () => {
    const r = await center('GET', `/api/v1/fleet/vehicles?agencyId=${sampleId}&format=xlsx`);
    expect(r.statusCode).toBe(200);
    const rows = await readXlsx(r.rawPayload);
    expect(rows[0]!.slice(0, 4)).toEqual(['车牌号', '品牌', '型号', '类别']);
    expect(rows.length).toBeGreaterThan(1);
  });

  it('attaches a scanned document to the vehicle file; the dispatcher may download it, a cadre may not', async () => {
    await setQuotaFree(center, sampleId, 'other', 1);
    const id = (await agency('POST', '/api/v1/fleet/vehicles', sedan(sampleId))).json().id;
    const boundary = '----zdfleettest';
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="xingshizheng.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), pdf, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const up = await agency('POST', '/api/v1/files?use=fleet.vehicle.document', payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    expect(up.statusCode, up.body).toBe(201);
    const att = await agency('POST', `/api/v1/fleet/vehicles/${id}/files`, { kind: 'document', fileIds: [up.json().id] });
    expect(att.statusCode, att.body).toBe(200);
    const files = (await agency('GET', `/api/v1/fleet/vehicles/${id}/files`)).json();
    expect(files.items).toMatchObject([{ id: up.json().id, use: 'fleet.vehicle.document', mime: 'application/pdf' }]);
    const { as, login } = await import('../../../../test/helpers/test-app.js');
    const dispatcher = as(app, await login(app, 'dispatcher'));
    expect((await dispatcher('GET', `/api/v1/files/${up.json().id}`)).statusCode).toBe(200);
    const staff = as(app, await login(app, 'staff'));
    expect([403, 404]).toContain((await staff('GET', `/api/v1/files/${up.json().id}`)).statusCode);
  });

  it('pages in plate order with the scoped total on every page, and past the end', async () => {
    type Page = { items: Array<{ plate: string; agencyId: string }>; total: number };
    const all = (await agency('GET', '/api/v1/fleet/vehicles?pageSize=200')).json() as Page;
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(4);
    expect(new Set(all.items.map((v) => v.agencyId)).size).toBe(1);
    const plates = all.items.map((v) => v.plate);
    expect(plates).toEqual([...plates].sort());
    const p2 = (await agency('GET', '/api/v1/fleet/vehicles?pageSize=2&page=2')).json() as Page;
    expect(p2).toEqual({ items: all.items.slice(2, 4), total: all.total, nextCursor: expect.any(String) });
    const past = (await agency('GET', '/api/v1/fleet/vehicles?pageSize=2&page=999')).json() as Page;
    expect(past).toEqual({ items: [], total: all.total, nextCursor: null });
  });

  it("a page's rows, written by PostgreSQL, are each vehicle's record as read one by one, and match the response schema", async () => {
    await setQuotaFree(center, sampleId, 'other', 2);
    await setQuotaFree(center, sampleId, 'law-enforcement', 1);
    const notes = '备注 "引号" \\ 反斜杠 😀\n第二行';
    const varied = [
      sedan(sampleId, { vin: 'LSVAU2180N2123456', notes, insuranceDue: '2026-12-31', nextServiceKm: 15_000, gpsTerminalId: 'GT-01' }),
      sedan(sampleId, { kind: 'law-enforcement', energy: 'gasoline', displacementL: 1.25, tankLitres: 50.5, batteryKwh: null, normPer100km: 7.05, priceFen: 13_990_000 }),
    ];
    const ids: string[] = [];
    for (const body of varied) {
      const r = await center('POST', '/api/v1/fleet/vehicles', body);
      expect(r.statusCode, r.body).toBe(201);
      ids.push(r.json().id);
    }
    // why: timestamps with microseconds, where rounding instead of truncating to milliseconds would show.
    const db = (app.platform as unknown as { db: { execute(q: unknown): Promise<unknown> } }).db;
    const { sql } = await import('drizzle-orm');
    await db.execute(sql`update fleet_vehicle set created_at = '2026-03-04 05:06:07.999999+08', updated_at = '2026-03-04 23:59:59.1235+00' where id = ${ids[0]}`);
    const { keysetPageOf } = await import('../../../platform/http/paging.js');
    const { vehicle } = await import('./vehicle.schemas.js');
    const r = await center('GET', `/api/v1/fleet/vehicles?agencyId=${sampleId}&pageSize=200`);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    const page = keysetPageOf(vehicle.strict()).parse(r.json());
    for (const id of ids) {
      const row = page.items.find((v) => v.id === id);
      expect(row).toStrictEqual((await center('GET', `/api/v1/fleet/vehicles/${id}`)).json());
    }
    expect(page.items.find((v) => v.id === ids[0])).toMatchObject({ createdAt: '2026-03-03T21:06:07.999Z', updatedAt: '2026-03-04T23:59:59.123Z', notes });
    expect(page.items.find((v) => v.id === ids[1])).toMatchObject({ displacementL: 1.25, tankLitres: 50.5, normPer100km: 7.05, isNewEnergy: false });
  });

  it('validates the plate format with a field error', async () => {
    const r = await center('POST', '/api/v1/fleet/vehicles', sedan(sampleId, { plate: 'ABC' }));
    expect(r.statusCode).toBe(400);
    // malformed values never reach SQL: an impossible date, a bad uuid or boolean filter are 400s
    expect((await center('POST', '/api/v1/fleet/vehicles', sedan(sampleId, { purchaseDate: '2025-02-30' }))).statusCode).toBe(400);
    expect((await center('GET', '/api/v1/fleet/insurances?vehicleId=abc')).statusCode).toBe(400);
    expect((await center('GET', '/api/v1/fleet/drivers?emergencyTeam=maybe')).statusCode).toBe(400);
    expect((await center('GET', '/api/v1/fleet/drivers?emergencyTeam=true&pageSize=200')).json().items.every((d: { emergencyTeam: boolean }) => d.emergencyTeam)).toBe(true);
    void plate;
  });
});
