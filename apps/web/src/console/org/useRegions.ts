import { useQuery } from '@tanstack/react-query';
import { useCan } from '../../app/auth';
import { get, type Page } from '../../shared/api';
import type { Region } from './types';

export interface RegionNode extends Region {
  children?: RegionNode[];
}

export function toTree(items: Region[]): RegionNode[] {
  const byId = new Map<string, RegionNode>(items.map((r) => [r.id, { ...r }]));
  const roots: RegionNode[] = [];
  for (const r of [...byId.values()].sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code))) {
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    if (parent) (parent.children ??= []).push(r);
    else roots.push(r);
  }
  return roots;
}

/** All regions (a small table), flat and as a tree. */
export function useRegions() {
  const allowed = useCan()('org:region:read');
  const q = useQuery({ queryKey: ['/api/v1/org/regions'], queryFn: () => get<Page<Region>>('/api/v1/org/regions'), staleTime: 60_000, enabled: allowed });
  const items = q.data?.items ?? [];
  return { items, tree: toTree(items), loading: q.isFetching, error: q.error };
}

/** Tree data for antd TreeSelect. */
export function regionTreeData(nodes: RegionNode[]): { value: string; title: string; children?: ReturnType<typeof regionTreeData> }[] {
  return nodes.map((n) => ({ value: n.id, title: n.name, children: n.children ? regionTreeData(n.children) : undefined }));
}
