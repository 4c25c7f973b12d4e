/**
 * The onboarding process on a real database: a failure injected after each step, and a failure
 * inside a step, leave no person, account, grant, outbox event, process run or audit record;
 * a second run with the same idempotency key returns the first result without running again.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/helpers/test-db.js';
import { createAccountService } from '../../platform/auth/account.service.js';
import { ensureAuditHead, verifyAuditChain, type Actor } from '../../platform/audit/audit.service.js';
import { createFieldCrypto } from '../../platform/crypto/field-crypto.js';
import type { Database } from '../../platform/db/database.js';
import type { Db } from '../../platform/db/types.js';
import { InjectedStepFailure } from '../../platform/events/index.js';
import { AppError } from '../../platform/http/errors.js';
import { registerOrgPermissions } from '../../platform/org/index.js';
import { agencies, regions } from '../../platform/org/org.table.js';
import { createPersonService } from '../../platform/org/person.service.js';
import { PermissionRegistry, registerPlatformPermissions } from '../../platform/rbac/permissions.js';
import { createRoleService } from '../../platform/rbac/roles.service.js';
import { createProcesses, registerProcessPermissions, type OnboardPersonInput } from '../index.js';

const TABLES = ['platform_person', 'platform_account', 'platform_grant', 'platform_event_outbox', 'platform_process_run', 'platform_audit_log'] as const;
const actor: Actor = { accountId: null, name: 'test', ip: null };

async function counts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const r = await db.execute(sql.raw(`select count(*)::int as n from ${t}`)) as unknown as { rows: Array<{ n: number }> };
    out[t] = r.rows[0]!.n;
  }
  return out;
}

describe('process onboard-person', () => {
  let database: Database;
  let db: Db;
  let processes: ReturnType<typeof createProcesses>;
  let agencyId: string;
  let n = 0;
  const input = (over: Partial<OnboardPersonInput['account']> = {}): OnboardPersonInput => {
    n += 1;
    return {
      person: { name: `新干部${n}`, gender: 'F', agencyId, rank: 'staff_1', adminLevel: 'city', status: 'active' },
      account: { username: `cadre${n}`, initialPassword: 'Onboard#2024', ...over },
    };
  };

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    await ensureAuditHead(db);
    const registry = new PermissionRegistry();
    registerPlatformPermissions(registry);
    registerOrgPermissions(registry);
    registerProcessPermissions(registry);
    const roles = createRoleService(db, registry);
    await roles.ensureBuiltinRoles();
    const [region] = await db.insert(regions).values({ code: 'T', name: '测试市', path: '/', adminLevel: 'city' }).returning();
    await db.update(regions).set({ path: `/${region!.id}/` }).where(sql`id = ${region!.id}`);
    const [agency] = await db.insert(agencies).values({ code: 'T-01', name: '测试局', kind: 'government', regionId: region!.id }).returning();
    agencyId = agency!.id;
    const crypto = createFieldCrypto(randomBytes(32));
    processes = createProcesses({ db, people: createPersonService(db, crypto), accounts: createAccountService(db), roles });
  });
  afterAll(async () => { await database?.close(); });

  for (const step of ['create-person', 'create-account', 'grant-cadre-role', 'announce-onboarded']) {
    it(`a failure after step ${step} leaves nothing half-written`, async () => {
      const before = await counts(db);
      const run = processes.api.onboardPerson(input(), { idempotencyKey: `fail-${step}`, actor, failAfterStep: step });
      await expect(run).rejects.toBeInstanceOf(InjectedStepFailure);
      expect(await counts(db)).toEqual(before);
    });
  }

  it('a failure inside a step (user name taken) names the step and leaves nothing, not even the person of step 1', async () => {
    const ok = await processes.api.onboardPerson(input({ username: 'taken.name' }), { idempotencyKey: 'first-taken', actor });
    expect(ok.replayed).toBe(false);
    const before = await counts(db);
    const err = await processes.api.onboardPerson(input({ username: 'taken.name' }), { idempotencyKey: 'second-taken', actor }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(409);
    expect((err as AppError).code).toBe('ACCOUNT_DUPLICATE');
    expect((err as AppError).ref).toMatchObject({ process: 'onboard-person', step: 'create-account' });
    expect(await counts(db)).toEqual(before);
  });

  it('a run writes person, account, grant, event, run and audit together; the same key returns the stored result', async () => {
    const before = await counts(db);
    const req = input();
    const first = await processes.api.onboardPerson(req, { idempotencyKey: 'onboard-1', actor });
    expect(first.replayed).toBe(false);
    const after = await counts(db);
    expect(after).toEqual({
      ...before,
      platform_person: before.platform_person! + 1, platform_account: before.platform_account! + 1, platform_grant: before.platform_grant! + 1,
      platform_event_outbox: before.platform_event_outbox! + 1, platform_process_run: before.platform_process_run! + 1,
      // person, account, grant and the run itself
      platform_audit_log: before.platform_audit_log! + 4,
    });
    const r = await db.execute(sql`select a.person_id, a.must_change_password, g.scope_kind, ro.code as role, o.type, o.payload, o.process_run_id
      from platform_account a join platform_grant g on g.account_id = a.id join platform_role ro on ro.id = g.role_id
      join platform_event_outbox o on o.id = ${first.result.eventId} where a.id = ${first.result.accountId}`) as unknown as { rows: Array<Record<string, unknown>> };
    expect(r.rows[0]).toMatchObject({ person_id: first.result.personId, must_change_password: true, scope_kind: 'self', role: 'cadre', type: 'org.person.onboarded', process_run_id: first.runId });
    expect(r.rows[0]!.payload).toMatchObject({ personId: first.result.personId, accountId: first.result.accountId, grantId: first.result.grantId, agencyId });

    // Same key, same request (the password may differ: it is not part of the fingerprint).
    const again = await processes.api.onboardPerson({ ...req, account: { ...req.account, initialPassword: 'Other#Pass99' } }, { idempotencyKey: 'onboard-1', actor });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await counts(db)).toEqual(after);

    // Same key, another request: refused, nothing written.
    const other = await processes.api.onboardPerson(input(), { idempotencyKey: 'onboard-1', actor }).catch((e: unknown) => e);
    expect((other as AppError).code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await counts(db)).toEqual(after);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('two concurrent runs with one key: one runs, the other returns its result', async () => {
    const before = await counts(db);
    const req = input();
    const [a, b] = await Promise.all([
      processes.api.onboardPerson(req, { idempotencyKey: 'concurrent', actor }),
      processes.api.onboardPerson(req, { idempotencyKey: 'concurrent', actor }),
    ]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(a.result).toEqual(b.result);
    expect((await counts(db)).platform_person).toBe(before.platform_person! + 1);
  });
});
