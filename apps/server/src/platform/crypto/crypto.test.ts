import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCrypto, maskMiddle } from './field-crypto.js';
import { canonicalJson, sm3Hex } from './hash.js';

describe('SM3 and canonical JSON', () => {
  it('matches the GB/T 32905-2016 example digests', () => {
    // Appendix A.1 and A.2 of the standard.
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('orders keys at every depth so that jsonb reordering does not change a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe('field encryption', () => {
  const crypto = createFieldCrypto(randomBytes(32));

  it('round-trips, uses a fresh IV each time and hides the clear text', () => {
    const a = crypto.encrypt('330902199001011234');
    const b = crypto.encrypt('330902199001011234');
    expect(a).not.toBe(b);
    expect(a).not.toContain('1234');
    expect(crypto.decrypt(a)).toBe('330902199001011234');
  });

  it('detects a tampered ciphertext', () => {
    const raw = Buffer.from(crypto.encrypt('13905801234').slice(3), 'base64');
    raw[20] = raw[20]! ^ 1;
    expect(() => crypto.decrypt(`v1:${raw.toString('base64')}`)).toThrow(/tag/);
  });

  it('gives a stable blind index per key, case-insensitive for the X check digit', () => {
    expect(crypto.blindIndex('33090219900101123x')).toBe(crypto.blindIndex('33090219900101123X'));
    expect(createFieldCrypto(randomBytes(32)).blindIndex('1')).not.toBe(crypto.blindIndex('1'));
  });

  it('masks all but the first 3 and the last 4 characters', () => {
    expect(maskMiddle('330902199001011234')).toBe('330***********1234');
    expect(maskMiddle('13905801234')).toBe('139****1234');
  });
});
