import { describe, expect, it } from 'vitest';
import { licenceCovers, requiredLicenceClass } from '../db/drivers.table.js';
import { isNewEnergy } from '../db/vehicles.table.js';
import { classesCovering, isDriverOfferable, isOfferable, shanghaiDate } from './offerability.js';

const w = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

describe('isOfferable (vehicle)', () => {
  const trip = w('2027-01-01T09:00:00+08:00', '2027-01-01T12:00:00+08:00');
  it('only vehicles in use are offered', () => {
    expect(isOfferable({ status: 'in-use' }, trip)).toBe(true);
    for (const s of ['repair', 'sealed', 'suspended', 'pending-disposal', 'disposed']) expect(isOfferable({ status: s }, trip)).toBe(false);
  });
  it('a holiday sealing window overlapping the trip blocks it; one ending exactly at the start does not', () => {
    expect(isOfferable({ status: 'in-use' }, trip, [w('2026-12-31T18:00:00+08:00', '2027-01-03T08:00:00+08:00')])).toBe(false);
    expect(isOfferable({ status: 'in-use' }, trip, [w('2026-12-31T18:00:00+08:00', '2027-01-01T09:00:00+08:00')])).toBe(true);
  });
});

describe('licences', () => {
  it('A1 covers B1 and C1; B1 covers C1 but not A1; C2 covers only C2', () => {
    expect(licenceCovers('A1', 'B1')).toBe(true);
    expect(licenceCovers('A1', 'C1')).toBe(true);
    expect(licenceCovers('B1', 'C1')).toBe(true);
    expect(licenceCovers('B1', 'A1')).toBe(false);
    expect(licenceCovers('C2', 'C1')).toBe(false);
    expect(classesCovering('B1')).toEqual(['A1', 'A2', 'B1']);
  });
  it('9 seats needs C1, 10–19 B1, 20 and more A1', () => {
    expect([5, 9, 10, 19, 20, 45].map((seats) => requiredLicenceClass({ seats }))).toEqual(['C1', 'C1', 'B1', 'B1', 'A1', 'A1']);
  });
  it('a licence expiring on the trip’s last Shanghai day is still valid; the day before is not', () => {
    const trip = w('2026-06-30T09:00:00+08:00', '2026-07-01T01:00:00+08:00'); // ends 1 July in Shanghai (30 June 17:00 UTC)
    expect(shanghaiDate(trip.to)).toBe('2026-07-01');
    expect(isDriverOfferable({ status: 'active', licenceClass: 'C1', licenceExpiry: '2026-07-01' }, trip, 'C1')).toBe(true);
    expect(isDriverOfferable({ status: 'active', licenceClass: 'C1', licenceExpiry: '2026-06-30' }, trip, 'C1')).toBe(false);
    expect(isDriverOfferable({ status: 'suspended', licenceClass: 'C1', licenceExpiry: '2030-01-01' }, trip, 'C1')).toBe(false);
    expect(isDriverOfferable({ status: 'active', licenceClass: 'C1', licenceExpiry: '2030-01-01' }, trip, 'B1')).toBe(false);
  });
});

describe('isNewEnergy', () => {
  it('BEV, PHEV, EREV and hydrogen count; gasoline and diesel do not', () => {
    expect(['bev', 'phev', 'erev', 'hydrogen', 'gasoline', 'diesel'].map(isNewEnergy)).toEqual([true, true, true, true, false, false]);
  });
});
