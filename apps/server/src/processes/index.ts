/** Cross-module one-stop processes, run by the platform's process runner. See README.md. */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db/types.js';
import { runProcess, type RunOptions } from '../platform/events/index.js';
import { onboardPersonProcess, type OnboardPersonDeps, type OnboardPersonInput } from './onboard-person/index.js';
import { processesRoutes } from './processes.routes.js';

export { registerProcessPermissions, processPermissions } from './processes.permissions.js';
export type { OnboardPersonDeps, OnboardPersonInput, OnboardPersonResult } from './onboard-person/index.js';

export interface ProcessesDeps extends OnboardPersonDeps {
  db: Db;
}

export function createProcesses(deps: ProcessesDeps) {
  const onboard = onboardPersonProcess(deps);
  const api = {
    /** 新干部入职: `onboardPerson(input, { idempotencyKey, actor, scopes })` → `{ runId, result, replayed }`. */
    onboardPerson: (input: OnboardPersonInput, opts: RunOptions) => runProcess(deps.db, onboard, input, opts),
  };
  return {
    api,
    async registerRoutes(app: FastifyInstance) {
      await app.register(processesRoutes(api), { prefix: '/api/v1/processes' });
    },
  };
}

export type Processes = ReturnType<typeof createProcesses>;
export type ProcessesApi = Processes['api'];
