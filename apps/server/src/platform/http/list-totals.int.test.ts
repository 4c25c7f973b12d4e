import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../../../test/helpers/test-db.js';
import type { Database } from '../db/database.js';
import { Binds, shapeOf } from '../db/prepared.js';
import { agencies, regions } from '../org/org.table.js';
import { listTotal, TOTAL_STALE_MS, TOTAL_TTL_MS } from './list-totals.js';

describe('list totals reused for a moment', () => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(); });
  afterAll(async () => { await database.close(); });

  /** A page of regions with its total, as the list services read it. */
  async function page(code?: string) {
    const { db } = database;
    const w = code ? eq(regions.code, code) : undefined;
    const total = listTotal(db, regions, w);
    const rows = await db.select({ id: regions.id, total: total.sql }).from(regions).where(w).limit(1);
    return total.of(rows, 0);
  }
  // why behind the handle's back: a plain statement is not a transaction of this process, like another server's write
  const addBehindTheBack = (code: string) => database.db.execute(sql`insert into platform_region (id, code, name, path, admin_level) values (gen_random_uuid(), ${code}, ${`区域${code}`}, '/x/', 'county')`);

  it('keeps a total until this process commits; past the TTL answers it while one background count replaces it; past the stale limit counts at once', async () => {
    const before = await page();
    await addBehindTheBack('T1');
    expect(await page()).toBe(before); // kept
    expect(await page('T1')).toBe(1); // another filter is another total
    // why only Date faked: the kept totals' age is read from Date.now; the database's I/O keeps real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + TOTAL_TTL_MS + 10);
      expect(await page()).toBe(before); // past the TTL: still answered, while the recount runs
      await vi.waitFor(async () => expect(await page()).toBe(before + 1), { timeout: 5000, interval: 20 });
      await addBehindTheBack('T4');
      vi.setSystemTime(Date.now() + TOTAL_STALE_MS + 10);
      expect(await page()).toBe(before + 2); // too old to answer: counted in the page's statement
    } finally {
      vi.useRealTimers();
    }
    await database.db.transaction(async (tx) => { await tx.insert(regions).values({ code: 'T2', name: '区域T2', path: '/t2/', adminLevel: 'county' }); });
    expect(await page()).toBe(before + 3); // a commit of this process drops it at once
  });

  it('with binds (a prepared page), each table and each bound value keeps its own total', async () => {
    const { db } = database;
    const bound = async (table: typeof regions | typeof agencies, code?: string) => {
      const b = new Binds();
      const w = code ? sql`${table.code} = ${b.bind(code)}` : undefined;
      const total = listTotal(db, table, w, { binds: b, shape: shapeOf(w) });
      const rows = await db.select({ id: table.id, total: total.sql }).from(table).where(w).limit(1).execute(b.values);
      return total.of(rows, 0);
    };
    // committed by this process: no total kept by the other tests survives it
    await db.transaction(async (tx) => {
      const [b1] = await tx.insert(regions).values({ code: 'B1', name: '区域B1', path: '/b1/', adminLevel: 'county' }).returning();
      await tx.insert(agencies).values({ code: 'B1-A', name: '单位B1', kind: 'party', regionId: b1!.id });
    });
    const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(regions);
    const [a] = await db.select({ n: sql<number>`count(*)::int` }).from(agencies);
    expect(r!.n).not.toBe(a!.n);
    // the same empty filter on two tables: two totals, also once kept
    for (let i = 0; i < 2; i++) {
      expect(await bound(regions)).toBe(r!.n);
      expect(await bound(agencies)).toBe(a!.n);
    }
    expect(await bound(regions, 'B1')).toBe(1);
    expect(await bound(regions, 'no-such-code')).toBe(0);
    expect(await bound(regions, 'B1')).toBe(1);
  });

  it('pages of one filter arriving together await the first one\'s count; if its statement fails they count alone', async () => {
    const { db } = database;
    await db.transaction(async (tx) => { await tx.insert(regions).values({ code: 'C1', name: '区域C1', path: '/c1/', adminLevel: 'county' }); });
    const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(regions)) as [{ n: number }];
    const totals = Array.from({ length: 5 }, () => listTotal(db, regions, undefined));
    expect(totals.map((t) => t.source)).toEqual(['counted', 'awaited', 'awaited', 'awaited', 'awaited']);
    const pages = await Promise.all(totals.map(async (t) => t.of(await db.select({ id: regions.id, total: t.sql }).from(regions).limit(1), 0)));
    expect(pages).toEqual([n, n, n, n, n]);
    expect(listTotal(db, regions, undefined).source).toBe('kept');
    // a first page whose statement fails never asks for its total: the one awaiting it counts alone
    await db.transaction(async (tx) => { await tx.insert(regions).values({ code: 'C2', name: '区域C2', path: '/c2/', adminLevel: 'county' }); });
    const failed = listTotal(db, regions, undefined);
    const waiting = listTotal(db, regions, undefined);
    expect([failed.source, waiting.source]).toEqual(['counted', 'awaited']);
    expect(await waiting.of([], 0)).toBe(n + 1);
  }, 15_000);

  it('counts inside a transaction every time', async () => {
    const before = await page();
    await database.db.transaction(async (tx) => {
      await tx.insert(regions).values({ code: 'T3', name: '区域T3', path: '/t3/', adminLevel: 'county' });
      const total = listTotal(tx, regions, undefined);
      const rows = await tx.select({ id: regions.id, total: total.sql }).from(regions).limit(1);
      expect(await total.of(rows, 0)).toBe(before + 1);
    });
  });
});
