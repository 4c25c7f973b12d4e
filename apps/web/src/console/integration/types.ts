import type { components } from '@zd/api-types';
import { api, typedQuery, unwrap, type Query } from '../../shared/api';

export type ApiToken = components['schemas']['ApiToken'];
export type Device = components['schemas']['Device'];
export type DeviceKind = Device['kind'];
export const DEVICE_KINDS: DeviceKind[] = ['gate', 'meter', 'reader'];

/** Not in the generated types: the routes exist only when the server has OIDC configured. */
export interface OidcLink {
  id: string;
  issuer: string;
  subject: string;
  accountId: string;
  username: string | null;
  createdAt: string;
  lastLoginAt: string | null;
}

export const listApiTokens = (q: Query) => unwrap(api.GET('/api/v1/admin/api-tokens', { params: { query: typedQuery<'/api/v1/admin/api-tokens'>(q) } }));
export const listDevices = (q: Query) => unwrap(api.GET('/api/v1/admin/devices', { params: { query: typedQuery<'/api/v1/admin/devices'>(q) } }));
