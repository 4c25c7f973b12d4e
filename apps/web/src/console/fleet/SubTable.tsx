import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, type Page, type Query } from '../../shared/api';
import { errorText } from '../../shared/notify';

/** A server list inside a tab or a card: paged in SQL, with its own empty state and errors. */
export function SubTable<T extends object>({ path, query, columns, rowKey = 'id' as keyof T & string, testid, emptyText, pageSize = 10 }: {
  path: string; query?: Query; columns: TableColumnsType<T>; rowKey?: (keyof T & string) | ((r: T) => string); testid: string; emptyText?: string; pageSize?: number;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: [path, 'sub', query, page],
    queryFn: () => orMissing(get<Page<T>>(path, { ...query, page, pageSize })),
  });
  const missing = !!q.data?.missing;
  return (
    <>
      {q.error instanceof ApiError && !missing && <Alert type="error" showIcon title={errorText(q.error.body)} style={{ marginBottom: 12 }} />}
      <Table<T>
        data-testid={`table-${testid}`}
        rowKey={rowKey}
        size="small"
        columns={columns}
        dataSource={q.data?.items ?? []}
        loading={q.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<Typography.Text type="secondary">{missing ? t('fleet.common.notReady') : (emptyText ?? t('common.emptyText'))}</Typography.Text>} /> }}
        pagination={{ current: page, pageSize, total: q.data?.total ?? 0, onChange: setPage, showTotal: (n) => t('common.total', { total: n }), hideOnSinglePage: true }}
      />
    </>
  );
}

/** A list whose endpoint answers 404 (not deployed on this server yet) as an empty page marked `missing`, without an error toast. */
export async function orMissing<T>(p: Promise<Page<T>>): Promise<Page<T> & { missing?: boolean }> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404 && e.body.messageEn === 'No such route') return { items: [], total: 0, missing: true };
    throw e;
  }
}
