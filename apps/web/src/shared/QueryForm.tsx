import { DownOutlined, ReloadOutlined, SearchOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, Space } from 'antd';
import { Children, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Query } from './api';

export interface QueryFormProps {
  /** Form.Item elements; the first three are always visible, the rest behind 展开. */
  children: ReactNode;
  filters: Record<string, string>;
  onSearch(values: Query): void;
  /** URL strings → form values (e.g. dates); defaults to the strings themselves. */
  toValues?(filters: Record<string, string>): Record<string, unknown>;
  /** Form values → query fields; defaults to the values themselves. */
  toQuery?(values: Record<string, unknown>): Query;
}

/** The collapsible query form on top of every list page. */
export function QueryForm({ children, filters, onSearch, toValues, toQuery }: QueryFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [expanded, setExpanded] = useState(false);
  const items = Children.toArray(children);
  const visible = expanded ? items : items.slice(0, 3);
  const filtersKey = JSON.stringify(filters);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues ? toValues(filters) : filters);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filtersKey]);

  const submit = (values: Record<string, unknown>) => onSearch(toQuery ? toQuery(values) : (values as Query));

  return (
    <Form form={form} onFinish={submit} data-testid="query-form" className="zd-query-form">
      <Row gutter={16}>
        {visible.map((item, i) => (
          <Col key={i} xs={24} md={12} xl={6}>
            {item}
          </Col>
        ))}
        <Col xs={24} md={12} xl={6} style={{ marginLeft: 'auto', textAlign: 'right' }}>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="query-submit">
              {t('common.search')}
            </Button>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                form.resetFields();
                onSearch({});
              }}
              data-testid="query-reset"
            >
              {t('common.reset')}
            </Button>
            {items.length > 3 && (
              <Button type="link" onClick={() => setExpanded(!expanded)}>
                {expanded ? t('common.collapse') : t('common.expand')} {expanded ? <UpOutlined /> : <DownOutlined />}
              </Button>
            )}
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
