import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Divider, Drawer, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { AttachmentList, AttachmentUploader } from './Attachments';
import { FILE_RULES, type AttachedFile } from './estate.files';
import { ReportForm } from './ReportForm';
import { API } from './types';
import { EstateTag } from './widgets';

interface FindingDetail {
  id: string; agencyName: string; roomNumber: string | null; foundOn: string; category: string; description: string; severity: string; rectifyBy: string; status: string;
  reportText: string | null; reportedAt: string | null; closedAt: string | null; closeNote: string | null; photos: AttachedFile[]; reportFiles: AttachedFile[];
}

/** A finding of a special inspection: the facts, 现场照片 (the inspectors add and remove them until it is closed), the agency's rectification and its files. */
export function FindingDrawer({ findingId, manage, report, onClose, onChanged }: { findingId: string | null; manage: boolean; report: boolean; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const path = `${API}/inspection-findings/${findingId}`;
  const q = useQuery({ queryKey: [path], queryFn: () => get<FindingDetail>(path), enabled: !!findingId });
  const f = q.data;
  const refresh = () => { void q.refetch(); onChanged(); };
  const editable = manage && f?.status !== 'closed';
  const reporting = report && f?.status === 'open';
  return (
    <Drawer open={!!findingId} onClose={onClose} size={760} title={f ? `${t('estate.inspection.detail')} · ${f.category}` : t('estate.inspection.detail')} data-testid="estate-finding-drawer" destroyOnHidden>
      {!f ? <Spin /> : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={2} items={[
            { label: t('estate.room.agency'), children: f.agencyName },
            { label: t('estate.inspection.room'), children: f.roomNumber ?? '—' },
            { label: t('estate.inspection.category'), children: f.category },
            { label: t('estate.inspection.severity'), children: <Tag color={f.severity === 'major' ? 'red' : 'orange'}>{t(`estate.inspection.severityKind.${f.severity}`, { defaultValue: f.severity })}</Tag> },
            { label: t('estate.inspection.foundOn'), children: f.foundOn },
            { label: t('estate.inspection.rectifyBy'), children: f.rectifyBy },
            { label: t('common.status'), children: <EstateTag family="inspection.status" value={f.status} testid="estate-finding-status" />, span: 2 },
            { label: t('estate.inspection.description'), children: f.description, span: 2 },
          ]} />
          <Card size="small" title={`${t('estate.inspection.photos')}（${f.photos.length}）`} data-testid="estate-finding-photos-card"
            extra={editable && <AttachmentUploader rule={FILE_RULES.photo} label={t('estate.inspection.addPhotos')} testid="estate-photo-upload"
              attach={(fileIds) => post(`${path}/photos`, { fileIds }).then(refresh)} />}>
            {manage && f.status === 'closed' && <Alert type="info" showIcon title={t('estate.inspection.sealed')} style={{ marginBottom: 12 }} />}
            <AttachmentList files={f.photos} canDelete={editable} onChanged={refresh} emptyText={t('estate.inspection.noPhotos')} testid="estate-finding-photos" />
          </Card>
          <Card size="small" title={t('estate.inspection.reportText')}>
            {(!reporting || f.reportText || f.reportFiles.length > 0) && (
              <>
                {f.reportText ? (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{f.reportText}</Typography.Paragraph>
                    {f.reportedAt && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatInstant(f.reportedAt)}</Typography.Text>}
                  </Space>
                ) : <Typography.Text type="secondary">—</Typography.Text>}
                <Typography.Title level={5} style={{ fontSize: 14, marginTop: 12 }}>{t('estate.inspection.reportFiles')}</Typography.Title>
                <AttachmentList files={f.reportFiles} emptyText={t('estate.inspection.noReportFiles')} testid="estate-finding-report-files" />
              </>
            )}
            {f.closeNote && <Alert type={f.status === 'closed' ? 'success' : 'warning'} title={`${t('estate.inspection.closeNote')}：${f.closeNote}`} style={{ marginTop: 12 }} />}
            {reporting && (
              <>
                {(f.reportText || f.closeNote) && <Divider style={{ margin: '16px 0 12px' }} />}
                <Alert type="info" showIcon title={t('estate.inspection.reportHint')} style={{ marginBottom: 12 }} />
                <ReportForm findingPath={path} onReported={refresh} />
              </>
            )}
          </Card>
        </Space>
      )}
    </Drawer>
  );
}
