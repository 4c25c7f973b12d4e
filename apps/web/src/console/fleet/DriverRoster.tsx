import { LeftOutlined, RightOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, type Page } from '../../shared/api';
import { confirmAction, showError, showSuccess } from '../../shared/notify';
import { AgencySelect } from '../org/DepartmentsPage';
import { getRoster, saveRoster, SHIFTS, type Shift } from './fleet.admin.api';
import { FP } from './menu';
import { API, type Driver } from './types';

/** Tag colours of the shifts (休息 grey: not offered for dispatch that day). */
export const SHIFT_COLOURS: Record<Shift, string> = { day: 'blue', night: 'purple', standby: 'gold', off: 'default' };
const UNSET = '';
const MAX_DRIVERS = 200;
const fmt = (d: Dayjs) => d.format('YYYY-MM-DD');
/** Monday of the week of `d` (weeks run Monday to Sunday). */
export const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day').startOf('day');

/** 排班表: a week per driver (白班 / 夜班 / 待命 / 休息, or 未排 = on duty), saved in one go; the emergency team marked and summarised. */
export function DriverRoster() {
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const canWrite = can(FP.driverWrite);
  const [monday, setMonday] = useState(() => mondayOf(dayjs()));
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [emergencyOnly, setEmergencyOnly] = useState(false);
  const [edits, setEdits] = useState<Record<string, Shift | null>>({});
  const [saving, setSaving] = useState(false);
  const days = useMemo(() => Array.from({ length: 7 }, (_, i) => monday.add(i, 'day')), [monday]);
  const from = fmt(days[0]!);
  const to = fmt(days[6]!);
  const today = fmt(dayjs());
  const r = (k: string, o: Record<string, unknown> = {}) => t(`fleet.admin.roster.${k}`, o);

  const drivers = useQuery({
    queryKey: [`${API}/drivers`, 'roster', agencyId, emergencyOnly],
    queryFn: () => get<Page<Driver>>(`${API}/drivers`, { status: 'active', pageSize: MAX_DRIVERS, sort: 'name:asc', agencyId, emergencyTeam: emergencyOnly ? 'true' : undefined }),
  });
  const roster = useQuery({ queryKey: [`${API}/driver-roster`, from, to, agencyId], queryFn: () => getRoster(from, to, agencyId) });
  const saved = useMemo(() => new Map((roster.data?.items ?? []).map((x) => [`${x.driverId}|${x.day}`, x.shift as Shift])), [roster.data]);
  const shiftOf = (driverId: string, d: string): Shift | null => {
    const k = `${driverId}|${d}`;
    return k in edits ? edits[k]! : saved.get(k) ?? null;
  };
  const changes = Object.entries(edits).filter(([k, s]) => (saved.get(k) ?? null) !== s);

  const move = async (to: Dayjs) => {
    if (changes.length && !(await confirmAction(r('discard'), false))) return;
    setEdits({});
    setMonday(to);
  };
  const save = async () => {
    setSaving(true);
    try {
      await saveRoster(changes.map(([k, shift]) => { const [driverId, day] = k.split('|') as [string, string]; return { driverId, day, shift }; }));
      showSuccess(r('saved', { count: changes.length }));
      setEdits({});
      await qc.invalidateQueries({ queryKey: [`${API}/driver-roster`] });
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  const options = [{ value: UNSET, label: r('unset') }, ...SHIFTS.map((s) => ({ value: s, label: r(`shift.${s}`) }))];
  const weekday = (d: Dayjs) => r(`wd.${d.day()}`);
  const list = drivers.data?.items ?? [];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="fleet-roster">
      <EmergencyTeam />
      <Card size="small" title={r('title')} extra={(
        <Space wrap>
          {canWrite && <Button icon={<UndoOutlined />} disabled={!changes.length} onClick={() => setEdits({})}>{r('undo')}</Button>}
          {canWrite && (
            <Button type="primary" icon={<SaveOutlined />} disabled={!changes.length} loading={saving} onClick={() => void save()} data-testid="fleet-roster-save">
              {changes.length ? `${r('save')}（${r('changes', { count: changes.length })}）` : r('save')}
            </Button>
          )}
        </Space>
      )}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Button icon={<LeftOutlined />} onClick={() => void move(monday.subtract(7, 'day'))} aria-label={r('prevWeek')} data-testid="fleet-roster-prev" />
          <Typography.Text strong data-testid="fleet-roster-week">{`${from} ~ ${to}`}</Typography.Text>
          <Button icon={<RightOutlined />} onClick={() => void move(monday.add(7, 'day'))} aria-label={r('nextWeek')} data-testid="fleet-roster-next" />
          <Button onClick={() => void move(mondayOf(dayjs()))}>{r('thisWeek')}</Button>
          <span style={{ marginLeft: 8 }}>{t('fleet.common.agency')}</span>
          <div style={{ width: 260 }}><AgencySelect value={agencyId} onChange={(a) => { setEdits({}); setAgencyId(a); }} testid="fleet-roster-agency" /></div>
          <Space size={6}><Switch size="small" checked={emergencyOnly} onChange={setEmergencyOnly} />{r('emergencyOnly')}</Space>
        </Space>
        <Alert type="info" showIcon title={r('hint')} style={{ marginBottom: 12 }} />
        {(drivers.data?.total ?? 0) > MAX_DRIVERS && <Alert type="warning" showIcon title={r('truncated', { n: MAX_DRIVERS })} style={{ marginBottom: 12 }} />}
        <Table<Driver>
          size="small"
          rowKey="id"
          data-testid="table-fleet-roster"
          dataSource={list}
          loading={drivers.isFetching || roster.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 15, hideOnSinglePage: true, showTotal: (n) => t('common.total', { total: n }) }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={r('empty')} /> }}
          columns={[
            {
              title: t('fleet.driver.name'), dataIndex: 'name', fixed: 'left',
              render: (n: string, d) => <Space size={4} style={{ whiteSpace: 'nowrap' }}>{n}<Tag>{d.licenceClass}</Tag>{d.emergencyTeam && <Tag color="red">{r('emergency')}</Tag>}</Space>,
            },
            ...days.map((d) => {
              const key = fmt(d);
              return {
                title: <span style={key === today ? { color: '#1677ff', fontWeight: 600 } : undefined}>{`${weekday(d)} ${d.format('MM-DD')}`}</span>,
                key, width: 112, align: 'center' as const,
                onCell: (x: Driver) => ({ style: { background: `${x.id}|${key}` in edits && (saved.get(`${x.id}|${key}`) ?? null) !== edits[`${x.id}|${key}`] ? '#fffbe6' : undefined } }),
                render: (_: unknown, x: Driver) => {
                  const s = shiftOf(x.id, key);
                  if (!canWrite) return s ? <Tag color={SHIFT_COLOURS[s]}>{r(`shift.${s}`)}</Tag> : <Typography.Text type="secondary">{r('unset')}</Typography.Text>;
                  return (
                    <Select size="small" variant="borderless" value={s ?? UNSET} options={options} style={{ width: 96 }} popupMatchSelectWidth={false}
                      data-testid={`roster-cell-${x.id}-${key}`}
                      labelRender={({ value }) => (value ? <Tag color={SHIFT_COLOURS[value as Shift]} bordered={false}>{r(`shift.${String(value)}`)}</Tag> : <Typography.Text type="secondary">{r('unset')}</Typography.Text>)}
                      onChange={(v: string) => setEdits((e) => ({ ...e, [`${x.id}|${key}`]: v === UNSET ? null : (v as Shift) }))} />
                  );
                },
              };
            }),
          ]}
        />
      </Card>
    </Space>
  );
}

/** 应急出车小分队: the team's members and who is on duty today (not rostered 休息). */
function EmergencyTeam() {
  const { t } = useTranslation();
  const today = fmt(dayjs());
  const r = (k: string, o: Record<string, unknown> = {}) => t(`fleet.admin.roster.${k}`, o);
  const team = useQuery({ queryKey: [`${API}/drivers`, 'emergency-team'], queryFn: () => get<Page<Driver>>(`${API}/drivers`, { status: 'active', emergencyTeam: 'true', pageSize: 200, sort: 'name:asc' }) });
  const roster = useQuery({ queryKey: [`${API}/driver-roster`, today, today, 'team'], queryFn: () => getRoster(today, today) });
  const shift = new Map((roster.data?.items ?? []).map((x) => [x.driverId, x.shift as Shift]));
  const members = team.data?.items ?? [];
  const onDuty = members.filter((m) => shift.get(m.id) !== 'off');
  return (
    <Card size="small" data-testid="fleet-emergency-team" title={<Space><Tag color="red">{r('emergency')}</Tag>{r('emergencyTeam')}</Space>}
      extra={members.length ? <Typography.Text>{r('onDutyToday', { on: onDuty.length, all: members.length })}</Typography.Text> : null}>
      {members.length ? (
        <Space wrap size={[8, 8]}>
          {members.map((m) => {
            const s = shift.get(m.id);
            return (
              <Tag key={m.id} color={s === 'off' ? 'default' : 'red'} bordered={false} style={{ padding: '2px 8px' }}>
                {`${m.name} · ${m.licenceClass} · ${s ? r(`shift.${s}`) : r('unset')}`}
              </Tag>
            );
          })}
        </Space>
      ) : <Typography.Text type="secondary">{r('noEmergency')}</Typography.Text>}
    </Card>
  );
}
