import { createHash, createHmac } from 'node:crypto';

/** SM3 (GB/T 32905) digest as lowercase hex. */
export const sm3Hex = (data: string | Buffer): string => createHash('sm3').update(data).digest('hex');
export const hmacSm3 = (key: Buffer, data: string): string => createHmac('sm3', key).update(data).digest('hex');
export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** JSON with object keys sorted at every depth, so that jsonb's reordering does not change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
