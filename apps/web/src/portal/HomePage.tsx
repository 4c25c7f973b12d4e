import { Badge, Grid } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { useCounts, isEn } from './data';
import { portalEntries } from './registry';
import { TabTitle } from './Frame';

/** 首页: a greeting, the two counters and the grid of the services this account may use. */
export default function HomePage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const navigate = useNavigate();
  const counts = useCounts();
  const entries = portalEntries(can);
  const en = isEn();
  return (
    <div data-testid="portal-home">
      <TabTitle title={t('portal.title')} />
      <div className="zdm-hero">
        <div className="zdm-hero-name" data-testid="portal-greeting">{t('portal.home.greeting', { name: me?.displayName ?? '' })}</div>
        <div className="zdm-hero-sub">{t('portal.subtitle')}</div>
      </div>
      <div className="zdm-stats">
        <div className="zdm-stat" onClick={() => navigate('/m/tasks')}>
          <div className="zdm-stat-value" data-testid="portal-stat-tasks">{counts.tasks}</div>
          <div className="zdm-stat-label">{t('portal.home.openTasks')}</div>
        </div>
        <div className="zdm-stat" onClick={() => navigate('/m/messages')}>
          <div className="zdm-stat-value" data-testid="portal-stat-messages">{counts.messages}</div>
          <div className="zdm-stat-label">{t('portal.home.unread')}</div>
        </div>
      </div>
      <div className="zdm-section-title">{t('portal.home.services')}</div>
      <div className="zdm-grid-card">
        {entries.length === 0 ? (
          <div className="zdm-meta" style={{ padding: '0 16px 8px' }}>{t('portal.home.noEntries')}</div>
        ) : (
          <Grid columns={4} gap={[0, 8]} data-testid="portal-grid">
            {entries.map((e) => {
              const n = e.badge ? counts[e.badge] : 0;
              return (
                <Grid.Item key={e.key} onClick={() => navigate(e.path)}>
                  <div className="zdm-tile" data-testid={`portal-entry-${e.key}`}>
                    <Badge content={n > 0 ? (n > 99 ? '99+' : n) : null}>
                      <div className="zdm-tile-icon" style={{ background: e.color }}>{e.icon}</div>
                    </Badge>
                    <div className="zdm-tile-label">{en ? e.label.en : e.label.zh}</div>
                  </div>
                </Grid.Item>
              );
            })}
          </Grid>
        )}
      </div>
    </div>
  );
}
