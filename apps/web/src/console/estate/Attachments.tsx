import { DeleteOutlined, DownloadOutlined, FileImageOutlined, FilePdfOutlined, FileTextOutlined, FileWordOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Empty, Image, Popconfirm, Space, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { del } from '../../shared/api';
import { showError, showSuccess } from '../../shared/notify';
import './attachments.css';
import { fileProblem, fileUrl, formatSize, isImage, thumbUrl, uploadFile, type AttachedFile, type FileRule } from './estate.files';

const iconOf = (f: AttachedFile) =>
  isImage(f) ? <FileImageOutlined /> : f.mime === 'application/pdf' ? <FilePdfOutlined style={{ color: '#d4380d' }} /> : f.mime.includes('wordprocessingml') ? <FileWordOutlined style={{ color: '#1677ff' }} /> : <FileTextOutlined />;

interface ListProps {
  files: AttachedFile[];
  /** A tag before the name (e.g. 批复 / 协议). */
  tagOf?(f: AttachedFile): ReactNode;
  /** Whether this account may delete (the server decides again). */
  canDelete?: boolean;
  onChanged?(): void;
  emptyText: string;
  testid: string;
}

/** Attached files: images as thumbnails that open a preview, other files as download links; deletion after a confirmation. */
export function AttachmentList({ files, tagOf, canDelete, onChanged, emptyText, testid }: ListProps) {
  const { t } = useTranslation();
  const remove = async (f: AttachedFile) => {
    try {
      await del(fileUrl(f.id));
      showSuccess(t('estate.files.deleted', { name: f.name }));
      onChanged?.();
    } catch (e) {
      showError(e);
    }
  };
  const deleteButton = (f: AttachedFile) => canDelete && (
    <Popconfirm title={t('estate.files.confirmDelete', { name: f.name })} description={t('estate.files.confirmDeleteHint')} okButtonProps={{ danger: true }} onConfirm={() => remove(f)}>
      <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid={`estate-file-delete-${f.name}`} />
    </Popconfirm>
  );
  if (!files.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} data-testid={`${testid}-empty`} />;
  const images = files.filter(isImage);
  const others = files.filter((f) => !isImage(f));
  return (
    <div data-testid={testid}>
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap size={12} style={{ marginBottom: others.length ? 12 : 0 }}>
            {images.map((f) => (
              <div key={f.id} className="estate-thumb" data-testid={`estate-file-${f.name}`}>
                <Image width={120} height={90} style={{ objectFit: 'cover', borderRadius: 4 }} src={f.hasThumbnail ? thumbUrl(f.id) : fileUrl(f.id)} preview={{ src: fileUrl(f.id) }} alt={f.name} />
                <div className="estate-thumb-caption">
                  {tagOf?.(f)}
                  <Typography.Text ellipsis={{ tooltip: f.name }} style={{ maxWidth: tagOf ? 60 : 96, fontSize: 12 }}>{f.name}</Typography.Text>
                  <a href={fileUrl(f.id, true)} download={f.name} aria-label={t('estate.common.download')}><DownloadOutlined /></a>
                  {deleteButton(f)}
                </div>
              </div>
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
      {others.map((f) => (
        <div key={f.id} className="estate-file-row" data-testid={`estate-file-${f.name}`}>
          {iconOf(f)}
          {tagOf?.(f)}
          <a href={fileUrl(f.id, true)} download={f.name} className="estate-file-name">{f.name}</a>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatSize(f.sizeBytes)}</Typography.Text>
          {deleteButton(f)}
        </div>
      ))}
    </div>
  );
}

interface UploaderProps {
  rule: FileRule;
  /** Attaches the uploaded files to the record (the module's route), or keeps them for a later step; the list is then refreshed by the caller. */
  attach(fileIds: string[], files: File[]): Promise<unknown>;
  label: string;
  testid: string;
  /** Something chosen before uploading (e.g. the document kind). */
  before?: ReactNode;
}

/** Upload button: checks type and size here with a clear message, uploads each file, then attaches it. */
export function AttachmentUploader({ rule, attach, label, testid, before }: UploaderProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(0);
  return (
    <Space wrap>
      {before}
      <Upload multiple accept={rule.accept} showUploadList={false} data-testid={testid}
        beforeUpload={(file) => {
          const problem = fileProblem(file, rule);
          if (problem) {
            showError(new Error(problem));
            return Upload.LIST_IGNORE;
          }
          return true;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          setBusy((n) => n + 1);
          void (async () => {
            try {
              const id = await uploadFile(rule.use, file as File);
              await attach([id], [file as File]);
              showSuccess(t('estate.files.uploaded', { name: (file as File).name }));
              onSuccess?.({ id });
            } catch (e) {
              showError(e);
              onError?.(e as Error);
            } finally {
              setBusy((n) => n - 1);
            }
          })();
        }}>
        <Button icon={<UploadOutlined />} loading={busy > 0} data-testid={`${testid}-button`}>{label}</Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('estate.files.hint', { types: rule.types, max: rule.maxMb })}</Typography.Text>
    </Space>
  );
}
