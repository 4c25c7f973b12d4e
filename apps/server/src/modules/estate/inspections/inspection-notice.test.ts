import { describe, expect, it } from 'vitest';
import { buildNotice } from './inspection-notice.js';

const plan = { title: '2026年办公用房专项检查', year: 2026, startsOn: '2026-05-01', endsOn: '2026-05-31', withDiscipline: true, agencyCount: 3 };

describe('inspection notice (通报)', () => {
  it('counts findings, agencies, closed and overdue as of the issue date', () => {
    const n = buildNotice(plan, [
      { agencyName: '市教育局', category: '超标使用', description: '局长办公室超标6平方米', severity: 'major', rectifyBy: '2026-06-15', status: 'open', roomNumber: '501' },
      { agencyName: '市教育局', category: '违规出借', description: '一间办公室出借给协会', severity: 'minor', rectifyBy: '2026-07-30', status: 'open', roomNumber: null },
      { agencyName: '市财政局', category: '闲置', description: '两间办公室闲置', severity: 'minor', rectifyBy: '2026-06-10', status: 'closed', roomNumber: '302' },
    ], '2026-07-01');
    expect(n.title).toBe('关于2026年办公用房专项检查情况的通报');
    expect(n.paragraphs[0]).toContain('会同市纪委监委对3家单位');
    // 3 findings, 1 major, 2 agencies; 1 closed; overdue: open and due before 07-01 → only the first (06-15)
    expect(n.paragraphs[1]).toBe('检查共发现问题3个（其中严重问题1个），涉及2家单位；截至2026-07-01，已整改销号1个，逾期未整改1个。');
    expect(n.text).toContain('1. 市教育局 501：超标使用，局长办公室超标6平方米（严重，整改期限2026-06-15，整改中）');
  });
  it('says so when nothing was found', () => {
    expect(buildNotice({ ...plan, withDiscipline: false }, [], '2026-06-01').paragraphs).toEqual([
      '2026-05-01至2026-05-31，市机关事务管理中心对3家单位开展了2026年办公用房专项检查。现将有关情况通报如下。', '检查中未发现问题。', expect.any(String),
    ]);
  });
});
