import { randomBytes } from 'node:crypto';
import { asc, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCrypto, type FieldCrypto } from '../crypto/field-crypto.js';
import { openTestDatabase } from '../../../test/helpers/test-db.js';
import type { Database } from '../db/database.js';
import { agencies, departments, people, regions } from '../org/org.table.js';
import { generateDemoOrg } from './demo-org.data.js';
import { seedDemoOrg, type DemoOrgSeedResult } from './demo-org.seed.js';

/** GB 11643-1999 check character, written independently of the generator. */
function expectedCheck(id17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...id17].reduce((s, ch, i) => s + Number(ch) * weights[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

describe('demo Zhoushan organisation', () => {
  let database: Database;
  let crypto: FieldCrypto;
  let first: DemoOrgSeedResult;
  let seedMs = 0;

  beforeAll(async () => {
    database = await openTestDatabase();
    crypto = createFieldCrypto(randomBytes(32));
    const t0 = performance.now();
    first = await seedDemoOrg(database.db, crypto);
    seedMs = performance.now() - t0;
  }, 120_000);

  afterAll(async () => { await database?.close(); });

  it('seeds the regions, agencies and people in a few seconds', async () => {
    expect(first.created).toBe(true);
    expect(first.regions).toBe(5);
    expect(first.agencies).toBeGreaterThanOrEqual(150);
    expect(first.people).toBeGreaterThanOrEqual(2000);
    expect(first.people).toBeLessThanOrEqual(2600);
    expect(seedMs).toBeLessThan(10_000);
    const [root] = await database.db.select().from(regions).where(eq(regions.code, '330900'));
    expect(root?.name).toBe('市本级');
    const children = await database.db.select().from(regions).where(eq(regions.parentId, root!.id)).orderBy(asc(regions.code));
    expect(children.map((r) => r.code)).toEqual(['330902', '330903', '330921', '330922']);
    for (const c of children) expect(c.path).toBe(`/${root!.id}/${c.id}/`);
    expect(first.firstAgencyIds).toEqual({ center: first.centerAgencyId, sample: first.sampleAgencyId });
  });

  it('stores valid, encrypted Zhoushan ID numbers that match the birthday', async () => {
    const sample = await database.db.select().from(people).where(isNotNull(people.idNumberEnc)).orderBy(asc(people.id)).limit(50);
    expect(sample).toHaveLength(50);
    for (const p of sample) {
      const id = crypto.decrypt(p.idNumberEnc!);
      expect(id).toMatch(/^3309\d{13}[\dX]$/);
      expect(id[17]).toBe(expectedCheck(id.slice(0, 17)));
      expect(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`).toBe(p.birthday);
      expect(Number(id[16]) % 2 === 1 ? 'M' : 'F').toBe(p.gender);
      expect(p.idNumberBidx).toBe(crypto.blindIndex(id));
      expect(p.idNumberMasked).toBe(`${id.slice(0, 3)}${'*'.repeat(11)}${id.slice(-4)}`);
      const mobile = crypto.decrypt(p.mobileEnc!);
      expect(mobile).toMatch(/^1[358]\d{9}$/);
      expect(p.departmentId).not.toBeNull();
      const age = 2026 - Number(p.birthday!.slice(0, 4));
      expect(age).toBeGreaterThanOrEqual(23);
      expect(age).toBeLessThanOrEqual(61);
    }
  });

  it('has one head per agency and returns the well-known rows', async () => {
    const [center] = await database.db.select().from(agencies).where(eq(agencies.id, first.centerAgencyId));
    expect(center?.name).toBe('舟山市机关事务管理中心');
    const [sample] = await database.db.select().from(agencies).where(eq(agencies.id, first.sampleAgencyId));
    expect(sample?.name).toBe('舟山市教育局');
    const [officer] = await database.db.select().from(people).where(eq(people.id, first.agencyOfficerPersonId));
    expect(officer?.agencyId).toBe(first.sampleAgencyId);
    const [staff] = await database.db.select().from(people).where(eq(people.id, first.staffPersonId));
    expect(staff).toMatchObject({ agencyId: first.sampleAgencyId, post: '科员', status: 'active' });
    const chiefs = await database.db.select({ n: count() }).from(people).where(eq(people.rank, 'division_chief'));
    const cityAgencies = await database.db.select({ n: count() }).from(agencies).where(eq(agencies.regionId, (await database.db.select().from(regions).where(eq(regions.code, '330900')))[0]!.id));
    expect(chiefs[0]!.n).toBe(cityAgencies[0]!.n);
    const [dept] = await database.db.select().from(departments).where(eq(departments.agencyId, first.sampleAgencyId)).orderBy(asc(departments.sort)).limit(1);
    expect(dept?.name).toBe('办公室');
    expect(dept?.headPersonId).toBe(first.agencyOfficerPersonId);
  });

  it('does not duplicate rows when seeded again', async () => {
    const again = await seedDemoOrg(database.db, crypto);
    expect(again.created).toBe(false);
    const { created: _a, ...before } = first;
    const { created: _b, ...after } = again;
    expect(after).toEqual(before);
    const [n] = await database.db.select({ n: count() }).from(people);
    expect(n!.n).toBe(first.people);
  });

  it('gives the same names for the same seed', async () => {
    const a = generateDemoOrg(20230101);
    const b = generateDemoOrg(20230101);
    expect(a.agencies.map((x) => x.name)).toEqual(b.agencies.map((x) => x.name));
    expect(a.people.map((x) => [x.name, x.idNumber, x.mobile, x.birthday, x.rank])).toEqual(b.people.map((x) => [x.name, x.idNumber, x.mobile, x.birthday, x.rank]));
    const stored = await database.db.select({ name: agencies.name }).from(agencies).orderBy(asc(agencies.sort));
    expect(stored.map((x) => x.name)).toEqual(a.agencies.map((x) => x.name));
    const c = generateDemoOrg(7);
    expect(c.people.map((x) => x.name)).not.toEqual(a.people.map((x) => x.name));
  });
});
