/**
 * `npm run audit:verify`: checks the audit trail's hash chain of the configured database.
 * Exit 0 when intact; 1 naming the first bad record; 2 when the database cannot be opened.
 */
import { verifyAuditChain } from '../platform/audit/audit.service.js';
import { ConfigError, loadConfig } from '../platform/config/config.js';
import { openDatabase } from '../platform/db/database.js';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) { console.error(e.message); return 2; }
    throw e;
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const r = await verifyAuditChain(database.db);
    if (r.ok) {
      console.log(`审计链完整 / audit chain intact: ${r.records} records`);
      return 0;
    }
    console.error(`审计链被破坏 / audit chain broken at record ${r.seq}: ${r.reason} (${r.records} records verified before it)`);
    return 1;
  } finally {
    await database.close();
  }
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
