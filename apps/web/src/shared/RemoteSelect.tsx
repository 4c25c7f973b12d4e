import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { get, type Page, type Query } from './api';

export interface RemoteSelectProps<T> {
  /** A list endpoint answering `{ items, total }` and taking `q`. */
  path: string;
  query?: Query;
  valueKey?(item: T): string;
  labelOf(item: T): string;
  value?: string | null;
  onChange?(value: string | undefined, item?: T): void;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  /** Label of the current value when it is not in the loaded page (e.g. editing). */
  initialLabel?: string;
  testid?: string;
  style?: React.CSSProperties;
  /** Load `${path}/${value}` to label a value that is not among the first results. */
  fetchById?: boolean;
  /** Typed fetchers for the list and for one item; default to untyped GETs of `path`. */
  fetch?(query: Query): Promise<Page<T>>;
  fetchOne?(id: string): Promise<T>;
}

/** A searchable select over a server list (agencies, departments, accounts…). */
export function RemoteSelect<T extends { id: string }>(props: RemoteSelectProps<T>) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  // why lazy: a form in a closed drawer must not query lists the account may not read.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const h = setTimeout(() => setQ(text), 300);
    return () => clearTimeout(h);
  }, [text]);
  const query = { ...props.query, q: q || undefined };
  const r = useQuery({
    queryKey: [props.path, 'select', query],
    queryFn: () => (props.fetch ? props.fetch(query) : get<Page<T>>(props.path, query)),
    enabled: !props.disabled && (opened || (!!props.value && !props.initialLabel && !props.fetchById)),
    staleTime: 30_000,
  });
  const valueKey = props.valueKey ?? ((i: T) => i.id);
  const items = r.data?.items ?? [];
  const options = items.map((i) => ({ value: valueKey(i), label: props.labelOf(i) }));
  const missing = !!props.value && !options.some((o) => o.value === props.value);
  const one = useQuery({
    queryKey: [props.path, 'one', props.value],
    queryFn: () => (props.fetchOne ? props.fetchOne(props.value!) : get<T>(`${props.path}/${props.value}`)),
    enabled: !!props.value && missing && !!props.fetchById && !props.initialLabel && !r.isFetching,
    staleTime: 60_000,
  });
  if (missing && props.value) {
    const label = props.initialLabel ?? (one.data ? props.labelOf(one.data) : undefined);
    if (label) options.unshift({ value: props.value, label });
  }
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear={props.allowClear ?? true}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange?.(v, items.find((i) => valueKey(i) === v))}
      options={options}
      loading={r.isFetching}
      onOpenChange={(o) => o && setOpened(true)}
      placeholder={props.placeholder}
      disabled={props.disabled}
      data-testid={props.testid}
      style={props.style ?? { width: '100%' }}
    />
  );
}
