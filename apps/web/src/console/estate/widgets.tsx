import { useQuery } from '@tanstack/react-query';
import { Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, getAgency, listAgencies, listPeople, type Page, type Query } from '../../shared/api';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { API, COLOURS, type Building, type Floor, type Room } from './types';

/** A status tag of any estate code family (roomStatus, useClass, censusStatus, roundStatus…). */
export function EstateTag({ family, value, testid }: { family: string; value: string | null | undefined; testid?: string }) {
  const { t } = useTranslation();
  if (!value) return null;
  return <Tag color={COLOURS[value] ?? 'blue'} data-testid={testid}>{t(`estate.${family}.${value}`, { defaultValue: value })}</Tag>;
}

/** Code options of a family for a Select. */
export function useEstateOptions() {
  const { t } = useTranslation();
  return (family: string, codes: readonly string[]) => codes.map((c) => ({ value: c, label: t(`estate.${family}.${c}`) }));
}

/** Square metres with two decimals (or — when unknown). */
export const m2 = (v: number | string | null | undefined) => {
  if (v === null || v === undefined || v === '') return '—';
  const n = typeof v === 'string' ? Number(v) : v;
  return Number.isFinite(n) ? n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(v);
};

/** Yuan from integer fen, two decimals with thousands separators. */
export const yuan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '—' : (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

interface SelectProps { value?: string | null; onChange?(v: string | undefined): void; testid?: string; disabled?: boolean; query?: Query; placeholder?: string; style?: React.CSSProperties }

export function BuildingSelect(p: SelectProps) {
  return (
    <RemoteSelect<Building> path={`${API}/buildings`} query={{ pageSize: 100, ...p.query }} labelOf={(b) => b.name} value={p.value}
      onChange={p.onChange} testid={p.testid} disabled={p.disabled} fetchById placeholder={p.placeholder} style={p.style} />
  );
}

export function FloorSelect(p: SelectProps & { buildingId?: string }) {
  return (
    <RemoteSelect<Floor> path={`${API}/floors`} query={{ pageSize: 200, sort: 'level:asc', buildingId: p.buildingId, ...p.query }}
      labelOf={(f) => `${f.buildingName} · ${f.name}`} value={p.value} onChange={p.onChange} testid={p.testid}
      disabled={p.disabled || !p.buildingId} fetchById placeholder={p.placeholder} style={p.style} />
  );
}

export function AgencyPick(p: SelectProps) {
  return (
    <RemoteSelect<{ id: string; name: string }> path="/api/v1/org/agencies" labelOf={(a) => a.name}
      fetch={listAgencies as (q: Query) => Promise<Page<{ id: string; name: string }>>} fetchOne={getAgency as (id: string) => Promise<{ id: string; name: string }>}
      fetchById value={p.value} onChange={p.onChange} testid={p.testid} disabled={p.disabled} placeholder={p.placeholder} />
  );
}

export function PersonPick(p: SelectProps & { multiple?: boolean }) {
  return (
    <RemoteSelect<{ id: string; name: string; agencyName?: string | null }> path="/api/v1/org/people" query={p.query}
      labelOf={(x) => (x.agencyName ? `${x.name}（${x.agencyName}）` : x.name)}
      fetch={listPeople as (q: Query) => Promise<Page<{ id: string; name: string; agencyName?: string | null }>>}
      fetchById value={p.value} onChange={p.onChange} testid={p.testid} disabled={p.disabled} placeholder={p.placeholder} />
  );
}

/** Several rooms, searched by number (default: vacant rooms). */
export function RoomsPick(p: { value?: string[]; onChange?(v: string[]): void; query?: Query; testid?: string }) {
  const [q, setQ] = useState('');
  const r = useQuery({
    queryKey: [`${API}/rooms`, 'pick', q, p.query],
    queryFn: () => get<Page<Room>>(`${API}/rooms`, { pageSize: 50, q: q || undefined, ...p.query }),
    staleTime: 15_000,
  });
  const options = (r.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.buildingName} ${x.number}（${m2(x.usableAreaM2)} m²）` }));
  return (
    <Select mode="multiple" showSearch={{ filterOption: false, onSearch: setQ }} value={p.value} onChange={p.onChange} options={options}
      loading={r.isFetching} data-testid={p.testid} style={{ width: '100%' }} />
  );
}

/** Several agencies, searched by name. */
export function AgenciesPick(p: { value?: string[]; onChange?(v: string[]): void; testid?: string }) {
  const [q, setQ] = useState('');
  const r = useQuery({ queryKey: ['/api/v1/org/agencies', 'pick', q], queryFn: () => listAgencies({ pageSize: 50, q: q || undefined }), staleTime: 30_000 });
  const options = (r.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }));
  return (
    <Select mode="multiple" showSearch={{ filterOption: false, onSearch: setQ }} value={p.value} onChange={p.onChange} options={options}
      loading={r.isFetching} data-testid={p.testid} style={{ width: '100%' }} />
  );
}
