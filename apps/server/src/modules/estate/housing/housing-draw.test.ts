import { describe, expect, it } from 'vitest';
import { rngOf, runDraw, shuffle, uniform, xoshiro128ss, type DrawInputs } from './housing-draw.js';

const seq = (xs: number[]) => () => xs.shift()!;
const id = (i: number) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;

function fixture(publicRandom: string, method: 'score' | 'lottery' = 'lottery', scores?: (i: number) => number): DrawInputs {
  return {
    roundId: id(999), noticeEnd: '2026-04-16', publicRandom, method, quota: 20,
    applicants: Array.from({ length: 50 }, (_, i) => ({ applicationId: id(i), score: scores ? scores(i) : 60 })),
    flats: Array.from({ length: 30 }, (_, i) => ({ flatId: id(1000 + i), label: `F${i}` })),
  };
}

describe('xoshiro128** and sampling (pure)', () => {
  it('matches hand-computed outputs from state [1, 2, 3, 4]', () => {
    // out1 = rotl(2×5, 7)×9 = 1280×9 = 11520; state → [7, 0, 1026, 12288]
    // out2 = rotl(0×5, 7)×9 = 0; state → [12295, 1029, 1029, 25165824]
    // out3 = rotl(1029×5, 7)×9 = 658560×9 = 5927040
    const next = xoshiro128ss([1, 2, 3, 4]);
    expect([next(), next(), next()]).toEqual([11520, 0, 5927040]);
  });

  it('seeds from SHA-256 words: sha256("abc") = ba7816bf 8f01cfea …', () => {
    // s1 = 0x8f01cfea; ×5 mod 2^32 = 0xCB090F92; rotl 7 = 0x8487C965; ×9 mod 2^32 = 0xA8C6148D = 2831553677
    expect(rngOf('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')()).toBe(2831553677);
  });

  it('rejects the biased tail when drawing in [0, n)', () => {
    // n = 3: limit = floor(2^32 / 3)×3 = 4294967295, so 0xFFFFFFFF is rejected; 5 mod 3 = 2
    expect(uniform(seq([0xffffffff, 5]), 3)).toBe(2);
  });

  it('Fisher–Yates from the last position down', () => {
    // i=2: j = 0 → [c, b, a]; i=1: j = 0 → [b, c, a]
    expect(shuffle(seq([0, 0]), ['a', 'b', 'c'])).toEqual(['b', 'c', 'a']);
  });
});

describe('the recorded draw (pure)', () => {
  it('re-running with the recorded inputs gives the same allocation; another seed gives another one', () => {
    const a = runDraw(fixture('2026-04-17 公证随机数 417'));
    const again = runDraw(fixture('2026-04-17 公证随机数 417'));
    expect(again.result).toEqual(a.result);
    expect(again.resultHash).toBe(a.resultHash);
    expect(a.seedMaterial).toBe(`${id(999)}|2026-04-16|2026-04-17 公证随机数 417`);
    const b = runDraw(fixture('2026-04-17 公证随机数 418'));
    expect(b.seedHex).not.toBe(a.seedHex);
    expect(b.result.map((e) => [e.applicationId, e.flatId])).not.toEqual(a.result.map((e) => [e.applicationId, e.flatId]));
  });

  it('does not depend on the order the inputs are listed in', () => {
    const f = fixture('x');
    const a = runDraw(f);
    const b = runDraw({ ...f, applicants: [...f.applicants].reverse(), flats: [...f.flats].reverse() });
    expect(b.result).toEqual(a.result);
  });

  it('allocates quota flats to the first ranks; the rest wait', () => {
    const r = runDraw(fixture('x')).result;
    expect(r).toHaveLength(50);
    expect(r.slice(0, 20).every((e) => e.flatId)).toBe(true);
    expect(r.slice(20).every((e) => e.flatId === null)).toBe(true);
    expect(new Set(r.slice(0, 20).map((e) => e.flatId)).size).toBe(20);
  });

  it('by score: higher scores first whatever the seed; ties follow the draw', () => {
    // scores 70 for i < 10, 60 for the rest: the ten 70s take ranks 1–10 under any seed
    const scores = (i: number) => (i < 10 ? 70 : 60);
    for (const seed of ['s1', 's2', 's3']) {
      const r = runDraw(fixture(seed, 'score', scores)).result;
      expect(r.slice(0, 10).every((e) => e.score === 70)).toBe(true);
      expect(r.slice(10).every((e) => e.score === 60)).toBe(true);
    }
    const t1 = runDraw(fixture('s1', 'score', scores)).result.slice(0, 10).map((e) => e.applicationId);
    const t2 = runDraw(fixture('s2', 'score', scores)).result.slice(0, 10).map((e) => e.applicationId);
    expect(t1).not.toEqual(t2);
  });
});
