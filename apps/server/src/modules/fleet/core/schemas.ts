import { z } from 'zod';
import { isoDate } from '../../../platform/http/schemas.js';

/** A real calendar date 'YYYY-MM-DD' (not just the shape: 2025-02-30 is refused with 400, never reaches SQL). */
export const day = isoDate.refine((d) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d && d >= '1900-01-01' && d <= '2199-12-31';
}, '日期无效');

/** Kilometres and other counters that go into int4 columns. */
export const km = z.number().int().min(0).max(2_000_000_000);
