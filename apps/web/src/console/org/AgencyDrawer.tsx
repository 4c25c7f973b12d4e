import { Form, Input, InputNumber, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../shared/api';
import { useCodeOptions, useOrgCodes } from '../../shared/codes';
import { FormDrawer } from '../../shared/FormDrawer';
import type { Agency } from './types';
import { regionTreeData, useRegions } from './useRegions';

interface Values {
  code: string;
  name: string;
  shortName?: string;
  kind: string;
  regionId: string;
  headcount: number;
  address?: string;
}

/** 新建 / 编辑单位. */
export function AgencyDrawer({ open, agency, onClose, onSaved }: { open: boolean; agency: Agency | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const codes = useOrgCodes();
  const options = useCodeOptions();
  const { tree } = useRegions();
  const submit = async (v: Values) => {
    // why null: a cleared field yields undefined, which the PATCH reads as "unchanged".
    const cleared = agency ? null : undefined;
    const body = { ...v, shortName: v.shortName?.trim() || cleared, address: v.address?.trim() || cleared };
    if (agency) await patch(`/api/v1/org/agencies/${agency.id}`, body);
    else await post('/api/v1/org/agencies', body);
    onSaved();
  };
  return (
    <FormDrawer<Values>
      open={open}
      title={agency ? t('org.editAgency') : t('org.newAgency')}
      onClose={onClose}
      initialValues={agency ? { ...agency, shortName: agency.shortName ?? undefined, address: agency.address ?? undefined } : { headcount: 0 }}
      onSubmit={submit}
      testid="agency-drawer"
    >
      <Form.Item name="code" label={t('org.agencyCode')} rules={[{ required: true, whitespace: true, message: t('org.codeRequired') }, { max: 32 }]}>
        <Input data-testid="agency-code" />
      </Form.Item>
      <Form.Item name="name" label={t('org.agencyName')} rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }, { max: 100 }]}>
        <Input data-testid="agency-name" />
      </Form.Item>
      <Form.Item name="shortName" label={t('org.shortName')} rules={[{ max: 50 }]}>
        <Input data-testid="agency-shortName" />
      </Form.Item>
      <Form.Item name="kind" label={t('org.kind')} rules={[{ required: true, message: t('org.kindRequired') }]}>
        <Select options={options(codes.agencyKinds)} data-testid="agency-kind" />
      </Form.Item>
      <Form.Item name="regionId" label={t('org.region')} rules={[{ required: true, message: t('org.regionRequired') }]}>
        <TreeSelect treeData={regionTreeData(tree)} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} data-testid="agency-region" />
      </Form.Item>
      <Form.Item name="headcount" label={t('org.headcount')} rules={[{ required: true, message: t('org.headcountRequired') }]}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="agency-headcount" />
      </Form.Item>
      <Form.Item name="address" label={t('org.address')} rules={[{ max: 200 }]}>
        <Input.TextArea rows={2} data-testid="agency-address" />
      </Form.Item>
    </FormDrawer>
  );
}
