import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../../platform/notify/notify.table.js';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';
import { readXlsx } from '../../../../test/helpers/xlsx.js';
import { estateRooms } from '../db/buildings.table.js';
import type { EstateContext } from '../estate.context.js';
import { estatePermissions as P } from '../permissions.js';
import { dbOf, demoAgencies, makeRooms } from '../census/estate-test-factory.js';
import { createContractsService } from './contracts.service.js';

const U = '/api/v1/estate/leasing';

describe('leasing out vacant property (对外出租)', () => {
  let app: FastifyInstance;
  let center: ReturnType<typeof as>;
  let agency: ReturnType<typeof as>;
  let centerAccountId = '';
  let b: Awaited<ReturnType<typeof makeRooms>>;
  let ids: Awaited<ReturnType<typeof demoAgencies>>;
  let contractId = '';

  beforeAll(async () => {
    app = await buildTestApp();
    const cs = await login(app, 'center');
    centerAccountId = cs.user.id;
    center = as(app, cs);
    agency = as(app, await login(app, 'agency'));
    ids = await demoAgencies(app);
    b = await makeRooms(app, ids.center, ids.regionId, [{ number: 'G01', areaM2: '80.00', useClass: 'ancillary' }, { number: 'G02', areaM2: '60.00', useClass: 'ancillary' }]);
    await dbOf(app).update(estateRooms).set({ status: 'vacant' }).where(eq(estateRooms.id, b.rooms[1]!.id));
  });
  afterAll(async () => { await app.close(); });

  it('lists only vacant rooms; only the center writes', async () => {
    expect((await center('GET', `${U}/contracts`)).json().items.map((c: { code: string }) => c.code)).toContain('ZL-DEMO-001'); // the demo lease
    const base = { agencyId: ids.center, buildingId: b.buildingId, title: '沿街商铺G', areaM2: 60, askingMonthlyRentFen: 300_000 };
    const busy = await center('POST', `${U}/listings`, { ...base, roomId: b.rooms[0]!.id });
    expect(busy.statusCode).toBe(422);
    expect(busy.json().code).toBe('LEASE_ROOM_NOT_VACANT');
    expect((await agency('POST', `${U}/listings`, { ...base, roomId: b.rooms[1]!.id })).statusCode).toBe(403);
    const ok = await center('POST', `${U}/listings`, { ...base, roomId: b.rooms[1]!.id });
    expect(ok.statusCode, ok.body).toBe(201);
    const lessee = await center('POST', `${U}/lessees`, { agencyId: ids.center, name: '舟山市海鲜便利店有限公司', creditCode: '91330900MA2A12345X' });
    expect(lessee.statusCode, lessee.body).toBe(201);
    expect((await center('POST', `${U}/lessees`, { agencyId: ids.center, name: '重复', creditCode: '91330900MA2A12345X' })).statusCode).toBe(409);
    const c = await center('POST', `${U}/contracts`, {
      code: 'ZL-2026-001', listingId: ok.json().id, lesseeId: lessee.json().id, startsOn: '2026-01-15', endsOn: '2026-12-31', monthlyRentFen: 300_000, depositFen: 600_000, cycleMonths: 3,
    });
    expect(c.statusCode, c.body).toBe(201);
    contractId = c.json().id;
    // 3 × 900 000 + last period 600 000 + 300 000 × 17/31 (164 516) = 3 464 516
    expect(c.json().schedule.map((i: { amountFen: number }) => i.amountFen)).toEqual([900_000, 900_000, 900_000, 764_516]);
    expect(c.json().totalRentFen).toBe(3_464_516);
    const [room] = await dbOf(app).select().from(estateRooms).where(eq(estateRooms.id, b.rooms[1]!.id));
    expect(room!.status).toBe('leased-out');
  });

  it('receipts settle oldest first; arrears as of a date with overdue days', async () => {
    for (const r of [{ paidOn: '2026-01-20', amountFen: 900_000 }, { paidOn: '2026-04-20', amountFen: 500_000 }]) {
      expect((await center('POST', `${U}/contracts/${contractId}/receipts`, r)).statusCode).toBe(201);
    }
    expect((await center('POST', `${U}/contracts/${contractId}/receipts`, { paidOn: '2025-12-01', amountFen: 1 })).statusCode).toBe(422);
    const res = await center('GET', `${U}/arrears?asOf=2026-08-01`);
    expect(res.statusCode, res.body).toBe(200);
    // 1 400 000 paid: #2 owes 400 000 (due 04-15, 108 days by 08-01), #3 owes 900 000 (due 07-15)
    const mine = (r: { json: () => { items: Array<{ code: string }> } }) => r.json().items.filter((i) => i.code === 'ZL-2026-001');
    expect(mine(res)).toEqual([expect.objectContaining({ code: 'ZL-2026-001', overdueFen: 1_300_000, instalments: 2, oldestDueOn: '2026-04-15', maxDaysOverdue: 108 })]);
    const early = await center('GET', `${U}/arrears?asOf=2026-04-16`);
    expect(mine(early)[0]).toMatchObject({ overdueFen: 900_000, maxDaysOverdue: 1 }); // the 04-20 receipt is after the date
    expect((await agency('GET', `${U}/arrears?asOf=2026-08-01`)).json().total).toBe(0); // another agency's contract
    expect((await agency('GET', `${U}/contracts/${contractId}`)).statusCode).toBe(404); // and not by id either
    const x = await center('GET', `${U}/arrears?asOf=2026-08-01&format=xlsx`);
    expect(x.statusCode).toBe(200);
    expect((await readXlsx(x.rawPayload)).flat()).toContain('ZL-2026-001');
  });

  it('reminds the center of expiring contracts once, then 30, 7 and 1 day before', async () => {
    const p = app.platform;
    const ctx = { db: p.db, notify: p.notify.api, clock: () => new Date() } as unknown as EstateContext;
    const svc = createContractsService(ctx, { write: P.leasingWrite });
    expect(await svc.remindExpiries(new Date('2026-11-15T01:00:00Z'))).toBe(1); // 46 days left, first notice
    expect(await svc.remindExpiries(new Date('2026-11-16T01:00:00Z'))).toBe(0); // 45 days: not a reminder day
    expect(await svc.remindExpiries(new Date('2026-12-01T01:00:00Z'))).toBe(1); // 30 days left
    const inbox = await dbOf(app).select().from(notifications).where(eq(notifications.accountId, centerAccountId));
    expect(inbox.filter((n) => n.title.includes('ZL-2026-001'))).toHaveLength(2);
  });
});
