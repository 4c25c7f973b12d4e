import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, login } from '../helpers/test-app.js';

interface Page { items: Array<{ id?: string; seq?: number }>; total: number; nextCursor: string | null }
const idOf = (i: { id?: string; seq?: number }) => i.id ?? i.seq;

describe('keyset paging (?after=) of the people and vehicle lists', () => {
  let app: FastifyInstance;
  let center: ReturnType<typeof as>;
  beforeAll(async () => {
    app = await buildTestApp();
    center = as(app, await login(app, 'center'));
  });
  afterAll(async () => { await app.close(); });

  /** Every id of a list, walking ?page= and walking ?after=. */
  async function walk(path: string, pageSize: number, who = center) {
    const byOffset: Array<string | number | undefined> = [];
    for (let page = 1; ; page++) {
      const p = (await who('GET', `${path}?pageSize=${pageSize}&page=${page}`)).json() as Page;
      byOffset.push(...p.items.map(idOf));
      if (p.items.length < pageSize) break;
    }
    const byCursor: Array<string | number | undefined> = [];
    const totals = new Set<number>();
    let after: string | null = null;
    do {
      const res = await who('GET', `${path}?pageSize=${pageSize}${after ? `&after=${after}` : ''}`);
      expect(res.statusCode).toBe(200);
      const p = res.json() as Page;
      byCursor.push(...p.items.map(idOf));
      totals.add(p.total);
      after = p.nextCursor;
    } while (after);
    return { byOffset, byCursor, totals: [...totals] };
  }

  it.each([['/api/v1/org/people', 7], ['/api/v1/fleet/vehicles', 9]])('%s: the pages after each cursor are the offset pages, in the same order', async (path, size) => {
    const { byOffset, byCursor, totals } = await walk(path as string, size as number);
    expect(byOffset.length).toBeGreaterThan(3 * (size as number));
    expect(byCursor).toEqual(byOffset);
    expect(totals).toEqual([byOffset.length]);
  });

  it('/api/v1/audit/records: newest first, the pages after each cursor are the offset pages', async () => {
    const auditor = as(app, await login(app, 'auditor'));
    const { byOffset, byCursor, totals } = await walk('/api/v1/audit/records', 25, auditor);
    expect(byOffset.length).toBeGreaterThan(50);
    expect(byCursor).toEqual(byOffset);
    expect(byCursor).toEqual([...byCursor].sort((a, b) => Number(b) - Number(a)));
    expect(totals).toEqual([byOffset.length]);
  });

  it('refuses a cursor that is not one, and a cursor with another sort, naming after', async () => {
    const bad = await center('GET', '/api/v1/org/people?after=bm90LWpzb24');
    expect([bad.statusCode, bad.json()]).toEqual([400, expect.objectContaining({ fields: [expect.objectContaining({ path: 'after', code: 'BAD_CURSOR' })] })]);
    const first = (await center('GET', '/api/v1/fleet/vehicles?pageSize=2')).json() as Page;
    const sorted = await center('GET', `/api/v1/fleet/vehicles?pageSize=2&sort=kind:asc&after=${first.nextCursor}`);
    expect([sorted.statusCode, sorted.json()]).toEqual([400, expect.objectContaining({ fields: [expect.objectContaining({ path: 'after', code: 'CURSOR_WITH_SORT' })] })]);
  });
});
