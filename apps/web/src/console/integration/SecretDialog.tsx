import { Alert, Button, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A secret shown this once (an API token, a device secret), with a copy button. */
export function SecretDialog({ secret, title, warning, onClose, testid }: { secret: string | null; title: ReactNode; warning: ReactNode; onClose(): void; testid: string }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={600}
      footer={<Button type="primary" onClick={onClose} data-testid={`${testid}-close`}>{t('integration.secret.close')}</Button>}
      data-testid={testid}
    >
      <Alert type="warning" showIcon title={warning} style={{ marginBottom: 12 }} />
      <Typography.Paragraph
        code
        copyable={{ text: secret ?? '', tooltips: [t('integration.secret.copy'), t('integration.secret.copied')] }}
        style={{ wordBreak: 'break-all' }}
        data-testid={`${testid}-value`}
      >
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
