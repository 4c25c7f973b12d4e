import fs from 'node:fs';
import path from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { createAccountService } from './platform/auth/account.service.js';
import { authRoutes } from './platform/auth/auth.routes.js';
import { createAuthService, type AuthService } from './platform/auth/auth.service.js';
import { auditRoutes } from './platform/audit/audit.routes.js';
import { onSealError, sealPending, startSealSweep } from './platform/audit/audit.sealer.js';
import { ensureAuditHead } from './platform/audit/audit.service.js';
import type { AppConfig } from './platform/config/config.js';
import { migrationsFolder } from './platform/config/paths.js';
import { createFieldCrypto, resolveFieldKey, type FieldCrypto } from './platform/crypto/field-crypto.js';
import { migrationsApplied, type Database } from './platform/db/database.js';
import type { Db } from './platform/db/types.js';
import { createBookings, registerBookingPermissions, type BookingsApi } from './platform/bookings/index.js';
import { createDict, registerDictPermissions, seedDictionaries, type DictApi } from './platform/dict/index.js';
import { createEvents, registerEventsPermissions, type EventsApi } from './platform/events/index.js';
import { createImports, type ImportsApi } from './platform/excel/index.js';
import { createFiles, type Files } from './platform/files/index.js';
import { createIntegration, registerIntegrationPermissions, type IntegrationApi } from './platform/integration/index.js';
import { createJobs, registerJobsPermissions, type Jobs } from './platform/jobs/index.js';
import { createNotify, registerNotifyPermissions, type Notify } from './platform/notify/index.js';
import { addressBookOf, channelsFromConfig } from './platform/notify/notify.wiring.js';
import { createOrg, registerOrgPermissions, type Org } from './platform/org/index.js';
import { personImportDefinition } from './platform/org/person.import.js';
import { adminRoutes } from './platform/rbac/admin.routes.js';
import { PermissionRegistry, registerPlatformPermissions } from './platform/rbac/permissions.js';
import { createRoleService } from './platform/rbac/roles.service.js';
import { tenantRoutes } from './platform/tenant/tenant.routes.js';
import { createWorkflow, registerWorkflowPermissions, seedWorkflowDemo, type Workflow } from './platform/workflow/index.js';
import { createProcesses, registerProcessPermissions } from './processes/index.js';
import { createTenantService } from './platform/tenant/tenant.service.js';
import { createEstateModule, registerEstatePermissions } from './modules/estate/index.js';
import { createFleetModule, registerFleetPermissions } from './modules/fleet/index.js';

export interface Platform {
  config: AppConfig;
  database: Database;
  db: Db;
  registry: PermissionRegistry;
  auth: AuthService;
  crypto: FieldCrypto;
  org: Org;
  bookings: BookingsApi;
  jobs: Jobs;
  notify: Notify;
  files: Files;
  events: EventsApi;
  dict: DictApi;
  workflow: Workflow;
  integration: IntegrationApi;
  imports: ImportsApi;
  /** Starts the job poller and the notification worker (the server process only: tests and CLIs do not poll). */
  startWorkers(): void;
  stopWorkers(): Promise<void>;
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
  registerOrgPermissions(registry);
  registerBookingPermissions(registry);
  registerJobsPermissions(registry);
  registerNotifyPermissions(registry);
  registerEventsPermissions(registry);
  registerDictPermissions(registry);
  registerWorkflowPermissions(registry);
  registerProcessPermissions(registry);
  registerIntegrationPermissions(registry);
  registerFleetPermissions(registry);
  registerEstatePermissions(registry);

  const embeddedDir = config.memoryDb || config.databaseUrl ? undefined : config.dataDir;
  const crypto = createFieldCrypto(resolveFieldKey(config.fieldKey, embeddedDir));
  const auth = createAuthService({ db, config, registry });
  const accounts = createAccountService(db);
  const roles = createRoleService(db, registry);
  const org = createOrg(db, crypto);
  const bookings = createBookings(db);
  const jobs = createJobs(db, { log });
  const notify = createNotify(db, { jobs: jobs.api, log, channels: channelsFromConfig(config), addresses: addressBookOf(db, crypto) });
  const files = createFiles({ db, dataDir: config.memoryDb ? undefined : config.dataDir, log });
  const events = createEvents(db, { crypto, log });
  const dict = createDict(db);
  const imports = createImports({ db, dataDir: config.memoryDb ? undefined : config.dataDir, log });
  imports.api.define(personImportDefinition(crypto));
  const integration = createIntegration({ db, registry, crypto, oidc: config.oidc, secureCookies: config.secureCookies, log });
  jobs.api.register({ name: 'platform.integration.purge-nonces', cron: '*/10 * * * *', handler: async () => { await integration.api.purgeDeviceNonces(); } });
  const processes = createProcesses({ db, people: org.people, accounts, roles });
  const workflow = createWorkflow({
    db,
    notify: async (to, title, body, o) => { await notify.api.send(o?.tx ?? db, { to, title, body, link: o?.link ?? null }); },
    attachFiles: async (tx, a) => { await files.api.attach(tx, { fileIds: a.fileIds, use: 'workflow.attachment', ownerId: a.instanceId, uploadedBy: a.uploadedBy }); },
  });
  files.registerUse({
    use: 'workflow.attachment', ownerType: 'workflow.instance', maxBytes: 20 * 1024 * 1024,
    allowedMimes: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'text/plain', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    canRead: async (auth, file) => !!file.ownerId && workflow.api.canSee(file.ownerId, auth.accountId, auth.permissions.has('platform:workflow:define')),
  });
  jobs.api.register({ name: 'platform.workflow.sla', cron: '*/5 * * * *', retries: 1, handler: async () => { await workflow.checkSla(new Date()); } });
  jobs.api.register({ name: 'platform.auth.end-idle-sessions', cron: '*/10 * * * *', handler: async () => { await auth.endIdleSessions(); } });
  jobs.api.register({ name: 'platform.bookings.release-no-shows', cron: '* * * * *', handler: async () => { await bookings.api.releaseNoShows(); await bookings.api.expireHolds(); } });
  const estate = createEstateModule({ db, crypto, org, files, workflow: workflow.api, notify: notify.api, events: events.api, dict: dict.api });
  for (const j of estate.jobs) jobs.api.register(j);
  const tenant = createTenantService({ db, crypto, accounts, roles, log });
  const fleet = createFleetModule({ db, workflow: workflow.api, bookings: bookings.api, files, notify: notify.api, jobs: jobs.api, dict: dict.api, registry, tenant, log });
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
  await ensureAuditHead(db);
  onSealError((err) => log.error({ err }, 'audit seal failed; the records stay pending until the next seal'));
  // why: records a crash left between commit and chain are chained before the server serves.
  await sealPending(db);
  let stopSealSweep = () => {};

  return {
    config, database, db, registry, auth, crypto, org, bookings: bookings.api, jobs, notify, files, events: events.api, dict: dict.api, workflow, integration: integration.api, imports: imports.api,
    startWorkers() { jobs.start(); notify.start(); events.start(); stopSealSweep = startSealSweep(db); },
    async stopWorkers() { stopSealSweep(); await Promise.all([jobs.stop(), notify.stop(), events.stop(), sealPending(db)]); },
    ready: async () => migrationsApplied(database, journal.entries.length),
    async registerRoutes(app) {
      await app.register(authRoutes({ auth, secureCookies: config.secureCookies }), { prefix: '/api/v1/auth' });
      await app.register(tenantRoutes(tenant), { prefix: '/api/v1/auth' });
      await app.register(adminRoutes({ db, accounts, roles, registry }), { prefix: '/api/v1/admin' });
      await app.register(auditRoutes(db), { prefix: '/api/v1/audit' });
      await org.registerRoutes(app);
      await bookings.registerRoutes(app);
      await jobs.registerRoutes(app);
      await notify.registerRoutes(app);
      await files.registerRoutes(app);
      await events.registerRoutes(app);
      await integration.registerRoutes(app);
      await imports.registerRoutes(app);
      await dict.registerRoutes(app);
      await processes.registerRoutes(app);
      await workflow.registerRoutes(app);
      await estate.registerRoutes(app);
      await fleet.registerRoutes(app);
    },
    async seed() {
      await roles.ensureBuiltinRoles();
      await seedDictionaries(db);
      await fleet.seed();
      await estate.seed();
      if (config.demo) {
        await tenant.seedDemo();
        await seedWorkflowDemo(db);
        await estate.seedDemo();
        await fleet.seedDemo();
      } else await tenant.offerBootstrap(`http://localhost:${config.port}`);
    },
  };
}
