import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Drawer, Select, Space, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../shared/api';
import { formatInstant } from '../../shared/format';
import { AttachmentList, AttachmentUploader } from './Attachments';
import { FILE_RULES, type AttachedFile } from './estate.files';
import { API } from './types';
import { EstateTag, m2 } from './widgets';

interface TransferDetail {
  id: string; code: string; fromAgencyName: string; target: string; areaM2: string; titleCertNo: string | null; reason: string; status: string;
  decisionNote: string | null; decidedAt: string | null; completedOn: string | null; createdAt: string;
  rooms: Array<{ id: string; number: string; usableAreaM2: string }>; documents: AttachedFile[];
}
const KINDS = ['approval', 'agreement', 'title', 'other'] as const;
const KIND_COLOURS: Record<string, string> = { approval: 'red', agreement: 'blue', title: 'gold', other: 'default' };
/** Documents can be added and removed until the transfer is completed, returned or cancelled (the server's rule). */
const OPEN = ['draft', 'submitted', 'approved'];

/** A property transfer: facts, rooms, and 划转文件 (批复 / 协议 / 权属证明 …) with preview, download, upload and deletion. */
export function TransferDrawer({ transferId, canWrite, onClose, onChanged }: { transferId: string | null; canWrite: boolean; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const path = `${API}/transfers/${transferId}`;
  const q = useQuery({ queryKey: [path], queryFn: () => get<TransferDetail>(path), enabled: !!transferId });
  const [kind, setKind] = useState<string>('approval');
  const x = q.data;
  const refresh = () => { void q.refetch(); onChanged(); };
  const editable = canWrite && !!x && OPEN.includes(x.status);
  const kindTag = (f: AttachedFile) => <Tag color={KIND_COLOURS[f.kind ?? 'other']}>{t(`estate.transfer.docKind.${f.kind ?? 'other'}`)}</Tag>;
  return (
    <Drawer open={!!transferId} onClose={onClose} size={760} title={x ? `${t('estate.transfer.detail')} · ${x.code}` : t('estate.transfer.detail')} data-testid="estate-transfer-drawer" destroyOnHidden>
      {!x ? <Spin /> : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={2} items={[
            { label: t('estate.transfer.from'), children: x.fromAgencyName },
            { label: t('estate.transfer.targetLabel'), children: t(`estate.transfer.target.${x.target}`, { defaultValue: x.target }) },
            { label: t('estate.allocation.area'), children: m2(x.areaM2) },
            { label: t('estate.building.titleCertNo'), children: x.titleCertNo ?? '—' },
            { label: t('common.status'), children: <EstateTag family="transfer.status" value={x.status} testid="estate-transfer-status" /> },
            { label: t('estate.request.createdAt'), children: formatInstant(x.createdAt) },
            { label: t('estate.request.reason'), children: x.reason, span: 2 },
            ...(x.decisionNote ? [{ label: t('estate.transfer.decisionNote'), children: x.decisionNote, span: 2 }] : []),
            ...(x.completedOn ? [{ label: t('estate.transfer.completedOn'), children: x.completedOn, span: 2 }] : []),
          ]} />
          <Card size="small" title={`${t('estate.transfer.rooms')}（${x.rooms.length}）`}>
            <Table size="small" rowKey="id" pagination={false} dataSource={x.rooms} columns={[
              { title: t('estate.room.number'), dataIndex: 'number' },
              { title: t('estate.room.usableArea'), dataIndex: 'usableAreaM2', align: 'right', render: m2 },
            ]} />
          </Card>
          <Card size="small" title={`${t('estate.transfer.documents')}（${x.documents.length}）`} data-testid="estate-transfer-documents-card">
            {editable && (
              <div style={{ marginBottom: 12 }}>
                <AttachmentUploader rule={FILE_RULES.transferDoc} label={t('estate.transfer.addDocuments')} testid="estate-doc-upload"
                  attach={(fileIds) => post(`${path}/documents`, { kind, fileIds }).then(refresh)}
                  before={<Select value={kind} onChange={setKind} style={{ width: 130 }} aria-label={t('estate.transfer.docKindLabel')} data-testid="estate-doc-kind"
                    options={KINDS.map((k) => ({ value: k, label: t(`estate.transfer.docKind.${k}`) }))} />} />
              </div>
            )}
            {canWrite && !OPEN.includes(x.status) && (
              <Alert type="info" showIcon title={t('estate.transfer.sealed', { status: t(`estate.transfer.status.${x.status}`) })} style={{ marginBottom: 12 }} />
            )}
            <AttachmentList files={x.documents} tagOf={kindTag} canDelete={editable} onChanged={refresh} emptyText={t('estate.transfer.noDocuments')} testid="estate-transfer-documents" />
          </Card>
        </Space>
      )}
    </Drawer>
  );
}
