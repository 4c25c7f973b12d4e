import { BlockOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Empty, Form, Input, InputNumber, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { del, get, post, type Page } from '../../shared/api';
import { showError, showSuccess } from '../../shared/notify';
import { API, type Building, type Floor } from './types';
import { EstateTag, m2 } from './widgets';

/** The floors of a building, with the way to each floor's rooms and plan. */
export function FloorsDrawer({ building, onClose, canWrite }: { building: Building | null; onClose(): void; canWrite: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ level: number; name: string }>();
  const [adding, setAdding] = useState(false);
  const q = useQuery({
    queryKey: [`${API}/floors`, building?.id],
    queryFn: () => get<Page<Floor>>(`${API}/floors`, { buildingId: building!.id, pageSize: 200, sort: 'level:desc' }),
    enabled: !!building,
  });
  const add = async () => {
    const v = await form.validateFields();
    try {
      await post(`${API}/floors`, { ...v, buildingId: building!.id });
      showSuccess(t('common.saved'));
      form.resetFields();
      setAdding(false);
      void q.refetch();
    } catch (e) {
      showError(e);
    }
  };
  const remove = async (f: Floor) => {
    try {
      await del(`${API}/floors/${f.id}`);
      showSuccess(t('estate.common.deleted'));
      void q.refetch();
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Drawer open={!!building} onClose={onClose} size={760} title={building ? `${building.name} · ${t('estate.building.floorList')}` : ''} data-testid="estate-floors-drawer"
      extra={canWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="estate-floor-add">{t('estate.floor.create')}</Button>}>
      {building && (
        <Descriptions size="small" column={3} style={{ marginBottom: 16 }} items={[
          { label: t('estate.building.code'), children: building.code },
          { label: t('estate.building.region'), children: building.regionName },
          { label: t('common.status'), children: <EstateTag family="buildingStatus" value={building.status} /> },
          { label: t('estate.building.address'), children: building.address ?? '—', span: 2 },
          { label: t('estate.building.usableArea'), children: `${m2(building.usableAreaM2)} m²` },
        ]} />
      )}
      {adding && (
        <Form form={form} layout="inline" style={{ marginBottom: 16 }} onFinish={() => void add()}>
          <Form.Item name="level" rules={[{ required: true, message: t('estate.common.required') }]}><InputNumber placeholder={t('estate.floor.level')} min={-20} max={200} precision={0} data-testid="estate-floor-level" /></Form.Item>
          <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('estate.common.required') }]}><Input placeholder={t('estate.floor.namePh')} data-testid="estate-floor-name" /></Form.Item>
          <Space><Button type="primary" htmlType="submit" data-testid="estate-floor-save">{t('common.save')}</Button><Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button></Space>
        </Form>
      )}
      <Table<Floor> rowKey="id" size="small" loading={q.isFetching} dataSource={q.data?.items ?? []} pagination={false} data-testid="table-estate-floors"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.floor.empty')} /> }}
        columns={[
          { title: t('estate.floor.level'), dataIndex: 'level', width: 80 },
          { title: t('estate.floor.name'), dataIndex: 'name' },
          { title: t('estate.building.rooms'), dataIndex: 'roomCount', align: 'right' },
          { title: t('estate.building.usableArea'), dataIndex: 'usableAreaM2', align: 'right', render: m2 },
          { title: t('estate.floor.plan'), dataIndex: 'planKind', render: (v: string | null) => (v ? v.toUpperCase() : t('estate.floor.noPlan')) },
          {
            title: t('common.actions'), key: 'a', render: (_, f) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<TableOutlined />} onClick={() => navigate(`/estate/rooms?buildingId=${f.buildingId}&floorId=${f.id}`)}>{t('estate.floor.rooms')}</Button>
                <Button type="link" size="small" icon={<BlockOutlined />} onClick={() => navigate(`/estate/floor-plans?floorId=${f.id}`)} data-testid={`estate-floor-plan-${f.level}`}>{t('estate.floor.plan')}</Button>
                {canWrite && f.roomCount === 0 && (
                  <Popconfirm title={t('estate.floor.confirmDelete', { name: f.name })} onConfirm={() => remove(f)}>
                    <Button type="link" size="small" danger>{t('common.delete')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]} />
    </Drawer>
  );
}
