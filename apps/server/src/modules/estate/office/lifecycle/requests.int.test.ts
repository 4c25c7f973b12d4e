/**
 * 调剂 (swap) and 维修 (repair) requests end to end through the workflow engine, on a real database:
 * an agency officer files, the configured approvers act (step 1 单位审核: another agency officer of the
 * same agency — never the applicant; step 2 中心审批: the center), and the effects are checked
 * room by room and person by person. Rejections leave everything as it was.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../../platform/audit/audit.table.js';
import { createAccountService } from '../../../../platform/auth/account.service.js';
import { PermissionRegistry } from '../../../../platform/rbac/permissions.js';
import { roles } from '../../../../platform/rbac/rbac.table.js';
import { createRoleService } from '../../../../platform/rbac/roles.service.js';
import { as, buildTestApp, DEMO_PASSWORD, login, type Session } from '../../../../../test/helpers/test-app.js';
import { estateRooms } from '../../db/buildings.table.js';
import { estateAllocationRooms, estateAllocations, estateAssignments } from '../../db/office.table.js';
import { addDays, shanghaiDate } from '../shared.js';
import { estateFactory, expectStatus } from '../testing/estate.factory.js';

const SYSTEM = { accountId: null, name: 'system', ip: null };
const today = shanghaiDate(new Date());

describe('swap and repair requests through the approval workflow', () => {
  let app: FastifyInstance;
  let f: Awaited<ReturnType<typeof estateFactory>>;
  let applicant: Session;
  let reviewer: Session; // a second agency officer of the same agency: step 1 单位审核
  let agencyId = '';
  let floorId = '';

  const db = () => app.platform.db;
  const U = '/api/v1/estate/requests';
  const roomRow = async (id: string) => (await db().select().from(estateRooms).where(eq(estateRooms.id, id)))[0]!;
  const openAssignments = async (roomId: string) => (await db().select().from(estateAssignments).where(eq(estateAssignments.roomId, roomId)))
    .filter((a) => a.endDate === null || a.endDate >= today).map((a) => a.personId).sort();
  const areaOf = async (personId: string, asOf = today) => {
    const res = (await f.ok('GET', `/api/v1/estate/compliance/people?personId=${personId}&asOf=${asOf}`)).items as Array<{ actualM2: number; standardM2: number; overrunM2: number }>;
    return res[0] ?? { actualM2: 0, standardM2: 0, overrunM2: 0 };
  };
  /** The caller's open task of this request's approval, or undefined. */
  const taskOf = async (who: Session, instanceId: string) => {
    const res = await as(app, who)('GET', `/api/v1/workflow/tasks?status=open&instanceId=${instanceId}`);
    expectStatus(res, 200);
    return (res.json().items as Array<{ id: string; stepIndex: number; stepName: string }>)[0];
  };
  const act = async (who: Session, instanceId: string, verb: 'approve' | 'reject', comment: string) => {
    const task = await taskOf(who, instanceId);
    expect(task, `no open task for this account on ${instanceId}`).toBeDefined();
    return as(app, who)('POST', `/api/v1/workflow/tasks/${task!.id}/${verb}`, { comment });
  };
  const file = async (body: Record<string, unknown>) => {
    const res = await as(app, applicant)('POST', U, { agencyId, ...body });
    expectStatus(res, 201);
    return res.json() as { id: string; status: string; workflowInstanceId: string; roomLabels: string[]; targetRoomLabels: string[] };
  };

  /** An agency-officer account (agency scope) for a new person of the agency. */
  const officerOf = async (ofAgency: string, username: string) => {
    const person = await f.person(ofAgency, 'section_chief', 'city', `审核人${username}`);
    const accountId = await createAccountService(db()).create(SYSTEM, { username, displayName: username, personId: person.id, initialPassword: DEMO_PASSWORD }, undefined, { mustChangePassword: false });
    const [role] = await db().select({ id: roles.id }).from(roles).where(eq(roles.code, 'agency-officer'));
    await createRoleService(db(), new PermissionRegistry()).grant(SYSTEM, { accountId, roleId: role!.id, scopeKind: 'agency', scopeId: ofAgency });
    return login(app, username);
  };

  beforeAll(async () => {
    app = await buildTestApp();
    f = await estateFactory(app);
    applicant = await login(app, 'agency');
    agencyId = (await f.ok('GET', `/api/v1/org/people/${applicant.user.personId}`)).agencyId as string;
    // The agency gets a second officer (the demo has one): the first step's rule resolves to them, never to the applicant.
    reviewer = await officerOf(agencyId, 'agency-reviewer');
    floorId = (await f.floor((await f.building()).id)).id;
  }, 120_000);
  afterAll(async () => { await app.close(); });

  it('the configured process of both kinds: 单位审核 by an agency officer, then 中心审批 by the center', async () => {
    for (const type of ['estate.swap', 'estate.repair']) {
      const defs = (await f.ok('GET', `/api/v1/workflow/definitions?businessType=${type}`)).items as Array<{ steps: Array<{ name: string; assignees: Array<{ kind: string; roleCode: string }> }> }>;
      expect(defs[0]!.steps.map((s) => [s.name, s.assignees[0]!.kind, s.assignees[0]!.roleCode])).toEqual([['单位审核', 'agency-role', 'agency-officer'], ['中心审批', 'center-role', 'center']]);
    }
  });

  it('a swap, approved by both steps, moves the occupants to the received room and releases the room given back', async () => {
    const given = await f.room(floorId, agencyId, 30, { number: 'S301' });
    const received = await f.room(floorId, null, 21.55, { number: 'S302' });
    const deputy = await f.person(agencyId, 'division_deputy', 'city', '调剂副处');
    const clerk = await f.person(agencyId, 'staff_1', 'city', '调剂科员');
    const newcomer = await f.person(agencyId, 'staff_2', 'city', '调剂新人');
    await f.assign(deputy.id, given.id);
    await f.assign(clerk.id, given.id);
    await f.assign(newcomer.id, given.id, 'main', addDays(today, 10)); // begins in 10 days: the assignment itself moves
    // Before: 30.00 m² ÷ 2 people today = 15.00 each. Standards (city): 县处级副职 18, 一级科员 9 → overruns 0 and 15 − 9 = 6.00.
    expect(await areaOf(deputy.id)).toMatchObject({ actualM2: 15, standardM2: 18, overrunM2: 0 });
    expect(await areaOf(clerk.id)).toMatchObject({ actualM2: 15, standardM2: 9, overrunM2: 6 });

    const req = await file({ kind: 'swap', roomIds: [given.id], targetRoomIds: [received.id], reason: '处室合并，调整到较小的办公室' });
    expect(req.status).toBe('pending');
    expect(req.roomLabels[0]).toMatch(/ S301$/);
    expect(req.targetRoomLabels[0]).toMatch(/ S302$/);
    // the approval's link (/estate/requests?id=…) lists exactly this request
    expect((await f.ok('GET', `${U}?id=${req.id}`)).items.map((x: { id: string }) => x.id)).toEqual([req.id]);
    // Step 1 waits for the other agency officer: neither the applicant nor the center holds a task yet.
    expect(await taskOf(applicant, req.workflowInstanceId)).toBeUndefined();
    expect(await taskOf(f.center, req.workflowInstanceId)).toBeUndefined();
    expect((await taskOf(reviewer, req.workflowInstanceId))?.stepName).toBe('单位审核');
    expectStatus(await act(reviewer, req.workflowInstanceId, 'approve', '同意调剂'), 200);
    // Half-way nothing has moved yet.
    expect(await roomRow(given.id)).toMatchObject({ agencyId, status: 'in-use' });
    expect(await roomRow(received.id)).toMatchObject({ agencyId: null, status: 'vacant' });
    expect((await taskOf(f.center, req.workflowInstanceId))?.stepName).toBe('中心审批');
    expectStatus(await act(f.center, req.workflowInstanceId, 'approve', '同意'), 200);

    expect((await f.ok('GET', `${U}/${req.id}`)).status).toBe('approved');
    // Allocation exchanged: the received room is the agency's, the given room is back in the pool.
    expect(await roomRow(received.id)).toMatchObject({ agencyId, status: 'in-use' });
    expect(await roomRow(given.id)).toMatchObject({ agencyId: null, status: 'vacant' });
    const [al] = await db().select().from(estateAllocations).where(eq(estateAllocations.requestId, req.id));
    expect(al).toMatchObject({ agencyId, totalAreaM2: '21.55', status: 'active' });
    expect((await db().select({ roomId: estateAllocationRooms.roomId }).from(estateAllocationRooms).where(eq(estateAllocationRooms.allocationId, al!.id))).map((x) => x.roomId)).toEqual([received.id]);
    // Assignments exchanged: all three now hold the received room; the old ones ended yesterday.
    expect(await openAssignments(given.id)).toEqual([]);
    expect(await openAssignments(received.id)).toEqual([deputy.id, clerk.id, newcomer.id].sort());
    const old = await db().select().from(estateAssignments).where(and(eq(estateAssignments.roomId, given.id), inArray(estateAssignments.personId, [deputy.id, clerk.id])));
    expect(old.map((a) => a.endDate)).toEqual([addDays(today, -1), addDays(today, -1)]);
    const [future] = await db().select().from(estateAssignments).where(eq(estateAssignments.personId, newcomer.id));
    expect(future).toMatchObject({ roomId: received.id, startDate: addDays(today, 10) });
    // After: 21.55 m² ÷ 2 = 10.775 → rounded half-up to 10.78 each; overruns 0 (≤ 18) and 10.78 − 9 = 1.78.
    expect(await areaOf(deputy.id)).toMatchObject({ actualM2: 10.78, overrunM2: 0 });
    expect(await areaOf(clerk.id)).toMatchObject({ actualM2: 10.78, overrunM2: 1.78 });
    // Yesterday is history: they still held 15.00 each then.
    expect((await areaOf(clerk.id, addDays(today, -1))).actualM2).toBe(15);
    // In 10 days three share it: 21.55 ÷ 3 = 7.1833… → 7.18.
    expect((await areaOf(newcomer.id, addDays(today, 10))).actualM2).toBe(7.18);
    const trail = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, req.id)).orderBy(auditLog.seq);
    expect(trail.map((t) => t.action)).toEqual(expect.arrayContaining(['estate.request.submit', 'estate.request.swap', 'estate.request.apply']));
  });

  it('a rejected swap leaves rooms, assignments and allocations unchanged', async () => {
    const given = await f.room(floorId, agencyId, 25, { number: 'S401' });
    const received = await f.room(floorId, null, 16, { number: 'S402' });
    const p = await f.person(agencyId, 'staff_1', 'city', '驳回科员');
    await f.assign(p.id, given.id);
    const before = { given: await roomRow(given.id), received: await roomRow(received.id), area: await areaOf(p.id) };
    const req = await file({ kind: 'swap', roomIds: [given.id], targetRoomIds: [received.id], reason: '申请调换朝南的办公室' });
    expectStatus(await act(reviewer, req.workflowInstanceId, 'approve', '同意'), 200);
    expectStatus(await act(f.center, req.workflowInstanceId, 'reject', '调入房间已列入维修计划'), 200);
    expect((await f.ok('GET', `${U}/${req.id}`)).status).toBe('rejected');
    expect(await roomRow(given.id)).toEqual(before.given);
    expect(await roomRow(received.id)).toEqual(before.received);
    expect(await openAssignments(given.id)).toEqual([p.id]);
    expect(await openAssignments(received.id)).toEqual([]);
    expect(await areaOf(p.id)).toEqual(before.area); // 25.00 m² alone
    expect(before.area.actualM2).toBe(25);
    expect(await db().select().from(estateAllocations).where(eq(estateAllocations.requestId, req.id))).toEqual([]);
  });

  it('a swap whose received room was allocated meanwhile cannot be approved, and nothing changes', async () => {
    const given = await f.room(floorId, agencyId, 20, { number: 'S501' });
    const received = await f.room(floorId, null, 18, { number: 'S502' });
    const p = await f.person(agencyId, 'staff_1', 'city', '冲突科员');
    await f.assign(p.id, given.id);
    const req = await file({ kind: 'swap', roomIds: [given.id], targetRoomIds: [received.id], reason: '调整办公室' });
    expectStatus(await act(reviewer, req.workflowInstanceId, 'approve', '同意'), 200);
    const other = await f.agency();
    expectStatus(await f.call('POST', '/api/v1/estate/allocations', { agencyId: other.id, roomIds: [received.id], allocatedOn: today }), 201);
    const res = await act(f.center, req.workflowInstanceId, 'approve', '同意');
    expectStatus(res, 409);
    expect(res.json()).toMatchObject({ code: 'ESTATE_ROOM_ALLOCATED', ref: { roomId: received.id } });
    expect((await f.ok('GET', `${U}/${req.id}`)).status).toBe('pending');
    expect(await roomRow(given.id)).toMatchObject({ agencyId, status: 'in-use' });
    expect(await openAssignments(given.id)).toEqual([p.id]);
  });

  it('refuses swaps that are not one room for one, that receive a room of the agency, or of another agency', async () => {
    const a1 = await f.room(floorId, agencyId, 20, { number: 'S601' });
    const a2 = await f.room(floorId, agencyId, 20, { number: 'S602' });
    const free = await f.room(floorId, null, 20, { number: 'S603' });
    const theirs = await f.room(floorId, (await f.agency()).id, 20, { number: 'S604' });
    const post = (roomIds: string[], targetRoomIds: string[]) => as(app, applicant)('POST', U, { kind: 'swap', agencyId, roomIds, targetRoomIds, reason: '调剂' });
    const unpaired = await post([a1.id, a2.id], [free.id]);
    expectStatus(unpaired, 400);
    expect(unpaired.json().fields[0]).toMatchObject({ path: 'targetRoomIds', code: 'SWAP_UNPAIRED' });
    expect((await post([a1.id], [a2.id])).json().fields[0]).toMatchObject({ code: 'SWAP_OWN_ROOM' });
    expect((await post([a1.id], [a1.id])).json().fields[0]).toMatchObject({ code: 'SWAP_SAME_ROOM' });
    const taken = await post([a1.id], [theirs.id]);
    expectStatus(taken, 409);
    expect(taken.json()).toMatchObject({ code: 'ESTATE_ROOM_ALLOCATED', ref: { roomId: theirs.id } });
  });

  it('a repair, approved by both steps, puts the room under repair until the agency confirms it is done', async () => {
    const room = await f.room(floorId, agencyId, 24, { number: 'R701', status: 'in-use' });
    const p = await f.person(agencyId, 'staff_1', 'city', '维修科员');
    await f.assign(p.id, room.id);
    const req = await file({ kind: 'repair', roomIds: [room.id], reason: '墙面渗水，需要维修' });
    expectStatus(await act(reviewer, req.workflowInstanceId, 'approve', '情况属实'), 200);
    expect((await roomRow(room.id)).status).toBe('in-use');
    expectStatus(await act(f.center, req.workflowInstanceId, 'approve', '同意维修'), 200);
    expect((await f.ok('GET', `${U}/${req.id}`)).status).toBe('approved');
    expect(await f.ok('GET', `/api/v1/estate/rooms/${room.id}`)).toMatchObject({ status: 'repair', agencyId });
    // Under repair nobody new can be assigned to it.
    const other = await f.person(agencyId, 'staff_2', 'city', '维修期间');
    const refused = await f.call('POST', '/api/v1/estate/assignments', { personId: other.id, roomId: room.id, kind: 'main', startDate: today });
    expectStatus(refused, 422);
    expect(refused.json().code).toBe('ESTATE_ROOM_UNAVAILABLE');
    // The agency's officer confirms the repair is done (a cadre may not; another agency does not see it), and the room is in use again.
    expectStatus(await as(app, await login(app, 'staff'))('POST', `${U}/${req.id}/complete`), 403);
    expectStatus(await as(app, await officerOf((await f.agency()).id, 'foreign-officer'))('POST', `${U}/${req.id}/complete`), 404);
    const done = await as(app, applicant)('POST', `${U}/${req.id}/complete`);
    expectStatus(done, 200);
    expect(done.json().status).toBe('completed');
    expect((await roomRow(room.id)).status).toBe('in-use');
    expectStatus(await f.call('POST', `${U}/${req.id}/complete`), 409); // once
    const trail = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, req.id)).orderBy(auditLog.seq);
    expect(trail.map((t) => t.action)).toEqual(expect.arrayContaining(['estate.request.submit', 'estate.request.apply', 'estate.request.complete']));
  });

  it('a repair rejected at the first step leaves the room as it was', async () => {
    const room = await f.room(floorId, agencyId, 18, { number: 'R702', status: 'in-use' });
    const before = await roomRow(room.id);
    const req = await file({ kind: 'repair', roomIds: [room.id], reason: '更换门锁' });
    expectStatus(await act(reviewer, req.workflowInstanceId, 'reject', '门锁由单位自行更换'), 200);
    expect(await taskOf(f.center, req.workflowInstanceId)).toBeUndefined(); // never reached the center
    expect((await f.ok('GET', `${U}/${req.id}`)).status).toBe('rejected');
    expect(await roomRow(room.id)).toEqual(before);
    expectStatus(await f.call('POST', `${U}/${req.id}/complete`), 409);
  });

  it('lists the vacant rooms no agency holds for an agency to ask for', async () => {
    const free = await f.room(floorId, null, 19.5, { number: 'V801' });
    await f.room(floorId, agencyId, 19.5, { number: 'V802' });
    const res = await as(app, applicant)('GET', `${U}/available-rooms?q=V80`);
    expectStatus(res, 200);
    expect(res.json().items.map((r: { id: string; number: string; usableAreaM2: number }) => [r.id, r.number, r.usableAreaM2])).toEqual([[free.id, 'V801', 19.5]]);
    expectStatus(await as(app, await login(app, 'staff'))('GET', `${U}/available-rooms`), 403);
  });
});
