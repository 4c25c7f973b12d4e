import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** 导出: a plain link to the list URL with the current filters and `format=xlsx`. */
export function ExportButton({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Button href={url} icon={<DownloadOutlined />} data-testid="toolbar-export">
      {t('common.export')}
    </Button>
  );
}
