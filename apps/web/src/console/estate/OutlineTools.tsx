import { Alert, Button, Card, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showError, showSuccess } from '../../shared/notify';
import { saveOutline } from './plan.api';
import type { FloorPlan, Point } from './types';

/** Outline drawing over the plan: choose the room, click its corners on the plan, save the polygon. */
export function OutlineTools({ plan, points, roomId, onRoom, onPoints, onDone }: {
  plan: FloorPlan; points: Point[]; roomId: string | null; onRoom(id: string): void; onPoints(p: Point[]): void; onDone(): void;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!roomId) return;
    setSaving(true);
    try {
      await saveOutline(roomId, points);
      showSuccess(t('estate.plan.outlineSaved'));
      onPoints([]);
      onDone();
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card size="small" title={t('estate.plan.drawTitle')} data-testid="estate-outline-tools">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('estate.plan.drawHelp')} />
        <Select showSearch={{ optionFilterProp: 'label' }} style={{ width: '100%' }} value={roomId ?? undefined} onChange={onRoom} placeholder={t('estate.plan.drawRoom')}
          data-testid="estate-outline-room"
          options={plan.rooms.map((r) => ({ value: r.id, label: `${r.number}${r.outline?.length ? ` ✓` : ''}` }))} />
        <span>{t('estate.plan.points', { count: points.length })}</span>
        <Space wrap>
          <Button onClick={() => onPoints(points.slice(0, -1))} disabled={!points.length}>{t('estate.plan.undo')}</Button>
          <Button onClick={() => onPoints([])} disabled={!points.length}>{t('estate.plan.clear')}</Button>
          <Button type="primary" loading={saving} disabled={!roomId || points.length < 3} onClick={() => void save()} data-testid="estate-outline-save">{t('estate.plan.saveOutline')}</Button>
          <Button onClick={onDone}>{t('estate.plan.stopDrawing')}</Button>
        </Space>
      </Space>
    </Card>
  );
}
