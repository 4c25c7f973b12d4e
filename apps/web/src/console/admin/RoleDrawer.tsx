import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Checkbox, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { get, patch, post, type Page } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { isEn } from '../../shared/format';
import type { Permission, Role, RoleCategory } from './types';

export const CATEGORIES: RoleCategory[] = ['system', 'security', 'audit', 'business'];
export const CATEGORY_COLOURS: Record<string, string> = { system: 'geekblue', security: 'volcano', audit: 'purple', business: 'green' };

interface Values {
  code: string;
  nameZh: string;
  nameEn: string;
  category: RoleCategory;
  description?: string;
  permissions: string[];
}

/** The permission checklist grouped by category (三员分立: system, security, audit, business). */
function PermissionChecklist({ value, onChange, disabled }: { value?: string[]; onChange?(v: string[]): void; disabled?: boolean }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['/api/v1/admin/permissions'], queryFn: () => get<Page<Permission>>('/api/v1/admin/permissions'), staleTime: 300_000 });
  const all = q.data?.items ?? [];
  const selected = new Set(value ?? []);
  const set = (codes: string[], on: boolean) => {
    const next = new Set(selected);
    for (const c of codes) if (on) next.add(c);
    else next.delete(c);
    onChange?.([...next].sort());
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="permission-checklist">
      {CATEGORIES.map((cat) => {
        const perms = all.filter((p) => p.category === cat);
        if (!perms.length) return null;
        const codes = perms.map((p) => p.code);
        const n = codes.filter((c) => selected.has(c)).length;
        return (
          <Card
            key={cat}
            size="small"
            title={
              <Checkbox
                disabled={disabled}
                checked={n === codes.length}
                indeterminate={n > 0 && n < codes.length}
                onChange={(e) => set(codes, e.target.checked)}
              >
                {t(`roleCategory.${cat}`)} ({n}/{codes.length})
              </Checkbox>
            }
          >
            <Row gutter={[8, 8]}>
              {perms.map((p) => (
                <Col span={12} key={p.code}>
                  <Checkbox disabled={disabled} checked={selected.has(p.code)} onChange={(e) => set([p.code], e.target.checked)}>
                    {isEn() ? p.en : p.zh}
                    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                      {p.code}
                    </Typography.Text>
                  </Checkbox>
                </Col>
              ))}
            </Row>
          </Card>
        );
      })}
    </Space>
  );
}

/** 新建 / 编辑 / 查看角色; built-in roles are shown read-only. */
export function RoleDrawer({ open, role, canWrite, onClose, onSaved }: { open: boolean; role: Role | null; canWrite: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const readOnly = !!role?.builtin || !canWrite;
  const submit = async (v: Values) => {
    const body = { ...v, description: v.description || undefined, permissions: v.permissions ?? [] };
    if (role) await patch(`/api/v1/admin/roles/${role.id}`, { nameZh: body.nameZh, nameEn: body.nameEn, description: body.description, permissions: body.permissions });
    else await post('/api/v1/admin/roles', body);
    onSaved();
  };
  return (
    <FormDrawer<Values>
      open={open}
      title={readOnly ? t('admin.viewRole') : role ? t('admin.editRole') : t('admin.newRole')}
      onClose={onClose}
      readOnly={readOnly}
      width={760}
      initialValues={role ? { ...role, category: role.category as RoleCategory, description: role.description ?? undefined } : { category: 'business', permissions: [] }}
      onSubmit={submit}
      testid="role-drawer"
    >
      {role?.builtin && <Alert type="info" showIcon title={t('admin.builtinHint')} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="code" label={t('admin.roleCode')} rules={[{ required: true, message: t('org.codeRequired') }, { pattern: /^[a-z][a-z0-9_-]{1,63}$/, message: t('admin.roleCodePattern') }]}>
            <Input disabled={!!role} data-testid="role-code" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="category" label={t('admin.category')} rules={[{ required: true }]}>
            <Select disabled={!!role} options={CATEGORIES.map((c) => ({ value: c, label: t(`roleCategory.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="nameZh" label={t('admin.nameZh')} rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }]}>
            <Input data-testid="role-nameZh" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="nameEn" label={t('admin.nameEn')} rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }]}>
            <Input data-testid="role-nameEn" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('admin.description')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="permissions" label={t('admin.permissions')} extra={t('admin.separationHint')}>
        <PermissionChecklist disabled={readOnly} />
      </Form.Item>
    </FormDrawer>
  );
}
