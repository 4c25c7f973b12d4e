import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { createAuthService, type AuthService } from './platform/auth/auth.service.js';
import { authRoutes } from './platform/auth/auth.routes.js';
import { ensureAuditHead } from './platform/audit/audit.service.js';
import type { AppConfig } from './platform/config/config.js';
import { createFieldCrypto, resolveFieldKey, type FieldCrypto } from './platform/crypto/field-crypto.js';
import { migrationsFolder } from './platform/config/paths.js';
import { migrationsApplied, type Database } from './platform/db/database.js';
import type { Db } from './platform/db/types.js';
import { PermissionRegistry, registerPlatformPermissions } from './platform/rbac/permissions.js';
import fs from 'node:fs';
import path from 'node:path';

export interface Platform {
  config: AppConfig;
  database: Database;
  db: Db;
  registry: PermissionRegistry;
  auth: AuthService;
  crypto: FieldCrypto;
  ready(): Promise<boolean>;
  registerRoutes(app: FastifyInstance): Promise<void>;
  seed(): Promise<void>;
}

export interface ComposeDeps {
  config: AppConfig;
  database: Database;
  log: FastifyBaseLogger;
}

/** The one place where the platform services, modules and processes are wired together. */
export async function compose({ config, database, log }: ComposeDeps): Promise<Platform> {
  const db = database.db;
  const registry = new PermissionRegistry();
  registerPlatformPermissions(registry);
  const crypto = createFieldCrypto(resolveFieldKey(config.fieldKey, config.memoryDb || config.databaseUrl ? undefined : config.dataDir));
  const auth = createAuthService({ db, config, registry });
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
  await ensureAuditHead(db);
  void log;

  return {
    config, database, db, registry, auth, crypto,
    ready: async () => migrationsApplied(database, journal.entries.length),
    async registerRoutes(app) {
      await app.register(authRoutes({ auth, secureCookies: config.secureCookies, idleMinutes: config.sessionIdleMinutes }), { prefix: '/api/v1/auth' });
    },
    async seed() {},
  };
}
