import { BellOutlined, FormOutlined, IdcardOutlined, SolutionOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

/** A counter the shell keeps fresh and shows as a badge (on the entry and on its tab). */
export type PortalBadge = 'tasks' | 'messages';

/** One tile of the portal's home grid. Modules add theirs with registerPortalEntry(). */
export interface PortalEntry {
  key: string;
  icon: ReactNode;
  /** Tile background colour. */
  color: string;
  label: { zh: string; en: string };
  /** Absolute path under /m. */
  path: string;
  /** Shown only to accounts that hold this permission; none: every signed-in account. */
  permission?: string;
  badge?: PortalBadge;
  /** Order on the grid (lower first). */
  sort: number;
}

const entries = new Map<string, PortalEntry>();

/** Adds (or replaces, by key) an entry of the home grid. */
export function registerPortalEntry(entry: PortalEntry): void {
  entries.set(entry.key, entry);
}

/** The entries an account may use, in grid order. */
export function portalEntries(can: (permission: string) => boolean): PortalEntry[] {
  return [...entries.values()].filter((e) => !e.permission || can(e.permission)).sort((a, b) => a.sort - b.sort);
}

// The platform's own entries; a module registers its entries the same way from its portal folder.
registerPortalEntry({ key: 'tasks', icon: <SolutionOutlined />, color: '#1565c0', label: { zh: '我的待办', en: 'My tasks' }, path: '/m/tasks', badge: 'tasks', sort: 10 });
registerPortalEntry({ key: 'messages', icon: <BellOutlined />, color: '#ef6c00', label: { zh: '消息通知', en: 'Messages' }, path: '/m/messages', badge: 'messages', sort: 20 });
registerPortalEntry({ key: 'requests', icon: <FormOutlined />, color: '#2e7d32', label: { zh: '事项申请', en: 'Requests' }, path: '/m/requests', sort: 30 });
registerPortalEntry({ key: 'profile', icon: <IdcardOutlined />, color: '#6a1b9a', label: { zh: '我的资料', en: 'My profile' }, path: '/m/me', sort: 40 });
