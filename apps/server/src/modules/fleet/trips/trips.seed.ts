import type { Actor } from '../../../platform/audit/audit.service.js';
import type { StepDef } from '../../../platform/workflow/index.js';

export const SYSTEM_ACTOR: Actor = { accountId: null, name: 'system', ip: null };
export const TRIP_PROCESS_NAME = '公务用车申请审批流程';

/** One step: the applicant's agency head (单位管理员, role agency-officer), falling back to the center (role center). */
export const tripWorkflowSteps: StepDef[] = [
  { name: '单位审批', mode: 'all', slaHours: 4, assignees: [{ kind: 'agency-role', roleCode: 'agency-officer', fallback: { kind: 'center-role', roleCode: 'center' } }] },
];
