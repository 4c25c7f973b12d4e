import type { FastifyInstance } from 'fastify';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login } from '../../../../../test/helpers/test-app.js';
import { estateFactory, expectStatus } from '../testing/estate.factory.js';

async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) text += (await (await doc.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
  await doc.destroy();
  return text;
}

describe('allocation documents, lifecycle requests, my office (API)', () => {
  let app: FastifyInstance;
  let f: Awaited<ReturnType<typeof estateFactory>>;
  beforeAll(async () => { app = await buildTestApp(); f = await estateFactory(app); });
  afterAll(async () => { await app.close(); });

  it('allocates rooms with numbered 使用协议 and 分配使用凭证 as Chinese PDFs; refuses a room of another agency', async () => {
    const agency = await f.agency();
    const fl = await f.floor((await f.building()).id);
    const r1 = await f.room(fl.id, null, 20.5, { number: '501' });
    const r2 = await f.room(fl.id, null, 14, { number: '502' });
    const res = await f.call('POST', '/api/v1/estate/allocations', { agencyId: agency.id, roomIds: [r1.id, r2.id], allocatedOn: '2026-03-01', purpose: '办公' });
    expectStatus(res, 201);
    const al = res.json();
    // 20.5 + 14 = 34.5
    expect(al).toMatchObject({ agencyId: agency.id, totalAreaM2: 34.5, status: 'active' });
    expect(al.agreementNo).toMatch(/^舟机事房协〔2026〕\d+号$/);
    expect((await f.ok('GET', `/api/v1/estate/rooms/${r1.id}`))).toMatchObject({ agencyId: agency.id, status: 'in-use' });

    const pdf = await f.call('GET', `/api/v1/estate/allocations/${al.id}/agreement.pdf`);
    expectStatus(pdf, 200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('办公用房使用协议');
    expect(text).toContain(agency.name);
    expect(text).toContain('34.50');
    const cert = await pdfText((await f.call('GET', `/api/v1/estate/allocations/${al.id}/certificate.pdf`)).rawPayload);
    expect(cert).toContain('分配使用凭证');
    expect(cert).toContain('不得用于出租');

    const other = await f.agency();
    const clash = await f.call('POST', '/api/v1/estate/allocations', { agencyId: other.id, roomIds: [r1.id], allocatedOn: '2026-03-02' });
    expectStatus(clash, 409);
    expect(clash.json()).toMatchObject({ code: 'ESTATE_ROOM_ALLOCATED', ref: { roomId: r1.id } });
  });

  it('an agency officer requests to vacate a room; approval by agency then center applies it', async () => {
    const officer = await login(app, 'agency');
    const me = as(app, officer);
    const agencyId = (await f.ok('GET', `/api/v1/org/people/${officer.user.personId}`)).agencyId as string;
    const fl = await f.floor((await f.building()).id);
    const room = await f.room(fl.id, agencyId, 25);
    const filed = await me('POST', '/api/v1/estate/requests', { kind: 'vacate', agencyId, roomIds: [room.id], reason: '机构调整，房间富余' });
    expectStatus(filed, 201);
    const instanceId = filed.json().workflowInstanceId as string;
    const other = await f.agency();
    expectStatus(await me('POST', '/api/v1/estate/requests', { kind: 'vacate', agencyId: other.id, roomIds: [room.id], reason: '越权申请' }), 403);

    const approveAll = async () => {
      for (const who of [officer, f.center]) {
        const tasks = (await as(app, who)('GET', '/api/v1/workflow/tasks?pageSize=200')).json().items as Array<{ id: string; instanceId: string }>;
        const t = tasks.find((x) => x.instanceId === instanceId);
        if (t) expectStatus(await as(app, who)('POST', `/api/v1/workflow/tasks/${t.id}/approve`, { comment: '同意' }), 200);
      }
    };
    await approveAll();
    await approveAll();
    expect((await f.ok('GET', `/api/v1/estate/requests/${filed.json().id}`)).status).toBe('approved');
    expect(await f.ok('GET', `/api/v1/estate/rooms/${room.id}`)).toMatchObject({ agencyId: null, status: 'vacant' });
  });

  it('a cadre reads their office with standard and overrun, and reports a problem only for their own room', async () => {
    const staff = await login(app, 'staff');
    const me = as(app, staff);
    const person = await f.ok('GET', `/api/v1/org/people/${staff.user.personId}`);
    const fl = await f.floor((await f.building()).id);
    const room = await f.room(fl.id, person.agencyId, 40);
    const before = (await me('GET', '/api/v1/estate/my/office')).json();
    await f.assign(person.id, room.id);
    const mine = (await me('GET', '/api/v1/estate/my/office')).json();
    expect(mine.rooms.length).toBe(before.rooms.length + 1);
    expect(mine.rooms.find((r: { roomId: string }) => r.roomId === room.id)).toMatchObject({ usableAreaM2: 40, shareM2: 40 });
    // overrun = actual − standard when positive
    expect(mine.overrunM2).toBeCloseTo(Math.max(0, mine.actualM2 - mine.standardM2), 2);
    expect(mine.actualM2).toBeGreaterThanOrEqual(40);
    const ok = await me('POST', '/api/v1/estate/my/room-problems', { roomId: room.id, category: 'repair', description: '空调不制冷' });
    expectStatus(ok, 201);
    const officer = as(app, await login(app, 'agency'));
    const listed = (await officer('GET', '/api/v1/estate/room-problems?status=open')).json();
    const mineListed = listed.items.find((x: { id: string }) => x.id === ok.json().id);
    if (person.agencyId === (await f.ok('GET', `/api/v1/org/people/${(await login(app, 'agency')).user.personId}`)).agencyId) {
      expect(mineListed).toMatchObject({ roomNumber: room.number, category: 'repair' });
      expectStatus(await officer('POST', `/api/v1/estate/room-problems/${ok.json().id}/handle`), 200);
    }
    expectStatus(await f.call('POST', `/api/v1/estate/room-problems/${ok.json().id}/handle`), 200);
    expect((await f.ok('GET', '/api/v1/estate/room-problems?status=handled')).items.some((x: { id: string }) => x.id === ok.json().id)).toBe(true);
    const stranger = await f.room(fl.id, null, 10);
    expectStatus(await me('POST', '/api/v1/estate/my/room-problems', { roomId: stranger.id, category: 'repair', description: '不是我的房间' }), 400);
    expectStatus(await me('GET', '/api/v1/estate/rooms'), 403);
  });
});
