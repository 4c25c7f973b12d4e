/** Events (the transactional outbox, delivered at least once) and the process runner. See README.md. */
import type { FastifyInstance } from 'fastify';
import { registerEncryptedColumn } from '../crypto/encrypted-columns.js';
import type { FieldCrypto } from '../crypto/field-crypto.js';
import type { Db } from '../db/types.js';
import { createDispatcher, type DispatcherOptions } from './events.dispatcher.js';
import { eventsRoutes, webhooksRoutes } from './events.routes.js';
import { createEventsService } from './events.service.js';
import { webhooks } from './events.table.js';
import { emitEvent } from './events.types.js';
import { createWebhooksService } from './webhooks.service.js';

export { registerEventsPermissions, eventsPermissions } from './events.permissions.js';
export { emitEvent, matchesPattern, EVENT_TYPE, type DeliveredEvent, type EmitMeta } from './events.types.js';
export { runProcess, InjectedStepFailure, type ProcessDefinition, type ProcessStep, type RunOptions, type RunOutcome, type StepContext } from './process-runner.js';
export { signWebhookBody, verifyWebhookSignature } from './webhook-signature.js';
export type { DeliveryReport, DispatcherOptions, EventHandler, EventsLogger } from './events.dispatcher.js';

export interface EventsDeps extends DispatcherOptions {
  /** Encrypts webhook secrets at rest (the field key). */
  crypto: FieldCrypto;
}

export function createEvents(db: Db, deps: EventsDeps) {
  // why: key rotation re-encrypts every registered column; webhook secrets are field-encrypted.
  registerEncryptedColumn({ table: webhooks, idColumn: webhooks.id, encColumn: webhooks.secretEnc });
  const dispatcher = createDispatcher(db, deps.crypto, deps);
  const service = createEventsService(db);
  const hooks = createWebhooksService(db, deps.crypto);
  const api = {
    /** `events.emit(tx, 'fleet.trip.dispatched', { tripId })` inside the caller's transaction. */
    emit: emitEvent,
    /** `events.subscribe('org.person.*', async (event) => …, { name })`; returns an unsubscribe function. */
    subscribe: dispatcher.subscribe,
    /** Fans out and delivers everything due at `now` in this process (tests, the command line). */
    deliverEvents: dispatcher.deliverEvents,
    subscribers: dispatcher.subscribers,
    list: service.list,
    get: service.get,
    webhooks: hooks,
  };
  return {
    api,
    async registerRoutes(app: FastifyInstance) {
      await app.register(eventsRoutes(service), { prefix: '/api/v1/events' });
      await app.register(webhooksRoutes(hooks), { prefix: '/api/v1/webhooks' });
    },
    /** Starts the delivery poller (idempotent; every `pollMs`, default 2 s). */
    start: () => dispatcher.start(),
    /** Stops the poller and waits for the batch in progress. */
    stop: () => dispatcher.stop(),
  };
}

export type Events = ReturnType<typeof createEvents>;
export type EventsApi = Events['api'];
