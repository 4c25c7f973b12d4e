/**
 * The approval workflow engine: process definitions per business type and region, instances with
 * tasks and a timeline, SLA reminders and escalation, one My tasks inbox. See README.md.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types.js';
import { BusinessTypeRegistry, type BusinessType } from './business-types.js';
import { definitionRoutes } from './definitions.routes.js';
import { createDefinitionService } from './definitions.service.js';
import { recordingNotifier, type EngineCtx, type Notifier } from './engine.core.js';
import { createEngine } from './engine.service.js';
import { requestRoutes } from './request.routes.js';
import { createRequestService, requestBusinessType } from './request.service.js';
import { createSla } from './sla.service.js';
import { taskRoutes } from './tasks.routes.js';
import { createTaskQueries } from './tasks.queries.js';

export { registerWorkflowPermissions, workflowPermissions } from './workflow.permissions.js';
export { seedWorkflowDemo, DEMO_REQUEST_PROCESS_NAME } from './workflow.seed.js';
export { recordingNotifier, type Caller, type Notifier, type SentNotification } from './engine.core.js';
export { REQUEST_TYPE, requestKinds } from './request.service.js';
export type { BusinessType, CallbackContext, InstanceFacts } from './business-types.js';
export type { SubmitInput, ActInput } from './engine.service.js';
export type { AssigneeRule, StepDef, StepCondition, Subject } from './workflow.model.js';

import type { AttachFiles } from './engine.core.js';

export interface WorkflowDeps {
  db: Db;
  /** Notifications (reminders, new tasks, outcomes); default: only recorded in memory. */
  notify?: Notifier;
  /** The role a step escalates to when overdue, and that takes steps nobody else can (default 'center'). */
  escalationRoleCode?: string;
  clock?: () => Date;
  /** Attaches uploaded files (use 'workflow.attachment') to an instance; without it, actions with attachments are refused. */
  attachFiles?: AttachFiles;
}

export function createWorkflow(deps: WorkflowDeps) {
  const types = new BusinessTypeRegistry();
  const ctx: EngineCtx = {
    db: deps.db, types, notify: deps.notify ?? recordingNotifier(), escalationRole: deps.escalationRoleCode ?? 'center', clock: deps.clock ?? (() => new Date()),
    attachFiles: deps.attachFiles,
  };
  const definitions = createDefinitionService(deps.db, types);
  const engine = createEngine(ctx, definitions);
  const queries = createTaskQueries(ctx);
  const sla = createSla(ctx);
  types.register(requestBusinessType);
  const requests = createRequestService(deps.db, engine, queries);

  const api = {
    /** A module registers its business type with its callbacks, once, at composition. */
    registerBusinessType: (t: BusinessType) => types.register(t),
    businessTypes: () => types.all(),
    /** `submit(caller, { businessType, businessId, title, subject }, tx)` inside the module's transaction. */
    submit: engine.submit,
    approve: engine.approve,
    reject: engine.reject,
    returnForEdits: engine.returnForEdits,
    withdraw: engine.withdraw,
    resubmit: engine.resubmit,
    delegate: engine.delegate,
    comment: engine.comment,
    myTasks: queries.myTasks,
    openCount: queries.openCount,
    instance: queries.instance,
    /** Whether an account may see an instance (and so its attachments). */
    canSee: queries.canSee,
    openTasksOf: queries.openTasksOf,
    definitions,
    requests,
  };
  return {
    api,
    async registerRoutes(app: FastifyInstance) {
      await app.register(definitionRoutes(definitions, types), { prefix: '/api/v1/workflow' });
      await app.register(taskRoutes(engine, queries), { prefix: '/api/v1/workflow' });
      await app.register(requestRoutes(requests), { prefix: '/api/v1/workflow/requests' });
    },
    /** Reminders and escalations due at `now` (a scheduled job calls it every few minutes). */
    checkSla: sla.checkSla,
  };
}

export type Workflow = ReturnType<typeof createWorkflow>;
export type WorkflowApi = Workflow['api'];
