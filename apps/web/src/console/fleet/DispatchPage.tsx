import { AlertOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Empty, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { showError, showSuccess } from '../../shared/notify';
import { CarpoolPanel } from './CarpoolPanel';
import { dispatchRequest, getSuggestions, listTripRequests } from './fleet.api';
import { EmergencyDrawer } from './EmergencyDrawer';
import { NEV_ENERGIES, route, windowOf, type Suggestions, type TripRequest } from './types';
import { useReasonTexts } from './widgets';

type RankedVehicle = Suggestions['vehicles'][number];

/** 调度台: approved requests on the left; for the chosen one, ranked free vehicles and drivers with the reasons; carpool and emergency below. */
export default function DispatchPage() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const [page, setPage] = useState(1);
  const [emergency, setEmergency] = useState(false);
  const queue = useQuery({ queryKey: ['fleet-dispatch-queue', page], queryFn: () => listTripRequests({ status: 'approved', sort: 'plannedStart:asc', page, pageSize: 10 }), placeholderData: keepPreviousData });
  const selectedId = sp.get('request') ?? undefined;
  const selected = queue.data?.items.find((r) => r.id === selectedId);
  const select = (id: string) => setSp({ request: id }, { replace: true });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="fleet-dispatch">
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t('fleet.dispatch.queue')}
            extra={<Space>
              <Button icon={<ReloadOutlined />} size="small" onClick={() => void queue.refetch()} aria-label="refresh" />
              <Button danger size="small" icon={<AlertOutlined />} onClick={() => setEmergency(true)} data-testid="fleet-emergency-open">{t('fleet.dispatch.emergency')}</Button>
            </Space>}
          >
            <Table<TripRequest>
              data-testid="table-fleet-dispatch-queue"
              rowKey="id"
              size="small"
              loading={queue.isFetching}
              dataSource={queue.data?.items ?? []}
              onRow={(r) => ({ onClick: () => select(r.id), style: { cursor: 'pointer' } })}
              rowClassName={(r) => (r.id === selectedId ? 'ant-table-row-selected' : '')}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fleet.dispatch.emptyQueue')} /> }}
              pagination={{ current: page, pageSize: 10, total: queue.data?.total ?? 0, onChange: setPage, size: 'small', hideOnSinglePage: true }}
              columns={[
                { title: t('fleet.request.window'), key: 'w', width: 150, render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{windowOf(r)}</span> },
                {
                  title: t('fleet.request.purpose'), dataIndex: 'purpose',
                  render: (p: string, r) => (
                    <div data-testid={`fleet-queue-${r.purpose}`}>
                      <Typography.Text strong>{p}</Typography.Text>
                      <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${r.applicantName} · ${r.agencyName}`}</Typography.Text></div>
                      <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{route(r)}</Typography.Text></div>
                    </div>
                  ),
                },
                { title: t('fleet.request.passengers'), dataIndex: 'passengerCount', width: 64, align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          {selected ? <AssignPanel key={selected.id} request={selected} onDone={() => { setSp({}, { replace: true }); void queue.refetch(); }} /> : (
            <Card size="small" title={t('fleet.dispatch.suggestions')}><Empty description={t('fleet.dispatch.pickRequest')} /></Card>
          )}
        </Col>
      </Row>
      <CarpoolPanel onDone={() => void queue.refetch()} />
      <EmergencyDrawer open={emergency} onClose={() => setEmergency(false)} />
    </Space>
  );
}

function AssignPanel({ request, onDone }: { request: TripRequest; onDone(): void }) {
  const { t } = useTranslation();
  const reasonsOf = useReasonTexts();
  const q = useQuery({ queryKey: ['fleet-suggestions', request.id], queryFn: () => getSuggestions(request.id) });
  const [vehicleId, setVehicleId] = useState<string | undefined>();
  const [driverId, setDriverId] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const vehicles = q.data?.vehicles ?? [];
  const drivers = q.data?.drivers ?? [];
  const chosenVehicle = vehicleId ?? vehicles[0]?.id;
  const chosenDriver = request.needDriver ? (driverId ?? drivers[0]?.id) : undefined;

  const assign = async () => {
    if (!chosenVehicle) return;
    setBusy(true);
    try {
      await dispatchRequest(request.id, { vehicleId: chosenVehicle, driverId: chosenDriver ?? null });
      showSuccess(t('fleet.dispatch.assigned'));
      onDone();
    } catch (e) {
      showError(e);
      void q.refetch();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('fleet.dispatch.suggestionsFor', { purpose: request.purpose })} data-testid="fleet-assign-panel">
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('fleet.request.window')}>{windowOf(request)}</Descriptions.Item>
        <Descriptions.Item label={t('fleet.request.passengers')}>{request.passengerCount}</Descriptions.Item>
        <Descriptions.Item label={t('fleet.request.route')} span={2}>{route(request)}</Descriptions.Item>
        <Descriptions.Item label={t('fleet.request.applicant')}>{`${request.applicantName} · ${request.agencyName}`}</Descriptions.Item>
        <Descriptions.Item label={t('fleet.request.scope')}>{request.inCity ? t('fleet.request.inCity') : t('fleet.request.outCity')}</Descriptions.Item>
      </Descriptions>
      <Table<RankedVehicle>
        data-testid="table-fleet-suggestions"
        rowKey="id"
        size="small"
        loading={q.isFetching}
        dataSource={vehicles}
        pagination={false}
        scroll={{ y: 260 }}
        rowSelection={{ type: 'radio', selectedRowKeys: chosenVehicle ? [chosenVehicle] : [], onChange: (keys) => setVehicleId(String(keys[0])) }}
        onRow={(r) => ({ onClick: () => setVehicleId(r.id) })}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fleet.dispatch.noSuggestion')} /> }}
        columns={[
          { title: t('fleet.dispatch.rank'), dataIndex: 'rank', width: 56, align: 'center' },
          {
            title: t('fleet.dispatch.vehicle'), dataIndex: 'plate', width: 150,
            render: (p: string, r) => <span data-testid={`fleet-suggestion-${r.rank}`}><Typography.Text strong>{p}</Typography.Text>{NEV_ENERGIES.includes(r.energy) && <Tag color="green" style={{ marginLeft: 6 }}>{t('fleet.vehicle.nev')}</Tag>}</span>,
          },
          { title: t('fleet.vehicle.seats'), dataIndex: 'seats', width: 64, align: 'right' },
          {
            title: t('fleet.dispatch.reasons'), key: 'reasons',
            render: (_, r) => <Space size={[0, 4]} wrap data-testid={`fleet-suggestion-reasons-${r.rank}`}>{reasonsOf(r).map((x) => <Tag key={x}>{x}</Tag>)}</Space>,
          },
        ]}
      />
      <Space style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space>
          <span>{t('fleet.dispatch.driver')}:</span>
          {request.needDriver ? (
            <Select
              style={{ width: 360 }}
              value={chosenDriver}
              onChange={setDriverId}
              data-testid="fleet-assign-driver"
              placeholder={t('fleet.dispatch.pickDriver')}
              options={drivers.map((d) => ({ value: d.id, label: `${d.rank}. ${d.name}${d.reasons.length ? ` — ${reasonsOf(d).join(t('fleet.dispatch.reasonSep'))}` : ''}` }))}
            />
          ) : <Typography.Text type="secondary">{t('fleet.dispatch.driverOptional')}</Typography.Text>}
        </Space>
        <Button type="primary" loading={busy} disabled={!chosenVehicle || (request.needDriver && !chosenDriver)} onClick={() => void assign()} data-testid="fleet-assign">
          {t('fleet.dispatch.assign')}
        </Button>
      </Space>
    </Card>
  );
}
