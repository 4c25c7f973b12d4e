/**
 * `npm run crypto:rotate`: re-encrypts every registered encrypted column (people's ID numbers
 * and mobiles, and whatever modules register) with a new field key and recomputes the blind
 * indexes, in batches, each batch one transaction with one audit record. Resumable: run it again
 * with the same keys after an interruption.
 *
 *   NEW_FIELD_KEY=<base64 of 32 bytes> npm run crypto:rotate
 *
 * The old key is FIELD_KEY, else DATA_DIR/field.key (embedded database). When the old key came
 * from the key file, the file is replaced by the new key at the end; with FIELD_KEY, set
 * FIELD_KEY to the new key before starting the server again. Stop the server first (the
 * embedded database allows one process; with PostgreSQL a running server would write with the
 * old key). ROTATE_BATCH_SIZE (default 500) sets the rows per transaction.
 * Exit 0 when everything is under the new key; 1 when a value could not be re-encrypted;
 * 2 on a configuration problem.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { ConfigError, loadConfig } from '../platform/config/config.js';
import { encryptedColumns, type EncryptedColumn } from '../platform/crypto/encrypted-columns.js';
import { createFieldCrypto, fieldKeyFile, fieldKeyId, parseFieldKey } from '../platform/crypto/field-crypto.js';
import { rotateEncryptedColumns, type ColumnRotation } from '../platform/crypto/key-rotation.js';
import type { Db } from '../platform/db/types.js';

export interface RotationRun {
  code: 0 | 1 | 2;
  results: ColumnRotation[];
}

class UsageError extends Error {}

function oldKeyFrom(fieldKey: string | undefined, keyFile: string | undefined): Buffer {
  if (fieldKey) return parseFieldKey(fieldKey, 'FIELD_KEY');
  if (keyFile && fs.existsSync(keyFile)) return parseFieldKey(fs.readFileSync(keyFile, 'utf8'), keyFile);
  throw new UsageError('没有旧密钥：请设置 FIELD_KEY，或在 DATA_DIR 中保留 field.key / no old key: set FIELD_KEY or keep DATA_DIR/field.key');
}

/** Columns that look encrypted (`*_enc` holding v1:/v2: values) but are not registered: rotating without them would lose them. */
async function unregistered(db: Db, known: readonly EncryptedColumn[]): Promise<string[]> {
  const r = await db.execute(sql`select table_name as t, column_name as c from information_schema.columns
    where table_schema = current_schema() and column_name like '%\_enc' and data_type = 'text'`);
  const out: string[] = [];
  for (const { t, c } of (r as unknown as { rows: Array<{ t: string; c: string }> }).rows) {
    if (known.some((k) => k.table === t && k.encColumn === c)) continue;
    const hit = await db.execute(sql`select 1 from ${sql.identifier(t)} where ${sql.identifier(c)} like 'v1:%' or ${sql.identifier(c)} like 'v2:%' limit 1`);
    if ((hit as unknown as { rows: unknown[] }).rows.length) out.push(`${t}.${c}`);
  }
  return out;
}

function writeKeyFile(file: string, key: Buffer): void {
  const tmp = `${file}.new`;
  fs.writeFileSync(tmp, key.toString('base64'), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

export async function rotateFieldKey(env: Record<string, string | undefined> = process.env, print: (line: string) => void = console.log): Promise<RotationRun> {
  let config;
  let oldKey: Buffer;
  let newKey: Buffer;
  let keyFile: string | undefined;
  let batchSize = 500;
  try {
    config = loadConfig(env);
    keyFile = config.databaseUrl ? undefined : fieldKeyFile(config.dataDir);
    oldKey = oldKeyFrom(config.fieldKey, keyFile);
    if (!env.NEW_FIELD_KEY) throw new UsageError('请用 NEW_FIELD_KEY 提供新密钥（32 字节的 base64）/ set NEW_FIELD_KEY to the new key (32 bytes, base64)');
    newKey = parseFieldKey(env.NEW_FIELD_KEY, 'NEW_FIELD_KEY');
    if (env.ROTATE_BATCH_SIZE) batchSize = Number(env.ROTATE_BATCH_SIZE);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new UsageError('ROTATE_BATCH_SIZE must be a whole number from 1 to 10000');
  } catch (e) {
    // why: a bad variable (ConfigError), a missing key (UsageError) or an unreadable key file all stop here.
    print(e instanceof ConfigError || e instanceof UsageError ? e.message : String((e as Error).message ?? e));
    return { code: 2, results: [] };
  }
  const crypto = createFieldCrypto(newKey, { previousKeys: [oldKey] });
  print(`字段密钥轮换 / field key rotation: ${fieldKeyId(oldKey)} → ${crypto.keyId}`);
  // The whole server is composed (every module registers its encrypted columns) but does not listen.
  const app = await buildApp({ ...config, logLevel: 'warn' }, { logger: false });
  let results: ColumnRotation[] = [];
  try {
    const columns = encryptedColumns();
    const missing = await unregistered(app.platform.db, columns);
    if (columns.length === 0 || missing.length) {
      print(missing.length
        ? `以下加密列未登记，无法轮换 / encrypted columns not registered: ${missing.join(', ')}`
        : '没有登记任何加密列 / no encrypted column is registered (registerEncryptedColumn)');
      return { code: 2, results };
    }
    results = await rotateEncryptedColumns(app.platform.db, {
      crypto, columns, batchSize,
      actor: { accountId: null, name: 'cli:crypto-rotate', ip: null },
      onBatch: (p) => print(`  ${p.table}.${p.column}: +${p.rows} (${p.total})`),
    });
  } catch (e) {
    print(`轮换中断，可用相同密钥重新运行以继续 / rotation stopped; run again with the same keys to resume: ${(e as Error).message}`);
    return { code: 1, results };
  } finally {
    await app.close();
  }
  for (const r of results) print(`${r.table}.${r.column}: 本次重新加密 ${r.rotated} 行，${r.batches} 批；新密钥下共 ${r.current} 行 / re-encrypted ${r.rotated} rows in ${r.batches} batches; ${r.current} under the new key`);
  print(`合计 / total: ${results.reduce((s, r) => s + r.rotated, 0)} rows re-encrypted`);
  if (!config.fieldKey && keyFile) {
    writeKeyFile(keyFile, newKey);
    print(`已用新密钥替换 ${keyFile} / the key file now holds the new key`);
  } else {
    print('请将 FIELD_KEY 改为新密钥后再启动服务 / set FIELD_KEY to the new key before starting the server');
  }
  return { code: 0, results };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  rotateFieldKey().then(({ code }) => process.exit(code), (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  });
}
