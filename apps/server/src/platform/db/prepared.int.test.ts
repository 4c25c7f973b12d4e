import { and, asc, eq, like, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/helpers/test-db.js';
import { settings } from '../auth/auth.table.js';
import type { Database } from './database.js';
import { Binds, prepared, preparedFamily, shapeOf } from './prepared.js';

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

  it('a family runs one statement per shape, each run with its own values; a value left unbound makes another shape', async () => {
    const family = preparedFamily('test_prepared_family', 3);
    const built: string[] = [];
    const keysLike = async (pattern: string, value?: string, bindValue = true) => {
      const b = new Binds();
      const w: SQL | undefined = and(like(settings.key, b.bind(pattern) as never), value === undefined ? undefined : eq(settings.value, (bindValue ? b.bind(value) : value) as never));
      const shape = shapeOf(w);
      const rows = await family(shape, (db) => { built.push(shape); return db.select({ key: settings.key }).from(settings).where(w).orderBy(asc(settings.key)); })(database.db, b.values);
      return rows.map((r) => r.key);
    };
    expect(await keysLike('prepared.%')).toEqual(['prepared.a', 'prepared.b', 'prepared.kept']);
    expect(await keysLike('prepared.b%')).toEqual(['prepared.b']);
    expect(built).toHaveLength(1);
    expect(await keysLike('prepared.%', '二')).toEqual(['prepared.b']);
    expect(await keysLike('prepared.%', '一')).toEqual(['prepared.a']);
    expect(built).toHaveLength(2);
    // unbound: each value is its own shape (never the first value run again)
    expect(await keysLike('prepared.%', '一', false)).toEqual(['prepared.a']);
    expect(await keysLike('prepared.%', '保留', false)).toEqual(['prepared.kept']);
    expect(built).toHaveLength(4);
    // beyond maxShapes (3) the fourth shape is built on every run, and still right
    expect(await keysLike('prepared.%', '保留', false)).toEqual(['prepared.kept']);
    expect(built).toHaveLength(5);
  });

  it('refuses a name used twice or not fit for PostgreSQL', () => {
    expect(() => prepared('test_prepared_by_key', (db) => db.select().from(settings))).toThrow(/defined twice/);
    expect(() => prepared('Bad-Name', (db) => db.select().from(settings))).toThrow(/lower_snake_case/);
  });
});
