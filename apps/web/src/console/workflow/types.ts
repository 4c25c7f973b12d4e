/** Shapes of the /api/v1/workflow endpoints (until the generated API types include them). */
export const API = '/api/v1/workflow';

export type InstanceStatus = 'running' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export type TaskStatus = 'open' | 'approved' | 'rejected' | 'returned' | 'delegated' | 'cancelled';
export type RequestStatus = 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export const REQUEST_KINDS = ['general', 'expense', 'purchase', 'leave', 'other'] as const;

export interface Task {
  id: string; instanceId: string; businessType: string; businessTypeName: string; businessTypeNameEn: string; businessId: string;
  title: string; stepIndex: number; stepName: string; status: TaskStatus; via: string; dueAt: string | null; overdue: boolean;
  applicantName: string; agencyName: string; instanceStatus: InstanceStatus; submittedAt: string; createdAt: string;
  actedAt: string | null; comment: string | null;
}

export interface InstanceDetail {
  id: string; businessType: string; businessTypeName: string; businessTypeNameEn: string; title: string; status: InstanceStatus;
  currentStep: number; currentStepName: string | null; round: number; createdAt: string; finishedAt: string | null;
  subject: { amountFen?: number | null; kind?: string | null };
  applicantName: string; applicantPersonName: string; agencyName: string; departmentName: string | null; applicantAccountId: string;
  steps: Array<{ index: number; name: string; mode: 'all' | 'any'; slaHours: number | null; parties: number; applies: boolean }>;
  tasks: Array<{ id: string; stepIndex: number; party: number; round: number; accountId: string; accountName: string; status: TaskStatus; via: string; dueAt: string | null; actedAt: string | null; comment: string | null }>;
  events: Array<{ id: string; at: string; action: string; actorName: string; stepIndex: number | null; comment: string | null; attachmentIds: string[]; details: Record<string, unknown> }>;
}

export interface WfRequest {
  id: string; title: string; kind: string; amountFen: number | null; description: string | null; attachmentIds: string[];
  status: RequestStatus; instanceId: string | null; decidedAt: string | null; createdAt: string; updatedAt: string;
}

export type RuleKind = 'agency-role' | 'center-role' | 'department-head' | 'person';
export interface BaseRule { kind: RuleKind; roleCode?: string; personId?: string }
export interface Rule extends BaseRule { fallback?: BaseRule }
export interface StepDef {
  name: string; assignees: Rule[]; mode: 'all' | 'any';
  condition?: { amountFenMin?: number; amountFenMax?: number; kinds?: string[] }; slaHours?: number;
}
export interface Definition {
  id: string; businessType: string; regionId: string | null; regionName: string | null; name: string; description: string | null;
  steps: StepDef[]; active: boolean; version: number; createdAt: string; updatedAt: string;
}

export const STATUS_COLOURS: Record<string, string> = {
  running: 'processing', pending: 'processing', open: 'processing', returned: 'warning', approved: 'success',
  rejected: 'error', withdrawn: 'default', delegated: 'purple', cancelled: 'default',
};

/** Fen as yuan with two decimals and thousands separators. */
export const yuan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '—' : (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
