import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encryptedColumns, registerEncryptedColumn } from './encrypted-columns.js';
import { createFieldCrypto, fieldKeyId, maskMiddle } from './field-crypto.js';
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

describe('field encryption with key ids (v2) and rotation', () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);

  /** A value in the old v1 format, built here independently of the product: SM4-CTR, HMAC-SM3 tag over iv‖ciphertext. */
  function v1(key: Buffer, plain: string): string {
    const derive = (label: string) => createHmac('sm3', key).update(label).digest();
    const iv = randomBytes(16);
    const c = createCipheriv('sm4-ctr', derive('zd/field/enc').subarray(0, 16), iv);
    const body = Buffer.concat([iv, c.update(plain, 'utf8'), c.final()]);
    return `v1:${Buffer.concat([body, createHmac('sm3', derive('zd/field/mac')).update(body).digest().subarray(0, 16)]).toString('base64')}`;
  }

  it('writes v2:<keyId>: with keyId = the first 8 hex digits of SM3(key)', () => {
    const c = createFieldCrypto(k1);
    expect(c.keyId).toBe(sm3Hex(k1).slice(0, 8));
    expect(fieldKeyId(k1)).toBe(c.keyId);
    const v = c.encrypt('13905801234');
    expect(v.startsWith(`v2:${c.keyId}:`)).toBe(true);
    expect(c.isCurrent(v)).toBe(true);
    expect(c.decrypt(v)).toBe('13905801234');
  });

  it('still reads v1 values, and refuses a v1 value of an unknown key', () => {
    const old = v1(k1, '330902199001011234');
    expect(createFieldCrypto(k1).decrypt(old)).toBe('330902199001011234');
    expect(createFieldCrypto(k2, { previousKeys: [k1] }).decrypt(old)).toBe('330902199001011234');
    expect(createFieldCrypto(k1).isCurrent(old)).toBe(false);
    expect(() => createFieldCrypto(k2).decrypt(old)).toThrow(/tag/);
  });

  it('reads values of a previous key by its id, writes with the new one, and names an unknown key', () => {
    const before = createFieldCrypto(k1).encrypt('x1');
    const rotated = createFieldCrypto(k2, { previousKeys: [k1] });
    expect(rotated.decrypt(before)).toBe('x1');
    expect(rotated.isCurrent(before)).toBe(false);
    expect(rotated.encrypt('x1').startsWith(`v2:${fieldKeyId(k2)}:`)).toBe(true);
    expect(rotated.blindIndex('x1')).toBe(createFieldCrypto(k2).blindIndex('x1'));
    expect(() => createFieldCrypto(k2).decrypt(before)).toThrow(new RegExp(`unknown key ${fieldKeyId(k1)}`));
  });

  it('detects tampering with a v2 body or its header', () => {
    const c = createFieldCrypto(k1, { previousKeys: [k2] });
    const v = c.encrypt('330902199001011234');
    const raw = Buffer.from(v.slice(12), 'base64');
    raw[18] = raw[18]! ^ 1;
    expect(() => c.decrypt(`${v.slice(0, 12)}${raw.toString('base64')}`)).toThrow(/tag/);
    // The same body relabelled as written by the other key fails too (the tag covers the header).
    expect(() => c.decrypt(`v2:${fieldKeyId(k2)}:${v.slice(12)}`)).toThrow(/tag/);
    expect(() => c.decrypt('v9:abc')).toThrow(/version/);
  });

  it('keeps a registry of encrypted columns by SQL name, idempotent, refusing a conflicting re-registration', () => {
    const a = registerEncryptedColumn({ table: 'test_thing', idColumn: 'id', encColumn: 'secret_enc', bidxColumn: 'secret_bidx' });
    expect(registerEncryptedColumn({ table: 'test_thing', idColumn: 'id', encColumn: 'secret_enc', bidxColumn: 'secret_bidx' })).toBe(a);
    expect(encryptedColumns()).toContainEqual({ table: 'test_thing', idColumn: 'id', encColumn: 'secret_enc', bidxColumn: 'secret_bidx' });
    expect(() => registerEncryptedColumn({ table: 'test_thing', idColumn: 'id', encColumn: 'secret_enc' })).toThrow(/twice/);
    expect(() => registerEncryptedColumn({ table: 'x; drop table y', idColumn: 'id', encColumn: 'a_enc' })).toThrow(/bad table/);
  });
});
