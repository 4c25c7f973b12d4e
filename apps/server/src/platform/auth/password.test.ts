import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, hashPassword, passwordExpired, verifyPassword } from './password.js';

describe('password policy', () => {
  it.each([
    ['Abc12345', null],
    ['abc12345', 'PASSWORD_WEAK'], // two classes
    ['Ab1!', 'PASSWORD_WEAK'], // too short
    ['abcdefg!1', null], // lower, symbol, digit
    ['ABCDEFG!x', null],
    ['Zhang-San9', 'PASSWORD_CONTAINS_USERNAME'],
  ])('%s → %s', (pw, code) => {
    expect(checkPasswordPolicy(pw, 'zhang-san')?.code ?? null).toBe(code);
  });

  it('expires after the configured number of days; 0 means never', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(passwordExpired(new Date('2026-03-02T00:00:00Z'), 90, now)).toBe(true); // 91 days
    expect(passwordExpired(new Date('2026-03-04T00:00:00Z'), 90, now)).toBe(false); // 89 days
    expect(passwordExpired(new Date('2000-01-01T00:00:00Z'), 0, now)).toBe(false);
  });

  it('hashes with argon2id', async () => {
    const h = await hashPassword('Abc12345!');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'Abc12345!')).toBe(true);
    expect(await verifyPassword(h, 'Abc12345?')).toBe(false);
  });
});
