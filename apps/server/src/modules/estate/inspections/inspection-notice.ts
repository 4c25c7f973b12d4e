/** The notice (通报) of a special inspection, generated from its findings: pure, so its text is tested by hand. */
import type { PdfDocument } from '../../../platform/pdf/index.js';

export interface NoticeFinding { agencyName: string; category: string; description: string; severity: string; rectifyBy: string; status: string; roomNumber: string | null }
export interface NoticePlan { title: string; year: number; startsOn: string; endsOn: string; withDiscipline: boolean; agencyCount: number }

const statusZh: Record<string, string> = { open: '整改中', reported: '已报整改', closed: '已销号' };
const severityZh: Record<string, string> = { minor: '一般', major: '严重' };

export function buildNotice(plan: NoticePlan, findings: readonly NoticeFinding[], issuedOn: string) {
  const title = `关于${plan.title}情况的通报`;
  const agenciesWith = new Set(findings.map((f) => f.agencyName));
  const major = findings.filter((f) => f.severity === 'major').length;
  const closed = findings.filter((f) => f.status === 'closed').length;
  const overdue = findings.filter((f) => f.status === 'open' && f.rectifyBy < issuedOn).length;
  const organiser = plan.withDiscipline ? '市机关事务管理中心会同市纪委监委' : '市机关事务管理中心';
  const paragraphs = [
    `${plan.startsOn}至${plan.endsOn}，${organiser}对${plan.agencyCount}家单位开展了${plan.title}。现将有关情况通报如下。`,
    findings.length === 0
      ? '检查中未发现问题。'
      : `检查共发现问题${findings.length}个（其中严重问题${major}个），涉及${agenciesWith.size}家单位；截至${issuedOn}，已整改销号${closed}个，逾期未整改${overdue}个。`,
    '请相关单位严格对照问题清单，在规定期限内整改到位并报送整改情况；逾期未整改的，将按规定予以通报并移送有关部门处理。',
  ];
  const rows = findings.map((f, i) => ({
    no: i + 1, agency: f.agencyName, room: f.roomNumber ?? '', category: f.category, description: f.description,
    severity: severityZh[f.severity] ?? f.severity, rectifyBy: f.rectifyBy, status: statusZh[f.status] ?? f.status,
  }));
  const text = [title, '', ...paragraphs, '', ...rows.map((r) => `${r.no}. ${r.agency}${r.room ? ` ${r.room}` : ''}：${r.category}，${r.description}（${r.severity}，整改期限${r.rectifyBy}，${r.status}）`)].join('\n');
  return { title, paragraphs, rows, text };
}

export function noticePdf(n: ReturnType<typeof buildNotice>, issuedOn: string): PdfDocument {
  return {
    title: n.title, subtitle: `舟山市机关事务管理中心 ${issuedOn}`, footer: '专项检查通报 · 舟到e管家',
    blocks: [
      ...n.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'heading', text: '问题清单' },
      { kind: 'table', columns: [
        { key: 'no', title: '序号', width: 32, align: 'center' }, { key: 'agency', title: '单位', width: 100 }, { key: 'category', title: '问题类别', width: 70 },
        { key: 'description', title: '问题描述' }, { key: 'rectifyBy', title: '整改期限', width: 66 }, { key: 'status', title: '状态', width: 52 },
      ], rows: n.rows },
    ],
  };
}
