import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { get } from './api';

export interface Code {
  code: string;
  zh: string;
  en: string;
}
export interface OrgCodes {
  agencyKinds: Code[];
  adminLevels: Code[];
  ranks: Code[];
  genders: Code[];
  personStatuses: Code[];
}

const EMPTY: OrgCodes = { agencyKinds: [], adminLevels: [], ranks: [], genders: [], personStatuses: [] };

/** The organisation code lists (kinds, levels, ranks…), loaded once. */
export function useOrgCodes(): OrgCodes {
  const q = useQuery({ queryKey: ['org-codes'], queryFn: () => get<OrgCodes>('/api/v1/org/codes'), staleTime: Infinity });
  return q.data ?? EMPTY;
}

export function useLabel() {
  const { i18n } = useTranslation();
  const en = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (list: Code[], code: string | null | undefined) => {
    if (!code) return '';
    const c = list.find((x) => x.code === code);
    return c ? (en ? c.en : c.zh) : code;
  };
}

export function useCodeOptions() {
  const label = useLabel();
  return (list: Code[]) => list.map((c) => ({ value: c.code, label: label(list, c.code) }));
}

const PALETTE = ['blue', 'green', 'orange', 'purple', 'cyan', 'magenta', 'gold', 'geekblue', 'volcano', 'lime'];

/** A coloured tag for a code: the colour follows the code's position in its list, so it is stable. */
export function CodeTag({ list, code }: { list: Code[]; code: string | null | undefined }) {
  const label = useLabel();
  if (!code) return null;
  const i = list.findIndex((c) => c.code === code);
  return <Tag color={PALETTE[(i < 0 ? 0 : i) % PALETTE.length]}>{label(list, code)}</Tag>;
}

/** The consistent status colours of the console. */
const STATUS_COLOURS: Record<string, string> = {
  active: 'green',
  inactive: 'default',
  disabled: 'red',
  locked: 'orange',
  success: 'green',
  ok: 'green',
  failure: 'red',
  failed: 'red',
  denied: 'red',
  error: 'red',
};

export function StatusTag({ status }: { status: string | boolean | null | undefined }) {
  const { t } = useTranslation();
  const key = status === true ? 'active' : status === false ? 'inactive' : (status ?? '');
  if (!key) return null;
  return <Tag color={STATUS_COLOURS[key] ?? 'blue'}>{t(`status.${key}`, { defaultValue: key })}</Tag>;
}
