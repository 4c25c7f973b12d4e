import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { eventOutbox } from './events.table.js';

/** '<module>.<entity>.<past-verb>', kebab-case parts: 'org.person.onboarded'. */
export const EVENT_TYPE = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
/** An exact type or a pattern: '*' stands for one part ('org.person.*'), a lone '*' or '**' for all. */
export const EVENT_PATTERN = /^(\*\*?|([a-z][a-z0-9-]*|\*)(\.([a-z][a-z0-9-]*|\*)){0,2}(\.\*\*)?)$/;

/** An event as a subscriber receives it. `id` is stable across redeliveries: drop duplicates by it. */
export interface DeliveredEvent<P = Record<string, unknown>> {
  id: string;
  type: string;
  payload: P;
  createdAt: string;
}

export interface EmitMeta {
  actorAccountId?: string | null | undefined;
  processRunId?: string | null | undefined;
}

/** Whether an event type matches a subscription pattern. */
export function matchesPattern(pattern: string, type: string): boolean {
  if (pattern === '*' || pattern === '**') return true;
  const p = pattern.split('.');
  const t = type.split('.');
  for (let i = 0; i < p.length; i += 1) {
    if (p[i] === '**') return true;
    if (i >= t.length) return false;
    if (p[i] !== '*' && p[i] !== t[i]) return false;
  }
  return p.length === t.length;
}

/** Writes an event to the outbox inside the caller's transaction; it is delivered only if that transaction commits. */
export async function emitEvent(tx: Db, type: string, payload: Record<string, unknown>, meta: EmitMeta = {}): Promise<string> {
  if (!EVENT_TYPE.test(type)) {
    throw errors.badRequest('EVENT_TYPE_INVALID', `事件类型“${type}”不符合“模块.对象.动作过去式”格式`, `Event type ${type} is not '<module>.<entity>.<past-verb>'`);
  }
  const [row] = await tx.insert(eventOutbox).values({
    type, payload: JSON.parse(JSON.stringify(payload)) as Record<string, unknown>,
    actorAccountId: meta.actorAccountId ?? null, processRunId: meta.processRunId ?? null,
  }).returning({ id: eventOutbox.id });
  return row!.id;
}
