import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetApp, sedan, setQuotaFree, type Req } from '../test/fleet-test-kit.js';
import { dayBefore, rangesOverlap, settingValueError } from './standard-versions.service.js';

let app: FastifyInstance;
let center: Req;
let agency: Req;
let sampleId: string;

beforeAll(async () => { ({ app, center, agency, sampleId } = await fleetApp()); });
afterAll(async () => { await app?.close(); });

describe('pure rules', () => {
  it('day before, inclusive overlap, setting ranges', () => {
    expect(dayBefore('2027-03-01')).toBe('2027-02-28');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29'); // leap year
    expect(rangesOverlap({ from: '2026-01-01', to: '2026-12-31' }, { from: '2026-12-31', to: null })).toBe(true); // share 31 Dec
    expect(rangesOverlap({ from: '2026-01-01', to: '2026-12-30' }, { from: '2026-12-31', to: null })).toBe(false);
    expect(settingValueError({ nameZh: '比例', unit: 'ratio' }, 1.2)).toContain('0 到 1');
    expect(settingValueError({ nameZh: '天数', unit: 'day' }, 7.5)).toContain('整数');
    expect(settingValueError({ nameZh: '里程', unit: 'km' }, 800)).toBeNull();
  });
});

describe('配备标准 versions', () => {
  const base = { nameZh: '测试轿车标准', nameEn: 'Test sedan standard', kind: 'special', energyClass: 'any', maxSeats: 5, maxDisplacementL: 1.8, source: '测试依据（2020）' };

  it('a new version ends the old one the day before; overlapping versions are refused naming the one in force', async () => {
    const v1 = await center('POST', '/api/v1/fleet/standards', { ...base, code: 'test-sedan', maxPriceFen: 16_000_000, effectiveFrom: '2020-01-01' });
    expect(v1.statusCode, v1.body).toBe(201);
    // a second open-ended row of the same code from 2025 overlaps 2020 ~ open
    const clash = await center('POST', '/api/v1/fleet/standards', { ...base, code: 'test-sedan', maxPriceFen: 17_000_000, effectiveFrom: '2025-01-01' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'FLEET_STANDARD_OVERLAP', ref: { standardId: v1.json().id, effectiveFrom: '2020-01-01', effectiveTo: null } });
    expect(clash.json().message).toContain('2020-01-01 ~ 长期');
    // not after the version's start: 400 on effectiveFrom
    const early = await center('POST', `/api/v1/fleet/standards/${v1.json().id}/versions`, { effectiveFrom: '2020-01-01', maxPriceFen: 17_000_000, maxDisplacementL: 1.8, source: '新文件' });
    expect(early.statusCode).toBe(400);
    expect(early.json().fields).toMatchObject([{ path: 'effectiveFrom' }]);
    const v2 = await center('POST', `/api/v1/fleet/standards/${v1.json().id}/versions`, { effectiveFrom: '2026-03-01', maxPriceFen: 18_000_000, maxDisplacementL: null, source: '新文件（2026）' });
    expect(v2.statusCode, v2.body).toBe(201);
    // the new version keeps code, names, kind, energy class and seats; the old ends 2026-02-28 (the day before 1 March)
    expect(v2.json()).toMatchObject({ code: 'test-sedan', nameZh: '测试轿车标准', kind: 'special', maxSeats: 5, maxPriceFen: 18_000_000, maxDisplacementL: null, effectiveFrom: '2026-03-01', effectiveTo: null, source: '新文件（2026）' });
    expect((await center('GET', `/api/v1/fleet/standards/${v1.json().id}`)).json()).toMatchObject({ effectiveTo: '2026-02-28', maxPriceFen: 16_000_000 });
    // moving the old version's end into the new one's days is refused
    const stretch = await center('PATCH', `/api/v1/fleet/standards/${v1.json().id}`, { effectiveTo: '2026-03-01' });
    expect(stretch.statusCode).toBe(409);
    expect(stretch.json().ref).toMatchObject({ standardId: v2.json().id });
    // ending the new version is a patch of its end date
    const ended = await center('PATCH', `/api/v1/fleet/standards/${v2.json().id}`, { effectiveTo: '2027-12-31' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().effectiveTo).toBe('2027-12-31');
    expect((await center('PATCH', `/api/v1/fleet/standards/${v2.json().id}`, { effectiveTo: '2026-02-01' })).statusCode).toBe(400);
    // the agency officer may read but not write standards
    expect((await agency('POST', `/api/v1/fleet/standards/${v2.json().id}/versions`, { effectiveFrom: '2028-01-01', maxPriceFen: 1, maxDisplacementL: null, source: 'x' })).statusCode).toBe(403);
  });

  it('the version in force decides registration: 170 000 yuan breaks the 2020 limit but not the 2026 one', async () => {
    // special kind, 5 seats: v1 (≤ 160 000.00 yuan) ran to 2026-02-28, v2 (≤ 180 000.00 yuan) from 2026-03-01
    await setQuotaFree(center, sampleId, 'special', 1);
    const check = await agency('POST', '/api/v1/fleet/vehicle-checks', sedan(sampleId, { kind: 'special', priceFen: 17_000_000 }));
    expect(check.statusCode, check.body).toBe(200);
    const rules = (check.json().breaches as Array<{ rule: string }>).map((b) => b.rule);
    // today (the test clock is the real one, after 2026-03-01) v2 applies: 170 000 ≤ 180 000, no breach of test-sedan
    expect(rules.filter((r) => r.includes('test-sedan'))).toEqual([]);
    // 190 000 yuan breaks v2's limit: 19 000 000 fen > 18 000 000 fen
    const over = (await agency('POST', '/api/v1/fleet/vehicle-checks', sedan(sampleId, { kind: 'special', priceFen: 19_000_000 }))).json().breaches as Array<{ rule: string; limit: number }>;
    expect(over.find((b) => b.rule === 'standard:test-sedan:price')).toMatchObject({ limit: 18_000_000 });
  });
});

describe('编制 and settings', () => {
  it('quota usage carries the quota id to change it; settings are checked by their unit', async () => {
    await setQuotaFree(center, sampleId, 'confidential', 2);
    const usage = (await center('GET', `/api/v1/fleet/quota-usage?agencyId=${sampleId}`)).json() as { items: Array<{ id: string; kind: string; quota: number; held: number }> };
    const row = usage.items.find((u) => u.kind === 'confidential')!;
    expect(row.quota).toBe(row.held + 2);
    const changed = await center('PATCH', `/api/v1/fleet/quotas/${row.id}`, { quota: row.held + 5, approvalRef: '舟编办〔2026〕1号' });
    expect(changed.statusCode, changed.body).toBe(200);
    const again = (await center('GET', `/api/v1/fleet/quota-usage?agencyId=${sampleId}`)).json() as { items: Array<{ id: string; kind: string; quota: number; approvalRef: string | null }> };
    expect(again.items.find((u) => u.id === row.id)).toMatchObject({ quota: row.held + 5, approvalRef: '舟编办〔2026〕1号' });

    const ratio = await center('PATCH', '/api/v1/fleet/settings/nev-share-min', { value: 30, source: '测试' });
    expect(ratio.statusCode).toBe(400);
    expect(ratio.json().fields).toMatchObject([{ path: 'value' }]);
    expect(ratio.json().message).toContain('0 到 1');
    expect((await center('PATCH', '/api/v1/fleet/settings/reminder-days', { value: 7.5, source: '测试' })).statusCode).toBe(400);
    const ok = await center('PATCH', '/api/v1/fleet/settings/nev-share-min', { value: 0.35, source: '国管资〔2024〕197号（提高）' });
    expect(ok.statusCode, ok.body).toBe(200);
    const settings = (await center('GET', '/api/v1/fleet/settings')).json() as { items: Array<{ code: string; value: number; source: string }> };
    expect(settings.items.find((s) => s.code === 'nev-share-min')).toMatchObject({ value: 0.35, source: '国管资〔2024〕197号（提高）' });
    expect((await agency('PATCH', '/api/v1/fleet/settings/reminder-km', { value: 800, source: 'x' })).statusCode).toBe(403);
  });
});
