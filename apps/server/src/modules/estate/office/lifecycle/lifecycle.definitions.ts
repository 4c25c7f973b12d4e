import type { WorkflowApi } from '../../../../platform/workflow/index.js';
import { requestKinds } from './requests.service.js';

const SYSTEM = { accountId: null, name: 'system', ip: null };

/** Default approval processes of estate.* (单位审核 → 中心审批), created when none exists; the center edits them later. */
export async function ensureEstateDefinitions(workflow: Pick<WorkflowApi, 'definitions' | 'businessTypes'>) {
  const registered = new Set(workflow.businessTypes().map((t) => t.type));
  for (const k of Object.values(requestKinds)) {
    if (!registered.has(k.type)) continue;
    const existing = await workflow.definitions.list({ businessType: k.type, limit: 1, offset: 0 });
    if (existing.total > 0) continue;
    await workflow.definitions.create(SYSTEM, {
      businessType: k.type, name: `办公用房${k.zh}审批`, description: '默认流程：单位审核，中心审批',
      steps: [
        { name: '单位审核', mode: 'all' as const, slaHours: 48, assignees: [{ kind: 'agency-role' as const, roleCode: 'agency-officer', fallback: { kind: 'center-role' as const, roleCode: 'center' } }] },
        { name: '中心审批', mode: 'all' as const, slaHours: 72, assignees: [{ kind: 'center-role' as const, roleCode: 'center' }] },
      ],
    });
  }
}
