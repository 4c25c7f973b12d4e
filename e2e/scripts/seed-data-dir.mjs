// Prepares a data folder with the demo tenant seeded, as the server leaves it when it has
// started once: composes the whole server (migrations, seeds) on DATA_DIR and closes it, without
// listening or starting the background workers. Run with tsx (it imports the server's sources):
//   DATA_DIR=/tmp/x DEMO=1 npx tsx e2e/scripts/seed-data-dir.mjs
// Used by e2e/support/server-template.ts to make the seeded template the specs' servers copy.
import { buildApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/platform/config/config.js';

const config = loadConfig();
if (config.databaseUrl) {
  console.error('seed-data-dir: DATABASE_URL is set; this prepares an embedded data folder only');
  process.exit(2);
}
const app = await buildApp(config, { logger: false });
await app.close();
