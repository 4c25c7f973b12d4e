import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/helpers/test-db.js';
import type { Database } from '../db/database.js';
import { inScopeByKeys, rowInScope, scopeCondition, type Scope } from './scope.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const D = '33333333-3333-4333-8333-333333333333';
const P = '44444444-4444-4444-8444-444444444444';
const R = '55555555-5555-4555-8555-555555555555';

const scopeSets: Scope[][] = [
  [], [{ kind: 'all' }], [{ kind: 'agency', agencyId: A }], [{ kind: 'agency', agencyId: B }],
  [{ kind: 'department', departmentId: D }], [{ kind: 'self', personId: P }], [{ kind: 'self', personId: null }],
  [{ kind: 'region', regionId: R }], [{ kind: 'agency', agencyId: B }, { kind: 'self', personId: P }],
  [{ kind: 'region', regionId: R }, { kind: 'agency', agencyId: A }], [{ kind: 'department', departmentId: D }, { kind: 'agency', agencyId: B }],
];
const keySets = [
  { agencyId: A }, { agencyId: A.toUpperCase() }, { agencyId: B, departmentId: D }, { agencyId: B, departmentId: D.toUpperCase(), personId: P },
  { agencyId: A, departmentId: null, personId: P }, { agencyId: B, personId: A }, { agencyId: B, departmentId: null, personId: null },
];

describe('a scope decided from the row\'s own keys', () => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(); });
  afterAll(async () => { await database.close(); });

  it('agrees with the SQL condition wherever it decides, and defers exactly the lookups', async () => {
    let decided = 0;
    for (const scopes of scopeSets) {
      for (const keys of keySets) {
        const known = inScopeByKeys(scopes, keys);
        const needsLookup = scopes.some((s) => s.kind === 'region' || (s.kind === 'department' && keys.departmentId === undefined) || (s.kind === 'self' && s.personId && keys.personId === undefined));
        const admitted = scopes.some((s) => s.kind === 'all' || (s.kind === 'agency' && s.agencyId === keys.agencyId.toLowerCase())
          || (s.kind === 'department' && s.departmentId === keys.departmentId?.toLowerCase()) || (s.kind === 'self' && !!s.personId && s.personId === keys.personId));
        // hand-written expectation: admitted by a key → true; else a lookup pending → null; else false
        expect(known, JSON.stringify({ scopes, keys })).toBe(admitted ? true : needsLookup ? null : false);
        if (known === null) continue;
        decided++;
        const cond = scopeCondition(scopes, {
          agencyId: sql`${keys.agencyId}::uuid`,
          // a null key is a row's empty column: compared, never looked up
          ...(keys.departmentId !== undefined ? { departmentId: sql`${keys.departmentId}::uuid` } : {}),
          ...(keys.personId !== undefined ? { personId: sql`${keys.personId}::uuid` } : {}),
        });
        const r = cond ? ((await database.db.execute(sql`select coalesce((${cond}), false) as ok`)) as unknown as { rows: Array<{ ok: boolean }> }).rows[0]!.ok : true;
        expect(known, JSON.stringify({ scopes, keys })).toBe(r);
        expect(await rowInScope(database.db, scopes, keys)).toBe(r);
      }
    }
    expect(decided).toBeGreaterThan(40);
  });
});
