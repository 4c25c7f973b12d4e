import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { get, queryString, type Page, type Query } from './api';

const PAGING = new Set(['page', 'pageSize', 'sort']);

export interface ListState<T> {
  path: string;
  items: T[];
  total: number;
  loading: boolean;
  error: unknown;
  page: number;
  pageSize: number;
  sort: string | undefined;
  /** Filters currently in the URL (everything except page, pageSize and sort). */
  filters: Record<string, string>;
  setFilters(values: Query): void;
  setPage(page: number, pageSize: number): void;
  setSort(sort: string | undefined): void;
  /** The same filtered list as an .xlsx download. */
  exportUrl: string;
  refetch(): void;
}

/**
 * A server-side list whose paging, sort and filters live in the URL, so that a list can be
 * bookmarked, shared and restored with the back button.
 */
export function useList<T>(
  path: string,
  opts: {
    fixed?: Query;
    enabled?: boolean;
    defaultPageSize?: number;
    /** For endpoints without paging: the filter keys the server takes; the rest (q, sort, paging) is done here. */
    clientSide?: string[];
    /** A typed fetcher for `path` (the typed client); defaults to an untyped GET of `path`. */
    fetch?(query: Query): Promise<Page<T>>;
  } = {},
): ListState<T> {
  const [sp, setSp] = useSearchParams();
  const page = Math.max(1, Number(sp.get('page') ?? 1) || 1);
  const pageSize = Math.min(200, Number(sp.get('pageSize') ?? opts.defaultPageSize ?? 20) || 20);
  const sort = sp.get('sort') ?? undefined;
  const spKey = sp.toString();
  const filters = useMemo(() => {
    const f: Record<string, string> = {};
    for (const [k, v] of new URLSearchParams(spKey)) if (!PAGING.has(k) && v !== '') f[k] = v;
    return f;
  }, [spKey]);
  const fixedKey = JSON.stringify(opts.fixed ?? {});
  const query: Query = useMemo(
    () => ({ ...(JSON.parse(fixedKey) as Query), ...filters, page, pageSize, sort }),
    [fixedKey, filters, page, pageSize, sort],
  );

  const client = opts.clientSide;
  const serverQuery: Query = useMemo(() => {
    if (!client) return query;
    const out: Query = JSON.parse(fixedKey) as Query;
    for (const k of client) if (filters[k] !== undefined) out[k] = filters[k];
    return out;
  }, [client, query, fixedKey, filters]);

  const q = useQuery({
    queryKey: [path, serverQuery],
    queryFn: () => (opts.fetch ? opts.fetch(serverQuery) : get<Page<T>>(path, serverQuery)),
    placeholderData: keepPreviousData,
    enabled: opts.enabled ?? true,
  });
  const data = useMemo(() => (client && q.data ? localPage(q.data.items, filters, client, sort, page, pageSize) : q.data), [client, q.data, filters, sort, page, pageSize]);

  const update = useCallback(
    (fn: (next: URLSearchParams) => void) => {
      setSp(
        (prev) => {
          const next = new URLSearchParams(prev);
          fn(next);
          return next;
        },
        { replace: true },
      );
    },
    [setSp],
  );

  const setFilters = useCallback(
    (values: Query) =>
      update((next) => {
        for (const k of [...next.keys()]) if (k !== 'pageSize' && k !== 'sort') next.delete(k);
        for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== '') next.set(k, String(v));
      }),
    [update],
  );
  const setPage = useCallback(
    (p: number, ps: number) =>
      update((next) => {
        next.set('page', String(ps !== pageSize ? 1 : p));
        next.set('pageSize', String(ps));
      }),
    [update, pageSize],
  );
  const setSort = useCallback(
    (s: string | undefined) =>
      update((next) => {
        if (s) next.set('sort', s);
        else next.delete('sort');
        next.delete('page');
      }),
    [update],
  );

  const { page: _p, pageSize: _ps, ...exportQuery } = query;
  void _p;
  void _ps;
  return {
    path,
    items: data?.items ?? [],
    total: data?.total ?? 0,
    loading: q.isFetching,
    error: q.error,
    page,
    pageSize,
    sort,
    filters,
    setFilters,
    setPage,
    setSort,
    exportUrl: path + queryString({ ...exportQuery, format: 'xlsx' }),
    refetch: () => void q.refetch(),
  };
}

/** Filter, sort and page a complete list in the browser (for small lists the server returns whole). */
function localPage<T>(all: T[], filters: Record<string, string>, serverKeys: string[], sort: string | undefined, page: number, pageSize: number): Page<T> {
  let items = all.filter((item) =>
    Object.entries(filters).every(([k, v]) => {
      if (serverKeys.includes(k)) return true;
      const rec = item as Record<string, unknown>;
      if (k === 'q') return Object.values(rec).some((x) => typeof x === 'string' && x.toLowerCase().includes(v.toLowerCase()));
      return String(rec[k] ?? '') === v;
    }),
  );
  const [field, dir] = (sort ?? '').split(':');
  if (field) {
    const sign = dir === 'desc' ? -1 : 1;
    const val = (x: T) => (x as Record<string, unknown>)[field];
    items = [...items].sort((a, b) => {
      const x = val(a);
      const y = val(b);
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
      return String(x ?? '').localeCompare(String(y ?? ''), 'zh-CN') * sign;
    });
  }
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length };
}
