import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, http, XLSX_TYPE } from './api';
import { errorText, showError, showSuccess } from './notify';

interface RowError {
  row: number;
  field: string;
  message: string;
}

export interface ImportDialogProps {
  open: boolean;
  onClose(): void;
  templateUrl: string;
  importUrl: string;
  onDone(): void;
}

/**
 * 批量导入: download the template, upload the filled .xlsx as the raw request body; either every
 * row is created or nothing is, and the per-row errors are listed here.
 */
export function ImportDialog({ open, onClose, templateUrl, importUrl, onDone }: ImportDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<number | null>(null);
  const [failure, setFailure] = useState<{ text: string; errors: RowError[] } | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setCreated(null);
    setFailure(null);
    try {
      const r = await http<{ created: number }>('POST', importUrl, { body: file, contentType: XLSX_TYPE });
      setCreated(r.created);
      showSuccess(t('import.done', { count: r.created }));
      onDone();
    } catch (e) {
      if (e instanceof ApiError && (e.status === 422 || e.status === 400)) {
        const errors = (e.body.ref?.errors as RowError[] | undefined) ?? [];
        setFailure({ text: errorText(e.body), errors });
      } else showError(e);
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setCreated(null);
    setFailure(null);
    onClose();
  };

  return (
    <Modal open={open} title={t('import.title')} onCancel={close} footer={<Button onClick={close}>{t('common.close')}</Button>} width={720} destroyOnHidden>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('import.hint')}</Typography.Text>
        <Button icon={<DownloadOutlined />} href={templateUrl} data-testid="import-template">
          {t('import.template')}
        </Button>
        <div data-testid="import-upload">
          <Upload.Dragger
            accept=".xlsx"
            multiple={false}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{busy ? t('import.uploading') : t('import.drop')}</p>
          </Upload.Dragger>
        </div>
        {created !== null && <Alert type="success" showIcon title={t('import.done', { count: created })} data-testid="import-result" />}
        {failure && (
          <>
            <Alert type="error" showIcon title={failure.text} description={t('import.nothing')} data-testid="import-failure" />
            <Table<RowError>
              data-testid="import-errors"
              size="small"
              rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
              dataSource={failure.errors}
              pagination={{ pageSize: 8, showTotal: (total) => t('common.total', { total }) }}
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 80 },
                { title: t('import.field'), dataIndex: 'field', width: 160 },
                { title: t('import.message'), dataIndex: 'message' },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
