import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../shared/api';
import { useCodeOptions, useOrgCodes } from '../../shared/codes';
import { FormDrawer } from '../../shared/FormDrawer';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { AgencySelect } from './DepartmentsPage';
import type { Department, Person } from './types';

interface Values {
  name: string;
  gender: string;
  agencyId: string;
  departmentId?: string | null;
  rank: string;
  post?: string;
  adminLevel: string;
  idNumber?: string;
  mobile?: string;
  birthday?: Dayjs | null;
  entryDate?: Dayjs | null;
  status?: string;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

export function DepartmentSelect(props: { agencyId?: string; value?: string | null; onChange?(v: string | undefined): void; testid?: string }) {
  return (
    <RemoteSelect<Department>
      path="/api/v1/org/departments"
      query={{ agencyId: props.agencyId }}
      disabled={!props.agencyId}
      labelOf={(d) => d.name}
      value={props.value}
      onChange={props.onChange}
      testid={props.testid}
    />
  );
}

/** 新建 / 编辑人员. Identity number and mobile are only sent when typed (they are stored encrypted). */
export function PersonDrawer({ open, person, onClose, onSaved }: { open: boolean; person: Person | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const codes = useOrgCodes();
  const options = useCodeOptions();
  const submit = async (v: Values) => {
    // why null: a cleared field yields undefined, which the PATCH reads as "unchanged"; editing sends null to clear it.
    const cleared = person ? null : undefined;
    const body = {
      ...v,
      departmentId: v.departmentId || cleared,
      post: v.post?.trim() || cleared,
      // Identity number and mobile: left empty means "keep" (the stored values are not shown).
      idNumber: v.idNumber || undefined,
      mobile: v.mobile || undefined,
      birthday: day(v.birthday) ?? cleared,
      entryDate: day(v.entryDate) ?? cleared,
    };
    if (person) await patch(`/api/v1/org/people/${person.id}`, body);
    else await post('/api/v1/org/people', body);
    onSaved();
  };
  const initial: Partial<Values> | undefined = person
    ? {
        ...person,
        post: person.post ?? undefined,
        birthday: person.birthday ? dayjs(person.birthday) : null,
        entryDate: person.entryDate ? dayjs(person.entryDate) : null,
      }
    : { status: codes.personStatuses[0]?.code };
  return (
    <FormDrawer<Values> open={open} title={person ? t('org.editPerson') : t('org.newPerson')} onClose={onClose} initialValues={initial} onSubmit={submit} testid="person-drawer">
      {(form) => (
        <>
          <Form.Item name="name" label={t('org.personName')} rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }, { max: 50 }]}>
            <Input data-testid="person-name" />
          </Form.Item>
          <Form.Item name="gender" label={t('org.gender')} rules={[{ required: true, message: t('org.genderRequired') }]}>
            <Select options={options(codes.genders)} data-testid="person-gender" />
          </Form.Item>
          <Form.Item name="agencyId" label={t('org.agency')} rules={[{ required: true, message: t('org.agencyRequired') }]}>
            <AgencySelect testid="person-agency" onChange={() => form.setFieldValue('departmentId', undefined)} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.agencyId !== b.agencyId}>
            {() => (
              <Form.Item name="departmentId" label={t('org.department')}>
                <DepartmentSelect agencyId={form.getFieldValue('agencyId') as string | undefined} testid="person-department" />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item name="rank" label={t('org.rank')} rules={[{ required: true, message: t('org.rankRequired') }]}>
            <Select options={options(codes.ranks)} data-testid="person-rank" />
          </Form.Item>
          <Form.Item name="post" label={t('org.post')} rules={[{ max: 50 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="adminLevel" label={t('org.adminLevel')} rules={[{ required: true, message: t('org.adminLevelRequired') }]}>
            <Select options={options(codes.adminLevels)} data-testid="person-adminLevel" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t('org.idNumber')}
            extra={person ? t('org.sensitiveKeep') : undefined}
            rules={[{ pattern: /^\d{17}[\dXx]$/, message: t('org.idNumberInvalid') }]}
          >
            <Input placeholder={person?.idNumberMasked ?? ''} autoComplete="off" />
          </Form.Item>
          <Form.Item name="mobile" label={t('org.mobile')} rules={[{ pattern: /^1\d{10}$/, message: t('org.mobileInvalid') }]}>
            <Input placeholder={person?.mobileMasked ?? ''} autoComplete="off" />
          </Form.Item>
          <Form.Item name="birthday" label={t('org.birthday')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="entryDate" label={t('org.entryDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="status" label={t('common.status')}>
            <Select options={options(codes.personStatuses)} />
          </Form.Item>
        </>
      )}
    </FormDrawer>
  );
}
