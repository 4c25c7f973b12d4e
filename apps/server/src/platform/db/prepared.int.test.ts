import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/helpers/test-db.js';
import { settings } from '../auth/auth.table.js';
import type { Database } from './database.js';
import { prepared } from './prepared.js';

const put = prepared('test_prepared_put', (db) => db.insert(settings)
  .values({ key: sql.placeholder('key'), value: sql.placeholder('value'), updatedAt: sql.placeholder('at') }).returning());
const byAt = prepared('test_prepared_by_at', (db) => db.select({ key: settings.key }).from(settings).where(eq(settings.updatedAt, sql.placeholder('at'))));
const byKey = prepared('test_prepared_by_key', (db) => db.select({ value: settings.value, at: settings.updatedAt }).from(settings).where(eq(settings.key, sql.placeholder('key'))));

describe('statements built once and run on the pool or a transaction', () => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(); });
  afterAll(async () => { await database.close(); });

  it('runs on the pool with each call\'s values, mapped both ways (a Date in, a Date out)', async () => {
    const at = new Date('2026-03-01T08:30:00.000Z');
    await put(database.db, { key: 'prepared.a', value: '一', at });
    await put(database.db, { key: 'prepared.b', value: '二', at: new Date(at.getTime() + 60_000) });
    expect(await byKey(database.db, { key: 'prepared.a' })).toEqual([{ value: '一', at }]);
    expect(await byKey(database.db, { key: 'prepared.b' })).toEqual([{ value: '二', at: new Date(at.getTime() + 60_000) }]);
    expect(await byKey(database.db, { key: 'prepared.none' })).toEqual([]);
  });

  it('runs inside the caller\'s transaction: what it wrote is seen there and gone after a rollback', async () => {
    const seenInside: unknown[] = [];
    await database.db.transaction(async (tx) => {
      await put(tx, { key: 'prepared.tx', value: '暂存', at: new Date() });
      seenInside.push(...(await byKey(tx, { key: 'prepared.tx' })).map((r) => r.value));
      throw new Error('roll back');
    }).catch((e: unknown) => { if (!(e instanceof Error) || e.message !== 'roll back') throw e; });
    expect(seenInside).toEqual(['暂存']);
    expect(await byKey(database.db, { key: 'prepared.tx' })).toEqual([]);
    // and a committed one stays
    await database.db.transaction(async (tx) => { await put(tx, { key: 'prepared.kept', value: '保留', at: new Date() }); });
    expect((await byKey(database.db, { key: 'prepared.kept' })).map((r) => r.value)).toEqual(['保留']);
  });

  it('a null passes to a column whose encoder takes no null (a timestamp)', async () => {
    expect(await byAt(database.db, { at: null })).toEqual([]);
    expect(await byAt(database.db, { at: new Date('2026-03-01T08:30:00.000Z') })).toEqual([{ key: 'prepared.a' }]);
  });

  it('a missing value is an error, not a NULL written', async () => {
    await expect(put(database.db, { key: 'prepared.half', value: '半' })).rejects.toThrow(/placeholder "at"/);
    expect(await byKey(database.db, { key: 'prepared.half' })).toEqual([]);
  });

  it('refuses a name used twice or not fit for PostgreSQL', () => {
    expect(() => prepared('test_prepared_by_key', (db) => db.select().from(settings))).toThrow(/defined twice/);
    expect(() => prepared('Bad-Name', (db) => db.select().from(settings))).toThrow(/lower_snake_case/);
  });
});
