import { FileOutlined, PictureOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Image, Space, Table, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatInstant } from '../../shared/format';
import { showError, showSuccess } from '../../shared/notify';
import { attachVehicleFiles, fileUrl, statusHistory, thumbnailUrl, uploadFile, VEHICLE_DOCUMENT, VEHICLE_PHOTO, vehicleFiles, type VehicleFile } from './fleet.admin.api';
import { FP } from './menu';
import { API } from './types';
import { FleetTag } from './widgets';

const filesKey = (vehicleId: string) => [`${API}/vehicles`, vehicleId, 'files'];
const historyKey = (vehicleId: string) => [`${API}/vehicles`, vehicleId, 'status-changes'];
const IMAGES = '.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp';
const DOCUMENTS = `.pdf,application/pdf,${IMAGES}`;
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export const useVehicleFiles = (vehicleId: string) => useQuery({ queryKey: filesKey(vehicleId), queryFn: () => vehicleFiles(vehicleId) });
export const useStatusHistory = (vehicleId: string) => useQuery({ queryKey: historyKey(vehicleId), queryFn: () => statusHistory(vehicleId) });

/** An upload button that uploads the chosen files under `kind` and attaches them to the vehicle at once. */
function AttachButton({ vehicleId, kind }: { vehicleId: string; kind: 'photo' | 'document' }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(0);
  return (
    <Upload
      multiple
      showUploadList={false}
      accept={kind === 'photo' ? IMAGES : DOCUMENTS}
      customRequest={({ file }) => {
        setBusy((n) => n + 1);
        void (async () => {
          try {
            const id = await uploadFile(kind === 'photo' ? VEHICLE_PHOTO : VEHICLE_DOCUMENT, file as File);
            await attachVehicleFiles(vehicleId, kind, [id]);
            showSuccess(t('fleet.admin.files.uploaded', { name: (file as File).name }));
            await qc.invalidateQueries({ queryKey: filesKey(vehicleId) });
          } catch (e) {
            showError(e);
          } finally {
            setBusy((n) => n - 1);
          }
        })();
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={busy > 0} data-testid={`fleet-vehicle-upload-${kind}`}>
        {kind === 'photo' ? t('fleet.admin.files.uploadPhoto') : t('fleet.admin.files.uploadDocument')}
      </Button>
    </Upload>
  );
}

/** The first photo of a vehicle, small, for the header (nothing when there is none). */
export function HeaderPhoto({ vehicleId }: { vehicleId: string }) {
  const q = useVehicleFiles(vehicleId);
  const photo = q.data?.items.find((f) => f.use === VEHICLE_PHOTO);
  if (!photo) return null;
  return <Image src={thumbnailUrl(photo.id)} preview={{ src: fileUrl(photo.id) }} width={56} height={42} style={{ objectFit: 'cover', borderRadius: 4 }} data-testid="fleet-vehicle-header-photo" />;
}

/** 照片与附件: the vehicle's photos (thumbnails, preview), its documents (licence scans, hand-over papers) and the status history. */
export function FilesPanel({ vehicleId }: { vehicleId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const q = useVehicleFiles(vehicleId);
  const history = useStatusHistory(vehicleId);
  const photos = q.data?.items.filter((f) => f.use === VEHICLE_PHOTO) ?? [];
  const documents = q.data?.items.filter((f) => f.use !== VEHICLE_PHOTO) ?? [];
  const canWrite = can(FP.vehicleWrite);
  const title = (icon: ReactNode, text: string, kind: 'photo' | 'document') => (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      <Typography.Title level={5} style={{ margin: 0 }}>{icon} {text}</Typography.Title>
      {canWrite && <AttachButton vehicleId={vehicleId} kind={kind} />}
    </Space>
  );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="fleet-vehicle-files">
      {title(<PictureOutlined />, t('fleet.admin.files.photos'), 'photo')}
      {canWrite && <Typography.Text type="secondary">{t('fleet.admin.files.photoHint')}</Typography.Text>}
      {photos.length ? (
        <Image.PreviewGroup>
          <Space wrap size={12} data-testid="fleet-vehicle-photos">
            {photos.map((p) => (
              <Image key={p.id} src={thumbnailUrl(p.id)} preview={{ src: fileUrl(p.id) }} width={200} height={150} style={{ objectFit: 'cover', borderRadius: 6 }} alt={p.filename} />
            ))}
          </Space>
        </Image.PreviewGroup>
      ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={canWrite ? t('fleet.admin.files.noPhotos') : t('common.emptyText')} />}
      {title(<FileOutlined />, t('fleet.admin.files.documents'), 'document')}
      <Table<VehicleFile> size="small" rowKey="id" data-testid="table-fleet-vehicle-documents" dataSource={documents} pagination={false} loading={q.isFetching}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fleet.admin.files.noDocuments')} /> }}
        columns={[
          { title: t('fleet.admin.files.filename'), dataIndex: 'filename', render: (n: string, f) => <a href={`${fileUrl(f.id)}?download=1`}>{n}</a> },
          { title: t('fleet.admin.files.size'), dataIndex: 'sizeBytes', align: 'right', render: size },
          { title: t('fleet.admin.files.uploadedAt'), dataIndex: 'createdAt', render: (d: string) => formatInstant(d) },
        ]} />
      <Typography.Title level={5} style={{ margin: 0 }}>{t('fleet.admin.disposal.history')}</Typography.Title>
      {history.isError && <Alert type="error" showIcon title={t('fleet.common.notReady')} />}
      <Table size="small" rowKey="id" data-testid="table-fleet-vehicle-status-changes" dataSource={history.data?.items ?? []} pagination={false} loading={history.isFetching}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('fleet.admin.disposal.at'), dataIndex: 'at', render: (d: string) => formatInstant(d) },
          { title: t('fleet.admin.disposal.from'), dataIndex: 'fromStatus', render: (s: string) => <FleetTag family="vehicleStatus" value={s} /> },
          { title: t('fleet.admin.disposal.to'), dataIndex: 'toStatus', render: (s: string) => <FleetTag family="vehicleStatus" value={s} /> },
          { title: t('fleet.admin.disposal.reason'), dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
          { title: t('fleet.admin.disposal.receivingParty'), dataIndex: 'receivingParty', render: (r: string | null) => r ?? '—' },
          { title: t('fleet.admin.disposal.method'), dataIndex: 'disposalMethod', render: (m: string | null) => (m ? t(`fleet.admin.disposal.methods.${m}`, { defaultValue: m }) : '—') },
          { title: t('fleet.admin.disposal.documentNo'), dataIndex: 'documentNo', render: (r: string | null) => r ?? '—' },
        ]} />
    </Space>
  );
}

/** The hand-over of a disposed vehicle, from its last status change to 已处置. */
export function DisposalInfo({ vehicleId }: { vehicleId: string }) {
  const { t } = useTranslation();
  const history = useStatusHistory(vehicleId);
  const d = history.data?.items.find((c) => c.toStatus === 'disposed');
  if (!d) return null;
  return (
    <Alert type="info" showIcon data-testid="fleet-vehicle-disposal-info" title={t('fleet.admin.disposal.disposedInfo', {
      date: formatInstant(d.at), party: d.receivingParty ?? '—', method: d.disposalMethod ? t(`fleet.admin.disposal.methods.${d.disposalMethod}`) : '—', no: d.documentNo ?? '—',
    })} />
  );
}

/** Refreshes what a status change touches: the vehicle and every query under it (files, status history, timeline). */
export function useRefreshVehicle(vehicleId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: [`${API}/vehicles`, vehicleId] });
}
