import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';
import { AgencySelect } from '../org/DepartmentsPage';
import { FINDINGS, INSPECTIONS, rectifyFinding, saveFinding, saveInspection, type Finding, type Inspection } from './supervision.api';
import { VehicleSelect } from './widgets';

/** Selects and pickers validate when a value is picked (they have no typing to wait for). */
const PICK = ['onChange', 'onBlur'];

export const SK = 'fleet.supervisionForms';
const dayOf = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Refreshes the inspections, their findings and every label after a write. */
export function useSupervisionRefresh() {
  const qc = useQueryClient();
  return () => Promise.all([INSPECTIONS, FINDINGS].map((p) => qc.invalidateQueries({ queryKey: [p] })));
}

/** Shanghai today (the console runs in Asia/Shanghai; tests pin the browser's zone). */
const today = () => dayjs().endOf('day');

interface InspectionValues { agencyId: string; title: string; inspectedOn: Dayjs; inspectors?: string; summary?: string }

/** 新建 / 编辑专项检查: which agency, when, by whom, and what was found overall. */
export function InspectionDrawer({ open, inspection, onClose, onSaved }: { open: boolean; inspection: Inspection | null; onClose(): void; onSaved?(i: Inspection): void }) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  return (
    <FormDrawer<InspectionValues>
      open={open} title={inspection ? t(`${SK}.editInspection`) : t(`${SK}.newInspection`)} onClose={onClose} testid={inspection ? 'fleet-inspection-edit-drawer' : 'fleet-inspection-drawer'} successText={t(`${SK}.inspectionSaved`)}
      initialValues={inspection
        ? { agencyId: inspection.agencyId, title: inspection.title, inspectedOn: dayjs(inspection.inspectedOn), inspectors: inspection.inspectors ?? undefined, summary: inspection.summary ?? undefined }
        : { inspectedOn: dayjs() }}
      onSubmit={async (v) => {
        const saved = await saveInspection({ agencyId: v.agencyId, title: v.title.trim(), inspectedOn: dayOf(v.inspectedOn), inspectors: v.inspectors?.trim() || null, summary: v.summary?.trim() || null }, inspection?.id);
        await refresh();
        onSaved?.(saved);
      }}
    >
      <Form.Item name="agencyId" validateTrigger={PICK} label={t(`${SK}.inspectedAgency`)} rules={[{ required: true, message: t(`${SK}.agencyRequired`) }]}>
        <AgencySelect testid="fleet-inspection-agency" disabled={!!inspection} />
      </Form.Item>
      <Form.Item name="title" label={t(`${SK}.title`)} rules={[{ required: true, whitespace: true, message: t(`${SK}.titleRequired`) }, { max: 200 }]}>
        <Input data-testid="fleet-inspection-title" placeholder={t(`${SK}.titlePlaceholder`)} />
      </Form.Item>
      <Form.Item name="inspectedOn" validateTrigger={PICK} label={t(`${SK}.inspectedOn`)} rules={[{ required: true, message: t(`${SK}.inspectedOnRequired`) }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today())} data-testid="fleet-inspection-date" />
      </Form.Item>
      <Form.Item name="inspectors" label={t(`${SK}.inspectors`)} rules={[{ max: 200 }]}><Input placeholder={t(`${SK}.inspectorsPlaceholder`)} data-testid="fleet-inspection-inspectors" /></Form.Item>
      <Form.Item name="summary" label={t(`${SK}.summary`)} rules={[{ max: 4000 }]}><Input.TextArea rows={4} /></Form.Item>
    </FormDrawer>
  );
}

interface FindingValues { vehicleId?: string; description: string; deadline: Dayjs }

/** 添加 / 编辑问题: what is wrong, the vehicle when one is concerned (of the inspected agency), the rectification deadline. */
export function FindingDrawer({ inspection, finding, open, onClose }: { inspection: Inspection; finding: Finding | null; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  const from = dayjs(inspection.inspectedOn);
  return (
    <FormDrawer<FindingValues>
      open={open} title={finding ? t(`${SK}.editFinding`) : t(`${SK}.addFinding`)} onClose={onClose} testid="fleet-finding-drawer" successText={t(`${SK}.findingSaved`)}
      initialValues={finding
        ? { vehicleId: finding.vehicleId ?? undefined, description: finding.description, deadline: dayjs(finding.deadline) }
        : { deadline: dayjs().add(30, 'day') }}
      onSubmit={async (v) => {
        await saveFinding({ inspectionId: inspection.id, vehicleId: v.vehicleId ?? null, description: v.description.trim(), deadline: dayOf(v.deadline) }, finding?.id);
        await refresh();
      }}
    >
      <Form.Item name="description" label={t(`${SK}.description`)} rules={[{ required: true, whitespace: true, message: t(`${SK}.descriptionRequired`) }, { max: 2000 }]}>
        <Input.TextArea rows={4} data-testid="fleet-finding-description" placeholder={t(`${SK}.descriptionPlaceholder`)} />
      </Form.Item>
      <Form.Item name="vehicleId" validateTrigger={PICK} label={t(`${SK}.vehicle`)}>
        <VehicleSelect query={{ agencyId: inspection.agencyId }} testid="fleet-finding-vehicle" />
      </Form.Item>
      <Form.Item name="deadline" validateTrigger={PICK} label={t(`${SK}.deadline`)} rules={[
        { required: true, message: t(`${SK}.deadlineRequired`) },
        { validator: async (_r, d?: Dayjs) => { if (d && d.isBefore(from, 'day')) throw new Error(t(`${SK}.deadlineBefore`, { date: inspection.inspectedOn })); } },
      ]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(from, 'day')} data-testid="fleet-finding-deadline" />
      </Form.Item>
    </FormDrawer>
  );
}

interface RectifyValues { rectifiedOn: Dayjs; rectification: string }

/** 登记整改: the date it was put right and how; the finding is then closed. */
export function RectifyDrawer({ inspection, finding, onClose }: { inspection: Inspection; finding: Finding | null; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  const from = dayjs(inspection.inspectedOn);
  return (
    <FormDrawer<RectifyValues>
      open={!!finding} title={t(`${SK}.rectify`)} onClose={onClose} testid="fleet-rectify-drawer" successText={t(`${SK}.rectifiedSaved`)}
      initialValues={{ rectifiedOn: dayjs() }}
      onSubmit={async (v) => {
        await rectifyFinding(finding!.id, dayOf(v.rectifiedOn), v.rectification.trim());
        await refresh();
      }}
    >
      <Form.Item label={t(`${SK}.description`)}><Input.TextArea value={finding?.description} rows={2} disabled /></Form.Item>
      <Form.Item name="rectifiedOn" validateTrigger={PICK} label={t(`${SK}.rectifiedOn`)} rules={[
        { required: true, message: t(`${SK}.rectifiedOnRequired`) },
        { validator: async (_r, d?: Dayjs) => {
          if (d && d.isBefore(from, 'day')) throw new Error(t(`${SK}.rectifiedBefore`, { date: inspection.inspectedOn }));
          if (d && d.isAfter(today())) throw new Error(t(`${SK}.notFuture`));
        } },
      ]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(from, 'day') || d.isAfter(today())} data-testid="fleet-rectify-date" />
      </Form.Item>
      <Form.Item name="rectification" label={t(`${SK}.rectification`)} rules={[{ required: true, whitespace: true, message: t(`${SK}.rectificationRequired`) }, { max: 2000 }]}>
        <Input.TextArea rows={4} data-testid="fleet-rectify-text" />
      </Form.Item>
    </FormDrawer>
  );
}
