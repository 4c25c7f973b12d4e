import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Field-level encryption of personal data (ID numbers, mobiles): SM4-CTR with an HMAC-SM3 tag
 * (encrypt-then-MAC), and an HMAC-SM3 blind index for exact search.
 *
 * Stored as `v2:<keyId>:<base64 iv‖ciphertext‖tag>`, where keyId is the first 8 hex digits of
 * SM3(key) and the tag also covers the `v2:<keyId>:` header. Values written before key ids
 * existed (`v1:<base64 iv‖ciphertext‖tag>`) are still read: the tag tells which key made them.
 */
export interface FieldCrypto {
  /** Id of the current key: new values are written with it, blind indexes are computed with it. */
  readonly keyId: string;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  blindIndex(plain: string): string;
  /** Whether a stored value is already written with the current key (key rotation skips it). */
  isCurrent(stored: string): boolean;
}

export interface FieldCryptoOptions {
  /** Older keys that may still have written some values: decrypt only, never encrypt. */
  previousKeys?: readonly Buffer[];
}

const IV = 16;
const TAG = 16;

/** First 8 hex digits of SM3(key): names a key in stored values without revealing it. */
export function fieldKeyId(key: Buffer): string {
  return createHash('sm3').update(key).digest('hex').slice(0, 8);
}

interface KeyMaterial {
  id: string;
  encKey: Buffer;
  macKey: Buffer;
  idxKey: Buffer;
}

function material(key: Buffer): KeyMaterial {
  if (key.length !== 32) throw new Error('field key must be 32 bytes');
  const derive = (label: string) => createHmac('sm3', key).update(label).digest();
  return { id: fieldKeyId(key), encKey: derive('zd/field/enc').subarray(0, 16), macKey: derive('zd/field/mac'), idxKey: derive('zd/field/bidx') };
}

const tagOf = (k: KeyMaterial, header: string, body: Buffer) =>
  createHmac('sm3', k.macKey).update(header).update(body).digest().subarray(0, TAG);

/** iv‖ciphertext of a verified value, or null when the tag does not match this key. */
function open(k: KeyMaterial, header: string, raw: Buffer): string | null {
  if (raw.length < IV + TAG) return null;
  const body = raw.subarray(0, raw.length - TAG);
  if (!timingSafeEqual(raw.subarray(raw.length - TAG), tagOf(k, header, body))) return null;
  const d = createDecipheriv('sm4-ctr', k.encKey, body.subarray(0, IV));
  return Buffer.concat([d.update(body.subarray(IV)), d.final()]).toString('utf8');
}

export function createFieldCrypto(key: Buffer, opts: FieldCryptoOptions = {}): FieldCrypto {
  const current = material(key);
  const ring = new Map<string, KeyMaterial>([[current.id, current]]);
  for (const k of opts.previousKeys ?? []) {
    const m = material(k);
    if (!ring.has(m.id)) ring.set(m.id, m);
  }
  const prefix = `v2:${current.id}:`;
  return {
    keyId: current.id,
    encrypt(plain) {
      const iv = randomBytes(IV);
      const c = createCipheriv('sm4-ctr', current.encKey, iv);
      const body = Buffer.concat([iv, c.update(plain, 'utf8'), c.final()]);
      return `${prefix}${Buffer.concat([body, tagOf(current, prefix, body)]).toString('base64')}`;
    },
    decrypt(stored) {
      if (stored.startsWith('v2:')) {
        const id = stored.slice(3, 11);
        const k = ring.get(id);
        if (!k || stored[11] !== ':') throw new Error(`field cipher written with an unknown key ${id}`);
        const plain = open(k, stored.slice(0, 12), Buffer.from(stored.slice(12), 'base64'));
        if (plain === null) throw new Error('field cipher tag mismatch');
        return plain;
      }
      if (stored.startsWith('v1:')) {
        // why: v1 values carry no key id; the tag is checked against each known key, current first.
        const raw = Buffer.from(stored.slice(3), 'base64');
        for (const k of ring.values()) {
          const plain = open(k, '', raw);
          if (plain !== null) return plain;
        }
        throw new Error('field cipher tag mismatch');
      }
      throw new Error('unknown field cipher version');
    },
    blindIndex(plain) {
      return createHmac('sm3', current.idxKey).update(plain.trim().toUpperCase()).digest('hex');
    },
    isCurrent(stored) {
      return stored.startsWith(prefix);
    },
  };
}

/** A base64 key of exactly 32 bytes, else an error naming where it came from. */
export function parseFieldKey(base64: string, source: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${source}: the field key must be 32 bytes in base64 (got ${key.length})`);
  return key;
}

/** The key file of an embedded data folder. */
export const fieldKeyFile = (dataDir: string): string => path.join(dataDir, 'field.key');

/** The key from configuration, else (development) a key file in the data folder, else (memory) a random key. */
export function resolveFieldKey(configured: string | undefined, dataDir: string | undefined): Buffer {
  if (configured) return Buffer.from(configured, 'base64');
  if (!dataDir) return randomBytes(32);
  const file = fieldKeyFile(dataDir);
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
