import { describe, expect, it } from 'vitest';
import { invoiceMismatch, serviceDue } from './service-due.rules.js';

const warn = { km: 500, days: 30 };

describe('serviceDue (km or date, whichever first)', () => {
  it('due by km: next at 60,000 km, now 59,600 → 400 km left ≤ 500', () => {
    // 60000 − 59600 = 400; days: 2025-12-31 − 2025-06-01 = 213 > 30
    expect(serviceDue({ nextServiceKm: 60000, nextServiceDate: '2025-12-31' }, { km: 59600, day: '2025-06-01' }, warn)).toEqual({ due: true, by: 'km', kmLeft: 400, daysLeft: 213 });
  });
  it('due by date: 2025-06-20 from 2025-06-01 is 19 days ≤ 30 while 5,000 km remain', () => {
    expect(serviceDue({ nextServiceKm: 65000, nextServiceDate: '2025-06-20' }, { km: 60000, day: '2025-06-01' }, warn)).toEqual({ due: true, by: 'date', kmLeft: 5000, daysLeft: 19 });
  });
  it('both due: 100/500 = 0.2 vs 15/30 = 0.5 → km', () => {
    expect(serviceDue({ nextServiceKm: 60100, nextServiceDate: '2025-06-16' }, { km: 60000, day: '2025-06-01' }, warn).by).toBe('km');
  });
  it('overdue is due with negative room; nothing set is never due', () => {
    expect(serviceDue({ nextServiceKm: 59000, nextServiceDate: null }, { km: 60000, day: '2025-06-01' }, warn)).toEqual({ due: true, by: 'km', kmLeft: -1000, daysLeft: null });
    expect(serviceDue({ nextServiceKm: null, nextServiceDate: null }, { km: 60000, day: '2025-06-01' }, warn)).toEqual({ due: false, by: null, kmLeft: null, daysLeft: null });
  });
  it('not due: 31 days and 501 km left', () => {
    expect(serviceDue({ nextServiceKm: 60501, nextServiceDate: '2025-07-02' }, { km: 60000, day: '2025-06-01' }, warn).due).toBe(false);
  });
});

describe('invoiceMismatch', () => {
  it('120.00 + 80.50 = 200.50 yuan matches; 200.00 does not', () => {
    expect(invoiceMismatch({ partsFen: 12000, labourFen: 8050, invoiceFen: 20050 })).toBeNull();
    expect(invoiceMismatch({ partsFen: 12000, labourFen: 8050, invoiceFen: 20000 })).toContain('200元');
  });
});
