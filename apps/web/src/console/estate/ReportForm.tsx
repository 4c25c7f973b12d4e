import { Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, post } from '../../shared/api';
import { showError, showSuccess } from '../../shared/notify';
import { AttachmentUploader } from './Attachments';
import { FILE_RULES, fileUrl, formatSize, type AttachedFile } from './estate.files';

/**
 * 报送整改 with files (the agency's officer): the statement and the rectification files (photos, PDF),
 * uploaded first and attached to the finding when the report is sent; a file removed before sending is deleted.
 */
export function ReportForm({ findingPath, onReported }: { findingPath: string; onReported(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  const [files, setFiles] = useState<AttachedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    let v: { text: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    try {
      await post(`${findingPath}/report`, { text: v.text.trim(), fileIds: files.map((f) => f.id) });
      showSuccess(t('estate.inspection.done'));
      setFiles([]);
      form.resetFields();
      onReported();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  const drop = async (f: AttachedFile) => {
    setFiles((all) => all.filter((x) => x.id !== f.id));
    await del(fileUrl(f.id)).catch(() => undefined); // an unattached upload: its uploader may delete it; a leftover is purged by the server later
  };
  return (
    <Form form={form} layout="vertical" data-testid="estate-report-form">
      <Form.Item name="text" label={t('estate.inspection.reportText')} rules={[{ required: true, whitespace: true, message: t('estate.common.required') }, { min: 2, message: t('estate.inspection.reportMin') }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="estate-report-text" />
      </Form.Item>
      <Form.Item label={t('estate.inspection.reportFiles')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <AttachmentUploader rule={FILE_RULES.report} label={t('estate.inspection.addReportFiles')} testid="estate-report-upload"
            attach={async (ids, picked) => { setFiles((all) => [...all, ...ids.map((id, i) => ({ id, name: picked[i]!.name, mime: picked[i]!.type, sizeBytes: picked[i]!.size }))]); }} />
          {files.map((f) => (
            <Space key={f.id} size={4} data-testid={`estate-report-file-${f.name}`}>
              <span>{f.name}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatSize(f.sizeBytes)}</Typography.Text>
              <Button type="link" size="small" danger onClick={() => void drop(f)}>{t('estate.inspection.removeFile')}</Button>
            </Space>
          ))}
        </Space>
      </Form.Item>
      <Button type="primary" loading={busy} onClick={() => void send()} data-testid="estate-report-send">{t('estate.inspection.report')}</Button>
    </Form>
  );
}

