import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login } from '../../../../test/helpers/test-app.js';
import { readXlsx } from '../../../../test/helpers/xlsx.js';
import { demoAgencies, dbOf, makeAgency, makeRooms } from '../census/estate-test-factory.js';
import { createStandardsService } from '../office/standards/standards.service.js';

const R = '/api/v1/estate/reports';
const year = new Date().getUTCFullYear();

describe('yearly disclosure reports', () => {
  let app: FastifyInstance;
  let center: ReturnType<typeof as>;
  let agency: ReturnType<typeof as>;
  let t: Awaited<ReturnType<typeof makeAgency>>;

  beforeAll(async () => {
    app = await buildTestApp();
    await createStandardsService(dbOf(app)).seed(); // idempotent: the 2014 standard and the rank map
    center = as(app, await login(app, 'center'));
    agency = as(app, await login(app, 'agency'));
    const ids = await demoAgencies(app);
    t = await makeAgency(app, ids.regionId, [{ name: '王局长', rank: 'division_chief', post: '局长' }, { name: '赵科员', rank: 'staff_1' }, { name: '钱科员', rank: 'staff_1' }]);
    await makeRooms(app, t.agencyId, ids.regionId, [
      { number: '501', areaM2: '30.00', occupantIds: [t.personIds[0]!] },
      { number: '502', areaM2: '24.00', occupantIds: [t.personIds[1]!, t.personIds[2]!] },
      { number: '503', areaM2: '40.00', useClass: 'service' },
    ]);
  });
  afterAll(async () => { await app.close(); });

  it('leaders\' room filing: a 正局(处) head in 30 m² is 6 m² over under 市级 rules', async () => {
    const res = await center('GET', `${R}/leader-room-filing?year=${year}&agencyId=${t.agencyId}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ name: '王局长', post: '局长', rooms: expect.stringContaining('501'), areaM2: 30, standardM2: 24, overrunM2: 6 })]); // 30 − 24
    const foreign = await agency('GET', `${R}/leader-room-filing?year=${year}&agencyId=${t.agencyId}`);
    expect(foreign.json()).toMatchObject({ total: 0, items: [] }); // outside the agency officer's scope
  });

  it('allocation disclosure: approved vs used per agency, rooms per building', async () => {
    const res = await center('GET', `${R}/allocation-disclosure?year=${year}&agencyId=${t.agencyId}`);
    expect(res.statusCode, res.body).toBe(200);
    // approved = 24 (head) + 9 + 9 (staff) = 42; used office = 30 + 24 = 54; overrun 12; the building holds 30 + 24 + 40 = 94
    expect(res.json().items[0]).toMatchObject({ approvedM2: 42, usedOfficeM2: 54, overrunM2: 12, buildings: [expect.objectContaining({ rooms: '501、502、503', roomCount: 3, usableM2: 94, officeM2: 54 })] });
    const past = await center('GET', `${R}/allocation-disclosure?year=${year - 1}&agencyId=${t.agencyId}`);
    expect(past.json().asOf).toBe(`${year - 1}-12-31`);
  });

  it('exports .xlsx and a PDF with Chinese text', async () => {
    const x = await center('GET', `${R}/leader-room-filing?year=${year}&agencyId=${t.agencyId}&format=xlsx`);
    expect(x.statusCode).toBe(200);
    const rows = await readXlsx(x.rawPayload);
    expect(rows[0]).toContain('超标面积（㎡）');
    expect(rows[1]).toEqual(expect.arrayContaining(['王局长', '30', '24', '6']));
    const p = await center('GET', `${R}/allocation-disclosure?year=${year}&format=pdf`);
    expect(p.statusCode, p.body.slice(0, 200)).toBe(200);
    expect(p.headers['content-type']).toContain('application/pdf');
    expect(p.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await agency('GET', `${R}/leader-room-filing?year=${year}&format=pdf`)).statusCode).toBe(200);
  });
});
