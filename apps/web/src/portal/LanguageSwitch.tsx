import { ActionSheet, List } from 'antd-mobile';
import { GlobalOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../app/i18n';

/** 语言 zh-CN / en-US: a list row (我的) or a small link (sign-in page). */
export function LanguageSwitch({ compact }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const current = LANGUAGES.find((l) => (i18n.resolvedLanguage ?? i18n.language) === l) ?? 'zh-CN';
  const sheet = (
    <ActionSheet
      visible={open}
      onClose={() => setOpen(false)}
      cancelText={t('portal.common.cancel')}
      actions={LANGUAGES.map((l) => ({
        key: l,
        text: <span data-testid={`portal-lang-${l}`}>{t(`portal.languages.${l}`)}</span>,
        bold: l === current,
        onClick: () => {
          setOpen(false);
          void i18n.changeLanguage(l);
        },
      }))}
    />
  );
  if (compact) {
    return (
      <>
        <a onClick={() => setOpen(true)} data-testid="portal-language">
          <GlobalOutlined /> {t(`portal.languages.${current}`)}
        </a>
        {sheet}
      </>
    );
  }
  return (
    <>
      <List.Item prefix={<GlobalOutlined />} extra={t(`portal.languages.${current}`)} onClick={() => setOpen(true)} data-testid="portal-language">
        {t('portal.me.language')}
      </List.Item>
      {sheet}
    </>
  );
}
