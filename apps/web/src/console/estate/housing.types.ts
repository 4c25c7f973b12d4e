/** Shapes of /api/v1/estate/housing (staff housing 公租房) as the pages use them. */
import { API } from './types';

export const HAPI = `${API}/housing`;

export interface Flat {
  id: string; regionId: string; buildingId: string | null; estateName: string; buildingName: string; unit: string | null; number: string;
  areaM2: string; layout: string; rentFen: number; status: string; note: string | null;
}
export interface Round {
  id: string; code: string; name: string; regionId: string; ruleSetId: string; ruleSetName: string; method: 'score' | 'lottery'; referenceDate: string;
  applyFrom: string; applyTo: string; noticeStart: string | null; noticeEnd: string | null; quota: number; status: string; applicationCount: number;
}
export interface RuleSet { id: string; name: string; effectiveFrom: string; effectiveTo: string | null; source: string }
export interface Application {
  id: string; roundId: string; roundName: string; personId: string; personName: string; agencyId: string; agencyName: string; familySize: number;
  ownsHomeInCity: boolean; currentHousingAreaM2: string | null; yearsSinceHire: string | null; note: string | null; eligible: boolean;
  reasons: { rule: string; ok: boolean; zh: string; en: string }[]; score: string | null; breakdown: { key: string; value: number; points: number }[];
  status: string; reviewComment: string | null; reviewedBy: string | null; queueRank: number | null; flatId: string | null; createdAt: string;
}
export interface Objection { id: string; roundId: string; applicationId: string; text: string; raisedBy: string; status: string; resolution: string | null; createdAt: string }
export interface Draw {
  id: string; roundId: string; algorithm: string; publicRandom: string; seedMaterial: string; seedHex: string; resultHash: string; drawnBy: string; drawnAt: string;
  result: { rank: number; applicationId: string; score: number; flatId: string | null }[];
}
export interface Publication extends Draw {
  round: { id: string; code: string; name: string; method: string; quota: number; noticeStart: string | null; noticeEnd: string | null };
  entries: { rank: number; applicationId: string; score: number; flatId: string | null; personName: string; agencyName: string; flatLabel: string | null }[];
}
export interface Verify { matches: boolean; algorithm: string; seedMaterial: string; seedHex: string; recordedHash: string; recomputedHash: string }
export interface Bill { id: string; leaseId: string; month: string; amountFen: number; paidFen: number; status: string }
export interface ChecklistItem { name: string; condition: 'good' | 'worn' | 'damaged' | 'missing'; note?: string }
export interface Checklist { id: string; kind: string; items: ChecklistItem[]; checkedOn: string; checkedBy: string }
export interface Lease {
  id: string; flatId: string; applicationId: string | null; personId: string; agencyId: string; startDate: string; endDate: string; rentFen: number;
  depositFen: number; status: string; exitReason: string | null; exitDate: string | null; exitNote: string | null; createdAt: string;
  personName: string; flatLabel: string;
}
/** GET /rounds/open (cadre): a round open for applications in my region, with its rules summary and my application. */
export interface OpenRound {
  id: string; code: string; name: string; method: 'score' | 'lottery' | string; referenceDate: string; applyFrom: string; applyTo: string; quota: number; ruleSetName: string;
  criteria: { rule: string; zh: string; en: string }[]; myApplication: { id: string; status: string } | null;
}
/** GET /rounds/notices (cadre): a round under public notice with its approved applicants. */
export interface NoticeRound {
  id: string; code: string; name: string; noticeStart: string; noticeEnd: string;
  entries: { applicationId: string; personName: string; agencyName: string; score: string; mine: boolean }[];
}
export interface LeaseDetail extends Lease { bills: Bill[]; checklists: Checklist[] }

export const EXIT_REASONS = ['term-ended', 'bought-home', 'left-city', 'transferred', 'retired', 'breach', 'other'] as const;
export const PAY_METHODS = ['payroll', 'transfer', 'cash', 'other'] as const;
export const CONDITIONS = ['good', 'worn', 'damaged', 'missing'] as const;
export const flatLabel = (f: Flat) => `${f.estateName} ${f.buildingName}${f.unit ? `${f.unit}单元` : ''} ${f.number}`;
