import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Field-level encryption of personal data (ID numbers, mobiles): SM4-CTR with an HMAC-SM3 tag
 * (encrypt-then-MAC), and an HMAC-SM3 blind index for exact search. Stored as
 * `v1:<base64 iv‖ciphertext‖tag>`.
 */
export interface FieldCrypto {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  blindIndex(plain: string): string;
}

export function createFieldCrypto(key: Buffer): FieldCrypto {
  if (key.length !== 32) throw new Error('field key must be 32 bytes');
  const derive = (label: string) => createHmac('sm3', key).update(label).digest();
  const encKey = derive('zd/field/enc').subarray(0, 16);
  const macKey = derive('zd/field/mac');
  const idxKey = derive('zd/field/bidx');
  const tagOf = (data: Buffer) => createHmac('sm3', macKey).update(data).digest().subarray(0, 16);
  return {
    encrypt(plain) {
      const iv = randomBytes(16);
      const c = createCipheriv('sm4-ctr', encKey, iv);
      const body = Buffer.concat([iv, c.update(plain, 'utf8'), c.final()]);
      return `v1:${Buffer.concat([body, tagOf(body)]).toString('base64')}`;
    },
    decrypt(stored) {
      if (!stored.startsWith('v1:')) throw new Error('unknown field cipher version');
      const raw = Buffer.from(stored.slice(3), 'base64');
      const body = raw.subarray(0, raw.length - 16);
      const tag = raw.subarray(raw.length - 16);
      if (body.length < 16 || !timingSafeEqual(tag, tagOf(body))) throw new Error('field cipher tag mismatch');
      const d = createDecipheriv('sm4-ctr', encKey, body.subarray(0, 16));
      return Buffer.concat([d.update(body.subarray(16)), d.final()]).toString('utf8');
    },
    blindIndex(plain) {
      return createHmac('sm3', idxKey).update(plain.trim().toUpperCase()).digest('hex');
    },
  };
}

/** The key from configuration, else (development) a key file in the data folder, else (memory) a random key. */
export function resolveFieldKey(configured: string | undefined, dataDir: string | undefined): Buffer {
  if (configured) return Buffer.from(configured, 'base64');
  if (!dataDir) return randomBytes(32);
  const file = path.join(dataDir, 'field.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  const key = randomBytes(32);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
}

/** Keeps the first 3 and the last 4 characters: 330***********1234, 138****5678. */
export function maskMiddle(v: string): string {
  return v.length <= 7 ? '*'.repeat(v.length) : `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`;
}
