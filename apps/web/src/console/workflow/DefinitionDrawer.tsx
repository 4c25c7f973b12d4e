import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { get, patch, post, type Page } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { isEn } from '../../shared/format';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { API, REQUEST_KINDS, type BaseRule, type Definition, type RuleKind, type StepDef } from './types';

interface RuleValues { kind: RuleKind; roleCode?: string; personId?: string; fbKind?: RuleKind | 'none'; fbRoleCode?: string; fbPersonId?: string }
interface StepValues { name: string; mode: 'all' | 'any'; slaHours?: number | null; amountMin?: number | null; amountMax?: number | null; kinds?: string[]; assignees: RuleValues[] }
interface Values { name: string; businessType: string; regionId?: string | null; description?: string; active: boolean; steps: StepValues[] }

const RULE_KINDS: RuleKind[] = ['department-head', 'agency-role', 'center-role', 'person'];
const fen = (y: number | null | undefined) => (y === null || y === undefined ? undefined : Math.round(y * 100));
const base = (kind: RuleKind, roleCode?: string, personId?: string): BaseRule =>
  kind === 'person' ? { kind, personId } : kind === 'department-head' ? { kind } : { kind, roleCode };

export function toSteps(values: StepValues[]): StepDef[] {
  return values.map((s) => {
    const condition = { amountFenMin: fen(s.amountMin), amountFenMax: fen(s.amountMax), kinds: s.kinds?.length ? s.kinds : undefined };
    const hasCondition = Object.values(condition).some((v) => v !== undefined);
    return {
      name: s.name, mode: s.mode, ...(s.slaHours ? { slaHours: s.slaHours } : {}), ...(hasCondition ? { condition } : {}),
      assignees: s.assignees.map((a) => ({ ...base(a.kind, a.roleCode, a.personId), ...(a.fbKind && a.fbKind !== 'none' ? { fallback: base(a.fbKind, a.fbRoleCode, a.fbPersonId) } : {}) })),
    };
  });
}

function toValues(d: Definition): Values {
  return {
    name: d.name, businessType: d.businessType, regionId: d.regionId, description: d.description ?? '', active: d.active,
    steps: d.steps.map((s) => ({
      name: s.name, mode: s.mode, slaHours: s.slaHours ?? null, kinds: s.condition?.kinds ?? [],
      amountMin: s.condition?.amountFenMin !== undefined ? s.condition.amountFenMin / 100 : null,
      amountMax: s.condition?.amountFenMax !== undefined ? s.condition.amountFenMax / 100 : null,
      assignees: s.assignees.map((a) => ({ kind: a.kind, roleCode: a.roleCode, personId: a.personId, fbKind: a.fallback?.kind ?? 'none', fbRoleCode: a.fallback?.roleCode, fbPersonId: a.fallback?.personId })),
    })),
  };
}

/** The role or person picker that a rule kind needs. */
function RuleTarget({ form, path, prefix, roles }: { form: FormInstance<Values>; path: (string | number)[]; prefix: '' | 'fb'; roles: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const kindKey = prefix ? 'fbKind' : 'kind';
  const roleKey = prefix ? 'fbRoleCode' : 'roleCode';
  const personKey = prefix ? 'fbPersonId' : 'personId';
  const kind = Form.useWatch(['steps', ...path, kindKey], form) as string | undefined;
  if (kind === 'agency-role' || kind === 'center-role') {
    return (
      <Form.Item name={[...path.slice(-1), roleKey]} label={t('workflow.def.role')} rules={[{ required: true }]} style={{ minWidth: 200 }}>
        <Select options={roles} showSearch={{ optionFilterProp: 'label' }} data-testid={`wf-def-${prefix || 'rule'}-role`} />
      </Form.Item>
    );
  }
  if (kind === 'person') {
    return (
      <Form.Item name={[...path.slice(-1), personKey]} label={t('workflow.def.person')} rules={[{ required: true }]} style={{ minWidth: 260 }}>
        <RemoteSelect<{ id: string; name: string; agencyName: string; post: string | null }> path="/api/v1/org/people" fetchById
          labelOf={(p) => `${p.name}（${p.agencyName}${p.post ? ` ${p.post}` : ''}）`} testid={`wf-def-${prefix || 'rule'}-person`} />
      </Form.Item>
    );
  }
  return null;
}

export function DefinitionDrawer({ open, definition, onClose, onSaved }: { open: boolean; definition: Definition | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const types = useQuery({ queryKey: [API, 'types'], queryFn: () => get<Page<{ type: string; nameZh: string; nameEn: string }>>(`${API}/business-types`), enabled: open, staleTime: 300_000 });
  const roles = useQuery({ queryKey: [API, 'roles'], queryFn: () => get<Page<{ code: string; nameZh: string; nameEn: string }>>(`${API}/roles`), enabled: open, staleTime: 60_000 });
  const regions = useQuery({ queryKey: ['/api/v1/org/regions'], queryFn: () => get<Page<{ id: string; name: string }>>('/api/v1/org/regions'), enabled: open, staleTime: 60_000 });
  const roleOptions = (roles.data?.items ?? []).map((r) => ({ value: r.code, label: `${isEn() ? r.nameEn : r.nameZh}（${r.code}）` }));
  const ruleOptions = RULE_KINDS.map((k) => ({ value: k, label: t(`workflow.rule.${k}`) }));

  return (
    <FormDrawer<Values>
      open={open}
      width={900}
      testid="wf-definition-drawer"
      title={definition ? t('workflow.def.edit') : t('workflow.def.new')}
      onClose={onClose}
      initialValues={definition ? toValues(definition) : { active: true, businessType: 'platform.request', steps: [{ name: '', mode: 'all', assignees: [{ kind: 'department-head', fbKind: 'none' }] }] }}
      onSubmit={async (v) => {
        const body = { name: v.name, regionId: v.regionId ?? null, description: v.description || null, active: v.active, steps: toSteps(v.steps) };
        if (definition) await patch(`${API}/definitions/${definition.id}`, body);
        else await post(`${API}/definitions`, { ...body, businessType: v.businessType });
        onSaved();
      }}
    >
      {(form) => (
        <>
          {definition && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('workflow.def.versionHint')} />}
          <Space wrap align="start">
            <Form.Item name="name" label={t('workflow.col.name')} rules={[{ required: true, whitespace: true, max: 64 }]} style={{ width: 260 }}>
              <Input data-testid="wf-def-name" />
            </Form.Item>
            <Form.Item name="businessType" label={t('workflow.def.businessType')} rules={[{ required: true }]} style={{ width: 220 }}>
              <Select disabled={!!definition} options={(types.data?.items ?? []).map((x) => ({ value: x.type, label: isEn() ? x.nameEn : x.nameZh }))} />
            </Form.Item>
            <Form.Item name="regionId" label={t('workflow.def.region')} style={{ width: 200 }}>
              <Select allowClear options={(regions.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))} />
            </Form.Item>
            <Form.Item name="active" label={t('workflow.col.active')} valuePropName="checked"><Switch /></Form.Item>
          </Space>
          <Form.Item name="description" label={t('workflow.col.description')}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
          <Form.List name="steps">
            {(steps, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {steps.map((step, i) => (
                  <Card key={step.key} size="small" title={`${i + 1}. ${t('workflow.def.stepName')}`} data-testid={`wf-def-step-${i}`}
                    extra={steps.length > 1 && <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(step.name)}>{t('workflow.def.removeStep')}</Button>}>
                    <Space wrap align="start">
                      <Form.Item name={[step.name, 'name']} label={t('workflow.def.stepName')} rules={[{ required: true, whitespace: true, max: 64 }]} style={{ width: 220 }}>
                        <Input data-testid={`wf-def-step-${i}-name`} />
                      </Form.Item>
                      <Form.Item name={[step.name, 'mode']} label={t('workflow.def.mode')} style={{ width: 180 }}>
                        <Select options={[{ value: 'all', label: t('workflow.def.modeAll') }, { value: 'any', label: t('workflow.def.modeAny') }]} />
                      </Form.Item>
                      <Form.Item name={[step.name, 'slaHours']} label={t('workflow.def.sla')} style={{ width: 140 }}>
                        <InputNumber min={1} max={2160} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Space>
                    <Space wrap align="start">
                      <Form.Item name={[step.name, 'amountMin']} label={t('workflow.def.amountMin')} style={{ width: 170 }}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
                      <Form.Item name={[step.name, 'amountMax']} label={t('workflow.def.amountMax')} style={{ width: 170 }}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
                      <Form.Item name={[step.name, 'kinds']} label={t('workflow.def.kinds')} style={{ minWidth: 260 }}>
                        <Select mode="tags" options={REQUEST_KINDS.map((k) => ({ value: k, label: t(`workflow.kind.${k}`) }))} />
                      </Form.Item>
                    </Space>
                    <Form.List name={[step.name, 'assignees']}>
                      {(rules, ops) => (
                        <>
                          {rules.map((rule) => (
                            <Space key={rule.key} wrap align="start" style={{ display: 'flex', borderTop: '1px dashed #eee', paddingTop: 8 }}>
                              <Form.Item name={[rule.name, 'kind']} label={t('workflow.def.ruleKind')} rules={[{ required: true }]} style={{ width: 200 }}>
                                <Select options={ruleOptions} data-testid="wf-def-rule-kind" />
                              </Form.Item>
                              <RuleTarget form={form} path={[step.name, 'assignees', rule.name]} prefix="" roles={roleOptions} />
                              <Form.Item name={[rule.name, 'fbKind']} label={t('workflow.def.fallback')} style={{ width: 200 }}>
                                <Select options={[{ value: 'none', label: t('workflow.def.noFallback') }, ...ruleOptions]} />
                              </Form.Item>
                              <RuleTarget form={form} path={[step.name, 'assignees', rule.name]} prefix="fb" roles={roleOptions} />
                              {rules.length > 1 && <Button type="text" danger icon={<DeleteOutlined />} style={{ marginTop: 30 }} onClick={() => ops.remove(rule.name)} />}
                            </Space>
                          ))}
                          <Button type="dashed" icon={<PlusOutlined />} onClick={() => ops.add({ kind: 'center-role', fbKind: 'none' })} data-testid={`wf-def-step-${i}-add-assignee`}>
                            {t('workflow.def.addAssignee')}
                          </Button>
                        </>
                      )}
                    </Form.List>
                  </Card>
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '', mode: 'all', assignees: [{ kind: 'center-role', fbKind: 'none' }] })} data-testid="wf-def-add-step">
                  {t('workflow.def.addStep')}
                </Button>
              </Space>
            )}
          </Form.List>
        </>
      )}
    </FormDrawer>
  );
}
