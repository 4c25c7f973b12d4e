import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { FormDrawer } from '../../shared/FormDrawer';
import { getSettings, updateSetting, type Setting } from './fleet.admin.api';
import { FP } from './menu';
import { num } from './types';

const KEY = ['/api/v1/fleet/settings'];
/** The range each unit keeps (the server checks the same): a ratio is typed as a percentage. */
const RANGE: Record<string, { min: number; max: number; integer: boolean }> = {
  ratio: { min: 0, max: 100, integer: false }, day: { min: 0, max: 365, integer: true }, km: { min: 0, max: 100_000, integer: true },
};
const shown = (s: Pick<Setting, 'unit' | 'value'>) => (s.unit === 'ratio' ? Math.round(s.value * 10000) / 100 : s.value);

interface Values { value: number; source: string; note?: string }

/** 参数设置: the fleet's numeric rules (NEV share, reminder days and km) with their sources; edited with checks by unit. */
export function SettingsTab() {
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: KEY, queryFn: getSettings });
  const [editing, setEditing] = useState<Setting | null>(null);
  const v = (k: string, o: Record<string, unknown> = {}) => t(`fleet.admin.setting.${k}`, o);
  const nameOf = (s: Setting) => t(`fleet.admin.setting.names.${s.code}`, { defaultValue: s.nameZh });
  const unitOf = (u: string | null) => (u ? (u === 'ratio' ? '%' : v(`units.${u}`, { defaultValue: u })) : '');
  const range = editing?.unit ? RANGE[editing.unit] : undefined;
  return (
    <>
      <Alert type="info" showIcon title={v('hint')} style={{ marginBottom: 12 }} />
      <Table<Setting> size="small" rowKey="code" data-testid="table-fleet-settings" dataSource={q.data?.items ?? []} loading={q.isFetching} pagination={false} scroll={{ x: 'max-content' }}
        columns={[
          { title: v('name'), key: 'name', render: (_, s) => <Typography.Text strong>{nameOf(s)}</Typography.Text> },
          { title: v('code'), dataIndex: 'code', render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
          { title: v('value'), key: 'value', align: 'right', render: (_, s) => <span data-testid={`fleet-setting-value-${s.code}`}>{`${num(shown(s), s.unit === 'ratio' ? 1 : 0)} ${unitOf(s.unit)}`}</span> },
          { title: v('source'), dataIndex: 'source', ellipsis: true, width: 320 },
          { title: t('fleet.common.remark'), dataIndex: 'note', render: (n: string | null) => n ?? '—' },
          ...(can(FP.standardWrite) ? [{
            title: t('common.actions'), key: 'actions', fixed: 'right' as const,
            render: (_: unknown, s: Setting) => <Button type="link" size="small" onClick={() => setEditing(s)} data-testid={`fleet-setting-edit-${s.code}`}>{t('common.edit')}</Button>,
          }] : []),
        ]} />
      <FormDrawer<Values>
        open={!!editing}
        title={editing ? `${v('edit')} · ${nameOf(editing)}` : ''}
        onClose={() => setEditing(null)}
        testid="fleet-setting-drawer"
        successText={v('saved')}
        initialValues={editing ? { value: shown(editing), source: editing.source, note: editing.note ?? undefined } : {}}
        onSubmit={async (x) => {
          const value = editing!.unit === 'ratio' ? Math.round(x.value * 100) / 10000 : x.value;
          await updateSetting(editing!.code, { value, source: x.source.trim(), note: x.note?.trim() || null });
          await qc.invalidateQueries({ queryKey: KEY });
        }}
      >
        {editing && (
          <>
            <Form.Item name="value" label={`${v('value')}${editing.unit ? `（${unitOf(editing.unit)}）` : ''}`} extra={editing.unit === 'ratio' ? v('ratioHint') : undefined}
              rules={[
                { required: true, message: v('valueRequired') },
                {
                  validator: async (_, x: number | null) => {
                    if (x === null || x === undefined || !range) return;
                    if (x < range.min || x > range.max || (range.integer && !Number.isInteger(x))) {
                      throw new Error(range.integer ? v('intRule', { min: range.min, max: range.max }) : v('ratioRule'));
                    }
                  },
                },
              ]}>
              <InputNumber style={{ width: '100%' }} step={range?.integer ? 1 : 0.1} suffix={unitOf(editing.unit)} data-testid="fleet-setting-value" />
            </Form.Item>
            <Form.Item name="source" label={v('source')} extra={v('sourceHint')} rules={[{ required: true, whitespace: true, message: v('sourceRequired') }, { max: 500, message: t('fleet.admin.v.max', { max: 500 }) }]}>
              <Input.TextArea rows={2} data-testid="fleet-setting-source" />
            </Form.Item>
            <Form.Item name="note" label={t('fleet.common.remark')} rules={[{ max: 500, message: t('fleet.admin.v.max', { max: 500 }) }]}><Input /></Form.Item>
          </>
        )}
      </FormDrawer>
    </>
  );
}
