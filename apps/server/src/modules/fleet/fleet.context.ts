import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db/types.js';
import type { BookingsApi } from '../../platform/bookings/index.js';
import type { DictApi } from '../../platform/dict/index.js';
import type { Files } from '../../platform/files/index.js';
import type { JobDefinition, JobsApi } from '../../platform/jobs/index.js';
import type { Notify } from '../../platform/notify/index.js';
import type { PermissionRegistry } from '../../platform/rbac/permissions.js';
import type { DemoAccountInput } from '../../platform/tenant/tenant.service.js';
import type { WorkflowApi } from '../../platform/workflow/index.js';

/** What composition.ts gives the fleet module: platform services only (modules do not call modules). */
export interface FleetDeps {
  db: Db;
  workflow: WorkflowApi;
  bookings: BookingsApi;
  files: Pick<Files, 'api' | 'registerUse'>;
  notify: Notify['api'];
  jobs: JobsApi;
  dict: DictApi;
  registry: PermissionRegistry;
  /** Demo seeds add their accounts (调度员, 驾驶员) with it. */
  tenant: { createDemoAccount(tx: Db, d: DemoAccountInput): Promise<string> };
  log?: FastifyBaseLogger;
  clock?: () => Date;
}

/** The deps every sub-feature gets: the platform plus the clock, resolved. */
export interface FleetContext extends FleetDeps {
  clock: () => Date;
}

/**
 * One sub-feature of the fleet module (vehicles, drivers, trips, fuel…). `fleet.module.ts`
 * registers each with one line; routes are mounted under /api/v1/fleet, jobs are registered with
 * platform/jobs, demo seeds run in registration order (vehicles and drivers first).
 */
export interface FleetFeature<Api = unknown> {
  name: string;
  api: Api;
  registerRoutes?(app: FastifyInstance): Promise<void>;
  jobs?: JobDefinition[];
  /** Defaults every tenant needs (always run at start, idempotent). */
  seedDefaults?(): Promise<void>;
  /** Demo data (demo tenants only, idempotent, deterministic). */
  seedDemo?(): Promise<void>;
}
