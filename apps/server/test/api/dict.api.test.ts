/**
 * Dictionaries and factor tables: the seed, the one read API across a change of factor (hand-
 * computed), overlapping versions refused with a 409 naming the existing one, the routes and the
 * Excel export.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAuditHead, type Actor } from '../../src/platform/audit/audit.service.js';
import type { Database } from '../../src/platform/db/database.js';
import type { Db } from '../../src/platform/db/types.js';
import { createDict, DictFactorMissingError, seedDictionaries } from '../../src/platform/dict/index.js';
import { AppError } from '../../src/platform/http/errors.js';
import { as, buildTestApp, login, type Session } from '../helpers/test-app.js';
import { openTestDatabase } from '../helpers/test-db.js';
import { readXlsx } from '../helpers/xlsx.js';

const actor: Actor = { accountId: null, name: 'test', ip: null };
const count = async (db: Db, q: ReturnType<typeof sql>) => Number(((await db.execute(q)) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n);

describe('dictionaries on the database', () => {
  let database: Database;
  let db: Db;
  let dict: ReturnType<typeof createDict>['api'];
  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    await ensureAuditHead(db);
    dict = createDict(db).api;
  });
  afterAll(async () => { await database?.close(); });

  it('seeds the named dictionaries once; a second seed adds nothing and keeps edits', async () => {
    const first = await seedDictionaries(db);
    expect(first.types).toBe(7);
    expect(first.items).toBeGreaterThan(60);
    const [raw] = (await dict.versions.list('energy-sce-coefficient', { code: 'raw-coal' }, 10, 0)).items;
    await dict.versions.update(actor, raw!.id, { note: '[U] 已提交核实' });
    expect(await seedDictionaries(db)).toEqual({ types: 0, items: 0 });
    expect((await dict.versions.get(raw!.id)).note).toBe('[U] 已提交核实');
    // Every seeded item names its source; every unverified value says so.
    expect(await count(db, sql`select count(*)::int n from platform_dict_item where source is null or source = ''`)).toBe(0);
    const u = await dict.factor('energy-sce-coefficient', 'diesel', '2024-05-01');
    expect(u).toMatchObject({ value: '1.4571', unit: 'kgce/kg', unverified: true });
    expect(await dict.factor('energy-sce-coefficient', 'electricity-calorific', '2024-05-01')).toMatchObject({ value: '0.1229', unit: 'kgce/kWh', year: 2020 });
    expect((await dict.items('room-use', '2024-01-01')).filter((i) => i.parentCode === 'service')).toHaveLength(11);
  });

  it('the grid factor follows its year: 1,000 kWh on 2021-12-31 is 556.8 kg CO₂, on 2022-01-01 536.6 kg', async () => {
    const dec = await dict.factor('co2-emission-factor', 'grid-national', '2021-12-31');
    const jan = await dict.factor('co2-emission-factor', 'grid-national', '2022-01-01');
    expect(dec).toMatchObject({ value: '0.5568', year: 2021, unit: 'kgCO2/kWh' });
    expect(jan).toMatchObject({ value: '0.5366', year: 2022 });
    expect(dec.source).toContain('2024年第12号');
    // Hand-computed: 1000 × 0.5568 = 556.8; 1000 × 0.5366 = 536.6 (in integer ten-thousandths to stay exact).
    expect(1000 * Math.round(Number(dec.value) * 10_000) / 10_000).toBe(556.8);
    expect(1000 * Math.round(Number(jan.value) * 10_000) / 10_000).toBe(536.6);
    // A Date is its day in Asia/Shanghai: 2021-12-31 16:30 UTC is 2022-01-01 00:30 there.
    expect((await dict.factor('co2-emission-factor', 'grid-national', new Date('2021-12-31T16:30:00Z'))).value).toBe('0.5366');
    // The latest year stays in force: 2023's factor applies in 2025.
    expect((await dict.factor('co2-emission-factor', 'grid-east-china', '2025-03-01'))).toMatchObject({ value: '0.55', year: 2023 });
  });

  it('no factor on the date is a typed error naming type, code and date', async () => {
    const err = await dict.factor('co2-emission-factor', 'grid-national', '2020-12-31').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DictFactorMissingError);
    expect(err).toMatchObject({ status: 422, code: 'DICT_FACTOR_MISSING', type: 'co2-emission-factor', itemCode: 'grid-national', date: '2020-12-31' });
    expect((err as AppError).messageZh).toContain('co2-emission-factor');
    expect((err as AppError).messageZh).toContain('grid-national');
    expect((err as AppError).messageZh).toContain('2020-12-31');
    // 天然气 has no coefficient until someone confirms which one applies.
    await expect(dict.factor('energy-sce-coefficient', 'natural-gas', '2024-01-01')).rejects.toBeInstanceOf(DictFactorMissingError);
    expect(await dict.lookup('vehicle-kind', 'emergency', '2024-01-01')).toMatchObject({ labelZh: '应急保障用车' });
    expect(await dict.lookup('vehicle-kind', 'no-such-kind', '2024-01-01')).toBeNull();
  });

  it('a new version overlapping an active one is refused with 409 naming it; retire, then add', async () => {
    await dict.types.create(actor, { code: 'test-tariff', nameZh: '测试电价', nameEn: 'Test tariff', kind: 'factor', unit: '元/kWh', sort: 0 });
    const a = await dict.versions.create(actor, 'test-tariff', { code: 'peak', labelZh: '峰时', labelEn: 'Peak', value: '0.9', effectiveFrom: '2023-01-01', sort: 0, active: true });
    const clash = await dict.versions.create(actor, 'test-tariff', { code: 'peak', labelZh: '峰时', labelEn: 'Peak', value: '1.1', effectiveFrom: '2024-01-01', sort: 0, active: true }).catch((e: unknown) => e);
    expect(clash).toMatchObject({ status: 409, code: 'DICT_ITEM_OVERLAP', ref: { itemId: a.id, effectiveFrom: '2023-01-01', effectiveTo: null } });
    expect((clash as AppError).messageZh).toContain('2023-01-01');
    await expect(dict.versions.create(actor, 'test-tariff', { code: 'peak', labelZh: '峰时', labelEn: 'Peak', effectiveFrom: '2025-01-01', sort: 0, active: true }))
      .rejects.toMatchObject({ status: 400, fields: [{ path: 'value' }] });
    await expect(dict.versions.retire(actor, a.id, '2022-12-31')).rejects.toMatchObject({ status: 400 });
    await dict.versions.retire(actor, a.id, '2023-12-31');
    const b = await dict.versions.create(actor, 'test-tariff', { code: 'peak', labelZh: '峰时', labelEn: 'Peak', value: '1.1', effectiveFrom: '2024-01-01', sort: 0, active: true });
    expect((await dict.factor('test-tariff', 'peak', '2023-12-31')).value).toBe('0.9');
    expect((await dict.factor('test-tariff', 'peak', '2024-01-01'))).toMatchObject({ value: '1.1', unit: '元/kWh', itemId: b.id });
    // Extending the old version into the new one's period is refused too, and names the new one.
    await expect(dict.versions.update(actor, a.id, { effectiveTo: null })).rejects.toMatchObject({ status: 409, ref: { itemId: b.id } });
    expect(await count(db, sql`select count(*)::int n from platform_audit_log where object_type = 'platform.dict-item' and object_id = ${a.id}`)).toBe(2);
  });
});

describe('dictionary routes', () => {
  let app: FastifyInstance;
  let center: Session;
  let staff: Session;
  beforeAll(async () => {
    app = await buildTestApp();
    [center, staff] = await Promise.all([login(app, 'center'), login(app, 'staff')]);
  });
  afterAll(async () => { await app?.close(); });

  it('lists, adds, refuses an overlap with a clear 409, retires and exports as .xlsx', async () => {
    const call = as(app, center);
    const types = await call('GET', '/api/v1/dict/types?kind=factor');
    expect(types.statusCode).toBe(200);
    expect((types.json() as { items: Array<{ code: string }> }).items.map((t) => t.code)).toEqual(expect.arrayContaining(['energy-sce-coefficient', 'co2-emission-factor']));
    const onDate = await call('GET', '/api/v1/dict/types/co2-emission-factor/items?code=grid-national&onDate=2022-07-01');
    expect((onDate.json() as { items: Array<{ value: string }>; total: number })).toMatchObject({ total: 1, items: [{ value: '0.5366' }] });

    const add = (body: Record<string, unknown>) => call('POST', '/api/v1/dict/types/co2-emission-factor/items', { code: 'grid-zhejiang', labelZh: '浙江省电网', labelEn: 'Zhejiang grid', unit: 'kgCO2/kWh', ...body });
    const first = await add({ value: 0.5, effectiveFrom: '2024-01-01', year: 2024, source: '测试', note: '[U] 测试值' });
    expect(first.statusCode).toBe(201);
    const firstId = (first.json() as { id: string }).id;
    const clash = await add({ value: '0.6', effectiveFrom: '2024-06-01', effectiveTo: '2024-12-31' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'DICT_ITEM_OVERLAP', ref: { itemId: firstId, code: 'grid-zhejiang', effectiveFrom: '2024-01-01', effectiveTo: null } });
    expect((clash.json() as { message: string }).message).toContain('浙江省电网');
    expect((await add({ value: '1e-9', effectiveFrom: '2030-01-01' })).statusCode).toBe(400);
    expect((await add({ value: '0.6', effectiveFrom: '2025-02-30' })).statusCode).toBe(400);
    const retired = await call('POST', `/api/v1/dict/items/${firstId}/retire`, { effectiveTo: '2024-05-31' });
    expect(retired.json()).toMatchObject({ effectiveTo: '2024-05-31', value: '0.5', unverified: true });
    expect((await add({ value: '0.6', effectiveFrom: '2024-06-01' })).statusCode).toBe(201);
    expect((await call('PATCH', `/api/v1/dict/items/${firstId}`, { note: '已核实' })).json()).toMatchObject({ note: '已核实', unverified: false });

    const file = await call('GET', '/api/v1/dict/types/co2-emission-factor/items?code=grid-zhejiang&format=xlsx');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readXlsx(file.rawPayload);
    expect(sheet[0]!.slice(0, 5)).toEqual(['编码', '名称', '英文名称', '上级编码', '数值']);
    expect(sheet.slice(1).map((r) => [r[0], r[4], r[6], r[7]]).sort()).toEqual([
      ['grid-zhejiang', '0.5', '2024-01-01', '2024-05-31'], ['grid-zhejiang', '0.6', '2024-06-01', ''],
    ].sort());
    expect(await count(app.platform.db, sql`select count(*)::int n from platform_audit_log where action = 'platform.dict-item.export'`)).toBe(1);
  });

  it('types: create, duplicate 409, patch; a cadre can neither read nor write', async () => {
    const call = as(app, center);
    const created = await call('POST', '/api/v1/dict/types', { code: 'test-kind', nameZh: '测试类别', nameEn: 'Test kinds', kind: 'code' });
    expect(created.statusCode).toBe(201);
    expect((await call('POST', '/api/v1/dict/types', { code: 'test-kind', nameZh: '重复', nameEn: 'Dup', kind: 'code' })).statusCode).toBe(409);
    expect((await call('PATCH', '/api/v1/dict/types/test-kind', { nameZh: '测试类别二' })).json()).toMatchObject({ nameZh: '测试类别二', kind: 'code' });
    expect((await call('GET', '/api/v1/dict/types/no-such-type/items')).statusCode).toBe(404);
    const types = (await call('GET', '/api/v1/dict/types?pageSize=100')).json().items as Array<{ code: string; itemCount: number }>;
    const withItems = types.find((t) => t.itemCount > 0)!;
    const active = (await call('GET', `/api/v1/dict/types/${withItems.code}/items?active=true&pageSize=1`)).json().total as number;
    expect(withItems.itemCount).toBe(active);
    expect(types.find((t) => t.code === 'test-kind')!.itemCount).toBe(0);
    expect((await as(app, staff)('GET', '/api/v1/dict/types')).statusCode).toBe(403);
    expect((await as(app, staff)('POST', '/api/v1/dict/types', { code: 'x-y', nameZh: 'x', nameEn: 'x', kind: 'code' })).statusCode).toBe(403);
  });
});
