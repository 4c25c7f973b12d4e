import { z } from 'zod';

export const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
  fields: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  ref: z.record(z.string(), z.unknown()).optional(),
}).meta({ id: 'Error' });

export const idParams = z.object({ id: z.uuid() });
export const okBody = z.object({ ok: z.boolean() });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
