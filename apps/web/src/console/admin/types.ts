import type { components } from '@zd/api-types';

export interface RoleRef {
  code: string;
  nameZh: string;
  nameEn: string;
}
export interface LoginEvent {
  id: string;
  at: string;
  username: string;
  accountId: string | null;
  ip: string | null;
  userAgent: string | null;
  result: string;
}
export type RoleCategory = 'system' | 'security' | 'audit' | 'business';
export interface Permission {
  code: string;
  zh: string;
  en: string;
  category: RoleCategory;
}
export type ScopeKind = 'all' | 'region' | 'agency' | 'department' | 'self';

/** Shapes generated from the server's OpenAPI document. */
export type Account = components['schemas']['Account'];
export type Role = components['schemas']['Role'];
export type Grant = components['schemas']['Grant'];
export type AuditRecord = components['schemas']['AuditRecord'];
