import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Toast } from 'antd-mobile';
import i18n from 'i18next';
import { ApiError, get, type Page } from '../shared/api';
import { errorText } from '../shared/notify';
import type { InstanceDetail, Task, WfRequest } from '../console/workflow/types';

export type { InstanceDetail, Task, WfRequest };
export const WF = '/api/v1/workflow';
export const NOTIFY = '/api/v1/notifications';

export interface Notification { id: string; title: string; body: string; link: string | null; read: boolean; readAt: string | null; createdAt: string }

/** Every query of the portal starts with this key, so one invalidation refreshes the badges and lists. */
export const PK = 'portal';

/** Badge counters: refreshed every minute and after every action. */
export function useCounts() {
  const tasks = useQuery({ queryKey: [PK, 'count', 'tasks'], queryFn: () => get<{ open: number }>(`${WF}/tasks/count`), refetchInterval: 60_000 });
  const messages = useQuery({ queryKey: [PK, 'count', 'messages'], queryFn: () => get<{ count: number }>(`${NOTIFY}/unread-count`), refetchInterval: 60_000 });
  return { tasks: tasks.data?.open ?? 0, messages: messages.data?.count ?? 0 };
}

export const useRefreshPortal = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: [PK] });
};

export const taskPage = (status: 'open' | 'done', page: number) =>
  get<Page<Task>>(`${WF}/tasks`, { status, page, pageSize: 20 });

export const isEn = () => (i18n.resolvedLanguage ?? i18n.language).startsWith('en');

/** A failure as a toast, in the current language. */
export function toastError(e: unknown): void {
  const content = e instanceof ApiError ? errorText(e.body) : e instanceof Error ? e.message : String(e);
  Toast.show({ icon: 'fail', content, duration: 2500 });
}

/** A date-time for a phone: today → 14:05; this year → 11-28 14:05; else 2025-11-28. Asia/Shanghai. */
export function shortTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const part = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', hour12: false, ...o }).format(d);
  const day = part({ year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const time = part({ hour: '2-digit', minute: '2-digit' });
  if (day === today) return time;
  if (day.slice(0, 4) === today.slice(0, 4)) return `${day.slice(5)} ${time}`;
  return day;
}
