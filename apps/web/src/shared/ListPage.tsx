import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';
import { ExportButton } from './ExportButton';
import { ImportDialog } from './ImportDialog';
import { errorText } from './notify';
import { QueryForm, type QueryFormProps } from './QueryForm';
import type { ListState } from './useList';

export interface ListPageProps<T> {
  title: ReactNode;
  list: ListState<T>;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  /** Query form fields (Form.Item elements). */
  query?: ReactNode;
  queryProps?: Pick<QueryFormProps, 'toValues' | 'toQuery'>;
  onCreate?: () => void;
  createLabel?: ReactNode;
  /** 批量导入: the template and import URLs; shown when given. */
  importer?: { templateUrl: string; importUrl: string };
  canExport?: boolean;
  /** Extra toolbar buttons. */
  extra?: ReactNode;
  /** Text of the empty state, saying what to do. */
  emptyText?: ReactNode;
  testid: string;
  tableProps?: Omit<TableProps<T>, 'columns' | 'dataSource' | 'rowKey'>;
  /** Above the card (e.g. a selector the list depends on). */
  header?: ReactNode;
}

const sortOrderOf = (sort: string | undefined, field: string) => {
  const part = sort?.split(',').find((p) => p.split(':')[0] === field);
  if (!part) return null;
  return part.endsWith(':desc') ? ('descend' as const) : ('ascend' as const);
};

/** The list page of the console: query form, toolbar, table with sort and pagination. */
export function ListPage<T extends object>(props: ListPageProps<T>) {
  const { t } = useTranslation();
  const { list } = props;
  const [importOpen, setImportOpen] = useState(false);

  const columns = props.columns.map((c) => {
    const key = String(('dataIndex' in c ? c.dataIndex : undefined) ?? c.key ?? '');
    return c.sorter ? { ...c, sortOrder: sortOrderOf(list.sort, key) } : c;
  });

  const onChange: TableProps<T>['onChange'] = (_p, _f, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
    const field = s?.columnKey ?? (Array.isArray(s?.field) ? s?.field.join('.') : s?.field);
    list.setSort(s?.order && field ? `${String(field)}:${s.order === 'descend' ? 'desc' : 'asc'}` : undefined);
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {props.header}
      {props.query && (
        <Card size="small">
          <QueryForm filters={list.filters} onSearch={list.setFilters} {...props.queryProps}>
            {props.query}
          </QueryForm>
        </Card>
      )}
      <Card
        title={props.title}
        extra={
          <Space wrap>
            {props.onCreate && (
              <Button type="primary" icon={<PlusOutlined />} onClick={props.onCreate} data-testid="toolbar-create">
                {props.createLabel ?? t('common.create')}
              </Button>
            )}
            {props.importer && (
              <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="toolbar-import">
                {t('common.import')}
              </Button>
            )}
            {props.canExport && <ExportButton url={list.exportUrl} />}
            {props.extra}
          </Space>
        }
      >
        {list.error instanceof ApiError && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorText(list.error.body)} data-testid="list-error" />
        )}
        <Table<T>
          data-testid={`table-${props.testid}`}
          rowKey={props.rowKey}
          size="middle"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          onChange={onChange}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={<Typography.Text type="secondary">{props.emptyText ?? t('common.emptyText')}</Typography.Text>}
              />
            ),
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: list.total,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100, 200],
            showTotal: (total) => <span data-testid="list-total">{t('common.total', { total })}</span>,
            onChange: (p, ps) => list.setPage(p, ps),
          }}
          {...props.tableProps}
        />
      </Card>
      {props.importer && (
        <ImportDialog
          open={importOpen}
          onClose={() => setImportOpen(false)}
          templateUrl={props.importer.templateUrl}
          importUrl={props.importer.importUrl}
          onDone={list.refetch}
        />
      )}
    </Space>
  );
}
