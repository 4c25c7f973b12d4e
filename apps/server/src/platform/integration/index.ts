/** Integrations: OIDC sign-in, API tokens of integration clients, signed device credentials. See README.md. */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { registerEncryptedColumn } from '../crypto/encrypted-columns.js';
import type { FieldCrypto } from '../crypto/field-crypto.js';
import type { Db } from '../db/types.js';
import type { PermissionRegistry } from '../rbac/permissions.js';
import { apiTokenRoutes } from './api-tokens.routes.js';
import { createApiTokenService } from './api-tokens.service.js';
import { deviceAdminRoutes, deviceIngestRoutes } from './devices.routes.js';
import { createDeviceService } from './devices.service.js';
import { createDeviceVerifier } from './devices.verify.js';
import { devices } from './integration.table.js';
import { oidcAuthRoutes, oidcLinkRoutes } from './oidc.routes.js';
import { createOidcService, type OidcOptions } from './oidc.service.js';
import { z } from 'zod';

export { registerIntegrationPermissions, integrationPermissions } from './integration.permissions.js';
export { resolveApiToken, parseApiToken } from './api-tokens.service.js';
export { captureBodyHash, deviceSigningString, signDeviceRequest, DEVICE_SKEW_SECONDS, type VerifiedDevice } from './devices.verify.js';
export { openSession } from './integration.session.js';
export { OIDC_STATE_COOKIE } from './oidc.routes.js';
export type { OidcOptions } from './oidc.service.js';

export interface IntegrationDeps {
  db: Db;
  registry: PermissionRegistry;
  /** Encrypts device secrets at rest (the field key). */
  crypto: FieldCrypto;
  /** OIDC sign-in; without it the /auth/oidc routes are not registered (the link admin routes are). */
  oidc?: OidcOptions | undefined;
  secureCookies: boolean;
  log?: FastifyBaseLogger;
  /** Clock of the device verifier (tests). */
  now?: () => number;
}

export function createIntegration(deps: IntegrationDeps) {
  // why: key rotation re-encrypts every registered column; device secrets are field-encrypted.
  registerEncryptedColumn({ table: devices, idColumn: devices.id, encColumn: devices.secretEnc });
  const tokens = createApiTokenService(deps.db, deps.registry);
  const deviceSvc = createDeviceService(deps.db, deps.crypto);
  const verifier = createDeviceVerifier(deps.db, deps.crypto, deps.now);
  const oidc = deps.oidc ? createOidcService(deps.db, deps.oidc) : null;
  const api = {
    /** `Authorization: Bearer zd_…` → the token's AuthContext, or null. */
    resolveApiToken: tokens.resolve,
    apiTokens: tokens,
    devices: deviceSvc,
    /** preHandler of device-ingest routes; prefer spreading `deviceRoute` (it also hashes the raw body). */
    verifyDevice: verifier.verifyDevice,
    /** `app.post('/readings', { ...integration.api.deviceRoute, schema }, handler)`. */
    deviceRoute: verifier.deviceRoute,
    purgeDeviceNonces: verifier.purgeNonces,
    oidc,
  };
  return {
    api,
    async registerRoutes(app: FastifyInstance) {
      await app.register(async (r) => {
        r.get('/methods', {
          config: { public: true },
          schema: { tags: ['auth'], summary: '登录方式 Sign-in methods', response: { 200: z.object({ password: z.boolean(), oidc: z.boolean(), oidcStartUrl: z.string().nullable() }) } },
        }, async () => ({ password: true, oidc: !!oidc, oidcStartUrl: oidc ? '/api/v1/auth/oidc/start' : null }));
      }, { prefix: '/api/v1/auth' });
      if (oidc) {
        await app.register(oidcAuthRoutes({ oidc, secureCookies: deps.secureCookies, log: deps.log }), { prefix: '/api/v1/auth/oidc' });
        await app.register(oidcLinkRoutes(oidc), { prefix: '/api/v1/admin/oidc-links' });
      }
      await app.register(apiTokenRoutes(tokens), { prefix: '/api/v1/admin/api-tokens' });
      await app.register(deviceAdminRoutes(deviceSvc), { prefix: '/api/v1/admin/devices' });
      await app.register(deviceIngestRoutes(deviceSvc, verifier), { prefix: '/api/v1/devices' });
    },
  };
}

export type Integration = ReturnType<typeof createIntegration>;
export type IntegrationApi = Integration['api'];
