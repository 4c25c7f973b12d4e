/**
 * The recorded, reproducible draw (摇号/排序) of a housing round. Pure: anyone holding the
 * published inputs can re-run it and must get the same result.
 *
 * Algorithm `zd-housing-draw/v1`:
 * 1. seed material = `${roundId}|${noticeEnd}|${publicRandom}` (publicRandom: a value announced
 *    in advance, e.g. a lottery draw number, entered at the draw); seed = SHA-256 of it (hex).
 * 2. PRNG = xoshiro128** (Blackman & Vigna), state = the first 16 bytes of the seed as four
 *    big-endian uint32 words. Integers in [0, n) by rejection sampling (no modulo bias).
 * 3. Applicants in canonical order (by application id) are shuffled by Fisher–Yates
 *    (i from n−1 down to 1, j = uniform(0..i)). Method `lottery`: that order is the ranking;
 *    method `score`: a stable sort by score descending, so ties keep the shuffled order.
 * 4. Flats in canonical order (by flat id, code-point order) are shuffled the same way
 *    with the continuing stream; rank k (k ≤ quota, k ≤ flats) gets flat k; the rest wait.
 */
import { createHash } from 'node:crypto';

export const DRAW_ALGORITHM = 'zd-housing-draw/v1: sha256-seed, xoshiro128**, fisher-yates, rejection-sampling';

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** xoshiro128**: 128-bit state, 32-bit outputs. */
export function xoshiro128ss(state: [number, number, number, number]): () => number {
  const s = state.map((x) => x >>> 0) as [number, number, number, number];
  if (s.every((x) => x === 0)) throw new Error('xoshiro128** state must not be all zero');
  return () => {
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] = (s[2] ^ s[0]) >>> 0;
    s[3] = (s[3] ^ s[1]) >>> 0;
    s[1] = (s[1] ^ s[2]) >>> 0;
    s[0] = (s[0] ^ s[3]) >>> 0;
    s[2] = (s[2] ^ t) >>> 0;
    s[3] = rotl(s[3], 11);
    return result;
  };
}

export const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export function seedMaterialOf(roundId: string, noticeEnd: string, publicRandom: string): string {
  return `${roundId}|${noticeEnd}|${publicRandom}`;
}

/** The PRNG of a seed (64 hex digits). */
export function rngOf(seedHex: string): () => number {
  const words = [0, 1, 2, 3].map((i) => Number.parseInt(seedHex.slice(i * 8, i * 8 + 8), 16)) as [number, number, number, number];
  return xoshiro128ss(words);
}

/** Uniform integer in [0, n) by rejection sampling. */
export function uniform(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 0x100000000) throw new Error(`bad range ${n}`);
  const limit = Math.floor(0x100000000 / n) * n;
  for (;;) {
    const x = next();
    if (x < limit) return x % n;
  }
}

export function shuffle<T>(next: () => number, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = uniform(next, i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export interface DrawInputs {
  roundId: string;
  noticeEnd: string;
  publicRandom: string;
  method: 'score' | 'lottery';
  quota: number;
  /** Any order: the draw sorts them by applicationId first. */
  applicants: Array<{ applicationId: string; score: number }>;
  /** Any order: the draw sorts them by flatId first. */
  flats: Array<{ flatId: string; label: string }>;
}
export interface DrawEntry { rank: number; applicationId: string; score: number; flatId: string | null }
export interface DrawOutcome { algorithm: string; seedMaterial: string; seedHex: string; result: DrawEntry[]; resultHash: string }

export function runDraw(inputs: DrawInputs): DrawOutcome {
  const seedMaterial = seedMaterialOf(inputs.roundId, inputs.noticeEnd, inputs.publicRandom);
  const seedHex = sha256Hex(seedMaterial);
  const next = rngOf(seedHex);
  const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const applicants = [...inputs.applicants].sort(byKey((a) => a.applicationId));
  const shuffled = shuffle(next, applicants);
  // why stable: Array.prototype.sort is stable (ES2019), so equal scores keep the lottery order.
  const ranked = inputs.method === 'score' ? [...shuffled].sort((a, b) => b.score - a.score) : shuffled;
  const flats = shuffle(next, [...inputs.flats].sort(byKey((f) => f.flatId)));
  const allocated = Math.min(inputs.quota, flats.length);
  const result = ranked.map((a, i) => ({ rank: i + 1, applicationId: a.applicationId, score: a.score, flatId: i < allocated ? flats[i]!.flatId : null }));
  return { algorithm: DRAW_ALGORITHM, seedMaterial, seedHex, result, resultHash: sha256Hex(JSON.stringify(result)) };
}
