import { useQuery } from '@tanstack/react-query';
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { getAgency } from '../../shared/api';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { getVehicle } from './fleet.api';
import { API, COLOURS, daysUntil, type Driver, type Vehicle } from './types';

/** A dispatch reason in both languages (server `reasonTexts`); `reasons` is the Chinese text only. */
export interface ReasonText { code: string; zh: string; en: string }

/** The reasons of a suggestion or carpool proposal in the current language (Chinese `reasons` when the server sent no `reasonTexts`). */
export function useReasonTexts() {
  const { i18n } = useTranslation();
  const en = (i18n.resolvedLanguage ?? i18n.language ?? 'zh-CN').startsWith('en');
  return (r: { reasons: string[]; reasonTexts?: ReasonText[] }): string[] => (r.reasonTexts ? r.reasonTexts.map((x) => (en ? x.en : x.zh)) : r.reasons);
}

/** A status tag of any fleet status family (vehicleStatus, driverStatus, requestStatus, tripStatus, maintenanceStatus). */
export function FleetTag({ family, value, testid }: { family: string; value: string | null | undefined; testid?: string }) {
  const { t } = useTranslation();
  if (!value) return null;
  return <Tag color={COLOURS[`${family}.${value}`] ?? COLOURS[value] ?? 'blue'} data-testid={testid}>{t(`fleet.${family}.${value}`, { defaultValue: value })}</Tag>;
}

/** The flags of a record (over-norm, odometer jump…) as red tags. */
export function Flags({ flags }: { flags?: string[] | null }) {
  const { t } = useTranslation();
  if (!flags?.length) return <span>—</span>;
  return (
    <Space size={[0, 4]} wrap>
      {flags.map((f) => {
        // why split: a flag may carry its stage ("return:implausible-jump"); ':' would be read as an i18n namespace.
        const [stage, code] = f.includes(':') ? f.split(':', 2) as [string, string] : [null, f];
        const label = t(`fleet.flag.${code}`, { defaultValue: code });
        return <Tag key={f} color="red">{stage ? `${t(`fleet.flag.${stage}`, { defaultValue: stage })}·${label}` : label}</Tag>;
      })}
    </Space>
  );
}

/** A date with a warning tag when it is within 30 days or past. */
export function DueDate({ date }: { date: string | null | undefined }) {
  const { t } = useTranslation();
  const d = daysUntil(date);
  if (!date || d === null) return <span>—</span>;
  return (
    <Space size={4}>
      <span>{date}</span>
      {d < 0 ? <Tag color="red">{t('fleet.vehicle.overdue')}</Tag> : d <= 30 ? <Tooltip title={`${d} d`}><Tag color="orange">{t('fleet.vehicle.due')}</Tag></Tooltip> : null}
    </Space>
  );
}

/** Code options of a family (kind, energy, vehicleStatus…) for a Select. */
export function useFleetOptions() {
  const { t } = useTranslation();
  return (family: string, codes: readonly string[]) => codes.map((c) => ({ value: c, label: t(`fleet.${family}.${c}`) }));
}

export function VehicleSelect(props: { value?: string; onChange?(v: string | undefined): void; testid?: string; query?: Record<string, string> }) {
  return (
    <RemoteSelect<Vehicle>
      path={`${API}/vehicles`}
      query={{ pageSize: 50, ...props.query }}
      labelOf={(v) => `${v.plate} · ${v.brand} ${v.model}`}
      value={props.value}
      onChange={props.onChange}
      testid={props.testid}
      fetchById
    />
  );
}

export function DriverSelect(props: { value?: string; onChange?(v: string | undefined): void; testid?: string; query?: Record<string, string> }) {
  return (
    <RemoteSelect<Driver>
      path={`${API}/drivers`}
      query={{ pageSize: 50, ...props.query }}
      labelOf={(d) => `${d.name} · ${d.licenceClass}`}
      value={props.value}
      onChange={props.onChange}
      testid={props.testid}
      fetchById
    />
  );
}

/** The plate of a vehicle id (for records whose list carries only the id); cached per vehicle. */
export function VehiclePlate({ id }: { id: string | null | undefined }) {
  const q = useQuery({ queryKey: [`${API}/vehicles`, id], queryFn: () => getVehicle(id!), enabled: !!id, staleTime: 300_000 });
  return <span>{q.data?.plate ?? '—'}</span>;
}

/** The name of an agency id; cached per agency. */
export function AgencyName({ id }: { id: string | null | undefined }) {
  const q = useQuery({ queryKey: ['/api/v1/org/agencies', id], queryFn: () => getAgency(id!), enabled: !!id, staleTime: 300_000 });
  return <span>{q.data?.name ?? '—'}</span>;
}
