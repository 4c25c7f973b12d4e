import { z } from 'zod';
import { listQuery } from '../http/paging.js';
import { requestKinds } from './request.service.js';
import { instanceStatuses, requestStatuses, taskStatuses } from './workflow.table.js';
import { assigneeRule, parallelModes, stepCondition, stepDef, stepList } from './workflow.model.js';

/** Dates become ISO strings (with offset) exactly as JSON.stringify writes them. */
export const json = <T>(x: T): never => JSON.parse(JSON.stringify(x)) as never;

const instant = z.string();
const businessType = z.string().trim().min(3).max(64).regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/, '业务类型应形如 fleet.trip');
const text = (max: number) => z.string().trim().max(max);
export const attachmentIds = z.array(z.uuid()).max(20);

export const businessTypeItem = z.object({ type: z.string(), nameZh: z.string(), nameEn: z.string() }).meta({ id: 'WorkflowBusinessType' });
export const roleItem = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

const stepOut = z.object({
  name: z.string(), assignees: z.array(assigneeRule), mode: z.enum(parallelModes), condition: stepCondition.optional(), slaHours: z.number().optional(),
});
export const definition = z.object({
  id: z.string(), businessType: z.string(), regionId: z.string().nullable(), regionName: z.string().nullable(), name: z.string(),
  description: z.string().nullable(), steps: z.array(stepOut), active: z.boolean(), version: z.number().int(), createdAt: instant, updatedAt: instant,
}).meta({ id: 'WorkflowDefinition' });

export const definitionInput = z.strictObject({
  businessType, regionId: z.uuid().nullish(), name: text(64).min(1), description: text(500).nullish(), steps: stepList, active: z.boolean().optional(),
});
export const definitionPatch = definitionInput.omit({ businessType: true }).partial();
export const definitionQuery = z.strictObject({ ...listQuery, businessType: z.string().max(64).optional(), active: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });
export { stepDef };

const typeNames = { businessType: z.string(), businessTypeName: z.string(), businessTypeNameEn: z.string(), businessId: z.string(), link: z.string() };

export const taskItem = z.object({
  id: z.string(), instanceId: z.string(), ...typeNames, title: z.string(), stepIndex: z.number().int(), stepName: z.string(), party: z.number().int(),
  status: z.enum(taskStatuses), via: z.string(), dueAt: instant.nullable(), overdue: z.boolean(), remindedAt: instant.nullable(),
  applicantName: z.string(), agencyName: z.string(), instanceStatus: z.enum(instanceStatuses), submittedAt: instant, createdAt: instant,
  actedAt: instant.nullable(), comment: z.string().nullable(),
}).meta({ id: 'WorkflowTask' });
export const taskQuery = z.strictObject({ ...listQuery, status: z.enum(['open', 'done']).default('open'), businessType: z.string().max(64).optional(), instanceId: z.uuid().optional() });

const instanceSummaryShape = {
  id: z.string(), ...typeNames, title: z.string(), status: z.enum(instanceStatuses), currentStep: z.number().int(), currentStepName: z.string().nullable(),
  round: z.number().int(), createdAt: instant, finishedAt: instant.nullable(),
};
export const instanceSummary = z.object(instanceSummaryShape).meta({ id: 'WorkflowInstanceSummary' });
export const instanceQuery = z.strictObject({ ...listQuery, status: z.enum(instanceStatuses).optional(), businessType: z.string().max(64).optional() });

export const instanceDetail = z.object({
  ...instanceSummaryShape,
  subject: z.object({ amountFen: z.number().nullish(), kind: z.string().nullish() }),
  applicantName: z.string(), applicantPersonName: z.string(), agencyName: z.string(), departmentName: z.string().nullable(), applicantAccountId: z.string(),
  steps: z.array(z.object({ index: z.number().int(), name: z.string(), mode: z.enum(parallelModes), slaHours: z.number().nullable(), parties: z.number().int(), applies: z.boolean() })),
  tasks: z.array(z.object({
    id: z.string(), stepIndex: z.number().int(), party: z.number().int(), round: z.number().int(), accountId: z.string(), accountName: z.string(),
    status: z.enum(taskStatuses), via: z.string(), dueAt: instant.nullable(), remindedAt: instant.nullable(), escalatedAt: instant.nullable(),
    actedAt: instant.nullable(), comment: z.string().nullable(), createdAt: instant,
  })),
  events: z.array(z.object({
    id: z.string(), at: instant, action: z.string(), actorName: z.string(), stepIndex: z.number().int().nullable(), comment: z.string().nullable(),
    attachmentIds: z.array(z.string()), details: z.record(z.string(), z.unknown()),
  })),
}).meta({ id: 'WorkflowInstance' });

export const actInput = z.strictObject({ comment: text(1000).nullish(), attachmentIds: attachmentIds.optional() });
export const delegateInput = actInput.extend({ toAccountId: z.uuid() });
export const accountItem = z.object({ id: z.string(), username: z.string(), displayName: z.string(), agencyName: z.string().nullable() });

export const request = z.object({
  id: z.string(), title: z.string(), kind: z.enum(requestKinds), amountFen: z.number().int().nullable(), description: z.string().nullable(),
  attachmentIds: z.array(z.string()), applicantAccountId: z.string(), applicantPersonId: z.string(), agencyId: z.string(), departmentId: z.string().nullable(),
  status: z.enum(requestStatuses), instanceId: z.string().nullable(), decidedAt: instant.nullable(), createdAt: instant, updatedAt: instant,
}).meta({ id: 'WorkflowRequest' });
export const requestInput = z.strictObject({
  title: text(100).min(1), kind: z.enum(requestKinds), amountFen: z.number().int().min(0).max(1e13).nullish(), description: text(2000).nullish(), attachmentIds: attachmentIds.optional(),
});
export const resubmitInput = requestInput.extend({ comment: text(1000).nullish() });
export const requestQuery = z.strictObject({ ...listQuery, status: z.enum(requestStatuses).optional(), kind: z.enum(requestKinds).optional(), id: z.uuid().optional() });
