import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../../platform/notify/notify.table.js';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';
import { dbOf, demoAgencies } from '../census/estate-test-factory.js';
import { shanghaiDay } from '../census/estate-shared.js';
import type { EstateContext } from '../estate.context.js';
import { addDays } from '../leasing/rent-schedule.js';
import { estatePermissions as P } from '../permissions.js';
import { createRemoteService } from './remote.service.js';

const U = '/api/v1/estate/remote-properties';
const today = shanghaiDay(new Date());

describe('out-of-city properties (市外房产)', () => {
  let app: FastifyInstance;
  let center: ReturnType<typeof as>;
  let agency: ReturnType<typeof as>;
  let agencyAccountId = '';
  let ids: Awaited<ReturnType<typeof demoAgencies>>;
  let propertyId = '';

  beforeAll(async () => {
    app = await buildTestApp();
    center = as(app, await login(app, 'center'));
    const a = await login(app, 'agency');
    agencyAccountId = a.user.id;
    agency = as(app, a);
    ids = await demoAgencies(app);
  });
  afterAll(async () => { await app.close(); });

  it('the center registers a property entrusted to a trustee, with use and maintenance records', async () => {
    expect((await center('GET', U)).json().total).toBe(2); // the demo: 杭州 and 上海 liaison offices
    const body = { name: '驻杭办事处办公楼', city: '杭州市', address: '杭州市西湖区文三路1号', agencyId: ids.sample, trusteeName: '舟山市驻杭州联络处', currentUse: '办公', areaM2: 850.5, reportCycleMonths: 3, firstReportDue: addDays(today, 5) };
    expect((await agency('POST', U, body)).statusCode).toBe(403);
    const res = await center('POST', U, body);
    expect(res.statusCode, res.body).toBe(201);
    propertyId = res.json().id;
    expect(res.json()).toMatchObject({ areaM2: '850.50', nextReportDue: addDays(today, 5) });
    expect((await center('POST', `${U}/${propertyId}/records`, { kind: 'maintenance', occurredOn: today, amountFen: 1_250_000, counterparty: '杭州某物业公司', description: '屋面防水维修' })).statusCode).toBe(201);
    expect((await center('POST', `${U}/${propertyId}/records`, { kind: 'use', occurredOn: today, description: '办公及接待' })).statusCode).toBe(201);
    const other = await center('POST', U, { ...body, name: '驻沪办', agencyId: ids.other });
    expect((await agency('GET', `${U}/${other.json().id}`)).statusCode).toBe(404);
    const d = (await agency('GET', `${U}/${propertyId}`)).json();
    expect(d.currentUse).toBe('办公及接待');
    expect(d.records.map((r: { kind: string }) => r.kind).sort()).toEqual(['maintenance', 'use']);
  });

  it('reminds the trustee side before the due date; a report moves the due date on by the cycle', async () => {
    const ctx = { db: app.platform.db, notify: app.platform.notify.api, clock: () => new Date() } as unknown as EstateContext;
    const svc = createRemoteService(ctx, { report: P.remoteReport });
    expect(await svc.remindReports()).toBeGreaterThanOrEqual(1); // due in 5 days ≤ 7
    expect(await svc.remindReports()).toBe(0);
    const inbox = await dbOf(app).select().from(notifications).where(eq(notifications.accountId, agencyAccountId));
    expect(inbox.some((n) => n.title.includes('驻杭办事处办公楼'))).toBe(true);
    const r = await agency('POST', `${U}/${propertyId}/reports`, { occupancy: '正常使用', content: '本季度房屋使用正常，完成屋面防水维修。' });
    expect(r.statusCode, r.body).toBe(201);
    // due = today + 5; next = due + 3 months
    const due = addDays(today, 5);
    const [y, m, dd] = due.split('-').map(Number) as [number, number, number];
    const mm = m + 3 > 12 ? m - 9 : m + 3;
    const expected = `${m + 3 > 12 ? y + 1 : y}-${String(mm).padStart(2, '0')}-${String(Math.min(dd, new Date(Date.UTC(m + 3 > 12 ? y + 1 : y, mm, 0)).getUTCDate())).padStart(2, '0')}`;
    expect(r.json()).toMatchObject({ dueOn: due, late: false, nextReportDue: expected });
  });
});
