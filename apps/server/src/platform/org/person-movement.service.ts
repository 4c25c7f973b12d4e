import { and, desc, eq } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { emitEvent } from '../events/events.types.js';
import { errors } from '../http/errors.js';
import { inScope, scopeCondition, type Scope } from '../rbac/scope.js';
import { agencies, people, personMovements } from './org.table.js';

/** 人事变动 kinds and the outbox event each emits. */
export const movementKinds = {
  transferred: { zh: '调离', en: 'Transferred', event: 'org.person.transferred' },
  retired: { zh: '退休', en: 'Retired', event: 'org.person.retired' },
  'side-post-ended': { zh: '兼职结束', en: 'Side post ended', event: 'org.person.side-post-ended' },
} as const;
export type MovementKind = keyof typeof movementKinds;

export interface MovementInput {
  kind: MovementKind;
  effectiveDate: string;
  toAgencyId?: string | null | undefined;
  sidePost?: string | null | undefined;
  note?: string | null | undefined;
}

/** Payload of org.person.transferred / retired / side-post-ended. */
export interface MovementEventPayload {
  movementId: string; personId: string; fromAgencyId: string; kind: MovementKind; effectiveDate: string; toAgencyId: string | null; sidePost: string | null;
}

export function createPersonMovementService(db: Db) {
  /**
   * Records a movement, updates the person (retired → status retired; transferred → the new agency,
   * or status transferred when it leaves the platform) and emits the event, all in one transaction.
   */
  async function record(actor: Actor, scopes: readonly Scope[], personId: string, input: MovementInput) {
    return db.transaction(async (tx) => {
      const [before] = await tx.select().from(people).where(eq(people.id, personId)).for('no key update');
      if (!before || !(await inScope(tx, scopes, { agencyId: before.agencyId, departmentId: before.departmentId, personId }))) throw errors.notFound('人员', 'Person');
      if (input.kind !== 'transferred' && input.toAgencyId) throw errors.validation([{ path: 'toAgencyId', code: 'ONLY_FOR_TRANSFER', message: '只有调离需要填写调入单位' }]);
      if (input.toAgencyId) {
        const [to] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.toAgencyId));
        if (!to) throw errors.validation([{ path: 'toAgencyId', code: 'NOT_FOUND', message: '调入单位不存在' }]);
        if (input.toAgencyId === before.agencyId) throw errors.validation([{ path: 'toAgencyId', code: 'SAME_AGENCY', message: '调入单位与现单位相同' }]);
      }
      if (before.status !== 'active' && input.kind !== 'side-post-ended') {
        throw errors.conflict('PERSON_NOT_ACTIVE', `${before.name}当前不是在职状态，不能登记${movementKinds[input.kind].zh}`, `${before.name} is not active`, { status: before.status });
      }
      const [row] = await tx.insert(personMovements).values({
        personId, kind: input.kind, effectiveDate: input.effectiveDate, toAgencyId: input.toAgencyId ?? null, sidePost: input.sidePost ?? null, note: input.note ?? null,
      }).returning();
      const patch = input.kind === 'retired' ? { status: 'retired' }
        : input.kind === 'transferred' ? (input.toAgencyId ? { agencyId: input.toAgencyId, departmentId: null, positionId: null } : { status: 'transferred' }) : null;
      if (patch) await tx.update(people).set({ ...patch, updatedAt: new Date() }).where(eq(people.id, personId));
      const payload: MovementEventPayload = {
        movementId: row!.id, personId, fromAgencyId: before.agencyId, kind: input.kind, effectiveDate: input.effectiveDate,
        toAgencyId: input.toAgencyId ?? null, sidePost: input.sidePost ?? null,
      };
      await emitEvent(tx, movementKinds[input.kind].event, { ...payload }, { actorAccountId: actor.accountId });
      await appendAudit(tx, actor, { action: `org.person.${input.kind}`, objectType: 'person', objectId: personId, before: { agencyId: before.agencyId, status: before.status }, after: { ...payload, ...patch } });
      return row!;
    });
  }

  async function list(scopes: readonly Scope[], personId: string) {
    const [person] = await db.select({ id: people.id }).from(people)
      .where(and(eq(people.id, personId), scopeCondition(scopes, { agencyId: people.agencyId, departmentId: people.departmentId, personId: people.id })));
    if (!person) throw errors.notFound('人员', 'Person');
    return db.select({ id: personMovements.id, personId: personMovements.personId, kind: personMovements.kind, effectiveDate: personMovements.effectiveDate,
      toAgencyId: personMovements.toAgencyId, sidePost: personMovements.sidePost, note: personMovements.note, createdAt: personMovements.createdAt })
      .from(personMovements).innerJoin(people, eq(people.id, personMovements.personId))
      .where(and(eq(personMovements.personId, personId), scopeCondition(scopes, { agencyId: people.agencyId, departmentId: people.departmentId, personId: people.id })))
      .orderBy(desc(personMovements.effectiveDate), desc(personMovements.createdAt)).limit(200);
  }

  return { record, list };
}
export type PersonMovementService = ReturnType<typeof createPersonMovementService>;
