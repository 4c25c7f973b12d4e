import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login, type Session } from '../helpers/test-app.js';
import { idNumber, makeXlsx, readXlsx } from '../helpers/xlsx.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PEOPLE_HEADERS = ['姓名', '性别', '单位编码', '处室', '职级', '职务', '行政层级', '身份证号', '手机号', '出生日期', '入职日期', '状态'];

describe('organisation API', () => {
  let app: FastifyInstance;
  let center: Session;
  let regionId: string;
  beforeAll(async () => {
    app = await buildTestApp();
    center = await login(app, 'center');
    regionId = ((await as(app, center)('GET', '/api/v1/org/regions')).json().items as Array<{ id: string; code: string }>).find((r) => r.code === '330902')!.id;
  });
  afterAll(async () => { await app.close(); });
  const call = (...a: Parameters<ReturnType<typeof as>>) => as(app, center)(...a);

  it('creates an agency and refuses a duplicate code naming the holder', async () => {
    const created = await call('POST', '/api/v1/org/agencies', { code: 'T001', name: '定海区测试局', kind: 'government', regionId, headcount: 12 });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'T001', regionName: '定海区', peopleCount: 0, active: true });
    const dup = await call('POST', '/api/v1/org/agencies', { code: 'T001', name: '另一个局', kind: 'government', regionId });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toContain('定海区测试局');
  });

  it('names unknown fields and bad values in Chinese, without internals', async () => {
    const res = await call('POST', '/api/v1/org/agencies', { code: 'T002', name: '测试', kind: 'nope', regionId, color: 'red', isAdmin: true });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toContain('color');
    expect(body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['color', 'isAdmin', 'kind']);
    const bad = await call('POST', '/api/v1/org/agencies', { code: 'T002', name: '测', kind: 'nope', regionId });
    expect(bad.json().fields.map((f: { path: string }) => f.path).sort()).toEqual(['kind', 'name']);
    expect(JSON.stringify(bad.json())).not.toMatch(/stack|select|insert|platform_/i);
  });

  it('answers 400 to malformed JSON and 413 to a body over the limit', async () => {
    const malformed = await app.inject({ method: 'POST', url: '/api/v1/org/agencies', headers: { cookie: center.cookie, 'x-csrf-token': center.csrf, 'content-type': 'application/json' }, payload: '{"code": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('MALFORMED_JSON');
    const huge = await call('POST', '/api/v1/org/agencies', { code: 'T003', name: 'x'.repeat(2 * 1024 * 1024), kind: 'government', regionId });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('BODY_TOO_LARGE');
  });

  it('refuses a position that does not exist or belongs to another agency, naming positionId', async () => {
    const [agency] = (await call('GET', '/api/v1/org/agencies?pageSize=1')).json().items;
    const res = await call('POST', '/api/v1/org/people', { name: '王五', gender: 'M', agencyId: agency.id, rank: 'staff_1', adminLevel: 'county', positionId: '01900000-0000-7000-8000-000000000000' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: [{ path: 'positionId', code: 'NOT_IN_AGENCY' }] });
  });

  it('validates an ID number check digit, stores it encrypted and shows it masked; reveal is audited', async () => {
    const agency = (await call('GET', '/api/v1/org/agencies?q=T001')).json().items[0];
    const wrong = `${idNumber(1).slice(0, 17)}${idNumber(1).endsWith('0') ? '1' : '0'}`;
    const bad = await call('POST', '/api/v1/org/people', { name: '李四', gender: 'M', agencyId: agency.id, rank: 'staff_1', adminLevel: 'county', idNumber: wrong });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0]).toMatchObject({ path: 'idNumber', message: '身份证号校验位不正确' });
    const id = idNumber(7);
    const ok = await call('POST', '/api/v1/org/people', { name: '李四', gender: 'M', agencyId: agency.id, rank: 'staff_1', adminLevel: 'county', idNumber: id, mobile: '13905801234' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().idNumberMasked).toBe(`${id.slice(0, 3)}***********${id.slice(-4)}`);
    expect(ok.json().mobileMasked).toBe('139****1234');
    expect(JSON.stringify(ok.json())).not.toContain(id);
    const found = await call('GET', `/api/v1/org/people?idNumber=${id}`);
    expect(found.json().total).toBe(1);
    const revealed = await call('POST', `/api/v1/org/people/${ok.json().id}/reveal`);
    expect(revealed.json()).toEqual({ idNumber: id, mobile: '13905801234' });
    const auditor = await login(app, 'auditor');
    const recs = (await as(app, auditor)('GET', `/api/v1/audit/records?action=org.person.reveal`)).json().items as Array<{ objectId: string }>;
    expect(recs.map((r) => r.objectId)).toContain(ok.json().id);
  });

  it('an import of 1,000 rows with 3 bad rows commits nothing and reports exactly those rows', async () => {
    const before = (await call('GET', '/api/v1/org/people?pageSize=1')).json().total as number;
    const rows = Array.from({ length: 1000 }, (_, i) => [`批量${i}`, i % 2 ? '女' : '男', 'T001', '', '一级科员', '科员', '县', idNumber(100 + i, '19850101'), '', '1985-01-01', '2010-08-01', '在职'] as Array<string | number>);
    rows[10]![4] = '大官'; // sheet row 12: unknown rank
    rows[500]![2] = 'NO-SUCH'; // sheet row 502: unknown agency
    rows[998]![9] = '1985/13/01'; // sheet row 1000: bad date
    const res = await call('POST', '/api/v1/org/people/import', await makeXlsx(PEOPLE_HEADERS, rows), { 'content-type': XLSX });
    expect(res.statusCode).toBe(422);
    const errs = res.json().ref.errors as Array<{ row: number; field: string }>;
    expect([...new Set(errs.map((e) => e.row))].sort((a, b) => a - b)).toEqual([12, 502, 1000]);
    expect(errs.find((e) => e.row === 12)!.field).toBe('职级');
    expect((await call('GET', '/api/v1/org/people?pageSize=1')).json().total).toBe(before);
  });

  it('imports 100 people from the downloaded template and exports them back', async () => {
    const tpl = await call('GET', '/api/v1/org/people/import-template');
    expect(tpl.headers['content-type']).toBe(XLSX);
    const headers = (await readXlsx(tpl.rawPayload))[0]!;
    expect(headers).toEqual(PEOPLE_HEADERS);
    const rows = Array.from({ length: 100 }, (_, i) => [`导入${String(i).padStart(3, '0')}`, '男', 'T001', '', '四级主任科员', '', '县', '', '', '', '', ''] as Array<string | number>);
    const res = await call('POST', '/api/v1/org/people/import', await makeXlsx(headers, rows), { 'content-type': XLSX });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 100 });
    const list = await call('GET', '/api/v1/org/people?q=%E5%AF%BC%E5%85%A5&pageSize=10&sort=name:desc');
    expect(list.json().total).toBe(100);
    expect(list.json().items[0].name).toBe('导入099');
    const file = await call('GET', '/api/v1/org/people?q=%E5%AF%BC%E5%85%A5&format=xlsx');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''");
    const back = await readXlsx(file.rawPayload);
    expect(back.length).toBe(101);
    expect(back[0]![0]).toBe('姓名');
    expect(back.slice(1).map((r) => r[0]).sort()[0]).toBe('导入000');
    expect(back[1]![4]).toBe('四级主任科员');
  });

  it('imports agencies all or nothing', async () => {
    const headers = ['单位编码', '单位名称', '简称', '单位性质', '所属区域', '编制人数', '地址'];
    const good = await call('POST', '/api/v1/org/agencies/import', await makeXlsx(headers, [['T101', '岱山县测试中心', '', '事业单位', '岱山县', 20, ''], ['T102', '嵊泗县测试所', '', '政府', '330922', 8, '']]), { 'content-type': XLSX });
    expect(good.json()).toEqual({ created: 2 });
    const bad = await call('POST', '/api/v1/org/agencies/import', await makeXlsx(headers, [['T103', '新单位甲', '', '政府', '市本级', 1, ''], ['T101', '新单位乙', '', '外星', '火星', 1, '']]), { 'content-type': XLSX });
    expect(bad.statusCode).toBe(422);
    expect((bad.json().ref.errors as Array<{ row: number; field: string }>).map((e) => `${e.row}:${e.field}`).sort()).toEqual(['3:单位性质', '3:单位编码', '3:所属区域']);
    expect((await call('GET', '/api/v1/org/agencies?q=T103')).json().total).toBe(0);
  });

  it('pages, sorts and filters in SQL, and rejects an unknown sort field', async () => {
    const p1 = (await call('GET', '/api/v1/org/agencies?pageSize=5&page=1&sort=code:asc')).json();
    const p2 = (await call('GET', '/api/v1/org/agencies?pageSize=5&page=2&sort=code:asc')).json();
    expect(p1.items).toHaveLength(5);
    expect(p1.total).toBe(p2.total);
    expect(p1.items[4].code < p2.items[0].code).toBe(true);
    const bad = await call('GET', '/api/v1/org/agencies?sort=password:asc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].path).toBe('sort');
    const deactivated = await call('POST', `/api/v1/org/agencies/${p1.items[0].id}/deactivate`);
    expect(deactivated.json().active).toBe(false);
    const inactive = (await call('GET', '/api/v1/org/agencies?active=false')).json();
    expect(inactive.items.map((a: { id: string }) => a.id)).toContain(p1.items[0].id);
  });
  it('a page holds each record as read by its id: people (rows written by PostgreSQL) and agencies, to the schema', async () => {
    const { keysetPageOf, pageOf } = await import('../../src/platform/http/paging.js');
    const { agency, person } = await import('../../src/platform/org/org.schemas.js');
    const somewhere = ((await call('GET', '/api/v1/org/agencies?pageSize=50')).json().items as Array<{ id: string; peopleCount: number }>).find((a) => a.peopleCount > 0)!;
    const loner = await call('POST', '/api/v1/org/people', { name: '单列测试人', gender: 'F', agencyId: somewhere.id, rank: 'staff_1', adminLevel: 'county', post: '“职务”\\测试', birthday: '1990-02-28' });
    expect(loner.statusCode, loner.body).toBe(201);
    const people = keysetPageOf(person.strict()).parse((await call('GET', `/api/v1/org/people?agencyId=${somewhere.id}&pageSize=200`)).json());
    expect(people.items.some((p) => p.departmentName === null) && people.items.some((p) => p.departmentName !== null)).toBe(true);
    for (const p of people.items) expect(p).toStrictEqual((await call('GET', `/api/v1/org/people/${p.id}`)).json());
    const agencies = pageOf(agency.strict()).parse((await call('GET', '/api/v1/org/agencies?pageSize=30')).json());
    expect(agencies.items.filter((a) => a.peopleCount > 0).length).toBeGreaterThan(1);
    for (const a of agencies.items) expect(a).toStrictEqual((await call('GET', `/api/v1/org/agencies/${a.id}`)).json());
  });
});
