import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/http/errors.js';
import { assertInOrder, flagsOf, IMPLAUSIBLE_JUMP, isImplausibleJump } from './odometer.rules.js';

const at = (local: string) => new Date(`${local}+08:00`);
const prev = { at: at('2026-03-01T08:00'), km: 12000, source: 'trip-departure' as const, sourceId: '00000000-0000-7000-8000-000000000001' };
const next = { at: at('2026-03-01T18:00'), km: 12100, source: 'trip-return' as const, sourceId: '00000000-0000-7000-8000-000000000001' };

describe('odometer rules', () => {
  it('accepts a reading between its neighbours, equal values included', () => {
    expect(() => assertInOrder({ at: at('2026-03-01T12:00'), km: 12000 }, prev, next)).not.toThrow();
    expect(() => assertInOrder({ at: at('2026-03-01T12:00'), km: 12100 }, prev, next)).not.toThrow();
    expect(() => assertInOrder({ at: at('2026-03-01T12:00'), km: 5 }, null, null)).not.toThrow();
  });

  it('refuses a reading below the previous or above the next one, naming both neighbours', () => {
    for (const km of [11999.9, 12100.1]) {
      let err: unknown;
      try { assertInOrder({ at: at('2026-03-01T12:00'), km }, prev, next); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(AppError);
      const e = err as AppError;
      expect(e.status).toBe(422);
      expect(e.code).toBe('FLEET_ODOMETER_OUT_OF_ORDER');
      expect(e.messageZh).toContain('前一条 2026-03-01 08:00 出车 12000.0 km');
      expect(e.messageZh).toContain('后一条 2026-03-01 18:00 还车 12100.0 km');
      expect(e.messageEn).toContain('previous 2026-03-01 08:00 trip departure 12000.0 km');
      expect(e.ref).toMatchObject({ previous: { km: 12000 }, next: { km: 12100 } });
    }
  });

  it('flags a jump faster than the limit, and keeps other flags', () => {
    // 300 km in 2 h = 150 km/h: not above 150
    expect(isImplausibleJump({ at: at('2026-03-01T08:00'), km: 0 }, { at: at('2026-03-01T10:00'), km: 300 }, 150)).toBe(false);
    // 301 km in 2 h = 150.5 km/h > 150
    expect(isImplausibleJump({ at: at('2026-03-01T08:00'), km: 0 }, { at: at('2026-03-01T10:00'), km: 301 }, 150)).toBe(true);
    // any distance in zero time
    expect(isImplausibleJump({ at: at('2026-03-01T08:00'), km: 0 }, { at: at('2026-03-01T08:00'), km: 1 }, 150)).toBe(true);
    expect(flagsOf({ at: at('2026-03-01T10:00'), km: 301 }, { at: at('2026-03-01T08:00'), km: 0 }, 150, ['fill-over-tank', IMPLAUSIBLE_JUMP]))
      .toEqual(['fill-over-tank', IMPLAUSIBLE_JUMP]);
    expect(flagsOf({ at: at('2026-03-01T10:00'), km: 100 }, { at: at('2026-03-01T08:00'), km: 0 }, 150, [IMPLAUSIBLE_JUMP])).toEqual([]);
  });
});
