import { Toast } from 'antd-mobile';
import { API, shanghai } from '../../console/fleet/types';

export { API };

/** antd-mobile Tag colours of the fleet's states. */
export const M_COLOURS: Record<string, string> = {
  pending: 'primary', approved: '#13c2c2', dispatched: '#1677ff', completed: 'success', rejected: 'danger', returned: 'warning', withdrawn: 'default',
  cancelled: 'default', departed: '#2f54eb', 'trip.returned': 'success',
};

/** A datetime-local input's value (Asia/Shanghai wall time) → ISO with +08:00. */
export const fromLocal = (v: string) => new Date(`${v}:00+08:00`).toISOString();
/** An instant → a datetime-local value in Asia/Shanghai. */
export const toLocal = (iso: string) => { const s = shanghai(iso); return `${s.date}T${s.time}`; };

export const okToast = (content: string) => Toast.show({ icon: 'success', content });

/** A decimal typed on a phone keypad, or null. */
export const numOrNull = (v: string | undefined) => {
  const n = v?.trim() ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
