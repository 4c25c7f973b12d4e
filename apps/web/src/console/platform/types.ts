import type { components } from '@zd/api-types';
import type { Query } from '../../shared/api';
import { api, typedQuery, unwrap } from '../../shared/api';

type S = components['schemas'];
export type Job = S['Job'];
export type JobRun = S['JobRun'];
export type Notification = S['Notification'];
export type NotifyPreference = S['NotifyPreference'];
export type OutboxItem = S['NotifyOutboxItem'];
export type PlatformEvent = S['PlatformEvent'];
export type Webhook = S['Webhook'];
export type WebhookWithSecret = S['WebhookWithSecret'];
export type DictType = S['DictType'];
export type DictItem = S['DictItem'];

/** Typed list fetchers of the platform engines (for useList). */
export const listJobs = (q: Query = {}) => unwrap(api.GET('/api/v1/jobs', { params: { query: typedQuery<'/api/v1/jobs'>(q) } }));
export const listNotifications = (q: Query = {}) =>
  unwrap(api.GET('/api/v1/notifications', { params: { query: typedQuery<'/api/v1/notifications'>(q) } }));
export const listOutbox = (q: Query = {}) =>
  unwrap(api.GET('/api/v1/notifications/outbox', { params: { query: typedQuery<'/api/v1/notifications/outbox'>(q) } }));
export const listEvents = (q: Query = {}) => unwrap(api.GET('/api/v1/events', { params: { query: typedQuery<'/api/v1/events'>(q) } }));
export const listWebhooks = (q: Query = {}) => unwrap(api.GET('/api/v1/webhooks', { params: { query: typedQuery<'/api/v1/webhooks'>(q) } }));

/** Query keys starting with this prefix belong to the inbox (list, unread count, recent). */
export const NOTIFICATIONS = '/api/v1/notifications';
export const isNotificationsKey = (key: readonly unknown[]) => typeof key[0] === 'string' && key[0].startsWith(NOTIFICATIONS) && !key[0].includes('/outbox');
