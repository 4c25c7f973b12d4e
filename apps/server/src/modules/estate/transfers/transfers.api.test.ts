import { eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.table.js';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';
import sharp from 'sharp';
import { estateRooms } from '../db/buildings.table.js';
import { estateTransferDocuments } from '../db/transfers.table.js';
import { dbOf, demoAgencies, makeRooms, peopleOf, tinyPdf, upload } from '../census/estate-test-factory.js';

const U = '/api/v1/estate/transfers';

describe('property transfers (房产划转)', () => {
  let app: FastifyInstance;
  let center: ReturnType<typeof as>;
  let agency: ReturnType<typeof as>;
  let mine: Awaited<ReturnType<typeof makeRooms>>;
  let theirs: Awaited<ReturnType<typeof makeRooms>>;
  let otherAgency = '';

  beforeAll(async () => {
    app = await buildTestApp();
    center = as(app, await login(app, 'center'));
    agency = as(app, await login(app, 'agency'));
    const ids = await demoAgencies(app);
    const [p] = await peopleOf(app, ids.sample, 1);
    mine = await makeRooms(app, ids.sample, ids.regionId, [{ number: '701', areaM2: '20.50' }, { number: '702', areaM2: '30.25' }, { number: '703', areaM2: '12.00', occupantIds: [p!.id] }, { number: '704', areaM2: '15.00' }]);
    otherAgency = ids.other;
    theirs = await makeRooms(app, ids.other, ids.regionId, [{ number: '101', areaM2: '10.00' }]);
  });
  afterAll(async () => { await app.close(); });

  it('an agency files a transfer of its own rooms with documents; the center approves and completes it', async () => {
    expect((await agency('POST', U, { target: 'central', roomIds: [theirs.rooms[0]!.id], reason: '机构改革' })).statusCode).toBe(400);
    const fileId = await upload(agency, 'estate.transfer.document', '划转申请.pdf', tinyPdf());
    const res = await agency('POST', U, { target: 'city-investment', roomIds: [mine.rooms[0]!.id, mine.rooms[1]!.id], reason: '闲置房产划转城投公司', fileIds: [fileId] });
    expect(res.statusCode, res.body).toBe(201);
    const t = res.json();
    expect(t).toMatchObject({ status: 'draft', areaM2: '50.75', documents: [expect.objectContaining({ id: fileId, name: '划转申请.pdf' })] }); // 20.50 + 30.25
    expect((await agency('POST', `${U}/${t.id}/approve`, {})).statusCode).toBe(403);
    expect((await center('POST', `${U}/${t.id}/approve`, {})).statusCode).toBe(409); // not submitted yet
    expect((await agency('POST', `${U}/${t.id}/submit`, {})).json().status).toBe('submitted');
    expect((await center('POST', `${U}/${t.id}/reject`, {})).statusCode).toBe(400); // a reason is required
    expect((await center('POST', `${U}/${t.id}/approve`, { note: '同意' })).json().status).toBe('approved');
    const done = await center('POST', `${U}/${t.id}/complete`, {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rooms = await dbOf(app).select().from(estateRooms).where(inArray(estateRooms.id, [mine.rooms[0]!.id, mine.rooms[1]!.id]));
    expect(rooms.map((r) => [r.agencyId, r.status])).toEqual([[null, 'reserved'], [null, 'reserved']]);
    const trail = await dbOf(app).select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, t.id)).orderBy(auditLog.seq);
    expect(trail.map((a) => a.action)).toEqual(['estate.transfer.create', 'estate.transfer.submit', 'estate.transfer.approve', 'estate.transfer.complete']);
  });

  it('occupied rooms cannot be handed over; other agencies cannot see the transfer', async () => {
    const t = (await agency('POST', U, { target: 'central', roomIds: [mine.rooms[2]!.id], reason: '腾退后交回' })).json();
    await agency('POST', `${U}/${t.id}/submit`, {});
    await center('POST', `${U}/${t.id}/approve`, {});
    const blocked = await center('POST', `${U}/${t.id}/complete`, {});
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json()).toMatchObject({ code: 'TRANSFER_ROOMS_OCCUPIED', ref: { occupants: 1 } });
    const list = await agency('GET', `${U}?status=approved`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([t.id]);
    expect((await center('POST', U, { target: 'central', roomIds: [theirs.rooms[0]!.id], reason: '另一单位的划转' })).statusCode).toBe(400); // a center account must name the agency
    const foreign = await center('POST', U, { fromAgencyId: otherAgency, target: 'central', roomIds: [theirs.rooms[0]!.id], reason: '另一单位的划转' });
    expect(foreign.statusCode, foreign.body).toBe(201);
    expect((await agency('GET', `${U}/${foreign.json().id}`)).statusCode).toBe(404); // another agency's transfer, by id
    expect((await agency('POST', `${U}/${foreign.json().id}/cancel`, {})).statusCode).toBe(404);
  });
  it('adds 批复 / 协议 / 权属证明 to an open transfer with their kind, deletes one, and seals a cancelled transfer', async () => {
    const first = await upload(agency, 'estate.transfer.document', '划转申请.pdf', tinyPdf());
    const t = (await agency('POST', U, { target: 'central', roomIds: [mine.rooms[3]!.id], reason: '机构撤并，房产交回', fileIds: [first] })).json();
    const reply = await upload(agency, 'estate.transfer.document', '市政府批复.pdf', tinyPdf());
    const deed = await upload(agency, 'estate.transfer.document', '不动产权证书.png', await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } }).png().toBuffer());
    expect((await agency('POST', `${U}/${t.id}/documents`, { kind: 'decree', fileIds: [reply] })).statusCode).toBe(400);
    const added = await agency('POST', `${U}/${t.id}/documents`, { kind: 'approval', fileIds: [reply] });
    expect(added.statusCode, added.body).toBe(200);
    expect((await agency('POST', `${U}/${t.id}/documents`, { kind: 'title', fileIds: [deed] })).statusCode).toBe(200);
    expect((await agency('GET', `${U}?id=${t.id}`)).json().items.map((x: { id: string }) => x.id)).toEqual([t.id]); // the notice's link
    const docs = (await agency('GET', `${U}/${t.id}`)).json().documents as Array<{ id: string; name: string; kind: string; mime: string }>;
    expect(docs.map((d) => [d.name, d.kind, d.mime])).toEqual([['划转申请.pdf', 'other', 'application/pdf'], ['市政府批复.pdf', 'approval', 'application/pdf'], ['不动产权证书.png', 'title', 'image/png']]);
    // a file of someone else's upload cannot be attached; another agency's transfer is not found
    const centers = await upload(center, 'estate.transfer.document', '协议.pdf', tinyPdf());
    expect((await agency('POST', `${U}/${t.id}/documents`, { kind: 'agreement', fileIds: [centers] })).json().fields[0].code).toBe('FILE_NOT_ATTACHABLE');
    const foreign = (await center('POST', U, { fromAgencyId: otherAgency, target: 'central', roomIds: [theirs.rooms[0]!.id], reason: '另一单位' })).json();
    expect((await agency('POST', `${U}/${foreign.id}/documents`, { kind: 'agreement', fileIds: [centers] })).statusCode).toBe(404);
    // the type is checked by content: a text file is refused with a message naming what is accepted
    const txt = await agency('POST', '/api/v1/files?use=estate.transfer.document', Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello\r\n--b--\r\n'), { 'content-type': 'multipart/form-data; boundary=b' });
    expect(txt.statusCode).toBe(415);
    // delete (its kind row goes with it)
    expect((await agency('DELETE', `/api/v1/files/${reply}`)).statusCode).toBe(204);
    expect((await agency('GET', `${U}/${t.id}`)).json().documents.map((d: { id: string }) => d.id)).toEqual([first, deed]);
    expect(await dbOf(app).select().from(estateTransferDocuments).where(eq(estateTransferDocuments.fileId, reply))).toEqual([]);
    // cancelled: no more documents in or out
    await agency('POST', `${U}/${t.id}/cancel`, {});
    const late = await upload(agency, 'estate.transfer.document', '补充.pdf', tinyPdf());
    const sealed = await agency('POST', `${U}/${t.id}/documents`, { kind: 'other', fileIds: [late] });
    expect(sealed.statusCode).toBe(409);
    expect(sealed.json().code).toBe('TRANSFER_STATE');
    expect((await agency('DELETE', `/api/v1/files/${deed}`)).statusCode).toBe(403);
    const trail = await dbOf(app).select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, t.id)).orderBy(auditLog.seq);
    expect(trail.map((a) => a.action)).toEqual(['estate.transfer.create', 'estate.transfer.document-add', 'estate.transfer.document-add', 'estate.transfer.cancel']);
  });
});
