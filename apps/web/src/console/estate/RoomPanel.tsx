import { CloseOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isOver, roomOverrun } from './plan.api';
import type { PlanRoom } from './types';
import { EstateTag, m2 } from './widgets';

/** The side panel of the floor plan: the clicked room, its occupants and the overrun. */
export function RoomPanel({ room, onClose, extra }: { room: PlanRoom | null; onClose(): void; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  if (!room) {
    return (
      <Card size="small" title={t('estate.plan.panel')} data-testid="estate-room-panel-empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('estate.plan.pickRoom')} />
      </Card>
    );
  }
  const over = isOver(room);
  const overrun = roomOverrun(room);
  return (
    <Card size="small" data-testid="estate-room-panel"
      title={<Space>{t('estate.plan.roomTitle', { number: room.number })}{over && <Tag color="red" icon={<WarningFilled />}>{t('estate.plan.over')}</Tag>}</Space>}
      extra={<Button type="text" size="small" icon={<CloseOutlined />} onClick={onClose} aria-label={t('common.close')} />}>
      <Descriptions size="small" column={1} items={[
        { label: t('estate.room.useClass'), children: <Space size={4}><EstateTag family="useClass" value={room.useClass} />{room.subUse}</Space> },
        { label: t('estate.plan.area'), children: <span data-testid="estate-panel-area">{m2(room.usableAreaM2)} m²</span> },
        { label: t('estate.room.agency'), children: room.agencyName ?? '—' },
        { label: t('common.status'), children: <EstateTag family="roomStatus" value={room.status} /> },
      ]} />
      {over && (
        <Alert type="error" showIcon style={{ margin: '8px 0' }} data-testid="estate-panel-overrun"
          title={t('estate.plan.overrunText', { m2: m2(overrun) })} />
      )}
      <Typography.Text strong>{t('estate.plan.occupants', { count: room.occupants.length })}</Typography.Text>
      <List size="small" dataSource={room.occupants} data-testid="estate-panel-occupants"
        locale={{ emptyText: t('estate.plan.noOccupants') }}
        renderItem={(o) => {
          const oo = (o.overrunM2 ?? 0) > 0;
          return (
            <List.Item data-testid={`estate-occupant-${o.name}`}>
              <div style={{ width: '100%' }}>
                <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                  <span><b>{o.name}</b>{o.post ? ` · ${o.post}` : ''}</span>
                  {oo ? <Tag color="red">{t('estate.plan.overBy', { m2: m2(o.overrunM2) })}</Tag> : o.standardM2 !== null && o.standardM2 !== undefined ? <Tag color="green">{t('estate.plan.withinStandard')}</Tag> : null}
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('estate.plan.standardVsActual', { standard: m2(o.standardM2), actual: m2(o.actualM2) })}
                </Typography.Text>
              </div>
            </List.Item>
          );
        }} />
      {extra}
    </Card>
  );
}
