import { z } from 'zod';
import { listQuery } from '../http/paging.js';

export const oidcLink = z.object({
  id: z.string(), issuer: z.string(), subject: z.string(), accountId: z.string(), username: z.string().nullable(),
  createdAt: z.string(), lastLoginAt: z.string().nullable(),
}).meta({ id: 'OidcLink' });

export const oidcLinkInput = z.strictObject({
  accountId: z.uuid(),
  subject: z.string().trim().min(1).max(255),
  /** Defaults to the configured issuer. */
  issuer: z.url().max(500).optional(),
});

const permissionCode = z.string().regex(/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/, '权限编码格式应为“模块:资源:动作”');

export const apiToken = z.object({
  id: z.string(), name: z.string(), accountId: z.string(), username: z.string().nullable(), permissions: z.array(z.string()),
  expiresAt: z.string(), revokedAt: z.string().nullable(), lastUsedAt: z.string().nullable(), createdAt: z.string(),
  status: z.enum(['active', 'expired', 'revoked']),
}).meta({ id: 'ApiToken' });
export const apiTokenWithSecret = apiToken.extend({ token: z.string() }).meta({ id: 'ApiTokenWithSecret' });

export const apiTokenInput = z.strictObject({
  name: z.string().trim().min(1).max(64),
  /** The integration's service account; the token acts as it. */
  accountId: z.uuid(),
  permissions: z.array(permissionCode).min(1).max(100),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type ApiTokenInput = z.infer<typeof apiTokenInput>;

export const apiTokenListQuery = z.strictObject({
  ...listQuery,
  accountId: z.uuid().optional(),
  status: z.enum(['active', 'expired', 'revoked']).optional(),
});

export const deviceKind = z.enum(['gate', 'meter', 'reader']);
export const device = z.object({
  id: z.string(), kind: deviceKind, name: z.string(), location: z.string().nullable(), active: z.boolean(),
  lastSeenAt: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(),
}).meta({ id: 'Device' });
export const deviceWithSecret = device.extend({ secret: z.string() }).meta({ id: 'DeviceWithSecret' });

export const deviceInput = z.strictObject({
  kind: deviceKind,
  name: z.string().trim().min(1).max(64),
  location: z.string().trim().max(200).nullable().default(null),
  active: z.boolean().default(true),
});
export type DeviceInput = z.infer<typeof deviceInput>;
export const devicePatch = z.strictObject({
  name: z.string().trim().min(1).max(64).optional(),
  location: z.string().trim().max(200).nullable().optional(),
  active: z.boolean().optional(),
});
export type DevicePatch = z.infer<typeof devicePatch>;

export const deviceListQuery = z.strictObject({ ...listQuery, kind: deviceKind.optional(), active: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });
