import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export default function NotFound({ forbidden }: { forbidden?: boolean }) {
  const { t } = useTranslation();
  return (
    <Result
      status={forbidden ? '403' : '404'}
      title={forbidden ? '403' : '404'}
      subTitle={forbidden ? t('common.forbidden') : t('common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('menu.home')}</Button>
        </Link>
      }
    />
  );
}
