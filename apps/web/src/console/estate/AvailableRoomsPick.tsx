import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../shared/api';
import { m2 } from './widgets';

/**
 * Several rooms of the vacant pool no agency holds (GET /requests/available-rooms), searched by building
 * or room number — what an agency may ask for in an allocation or a swap. The order picked is kept.
 */
export function AvailableRoomsPick(p: { value?: string[]; onChange?(v: string[]): void; testid?: string }) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(h);
  }, [text]);
  const r = useQuery({
    queryKey: ['/api/v1/estate/requests/available-rooms', q],
    queryFn: () => unwrap(api.GET('/api/v1/estate/requests/available-rooms', { params: { query: { pageSize: 50, ...(q ? { q } : {}) } } })),
    staleTime: 15_000,
  });
  const [known, setKnown] = useState<Record<string, string>>({});
  const options = (r.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.buildingName} ${x.floorName} ${x.number}（${m2(x.usableAreaM2)} m²）` }));
  useEffect(() => {
    if (options.length) setKnown((k) => ({ ...k, ...Object.fromEntries(options.map((o) => [o.value, o.label])) }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [r.data]);
  // keep the labels of rooms chosen under an earlier search
  const chosen = (p.value ?? []).filter((id) => !options.some((o) => o.value === id)).map((id) => ({ value: id, label: known[id] ?? id }));
  return (
    <Select mode="multiple" showSearch={{ filterOption: false, onSearch: setText }} value={p.value} onChange={p.onChange} options={[...chosen, ...options]}
      loading={r.isFetching} data-testid={p.testid} style={{ width: '100%' }} />
  );
}
