import { EditOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Form, Row, Segmented, Space, Spin, Typography, Upload } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/auth';
import { EP } from './menu';
import { OutlineTools } from './OutlineTools';
import { PlanCanvas } from './PlanCanvas';
import './estate.css';
import { loadPlan, uploadPlan, type ColourMode } from './plan.api';
import { showError, showSuccess } from '../../shared/notify';
import { RoomPanel } from './RoomPanel';
import { OCCUPANCY_COLOURS, STANDARD_COLOURS, USE_CLASSES, USE_COLOURS, type Point } from './types';
import { BuildingSelect, FloorSelect } from './widgets';

function Legend({ mode }: { mode: ColourMode }) {
  const { t } = useTranslation();
  const entries: [string, string][] = mode === 'use'
    ? USE_CLASSES.map((u) => [USE_COLOURS[u]!, t(`estate.useClass.${u}`)])
    : mode === 'occupancy'
      ? (Object.keys(OCCUPANCY_COLOURS) as (keyof typeof OCCUPANCY_COLOURS)[]).map((k) => [OCCUPANCY_COLOURS[k], t(`estate.plan.occ.${k}`)])
      : (Object.keys(STANDARD_COLOURS) as (keyof typeof STANDARD_COLOURS)[]).map((k) => [STANDARD_COLOURS[k], t(`estate.plan.std.${k}`)]);
  return (
    <Space size={16} wrap data-testid="estate-plan-legend">
      {entries.map(([c, label]) => (
        <Space key={label} size={6}><span style={{ display: 'inline-block', width: 14, height: 14, background: c, borderRadius: 2 }} />{label}</Space>
      ))}
    </Space>
  );
}

/** 平面图: a floor's plan with its rooms coloured by use, occupancy or over-standard state; click a room for its occupants. */
export default function FloorPlanPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [sp, setSp] = useSearchParams();
  const floorId = sp.get('floorId') ?? undefined;
  const [buildingPick, setBuildingPick] = useState<string | undefined>(sp.get('buildingId') ?? undefined);
  const [mode, setMode] = useState<ColourMode>((sp.get('mode') as ColourMode | null) ?? 'standard');
  const [selectedId, setSelectedId] = useState<string | null>(sp.get('room'));
  const [drawing, setDrawing] = useState<Point[] | null>(null);
  const [renderMs, setRenderMs] = useState<number | null>(null);

  const q = useQuery({ queryKey: ['estate-plan', floorId], queryFn: () => loadPlan(floorId!), enabled: !!floorId });
  const plan = q.data;
  const buildingId = buildingPick ?? plan?.floor.buildingId;
  const selected = useMemo(() => plan?.rooms.find((r) => r.id === selectedId) ?? null, [plan, selectedId]);
  const arrivedAt = q.dataUpdatedAt;
  const onRendered = useCallback(() => setRenderMs(Date.now() - arrivedAt), [arrivedAt]);
  const addPoint = useCallback((p: Point) => setDrawing((d) => [...(d ?? []), p]), []);

  const pickFloor = (id: string | undefined) => {
    setSelectedId(null);
    setDrawing(null);
    setSp((prev) => {
      const next = new URLSearchParams(prev);
      if (id) next.set('floorId', id);
      else next.delete('floorId');
      next.delete('room');
      return next;
    }, { replace: true });
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('estate.room.building')}>
            <BuildingSelect value={buildingId} onChange={(v) => { setBuildingPick(v); pickFloor(undefined); }} testid="estate-plan-building" placeholder={t('estate.plan.pickBuilding')} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label={t('estate.room.floor')}>
            <FloorSelect buildingId={buildingId} value={floorId} onChange={pickFloor} testid="estate-plan-floor" placeholder={t('estate.plan.pickFloor')} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item label={t('estate.plan.colourBy')}>
            <Segmented<ColourMode> value={mode} onChange={setMode} data-testid="estate-plan-mode" options={[
              { value: 'use', label: t('estate.plan.mode.use') },
              { value: 'occupancy', label: t('estate.plan.mode.occupancy') },
              { value: 'standard', label: t('estate.plan.mode.standard') },
            ]} />
          </Form.Item>
        </Form>
      </Card>
      {!floorId ? (
        <Card><Empty description={t('estate.plan.chooseFloor')} data-testid="estate-plan-empty" /></Card>
      ) : (
        <Row gutter={16}>
          <Col xs={24} xl={17}>
            <Card size="small"
              title={plan ? `${plan.floor.buildingName} · ${plan.floor.name}` : t('estate.menu.plans')}
              extra={<Space>
                {renderMs !== null && plan && <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="estate-plan-render-ms" data-ms={renderMs}>{t('estate.plan.rendered', { count: plan.rooms.length, ms: renderMs })}</Typography.Text>}
                {can(EP.write) && floorId && (
                  <Upload accept=".svg,image/png,image/jpeg,image/webp" showUploadList={false} customRequest={({ file }) => {
                    uploadPlan(floorId, file as File).then(() => { showSuccess(t('estate.plan.uploaded')); void q.refetch(); }, showError);
                  }}>
                    <Button size="small" icon={<UploadOutlined />} data-testid="estate-plan-upload">{t('estate.plan.upload')}</Button>
                  </Upload>
                )}
                {can(EP.write) && plan && !drawing && <Button size="small" icon={<EditOutlined />} onClick={() => setDrawing([])} data-testid="estate-plan-draw">{t('estate.plan.draw')}</Button>}
              </Space>}>
              <div style={{ marginBottom: 8 }}><Legend mode={mode} /></div>
              {q.error ? <Alert type="error" showIcon title={t('estate.plan.loadFailed')} /> : !plan ? <Spin style={{ display: 'block', margin: 80 }} /> : plan.rooms.length === 0 && !plan.planUrl ? (
                <Empty description={t('estate.plan.noRooms')} />
              ) : (
                <div style={{ maxHeight: 'calc(100vh - 300px)', overflow: 'auto', border: '1px solid #f0f0f0' }}>
                  {!plan.planUrl && <Alert type="info" showIcon banner title={t('estate.plan.noPlanFile')} />}
                  <PlanCanvas plan={plan} mode={mode} selectedId={selectedId} onSelect={(r) => setSelectedId(r.id)} drawing={drawing} onAddPoint={addPoint} onRendered={onRendered} />
                </div>
              )}
            </Card>
          </Col>
          <Col xs={24} xl={7}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              {drawing && plan && (
                <OutlineTools plan={plan} points={drawing} roomId={selectedId} onRoom={setSelectedId} onPoints={setDrawing}
                  onDone={() => { setDrawing(null); void q.refetch(); }} />
              )}
              <RoomPanel room={selected} onClose={() => setSelectedId(null)} />
            </Space>
          </Col>
        </Row>
      )}
    </Space>
  );
}
