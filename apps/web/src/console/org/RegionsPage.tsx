import { Alert, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api';
import { CodeTag, StatusTag, useOrgCodes } from '../../shared/codes';
import { errorText } from '../../shared/notify';
import { useRegions, type RegionNode } from './useRegions';

/** 区域: the administrative regions as a tree (read-only). */
export default function RegionsPage() {
  const { t } = useTranslation();
  const codes = useOrgCodes();
  const { tree, items, loading, error } = useRegions();
  return (
    <Card title={t('menu.regions')}>
      {error instanceof ApiError && <Alert type="error" showIcon title={errorText(error.body)} style={{ marginBottom: 16 }} />}
      <Table<RegionNode>
        data-testid="table-regions"
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={tree}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        key={items.length}
        columns={[
          { title: t('org.regionName'), dataIndex: 'name' },
          { title: t('org.code'), dataIndex: 'code' },
          { title: t('org.adminLevel'), dataIndex: 'adminLevel', render: (v: string) => <CodeTag list={codes.adminLevels} code={v} /> },
          { title: t('org.sort'), dataIndex: 'sort', width: 80 },
          { title: t('common.status'), dataIndex: 'active', width: 100, render: (v: boolean) => <StatusTag status={v} /> },
        ]}
        footer={() => t('common.total', { total: items.length })}
      />
    </Card>
  );
}
