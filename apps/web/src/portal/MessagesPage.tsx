import { useInfiniteQuery } from '@tanstack/react-query';
import { Badge, Dialog, ErrorBlock, InfiniteScroll, List, PullToRefresh, Tabs, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { get, post, type Page } from '../shared/api';
import { TabTitle } from './Frame';
import { NOTIFY, PK, shortTime, toastError, useCounts, useRefreshPortal, type Notification } from './data';

/** A notification's console link as a portal page, when the portal has one. */
function portalLink(link: string | null): string | null {
  if (!link) return null;
  const url = new URL(link, window.location.origin);
  const instanceId = url.searchParams.get('instanceId');
  if (url.pathname.startsWith('/workflow/tasks')) return instanceId ? `/m/tasks/${instanceId}` : '/m/tasks';
  if (url.pathname.startsWith('/workflow/requests')) return '/m/requests';
  return null;
}

/** 消息通知: the inbox (all or unread), a tap reads a message and marks it read; 全部已读. */
export default function MessagesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [sp, setSp] = useSearchParams();
  const unread = sp.get('filter') === 'unread';
  const counts = useCounts();
  const refresh = useRefreshPortal();
  const q = useInfiniteQuery({
    queryKey: [PK, 'messages', unread],
    queryFn: ({ pageParam }) => get<Page<Notification>>(NOTIFY, { page: pageParam, pageSize: 20, unread: unread ? 'true' : undefined }),
    initialPageParam: 1,
    getNextPageParam: (last, all) => (all.reduce((n, p) => n + p.items.length, 0) < last.total ? all.length + 1 : undefined),
  });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];

  const open = async (m: Notification) => {
    if (!m.read) {
      try {
        await post(`${NOTIFY}/${m.id}/read`);
        void refresh();
      } catch (e) {
        toastError(e);
      }
    }
    const target = portalLink(m.link);
    Dialog.show({
      title: m.title,
      content: (
        <div data-testid="portal-message-dialog">
          <div style={{ whiteSpace: 'pre-wrap' }}>{m.body}</div>
          <div className="zdm-meta">{shortTime(m.createdAt)}</div>
        </div>
      ),
      closeOnAction: true,
      closeOnMaskClick: true,
      actions: [
        ...(target ? [{ key: 'open', text: t('portal.messages.open'), onClick: () => navigate(target) }] : []),
        { key: 'close', text: t('portal.common.confirm') },
      ],
    });
  };

  const readAll = async () => {
    try {
      await post(`${NOTIFY}/read-all`);
      Toast.show({ icon: 'success', content: t('portal.messages.readAllDone') });
      await refresh();
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <div data-testid="portal-messages">
      <TabTitle
        title={t('portal.messages.title')}
        right={counts.messages > 0 ? <a onClick={() => void readAll()} data-testid="portal-read-all" style={{ fontSize: 14 }}>{t('portal.messages.readAll')}</a> : null}
      />
      <Tabs activeKey={unread ? 'unread' : 'all'} onChange={(k) => setSp(k === 'unread' ? { filter: 'unread' } : {}, { replace: true })} style={{ background: '#fff' }}>
        <Tabs.Tab key="all" title={t('portal.messages.all')} />
        <Tabs.Tab key="unread" title={<Badge content={counts.messages || null} style={{ '--right': '-12px' }}><span data-testid="portal-messages-tab-unread">{t('portal.messages.unread')}</span></Badge>} />
      </Tabs>
      <PullToRefresh onRefresh={refresh}>
        {q.isSuccess && items.length === 0 ? (
          <ErrorBlock className="zdm-empty" status="empty" title={unread ? t('portal.messages.emptyUnread') : t('portal.messages.empty')} description="" data-testid="portal-messages-empty" />
        ) : (
          <List data-testid="portal-message-list" style={{ marginTop: 8 }}>
            {items.map((m) => (
              <List.Item
                key={m.id}
                className={m.read ? undefined : 'zdm-msg-unread'}
                prefix={<Badge content={m.read ? null : Badge.dot}><span style={{ display: 'inline-block', width: 8 }} /></Badge>}
                description={<span style={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>{m.body}</span>}
                extra={<span style={{ fontSize: 12 }}>{shortTime(m.createdAt)}</span>}
                onClick={() => void open(m)}
                data-testid={`portal-message-${m.read ? 'read' : 'unread'}`}
              >
                {m.title}
              </List.Item>
            ))}
          </List>
        )}
        {items.length > 0 && <InfiniteScroll loadMore={async () => void (await q.fetchNextPage())} hasMore={!!q.hasNextPage} />}
      </PullToRefresh>
    </div>
  );
}
