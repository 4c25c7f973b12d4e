import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/helpers/test-db.js';
import { ensureAuditHead } from '../../../platform/audit/audit.service.js';
import { accounts } from '../../../platform/auth/auth.table.js';
import type { Database } from '../../../platform/db/database.js';
import { createFiles } from '../../../platform/files/index.js';
import { notifications } from '../../../platform/notify/notify.table.js';
import { createNotify } from '../../../platform/notify/index.js';
import { agencies, people, regions } from '../../../platform/org/org.table.js';
import { housingApplications, housingFlats } from '../db/housing.table.js';
import { createApplicationService } from './application.service.js';
import { createDrawService } from './draw.service.js';
import { createFlatService } from './flat.service.js';
import { runDraw, type DrawInputs } from './housing-draw.js';
import { createLeaseService } from './lease.service.js';
import { sendExpiryReminders } from './reminder.job.js';
import { DEMO_PUBLIC_RANDOM, demoId, seedHousingDemo } from './housing.demo.js';
import { createRoundService } from './round.service.js';

const actor = { accountId: null, name: 'center', ip: null };
const all = [{ kind: 'all' as const }];

describe('staff housing on a real database (module)', () => {
  let database: Database;
  let now = new Date('2026-03-10T02:00:00Z');
  const clock = () => now;
  let regionId: string; let agencyId: string; const personIds: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    const db = database.db;
    await ensureAuditHead(db);
    const [r] = await db.insert(regions).values({ code: '330900', name: '舟山市', path: '/', adminLevel: 'city' }).returning();
    await db.update(regions).set({ path: `/${r!.id}/` }).where(eq(regions.id, r!.id));
    regionId = r!.id;
    const [a] = await db.insert(agencies).values({ code: 'A1', name: '测试局', kind: 'government', regionId }).returning();
    agencyId = a!.id;
    const ps = await db.insert(people).values(Array.from({ length: 50 }, (_, i) => ({
      agencyId, name: `干部${i}`, gender: 'M', rank: 'staff', adminLevel: 'city', entryDate: '2024-09-01',
    }))).returning({ id: people.id });
    personIds.push(...ps.map((p) => p.id));
    await db.insert(accounts).values({ username: 'tenant0', displayName: '干部0', personId: personIds[0]!, mustChangePassword: false });
  });
  afterAll(async () => { await database.close(); });

  it('a lottery of 50 equal scores for 20 of 30 flats: the recorded seed re-runs to the same allocation, another seed does not', async () => {
    const db = database.db;
    const files = createFiles({ db });
    const flats = createFlatService(db);
    const rounds = createRoundService(db, clock);
    const apps = createApplicationService(db, files.api, clock);
    const draws = createDrawService(db, rounds, clock);
    for (let i = 0; i < 30; i++) await flats.create(actor, all, { regionId, estateName: '测试苑', buildingName: '1幢', unit: '', number: String(101 + i), areaM2: 60, layout: '两室一厅', rentFen: 90000 });
    const rs = await rounds.createRuleSet(actor, {
      name: 'int', effectiveFrom: '2026-01-01', source: 'test',
      body: { criteria: [{ key: 'ownsHomeInCity', op: 'eq', value: false }], scoring: [{ key: 'familySize', kind: 'per-unit', weight: 10, cap: 5 }], lease: { termMonths: 12, depositMonths: 1, reminderDays: [60, 30, 7] } },
    });
    const round = await rounds.create(actor, all, { code: 'INT-1', name: 'int', regionId, ruleSetId: rs.id, method: 'lottery', referenceDate: '2026-03-01', applyFrom: '2026-03-01', applyTo: '2026-03-31', quota: 20 });
    for (const personId of personIds) {
      const a = await apps.submit({ actor, accountId: null, personId }, { roundId: round.id, familySize: 2, ownsHomeInCity: false, currentHousingAreaM2: 0, attachmentIds: [] });
      // family 10×2 = 20 for everyone: a tie that only the draw can break
      expect(a.score).toBe('20.00');
      await apps.review(actor, all, a.id, { decision: 'approve', comment: 'ok' });
    }
    await rounds.closeApplications(actor, all, round.id);
    await rounds.publishNotice(actor, all, round.id, { noticeStart: '2026-04-01', noticeEnd: '2026-04-07' });
    now = new Date('2026-04-07T15:00:00Z'); // 23:00 in Shanghai, still the last notice day
    await expect(draws.draw(actor, all, round.id, { publicRandom: '417' })).rejects.toMatchObject({ code: 'HOUSING_NOTICE_NOT_OVER' });
    now = new Date('2026-04-07T16:00:00Z'); // 00:00 on 2026-04-08 in Shanghai
    const d = await draws.draw(actor, all, round.id, { publicRandom: '417' });

    const rows = await db.select().from(housingApplications).where(eq(housingApplications.roundId, round.id));
    const inDb = new Map(rows.map((r) => [r.id, { rank: r.queueRank, flatId: r.flatId }]));
    const rerun = runDraw(d.inputs as DrawInputs);
    expect(rerun.result.map((e) => ({ rank: e.rank, flatId: e.flatId }))).toEqual(rerun.result.map((e) => inDb.get(e.applicationId)));
    expect(rows.filter((r) => r.status === 'allocated')).toHaveLength(20);
    const [n] = await db.select({ n: sql<number>`count(*)::int` }).from(housingFlats).where(eq(housingFlats.status, 'allocated'));
    expect(n!.n).toBe(20);
    expect((await draws.verify(actor, all, round.id, {})).matches).toBe(true);
    expect((await draws.verify(actor, all, round.id, { publicRandom: '418' })).matches).toBe(false);
    const other = runDraw({ ...(d.inputs as DrawInputs), publicRandom: '418' });
    expect(other.result.map((e) => e.flatId)).not.toEqual(rerun.result.map((e) => e.flatId));
  });

  it('flats are kept per region: region scope sees its subtree, agency and self scopes see none', async () => {
    const flats = createFlatService(database.db);
    const total = (await flats.list(all, {}, 1, 0)).total;
    expect((await flats.list([{ kind: 'region', regionId }], {}, 1, 0)).total).toBe(total);
    expect((await flats.list([{ kind: 'agency', agencyId }], {}, 1, 0)).total).toBe(0);
    expect((await flats.list([{ kind: 'self', personId: personIds[0]! }], {}, 1, 0)).total).toBe(0);
  });

  it('expiry reminders at 60/30/7 days, each sent once, to the tenant\'s account', async () => {
    const db = database.db;
    const leases = createLeaseService(db, createFiles({ db }).api);
    const flats = createFlatService(db);
    const f = await flats.create(actor, all, { regionId, estateName: '提醒苑', buildingName: '1幢', unit: '', number: '101', areaM2: 50, layout: '一室一厅', rentFen: 60000 });
    const l = await leases.create(actor, all, { flatId: f.id, personId: personIds[0]!, startDate: '2026-01-01', termMonths: 12, depositFen: 0, reminderDays: [60, 30, 7] });
    expect(l.endDate).toBe('2026-12-31');
    const notify = createNotify(db).api;
    const run = (iso: string) => sendExpiryReminders(db, notify, new Date(iso));
    expect(await run('2026-10-31T10:00:00Z')).toBe(0); // Shanghai 2026-10-31: 61 days left
    expect(await run('2026-10-31T16:30:00Z')).toBe(1); // Shanghai 2026-11-01: 30 (Nov) + 30 (Dec 1–31) = 60 days left
    expect(await run('2026-11-02T02:00:00Z')).toBe(0); // 59 days: the 60-day reminder is sent already
    expect(await run('2026-12-01T02:00:00Z')).toBe(1); // 30 days left
    expect(await run('2026-12-20T02:00:00Z')).toBe(0); // 11 days: threshold 30, already sent
    expect(await run('2026-12-24T02:00:00Z')).toBe(1); // 7 days left
    const [acct] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'tenant0'));
    const inbox = await db.select().from(notifications).where(and(eq(notifications.accountId, acct!.id)));
    expect(inbox).toHaveLength(3);
    expect(inbox.every((x) => x.title.includes('2026-12-31'))).toBe(true);
  });

  it('the demo is deterministic and idempotent: fixed ids, a verifiable draw, nothing added on a second run', async () => {
    const db = database.db;
    await seedHousingDemo(db);
    const count = async () => (await db.execute(sql`select (select count(*) from estate_housing_flat)::int f, (select count(*) from estate_housing_application)::int a, (select count(*) from estate_housing_lease)::int l`) as unknown as { rows: Array<{ f: number; a: number; l: number }> }).rows[0]!;
    const first = await count();
    await seedHousingDemo(db);
    expect(await count()).toEqual(first);
    const rounds = createRoundService(db, clock);
    const draws = createDrawService(db, rounds, clock);
    // the drawn round's id is demoId(2, 1): 2026-03-01T00:00Z = 1772323200000 ms = 0x019ca6b1dc00 → 019ca6b1-dc00, kind 2, counter 1
    expect(demoId(2, 1)).toBe('019ca6b1-dc00-7002-8000-000000000001');
    const v = await draws.verify(actor, all, demoId(2, 1), {});
    expect(v.matches).toBe(true);
    expect(v.seedMaterial).toBe(`${demoId(2, 1)}|2026-04-16|${DEMO_PUBLIC_RANDOM}`);
  });
});
