import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.table.js';
import { notifications } from '../../../platform/notify/notify.table.js';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';
import { dbOf, demoAgencies, makeRooms, upload } from '../census/estate-test-factory.js';
import { shanghaiDay } from '../census/estate-shared.js';
import type { EstateContext } from '../estate.context.js';
import { addDays } from '../leasing/rent-schedule.js';
import { estatePermissions as P } from '../permissions.js';
import { createInspectionsService } from './inspections.service.js';

const today = shanghaiDay(new Date());

describe('special inspections (专项检查)', () => {
  let app: FastifyInstance;
  let center: ReturnType<typeof as>;
  let agency: ReturnType<typeof as>;
  let agencyAccountId = '';
  let ids: Awaited<ReturnType<typeof demoAgencies>>;
  let rooms: Awaited<ReturnType<typeof makeRooms>>;
  let planId = '';
  let findingId = '';

  beforeAll(async () => {
    app = await buildTestApp();
    center = as(app, await login(app, 'center'));
    const a = await login(app, 'agency');
    agencyAccountId = a.user.id;
    agency = as(app, a);
    ids = await demoAgencies(app);
    rooms = await makeRooms(app, ids.sample, ids.regionId, [{ number: '601', areaM2: '36.00' }]);
  });
  afterAll(async () => { await app.close(); });

  it('the center plans an inspection with the discipline commission and records a finding with a photo', async () => {
    const demo = (await agency('GET', '/api/v1/estate/inspection-plans')).json();
    expect(demo.items[0].title).toMatch(/年度党政机关办公用房专项检查$/); // the demo plan covers the agency account's agency
    const p = await center('POST', '/api/v1/estate/inspection-plans', { title: '2026年办公用房专项检查', year: 2026, startsOn: addDays(today, -10), endsOn: addDays(today, 20), agencyIds: [ids.sample, ids.other], disciplineContact: '市纪委监委第三监督检查室' });
    expect(p.statusCode, p.body).toBe(201);
    planId = p.json().id;
    expect((await agency('GET', '/api/v1/estate/inspection-plans')).json().items.map((x: { id: string }) => x.id)).toContain(planId);
    const photo = await upload(center, 'estate.inspection.photo', '现场.png', await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } }).png().toBuffer());
    const body = { agencyId: ids.sample, roomId: rooms.rooms[0]!.id, foundOn: today, category: '超标使用', description: '局长办公室使用面积36平方米，超标12平方米', severity: 'major', rectifyBy: addDays(today, 2), photoFileIds: [photo] };
    expect((await agency('POST', `/api/v1/estate/inspection-plans/${planId}/findings`, body)).statusCode).toBe(403);
    expect((await center('POST', `/api/v1/estate/inspection-plans/${planId}/findings`, { ...body, rectifyBy: addDays(today, -1), photoFileIds: [] })).statusCode).toBe(400);
    const f = await center('POST', `/api/v1/estate/inspection-plans/${planId}/findings`, body);
    expect(f.statusCode, f.body).toBe(201);
    findingId = f.json().id;
    expect(f.json()).toMatchObject({ status: 'open', roomNumber: '601', photos: [expect.objectContaining({ id: photo })] });
    const inbox = await dbOf(app).select().from(notifications).where(eq(notifications.accountId, agencyAccountId));
    expect(inbox.some((n) => n.title.includes('超标使用'))).toBe(true);
  });

  it('reminds before the deadline once a day; the agency reports; the center closes', async () => {
    const ctx = { db: app.platform.db, notify: app.platform.notify.api, files: app.platform.files, clock: () => new Date() } as unknown as EstateContext;
    const svc = createInspectionsService(ctx, { report: P.inspectionReport });
    expect(await svc.remindRectification()).toBe(1); // due in 2 days ≤ 3
    expect(await svc.remindRectification()).toBe(0); // once a day
    expect((await center('POST', `/api/v1/estate/inspection-findings/${findingId}/close`, { text: '已整改' })).statusCode).toBe(409);
    const r = await agency('POST', `/api/v1/estate/inspection-findings/${findingId}/report`, { text: '已调整为两人合用，面积符合标准' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'reported', reportText: '已调整为两人合用，面积符合标准' });
    expect((await center('POST', `/api/v1/estate/inspection-findings/${findingId}/close`, { text: '复查属实，销号' })).json().status).toBe('closed');
  });

  it('generates the notice as text and as a PDF', async () => {
    const n = await center('GET', `/api/v1/estate/inspection-plans/${planId}/notice`);
    expect(n.statusCode, n.body).toBe(200);
    expect(n.json().title).toBe('关于2026年办公用房专项检查情况的通报');
    expect(n.json().paragraphs[1]).toBe(`检查共发现问题1个（其中严重问题1个），涉及1家单位；截至${today}，已整改销号1个，逾期未整改0个。`);
    const pdf = await center('GET', `/api/v1/estate/inspection-plans/${planId}/notice?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
  it('adds 现场照片 to an open finding, shows them with thumbnails, deletes one; a closed finding is sealed', async () => {
    const png = (colour: string) => sharp({ create: { width: 40, height: 30, channels: 3, background: colour } }).png().toBuffer();
    const f = (await center('POST', `/api/v1/estate/inspection-plans/${planId}/findings`, { agencyId: ids.sample, foundOn: today, category: '闲置未报', description: '三楼两间办公室闲置未报告', rectifyBy: addDays(today, 30) })).json();
    expect(f.photos).toEqual([]);
    expect((await agency('GET', `/api/v1/estate/inspection-findings?id=${f.id}`)).json().items.map((x: { id: string }) => x.id)).toEqual([f.id]); // the notice's link
    const first = await upload(center, 'estate.inspection.photo', '走廊东侧.png', await png('#0a0'));
    const second = await upload(center, 'estate.inspection.photo', '室内.png', await png('#00a'));
    const added = await center('POST', `/api/v1/estate/inspection-findings/${f.id}/photos`, { fileIds: [first, second] });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().photos.map((p: { id: string; name: string; hasThumbnail: boolean }) => [p.id, p.name, p.hasThumbnail])).toEqual([[first, '走廊东侧.png', true], [second, '室内.png', true]]);
    // the agency sees them (thumbnail and image) but may neither add nor delete photos
    expect((await agency('GET', `/api/v1/files/${first}/thumbnail`)).headers['content-type']).toBe('image/webp');
    expect((await agency('POST', `/api/v1/estate/inspection-findings/${f.id}/photos`, { fileIds: [first] })).statusCode).toBe(403);
    expect((await agency('DELETE', `/api/v1/files/${first}`)).statusCode).toBe(403);
    // a photo already attached cannot be attached again; type checked by content (a PDF is not a photo)
    expect((await center('POST', `/api/v1/estate/inspection-findings/${f.id}/photos`, { fileIds: [first] })).json().fields[0].code).toBe('FILE_NOT_ATTACHABLE');
    const pdf = await center('POST', '/api/v1/files?use=estate.inspection.photo', Buffer.concat([Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="x.pdf"\r\n\r\n'), Buffer.from('%PDF-1.4\n%%EOF\n'), Buffer.from('\r\n--b--\r\n')]), { 'content-type': 'multipart/form-data; boundary=b' });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().code).toBe('UNSUPPORTED_FILE_TYPE');
    // at most 20 photos: 2 attached + 19 more is one too many
    const many = await Promise.all(Array.from({ length: 19 }, async (_, i) => upload(center, 'estate.inspection.photo', `p${i}.png`, await png('#888'))));
    const over = await center('POST', `/api/v1/estate/inspection-findings/${f.id}/photos`, { fileIds: many });
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: 'FINDING_PHOTO_LIMIT', ref: { limit: 20, current: 2 } });
    expect((await center('DELETE', `/api/v1/files/${second}`)).statusCode).toBe(204);
    expect((await center('GET', `/api/v1/estate/inspection-findings/${f.id}`)).json().photos.map((p: { id: string }) => p.id)).toEqual([first]);
    const trail = await dbOf(app).select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, f.id)).orderBy(auditLog.seq);
    expect(trail.map((a) => a.action)).toContain('estate.inspection.finding.photo-add');
    // closed: sealed
    await agency('POST', `/api/v1/estate/inspection-findings/${f.id}/report`, { text: '已将闲置房间报告中心' });
    await center('POST', `/api/v1/estate/inspection-findings/${f.id}/close`, { text: '销号' });
    const sealed = await center('POST', `/api/v1/estate/inspection-findings/${f.id}/photos`, { fileIds: [many[0]] });
    expect(sealed.statusCode).toBe(409);
    expect(sealed.json().code).toBe('FINDING_STATE');
    expect((await center('DELETE', `/api/v1/files/${first}`)).statusCode).toBe(403);
  });
});
