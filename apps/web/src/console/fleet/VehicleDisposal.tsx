import { Alert, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';
import { DISPOSAL_METHODS, disposeVehicle, markForDisposal, VEHICLE_DOCUMENT, type DisposalMethod } from './fleet.admin.api';
import { FileIdsUpload } from './FileIdsUpload';
import type { Vehicle } from './types';

/** 转待处置: the reason, then a confirmation (a vehicle pending disposal is never dispatched and cannot go back into use). */
export function MarkDisposalDrawer({ vehicle, open, onClose, onDone }: { vehicle: Vehicle; open: boolean; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer<{ reason: string }>
      width={560}
      open={open}
      title={t('fleet.admin.disposal.markTitle', { plate: vehicle.plate })}
      onClose={onClose}
      testid="fleet-mark-disposal-drawer"
      okText={t('fleet.admin.disposal.mark')}
      successText={t('fleet.admin.disposal.marked')}
      confirm={() => t('fleet.admin.disposal.markConfirm', { plate: vehicle.plate })}
      onSubmit={async (v) => { await markForDisposal(vehicle.id, v.reason.trim()); onDone(); }}
    >
      <Alert type="warning" showIcon title={t('fleet.admin.disposal.markHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="reason" label={t('fleet.admin.disposal.reason')} rules={[{ required: true, whitespace: true, message: t('fleet.admin.disposal.reasonRequired') }, { max: 500, message: t('fleet.admin.v.max', { max: 500 }) }]}>
        <Input.TextArea rows={3} data-testid="fleet-disposal-reason" placeholder={t('fleet.admin.disposal.reasonPlaceholder')} />
      </Form.Item>
    </FormDrawer>
  );
}

interface DisposalValues { receivingParty: string; disposalMethod: DisposalMethod; documentNo?: string; documentFileIds?: string[]; reason?: string }

/**
 * 处置移交: 接收方, 处置方式, 文号 and the hand-over documents (uploaded as files, attached by the disposal itself),
 * then a confirmation naming the vehicle, the receiving party and the method.
 */
export function DisposeDrawer({ vehicle, open, onClose, onDone }: { vehicle: Vehicle; open: boolean; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const method = (m: string) => t(`fleet.admin.disposal.methods.${m}`);
  return (
    <FormDrawer<DisposalValues>
      open={open}
      title={t('fleet.admin.disposal.disposeTitle', { plate: vehicle.plate })}
      onClose={onClose}
      testid="fleet-dispose-drawer"
      okText={t('fleet.admin.disposal.dispose')}
      successText={t('fleet.admin.disposal.done')}
      ready={!uploading}
      width={620}
      confirm={(v) => t('fleet.admin.disposal.confirm', { plate: vehicle.plate, party: v.receivingParty.trim(), method: method(v.disposalMethod), count: v.documentFileIds?.length ?? 0 })}
      onSubmit={async (v) => {
        await disposeVehicle(vehicle.id, {
          receivingParty: v.receivingParty.trim(), disposalMethod: v.disposalMethod, documentNo: v.documentNo?.trim() || null,
          documentFileIds: v.documentFileIds ?? [], reason: v.reason?.trim() || null,
        });
        onDone();
      }}
    >
      <Alert type="warning" showIcon title={t('fleet.admin.disposal.disposeHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="receivingParty" label={t('fleet.admin.disposal.receivingParty')} rules={[{ required: true, whitespace: true, message: t('fleet.admin.disposal.receivingPartyRequired') }, { max: 200, message: t('fleet.admin.v.max', { max: 200 }) }]}>
        <Input data-testid="fleet-disposal-party" placeholder={t('fleet.admin.disposal.partyPlaceholder')} />
      </Form.Item>
      <Form.Item name="disposalMethod" label={t('fleet.admin.disposal.method')} rules={[{ required: true, message: t('fleet.admin.disposal.methodRequired') }]}>
        <Radio.Group optionType="button" data-testid="fleet-disposal-method" options={DISPOSAL_METHODS.map((m) => ({ value: m, label: method(m) }))} />
      </Form.Item>
      <Form.Item name="documentNo" label={t('fleet.admin.disposal.documentNo')} rules={[{ max: 100, message: t('fleet.admin.v.max', { max: 100 }) }]}>
        <Input data-testid="fleet-disposal-docno" placeholder={t('fleet.admin.disposal.docNoPlaceholder')} />
      </Form.Item>
      <Form.Item name="documentFileIds" label={t('fleet.admin.disposal.documents')} extra={t('fleet.admin.disposal.documentsHint')} validateTrigger={['onChange', 'onSubmit']}
        rules={[{ required: true, type: 'array', min: 1, message: t('fleet.admin.disposal.documentsRequired') }]}>
        <FileIdsUpload use={VEHICLE_DOCUMENT} accept=".pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp" testid="fleet-disposal-documents" onBusy={setUploading} />
      </Form.Item>
      <Form.Item name="reason" label={t('fleet.admin.disposal.note')} rules={[{ max: 500, message: t('fleet.admin.v.max', { max: 500 }) }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDrawer>
  );
}
