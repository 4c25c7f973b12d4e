import type { FastifyInstance } from 'fastify';
import type { FieldCrypto } from '../../platform/crypto/field-crypto.js';
import type { Db } from '../../platform/db/types.js';
import type { DictApi } from '../../platform/dict/index.js';
import type { EventsApi } from '../../platform/events/index.js';
import type { Files } from '../../platform/files/index.js';
import type { JobDefinition } from '../../platform/jobs/index.js';
import type { NotifyApi } from '../../platform/notify/index.js';
import type { Org } from '../../platform/org/index.js';
import type { WorkflowApi } from '../../platform/workflow/index.js';

/** What the estate module needs from the platform (wired in composition.ts). */
export interface EstateDeps {
  db: Db;
  crypto: FieldCrypto;
  org: Org;
  files: Files;
  workflow: WorkflowApi;
  notify: NotifyApi;
  events: EventsApi;
  dict: DictApi;
  /** Injected clock for deadlines and jobs (tests pass their own). */
  clock?: () => Date;
}

export interface EstateContext extends EstateDeps {
  clock: () => Date;
}

/**
 * One feature of the estate module (office core, census, housing…). Routes are registered under
 * the prefix /api/v1/estate; jobs are registered by composition with the platform scheduler.
 */
export interface EstateFeature {
  name: string;
  api?: Record<string, unknown>;
  routes?: (app: FastifyInstance) => Promise<void>;
  jobs?: JobDefinition[];
  /** Reference data every tenant needs (standards, rules); idempotent, runs at every start. */
  seed?: () => Promise<void>;
  /** Demo data, deterministic and idempotent; runs after the platform demo (people, agencies). */
  seedDemo?: () => Promise<void>;
}

export type EstateFeatureFactory = (ctx: EstateContext) => EstateFeature;
