import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from './auth';
import { menuFor } from './menu';

/** 首页: a greeting and the pages this account may open. */
export default function HomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const modules = menuFor(me?.permissions ?? []);
  return (
    <Card>
      <Typography.Title level={3}>{t('home.welcome', { name: me?.displayName ?? '' })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      {modules.length === 0 && <Empty description={t('home.noPages')} />}
      <Row gutter={[16, 16]}>
        {modules.flatMap((m) =>
          m.pages.map((p) => (
            <Col key={p.key} xs={24} sm={12} lg={6}>
              <Link to={p.path}>
                <Card hoverable size="small">
                  <Typography.Text type="secondary">{t(m.label)}</Typography.Text>
                  <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
                    {p.icon} {t(p.label)}
                  </Typography.Title>
                </Card>
              </Link>
            </Col>
          )),
        )}
      </Row>
    </Card>
  );
}
