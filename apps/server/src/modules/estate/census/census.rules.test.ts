import { describe, expect, it } from 'vitest';
import { differences, occupantChanges, overallProgress, statusAfterAnswer } from './census.rules.js';

const snap = { buildingName: '行政中心1号楼', floorName: '3F', number: '301', useClass: 'office', usableAreaM2: '24.00', occupants: [{ personId: 'a', name: '张三' }] };

describe('census rules', () => {
  it('a correction that repeats the snapshot changes nothing', () => {
    expect(differences(snap, { usableAreaM2: '24', useClass: 'office', occupants: [{ personId: 'a', name: '张三' }] })).toEqual([]);
  });
  it('names each changed field with before and after', () => {
    expect(differences(snap, { usableAreaM2: '30.5', occupants: [{ personId: 'b', name: '李四' }, { personId: 'a', name: '张三' }] })).toEqual([
      { field: 'usableAreaM2', before: '24.00', after: '30.50' },
      { field: 'occupants', before: '张三', after: '张三、李四' },
    ]);
  });
  it('occupant changes end who left and start who came', () => {
    expect(occupantChanges(['a', 'b'], ['b', 'c'])).toEqual({ end: ['a'], start: ['c'] });
  });
  it('progress: answered agencies move to in progress, never back', () => {
    expect(statusAfterAnswer('not_started')).toBe('in_progress');
    expect(statusAfterAnswer('submitted')).toBe('submitted');
    // 3 agencies, 1 submitted + 1 reconciled → 2/3 = 66.7 %
    expect(overallProgress(['not_started', 'submitted', 'reconciled'])).toEqual({ total: 3, not_started: 1, in_progress: 0, submitted: 1, reconciled: 1, percentDone: 66.7 });
  });
});
