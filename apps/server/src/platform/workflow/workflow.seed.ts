/** The demo process of 事项申请 (platform.request). Idempotent. */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { appendAudit } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import { DEMO_CENTER_AGENCY_NAME } from '../demo/demo-org.seed.js';
import { agencies, departments } from '../org/org.table.js';
import { SYSTEM } from './engine.core.js';
import { REQUEST_TYPE } from './request.service.js';
import type { StepDef } from './workflow.model.js';
import { wfDefinitions } from './workflow.table.js';

export const DEMO_REQUEST_PROCESS_NAME = '事项申请审批流程';

/**
 * 1. 部门负责人审批 — the applicant's department head, or else the agency's 单位管理员 (agency-officer);
 * 2. 会签 — all must approve: the heads of two departments of the center (财务处 and 办公室 when they have one);
 * 3. 中心审批 — the center role `center`.
 */
export async function seedWorkflowDemo(db: Db): Promise<{ definitionId: string; created: boolean }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: wfDefinitions.id }).from(wfDefinitions).where(eq(wfDefinitions.businessType, REQUEST_TYPE)).limit(1);
    if (existing) return { definitionId: existing.id, created: false };
    const [center] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, DEMO_CENTER_AGENCY_NAME));
    if (!center) throw new Error('workflow demo: the center agency is missing (seed the demo organisation first)');
    const heads = await tx.select({ name: departments.name, head: departments.headPersonId }).from(departments)
      .where(and(eq(departments.agencyId, center.id), isNotNull(departments.headPersonId))).orderBy(asc(departments.sort), asc(departments.id));
    const preferred = ['财务处', '办公室'];
    heads.sort((a, b) => (preferred.indexOf(a.name) + 1 || 99) - (preferred.indexOf(b.name) + 1 || 99));
    const signers = heads.slice(0, 2);
    if (signers.length < 2) throw new Error('workflow demo: the center needs two department heads');
    const steps: StepDef[] = [
      { name: '部门负责人审批', mode: 'all', slaHours: 24, assignees: [{ kind: 'department-head', fallback: { kind: 'agency-role', roleCode: 'agency-officer' } }] },
      { name: `会签（${signers.map((s) => s.name).join('、')}）`, mode: 'all', slaHours: 48, assignees: signers.map((s) => ({ kind: 'person' as const, personId: s.head! })) },
      { name: '中心审批', mode: 'all', slaHours: 24, assignees: [{ kind: 'center-role', roleCode: 'center' }] },
    ];
    const [row] = await tx.insert(wfDefinitions).values({
      businessType: REQUEST_TYPE, name: DEMO_REQUEST_PROCESS_NAME, description: '事项申请的默认审批流程（演示数据）', steps,
    }).returning();
    await appendAudit(tx, SYSTEM, { action: 'workflow.definition.create', objectType: 'workflow-definition', objectId: row!.id, after: row });
    return { definitionId: row!.id, created: true };
  });
}
