import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { HousingApplicationsTab } from './HousingApplicationsTab';
import { HousingFlatsTab } from './HousingFlatsTab';
import { HousingLeasesTab } from './HousingLeasesTab';
import { HousingRoundsTab } from './HousingRoundsTab';
import { EP } from './menu';

/** 住房保障: the reserve of flats, application rounds (notice, draw, waiting list), application review, leases. */
export default function HousingPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [, setSp] = useSearchParams();
  const tabs = [
    { key: 'applications', label: t('estate.housing.applications'), show: can(EP.housingApplicationRead), el: <HousingApplicationsTab /> },
    { key: 'rounds', label: t('estate.housing.rounds'), show: can(EP.housingRoundRead), el: <HousingRoundsTab /> },
    { key: 'flats', label: t('estate.housing.flats'), show: can(EP.housingFlatRead), el: <HousingFlatsTab /> },
    { key: 'leases', label: t('estate.housing.leases'), show: can(EP.housingLeaseRead), el: <HousingLeasesTab /> },
  ].filter((x) => x.show);
  const [tab, setTab] = useState(tabs[0]?.key ?? 'applications');
  return (
    <Tabs activeKey={tab} onChange={(k) => { setSp({}, { replace: true }); setTab(k); }} data-testid="estate-housing-tabs"
      items={tabs.map((x) => ({ key: x.key, label: x.label, children: tab === x.key && x.el }))} />
  );
}
