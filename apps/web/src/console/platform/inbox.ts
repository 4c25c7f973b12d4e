import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api';
import { isNotificationsKey } from './types';

/** The unread count of the inbox, refreshed every minute (the header badge). */
export function useUnreadCount() {
  return useQuery({
    queryKey: ['/api/v1/notifications/unread-count'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    refetchInterval: 60_000,
    select: (d) => d.count,
  });
}

/** 标为已读 / 全部已读; afterwards every inbox query (list, count, recent) is fetched again. */
export function useMarkRead() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ predicate: (q) => isNotificationsKey(q.queryKey) });
  const one = useMutation({ mutationFn: (id: string) => unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })), onSuccess });
  const all = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')), onSuccess });
  return { one, all };
}
