import { StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Popconfirm, Radio, Row, Select, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { paths } from '@zd/api-types';
import { useCan } from '../../app/auth';
import { api, queryString, typedQuery, unwrap, type Query } from '../../shared/api';
import { StatusTag } from '../../shared/codes';
import { FormDrawer } from '../../shared/FormDrawer';
import { ListPage } from '../../shared/ListPage';
import { showSuccess } from '../../shared/notify';
import { useList } from '../../shared/useList';
import type { DictItem, DictType } from './types';

type ItemInput = paths['/api/v1/dict/types/{code}/items']['post']['requestBody']['content']['application/json'];

interface Values {
  code: string;
  parentCode?: string;
  labelZh: string;
  labelEn: string;
  value?: string;
  unit?: string;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  year?: number | null;
  source?: string;
  note?: string;
  sort?: number;
  active: boolean;
}

const DATE = 'YYYY-MM-DD';
const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

function useEn() {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
}

/** 停用: sets the last valid day of an item version (today unless chosen). */
function RetireButton({ item, onDone }: { item: DictItem; onDone(): void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState<Dayjs>(dayjs());
  const retire = async () => {
    await unwrap(api.POST('/api/v1/dict/items/{id}/retire', { params: { path: { id: item.id } }, body: { effectiveTo: date.format(DATE) } }));
    showSuccess(t('platform.dict.retired'));
    onDone();
  };
  return (
    <Popconfirm
      title={t('platform.dict.retireTitle')}
      description={
        <Space orientation="vertical" size={4}>
          <span>{t('platform.dict.retireDate')}</span>
          <DatePicker value={date} allowClear={false} onChange={(d) => d && setDate(d)} minDate={dayjs(item.effectiveFrom)} data-testid="dict-retire-date" />
        </Space>
      }
      okButtonProps={{ danger: true, 'data-testid': 'dict-retire-confirm' }}
      onConfirm={retire}
    >
      <Button type="link" size="small" danger icon={<StopOutlined />} data-testid={`dict-retire-${item.code}`}>
        {t('platform.dict.retire')}
      </Button>
    </Popconfirm>
  );
}

/** 数据字典: the dictionaries (code lists and factor tables) and the dated versions of their items. */
export default function DictPage() {
  const { t } = useTranslation();
  const en = useEn();
  const can = useCan();
  const canWrite = can('platform:dict:write');
  const types = useQuery({
    queryKey: ['/api/v1/dict/types', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/dict/types', { params: { query: { pageSize: 200, sort: 'sort:asc' } } })),
  });
  const typeList = types.data?.items ?? [];

  // The chosen dictionary lives in the URL (?type=) next to the item filters, so the page can be bookmarked.
  const [sp] = useSearchParams();
  const chosen = typeList.find((x) => x.code === sp.get('type')) ?? typeList[0];
  const path = `/api/v1/dict/types/${chosen?.code ?? '-'}/items`;
  const raw = useList<DictItem>(path, {
    enabled: !!chosen,
    fetch: (q: Query) => {
      const { type: _type, ...rest } = q;
      void _type;
      return unwrap(api.GET('/api/v1/dict/types/{code}/items', { params: { path: { code: chosen!.code }, query: typedQuery<'/api/v1/dict/types/{code}/items'>(rest) } }));
    },
  });
  const list = useMemo(() => {
    const { type: _type, ...filters } = raw.filters;
    void _type;
    return {
      ...raw,
      filters,
      setFilters: (v: Query) => raw.setFilters({ ...v, type: chosen?.code }),
      exportUrl: path + queryString({ ...filters, sort: raw.sort, format: 'xlsx' }),
    };
  }, [raw, chosen, path]);

  const [editing, setEditing] = useState<DictItem | 'new' | null>(null);
  const factor = chosen?.kind === 'factor';
  const typeName = (x: DictType) => (en ? x.nameEn : x.nameZh);

  const submit = async (v: Values) => {
    const body = {
      parentCode: orNull(v.parentCode),
      labelZh: v.labelZh.trim(),
      labelEn: v.labelEn.trim(),
      value: orNull(v.value),
      unit: orNull(v.unit),
      effectiveFrom: v.effectiveFrom.format(DATE),
      effectiveTo: v.effectiveTo ? v.effectiveTo.format(DATE) : null,
      year: v.year ?? null,
      source: orNull(v.source),
      note: orNull(v.note),
      sort: v.sort ?? 0,
      active: v.active,
    };
    if (editing === 'new') {
      const input: ItemInput = { ...body, code: v.code.trim() };
      await unwrap(api.POST('/api/v1/dict/types/{code}/items', { params: { path: { code: chosen!.code } }, body: input }));
    } else if (editing) {
      await unwrap(api.PATCH('/api/v1/dict/items/{id}', { params: { path: { id: editing.id } }, body }));
    }
    list.refetch();
    void types.refetch();
  };

  const initial: Partial<Values> =
    editing && editing !== 'new'
      ? {
          code: editing.code,
          parentCode: editing.parentCode ?? undefined,
          labelZh: editing.labelZh,
          labelEn: editing.labelEn,
          value: editing.value ?? undefined,
          unit: editing.unit ?? undefined,
          effectiveFrom: dayjs(editing.effectiveFrom),
          effectiveTo: editing.effectiveTo ? dayjs(editing.effectiveTo) : null,
          year: editing.year,
          source: editing.source ?? undefined,
          note: editing.note ?? undefined,
          sort: editing.sort,
          active: editing.active,
        }
      : { active: true, sort: 0, effectiveFrom: dayjs(), unit: chosen?.unit ?? undefined };

  const typePicker = (
    <Card size="small" title={t('platform.dict.types')} loading={types.isLoading} data-testid="dict-types">
      <Radio.Group
        value={chosen?.code}
        onChange={(e) => raw.setFilters({ type: e.target.value as string })}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
      >
        {typeList.map((x) => (
          <Radio.Button key={x.code} value={x.code} style={{ borderRadius: 4, borderInlineStartWidth: 1 }}>
            <span data-testid={`dict-type-${x.code}`}>{typeName(x)}</span>
            <Tag color={x.kind === 'factor' ? 'purple' : 'blue'} style={{ marginInline: '6px 0' }} bordered={false}>
              {t(`platform.dictKind.${x.kind}`)}
            </Tag>
          </Radio.Button>
        ))}
      </Radio.Group>
      {chosen?.description && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>{chosen.description}</Typography.Paragraph>
      )}
    </Card>
  );

  return (
    <>
      <ListPage<DictItem>
        header={typePicker}
        title={chosen ? t('platform.dict.items', { name: typeName(chosen) }) : t('platform.dict.chooseType')}
        testid="dict-items"
        list={list}
        rowKey="id"
        canExport={!!chosen}
        onCreate={canWrite && chosen ? () => setEditing('new') : undefined}
        createLabel={t('platform.dict.newItem')}
        emptyText={canWrite ? t('platform.dict.itemEmpty') : t('common.emptyText')}
        queryProps={{
          toValues: (f) => ({ ...f, onDate: f.onDate ? dayjs(f.onDate) : undefined, year: f.year ? Number(f.year) : undefined }),
          toQuery: (v) => ({ ...(v as Query), onDate: v.onDate ? (v.onDate as Dayjs).format(DATE) : undefined }),
        }}
        query={[
          <Form.Item key="q" name="q" label={t('common.keyword')}>
            <Input allowClear data-testid="query-q" />
          </Form.Item>,
          <Form.Item key="onDate" name="onDate" label={t('platform.dict.onDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>,
          <Form.Item key="active" name="active" label={t('platform.dict.active')}>
            <Select allowClear options={[{ value: 'true', label: t('status.active') }, { value: 'false', label: t('status.inactive') }]} />
          </Form.Item>,
          <Form.Item key="year" name="year" label={t('platform.dict.year')}>
            <InputNumber min={1900} max={2200} style={{ width: '100%' }} />
          </Form.Item>,
        ]}
        columns={[
          { title: t('platform.dict.code'), dataIndex: 'code', sorter: true, render: (v: string, x) => <span data-testid={`dict-item-${v}`}>{v}{x.parentCode && <Typography.Text type="secondary"> ← {x.parentCode}</Typography.Text>}</span> },
          { title: t('platform.dict.label'), key: 'label', render: (_: unknown, x) => <span data-testid={`dict-item-label-${x.code}`}>{en ? x.labelEn : x.labelZh}</span> },
          {
            title: `${t('platform.dict.value')} / ${t('platform.dict.unit')}`,
            dataIndex: 'value',
            align: 'right',
            render: (v: string | null, x) => (
              <Space size={4}>
                {x.unverified && (
                  <Tooltip title={t('platform.dict.unverifiedHint')}>
                    <Tag color="warning" data-testid={`dict-unverified-${x.code}`}>{t('platform.dict.unverified')}</Tag>
                  </Tooltip>
                )}
                {v === null ? '—' : <span data-testid={`dict-item-value-${x.code}`}>{Number(v).toLocaleString(en ? 'en' : 'zh-CN', { maximumFractionDigits: 8 })} <Typography.Text type="secondary">{x.unit ?? chosen?.unit ?? ''}</Typography.Text></span>}
              </Space>
            ),
          },
          {
            title: t('platform.dict.effective'),
            dataIndex: 'effectiveFrom',
            sorter: true,
            render: (v: string, x) => `${v} ~ ${x.effectiveTo ?? t('platform.dict.openEnded')}`,
          },
          { title: t('platform.dict.year'), dataIndex: 'year', sorter: true, render: (v: number | null) => v ?? '—' },
          {
            title: t('platform.dict.source'),
            dataIndex: 'source',
            render: (v: string | null) => (v ? <Tooltip title={v}><Typography.Text ellipsis style={{ maxWidth: 180 }}>{v}</Typography.Text></Tooltip> : '—'),
          },
          {
            title: t('platform.dict.note'),
            dataIndex: 'note',
            render: (v: string | null) => (v ? <Tooltip title={v}><Typography.Text ellipsis style={{ maxWidth: 200 }}>{v}</Typography.Text></Tooltip> : '—'),
          },
          { title: t('common.status'), dataIndex: 'active', width: 80, render: (v: boolean) => <StatusTag status={v} /> },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  fixed: 'right' as const,
                  render: (_: unknown, x: DictItem) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(x)} data-testid={`dict-edit-${x.code}`}>{t('common.edit')}</Button>
                      {x.effectiveTo === null && <RetireButton item={x} onDone={list.refetch} />}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormDrawer<Values>
        open={editing !== null}
        title={editing === 'new' ? t('platform.dict.newItem') : t('platform.dict.editItem')}
        onClose={() => setEditing(null)}
        initialValues={initial}
        onSubmit={submit}
        testid="dict-item-drawer"
        width={560}
      >
        <Alert type="info" showIcon title={t('platform.dict.versionHint')} style={{ marginBottom: 16 }} />
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="code" label={t('platform.dict.code')} rules={[{ required: true, whitespace: true, message: t('platform.dict.codeRequired') }, { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/ }]}>
              <Input disabled={editing !== 'new'} data-testid="dict-code" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="parentCode" label={t('platform.dict.parentCode')}>
              <Input data-testid="dict-parentCode" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="labelZh" label={t('platform.dict.labelZh')} rules={[{ required: true, whitespace: true, message: t('platform.dict.labelRequired') }, { max: 100 }]}>
              <Input data-testid="dict-labelZh" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="labelEn" label={t('platform.dict.labelEn')} rules={[{ required: true, whitespace: true, message: t('platform.dict.labelRequired') }, { max: 200 }]}>
              <Input data-testid="dict-labelEn" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="value"
              label={t('platform.dict.value')}
              rules={[{ required: factor, whitespace: true, message: t('platform.dict.valueRequired') }, { pattern: /^-?\d{1,12}(\.\d{1,8})?$/ }]}
            >
              <Input inputMode="decimal" data-testid="dict-value" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="unit" label={t('platform.dict.unit')} rules={[{ max: 32 }]}>
              <Input data-testid="dict-unit" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="effectiveFrom" label={t('platform.dict.effectiveFrom')} rules={[{ required: true, message: t('platform.dict.fromRequired') }]}>
              <DatePicker style={{ width: '100%' }} data-testid="dict-effectiveFrom" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="effectiveTo" label={t('platform.dict.effectiveTo')}>
              <DatePicker style={{ width: '100%' }} placeholder={t('platform.dict.openEnded')} data-testid="dict-effectiveTo" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="year" label={t('platform.dict.year')}>
              <InputNumber min={1900} max={2200} style={{ width: '100%' }} data-testid="dict-year" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="sort" label={t('platform.dict.sort')}>
              <InputNumber min={0} max={9999} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="active" label={t('platform.dict.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="source" label={t('platform.dict.source')} rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="dict-source" />
        </Form.Item>
        <Form.Item name="note" label={t('platform.dict.note')} extra={t('platform.dict.unverifiedHint')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="dict-note" />
        </Form.Item>
      </FormDrawer>
    </>
  );
}
