/**
 * Seeds a synthetic tenant for the benchmarks.
 *
 *   npm run bench:seed -- --scale smoke|city|province [--seed N] [--reset] [--data-dir DIR]
 *
 * Targets DATABASE_URL (PostgreSQL) when set, else an embedded database in DATA_DIR / --data-dir
 * (default ./.data-bench). Runs the product's migrations and start-up (built-in roles) through
 * buildApp with DEMO=0, loads the organisation and an audit trail with bulk `unnest` inserts into the
 * product's tables (personal fields sealed with the product's field crypto, the audit trail
 * hash-chained like the product's), then creates the bench accounts through the product's services.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { buildApp } from '../../apps/server/src/app.js';
import { recordHash } from '../../apps/server/src/platform/audit/audit.service.js';
import { auditHead, auditLog } from '../../apps/server/src/platform/audit/audit.table.js';
import { createAccountService } from '../../apps/server/src/platform/auth/account.service.js';
import { settings } from '../../apps/server/src/platform/auth/auth.table.js';
import { loadConfig } from '../../apps/server/src/platform/config/config.js';
import { maskMiddle } from '../../apps/server/src/platform/crypto/field-crypto.js';
import { migrateDatabase, openDatabase, type Database } from '../../apps/server/src/platform/db/database.js';
import { agencies, departments, people, positions, regions } from '../../apps/server/src/platform/org/org.table.js';
import { createRoleService } from '../../apps/server/src/platform/rbac/roles.service.js';
import { flag, numberOpt, parseArgs, stringOpt } from './lib/args.js';
import { bulkInsert } from './lib/bulk.js';
import { BENCH_FIELD_KEY, BENCH_PASSWORD, targetFromEnv, type Target } from './lib/env.js';
import { generateAudit, generateOrg } from './lib/generate.js';
import { scaleOf } from './lib/scales.js';
import { seedModules } from './lib/seed-modules.js';

export const DEFAULT_SEED = 20230101;
const log = (msg: string) => process.stderr.write(`bench:seed ${msg}\n`);
const rowsQuery = async (database: Database, q: string) => ((await database.db.execute(sql.raw(q))) as unknown as { rows: Array<Record<string, unknown>> }).rows;

async function wipe(target: Target): Promise<void> {
  if (target.kind === 'postgres') {
    const database = await openDatabase({ databaseUrl: target.databaseUrl, poolSize: 1 });
    try {
      await database.exec('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    } finally { await database.close(); }
    return;
  }
  if (!fs.existsSync(target.dataDir)) return;
  const entries = fs.readdirSync(target.dataDir).filter((e) => e !== '.lock' && e !== 'field.key');
  if (entries.some((e) => e !== 'pglite')) throw new Error(`--reset: ${target.dataDir} holds more than an embedded database (${entries.join(', ')}); not deleting it`);
  fs.rmSync(target.dataDir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = scaleOf(stringOpt(args, 'scale', 'city'));
  const seed = numberOpt(args, 'seed', DEFAULT_SEED);
  const dataDirOpt = args.options.get('data-dir');
  const target = targetFromEnv(typeof dataDirOpt === 'string' ? dataDirOpt : undefined);
  log(`scale ${scale.name}, seed ${seed}, ${target.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${path.relative(process.cwd(), target.dataDir) || '.'}`}`);

  if (flag(args, 'reset')) await wipe(target);
  const t0 = performance.now();
  const database = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.kind === 'pglite' ? target.dataDir : undefined });
  await migrateDatabase(database);
  const [existing] = await rowsQuery(database, 'select (select count(*) from platform_region)::int as n');
  if (Number(existing?.n) > 0) {
    await database.close();
    throw new Error('the database holds an organisation already; pass --reset to drop it and seed again');
  }

  // The product's own start-up on this database: migrations, audit head, built-in roles.
  const config = {
    ...loadConfig({ DEMO: '0', LOG_LEVEL: 'silent', FIELD_KEY: BENCH_FIELD_KEY, DATABASE_URL: target.databaseUrl, DATA_DIR: target.dataDir }),
    webDist: path.join(target.dataDir, 'no-web'),
  };
  // why: with no account yet, DEMO=0 start-up prints a one-time bootstrap link; the bench creates its own accounts.
  const consoleLog = console.log;
  console.log = () => {};
  const app = await buildApp(config, { database, logger: false }).finally(() => { console.log = consoleLog; });
  const { db, crypto, registry } = app.platform;
  await db.delete(settings).where(eq(settings.key, 'bootstrap_token_sha256'));
  log(`migrations and start-up ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const tGen = performance.now();
  const org = generateOrg(scale, seed);
  log(`generated ${org.people.id.length} people in ${((performance.now() - tGen) / 1000).toFixed(1)} s`);

  const counts: Record<string, { rows: number; seconds: number }> = {};
  const timed = async (name: string, run: () => Promise<number>) => {
    const t = performance.now();
    const rows = await run();
    const seconds = (performance.now() - t) / 1000;
    counts[name] = { rows, seconds };
    log(`${name.padEnd(12)} ${String(rows).padStart(8)} rows ${seconds.toFixed(1).padStart(6)} s ${Math.round(rows / seconds).toLocaleString('en').padStart(8)} rows/s`);
  };

  await timed('regions', () => bulkInsert(db, regions, org.regions));
  await timed('agencies', () => bulkInsert(db, agencies, org.agencies));
  await timed('departments', () => bulkInsert(db, departments, org.departments));
  await timed('positions', () => bulkInsert(db, positions, org.positions));
  await timed('people', async () => {
    // Sealing (SM4 + HMAC-SM3 ×2 per field) is part of the cost, as in the product's own writes.
    const { idNumber, mobile, ...plain } = org.people;
    const sealed = {
      ...plain,
      idNumberEnc: idNumber.map((v) => crypto.encrypt(v)), idNumberBidx: idNumber.map((v) => crypto.blindIndex(v)), idNumberMasked: idNumber.map(maskMiddle),
      mobileEnc: mobile.map((v) => crypto.encrypt(v)), mobileBidx: mobile.map((v) => crypto.blindIndex(v)), mobileMasked: mobile.map(maskMiddle),
    };
    return bulkInsert(db, people, sealed);
  });

  await timed('audit_log', async () => {
    // Continues the product's hash chain from its head, so that /api/v1/audit/verify still passes.
    const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
    if (!head) throw new Error('audit head missing');
    let seq = head.lastSeq;
    let prev = head.lastHash;
    const cols = { seq: [] as number[], at: [] as Date[], actorAccountId: [] as unknown[], actorName: [] as string[], action: [] as string[], objectType: [] as string[], objectId: [] as unknown[], before: [] as unknown[], after: [] as unknown[], ip: [] as unknown[], result: [] as string[], prevHash: [] as string[], hash: [] as string[] };
    const flush = async () => {
      if (cols.seq.length === 0) return;
      await bulkInsert(db, auditLog, cols);
      for (const k of Object.keys(cols) as Array<keyof typeof cols>) cols[k].length = 0;
    };
    for (const d of generateAudit(scale.auditRecords, seed, org.people.id, org.agencies.id ?? [])) {
      seq += 1;
      const hash = recordHash(prev, { ...d, seq });
      cols.seq.push(seq); cols.at.push(d.at); cols.actorAccountId.push(d.actorAccountId); cols.actorName.push(d.actorName); cols.action.push(d.action);
      cols.objectType.push(d.objectType); cols.objectId.push(d.objectId); cols.before.push(d.before); cols.after.push(d.after); cols.ip.push(d.ip);
      cols.result.push(d.result); cols.prevHash.push(prev); cols.hash.push(hash);
      prev = hash;
      if (cols.seq.length >= 20_000) await flush();
    }
    await flush();
    await db.update(auditHead).set({ lastSeq: seq, lastHash: prev }).where(eq(auditHead.id, 1));
    return scale.auditRecords;
  });

  // Bench accounts through the product's services (argon2 hashes, grants with 三员分立 checks, audited).
  const tAcc = performance.now();
  const accountSvc = createAccountService(db);
  const roleSvc = createRoleService(db, registry);
  const roleIds = await roleSvc.roleIdsByCode(['center', 'agency-officer', 'auditadmin', 'cadre']);
  const actor = { accountId: null, name: 'bench-seed', ip: null };
  const wanted: Array<{ username: string; displayName: string; role: string; scopeKind: 'all' | 'agency' | 'self'; scopeId?: string; personId?: string }> = [
    { username: 'bench-center', displayName: '压测中心管理员', role: 'center', scopeKind: 'all' },
    { username: 'bench-agency', displayName: '压测单位管理员', role: 'agency-officer', scopeKind: 'agency', scopeId: org.largestAgencyId },
    { username: 'bench-auditor', displayName: '压测审计管理员', role: 'auditadmin', scopeKind: 'all' },
    ...org.samplePersonIds.map((personId, i) => ({ username: `bench-user-${String(i + 1).padStart(3, '0')}`, displayName: `压测干部${i + 1}`, role: 'cadre', scopeKind: 'self' as const, personId })),
  ];
  await db.transaction(async (tx) => {
    for (const w of wanted) {
      const accountId = await accountSvc.create(actor, { username: w.username, displayName: w.displayName, personId: w.personId ?? null, initialPassword: BENCH_PASSWORD }, tx, { mustChangePassword: false });
      await roleSvc.grant(actor, { accountId, roleId: roleIds.get(w.role)!, scopeKind: w.scopeKind, scopeId: w.scopeId ?? null }, tx);
    }
    for (const [key, value] of [['bench.scale', scale.name], ['bench.seed', String(seed)]] as const) {
      await tx.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
    }
  });
  log(`accounts    ${String(wanted.length).padStart(8)}      ${((performance.now() - tAcc) / 1000).toFixed(1).padStart(6)} s (argon2id per account)`);

  // 公务用车 and 房产, requested trips applied for by bench-center.
  const [centerAccount] = await rowsQuery(database, "select id from platform_account where username = 'bench-center'");
  await seedModules(db, scale, seed, org, String(centerAccount!.id), timed);

  const tAnalyze = performance.now();
  // why VACUUM: a bulk load leaves the visibility map unset (no index-only scans) until autovacuum runs, as it would in production.
  await database.exec('VACUUM ANALYZE');
  log(`vacuum analyze             ${((performance.now() - tAnalyze) / 1000).toFixed(1).padStart(6)} s`);
  await app.close();

  const bulk = Object.values(counts);
  const rows = bulk.reduce((a, b) => a + b.rows, 0);
  const seconds = bulk.reduce((a, b) => a + b.seconds, 0);
  const summary = {
    seed: scale.name, randomSeed: seed, db: target.kind, rows, bulkSeconds: Number(seconds.toFixed(2)), rowsPerSec: Math.round(rows / seconds),
    totalSeconds: Number(((performance.now() - t0) / 1000).toFixed(2)),
    tables: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, { rows: v.rows, rowsPerSec: Math.round(v.rows / v.seconds) }])),
    accounts: wanted.length,
  };
  console.log(JSON.stringify(summary));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
