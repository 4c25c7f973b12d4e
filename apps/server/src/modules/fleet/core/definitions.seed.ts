import type { WorkflowApi } from '../../../platform/workflow/index.js';
import { OVERRIDE_TYPE } from '../standards/standards.service.js';

export const REPAIR_TYPE = 'fleet.repair';
const SYSTEM = { accountId: null, name: 'system', ip: null };

/**
 * Default approval processes of the fleet's business types, when none exists yet (the center edits
 * them afterwards in the console): 超标/超编 — the agency officer, then the center; repairs — the
 * agency officer, then the center for estimates of ¥5,000 or more ([U] threshold).
 */
export async function ensureDefinitions(workflow: Pick<WorkflowApi, 'definitions' | 'businessTypes'>) {
  const registered = new Set(workflow.businessTypes().map((t) => t.type));
  const wanted = [
    {
      businessType: OVERRIDE_TYPE, name: '公务用车超标/超编配备审批', description: '默认流程：单位审核，中心审批',
      steps: [
        { name: '单位审核', mode: 'all' as const, slaHours: 48, assignees: [{ kind: 'agency-role' as const, roleCode: 'agency-officer', fallback: { kind: 'center-role' as const, roleCode: 'center' } }] },
        { name: '中心审批', mode: 'all' as const, slaHours: 48, assignees: [{ kind: 'center-role' as const, roleCode: 'center' }] },
      ],
    },
    {
      businessType: REPAIR_TYPE, name: '公务用车维修审批', description: '默认流程：单位审核；预算5000元及以上由中心审批',
      steps: [
        { name: '单位审核', mode: 'all' as const, slaHours: 24, assignees: [{ kind: 'agency-role' as const, roleCode: 'agency-officer', fallback: { kind: 'center-role' as const, roleCode: 'center' } }] },
        { name: '中心审批', mode: 'all' as const, slaHours: 24, condition: { amountFenMin: 500_000 }, assignees: [{ kind: 'center-role' as const, roleCode: 'center' }] },
      ],
    },
  ];
  for (const w of wanted) {
    if (!registered.has(w.businessType)) continue;
    const existing = await workflow.definitions.list({ businessType: w.businessType, limit: 1, offset: 0 });
    if (existing.total > 0) continue;
    await workflow.definitions.create(SYSTEM, w);
  }
}
