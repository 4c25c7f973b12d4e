import { z } from 'zod';
import { personInput } from '../../platform/org/org.schemas.js';

export const onboardPersonInput = z.strictObject({
  person: personInput,
  account: z.strictObject({
    username: z.string().trim().min(3).max(32).regex(/^[A-Za-z0-9_.-]+$/, '用户名只能包含字母、数字、点、下划线和短横线'),
    /** Defaults to the person's name. */
    displayName: z.string().trim().min(1).max(32).optional(),
    initialPassword: z.string().min(1).max(128),
  }),
}).meta({ id: 'OnboardPersonInput' });

export const onboardPersonResult = z.object({
  runId: z.string(), personId: z.string(), accountId: z.string(), grantId: z.string(), eventId: z.string(), replayed: z.boolean(),
}).meta({ id: 'OnboardPersonResult' });

export const idempotencyHeaders = z.object({
  'idempotency-key': z.string().regex(/^[\x21-\x7e]{1,200}$/, '幂等键应为 1–200 个可见 ASCII 字符'),
});

export type OnboardPersonInput = z.infer<typeof onboardPersonInput>;
