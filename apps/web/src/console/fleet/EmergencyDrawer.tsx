import { Alert, DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, typedQuery, unwrap, type Query } from '../../shared/api';
import { FormDrawer } from '../../shared/FormDrawer';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { AssignFields, type WindowNeed } from './DispatchAssignFields';
import { emergencyDispatch } from './fleet.api';

interface Values { vehicleId: string; driverId: string; agencyId: string; window: [Dayjs, Dayjs]; origin: string; destination: string; purpose: string; passengerCount: number }

/** 应急派车: skips approval; the trip is flagged for the center's review afterwards. */
export function EmergencyDrawer({ open, onClose, onSaved }: { open: boolean; onClose(): void; onSaved?(): void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer<Values>
      open={open}
      title={t('fleet.dispatch.emergency')}
      onClose={onClose}
      testid="fleet-emergency-drawer"
      successText={t('fleet.dispatch.emergencyDone')}
      initialValues={{ passengerCount: 1 }}
      onSubmit={async (v) => {
        await emergencyDispatch({
          vehicleId: v.vehicleId, driverId: v.driverId, agencyId: v.agencyId, plannedStart: v.window[0].toISOString(), plannedEnd: v.window[1].toISOString(),
          origin: v.origin.trim(), destination: v.destination.trim(), purpose: v.purpose.trim(), passengerCount: v.passengerCount,
        });
        onSaved?.();
      }}
    >
      <Alert type="warning" showIcon title={t('fleet.dispatch.emergencyHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="purpose" label={t('fleet.request.purpose')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input data-testid="fleet-emergency-purpose" /></Form.Item>
      {/* why onChange: a range is typed in two inputs; validating on the first blur would leave 请输入 under a filled range */}
      <Form.Item name="window" label={t('fleet.request.window')} rules={[{ required: true }]} validateTrigger={['onChange', 'onSubmit']}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="fleet-emergency-window" />
      </Form.Item>
      <Form.Item name="origin" label={t('fleet.request.origin')} rules={[{ required: true, whitespace: true }]}><Input data-testid="fleet-emergency-origin" /></Form.Item>
      <Form.Item name="destination" label={t('fleet.request.destinations')} rules={[{ required: true, whitespace: true }]}><Input data-testid="fleet-emergency-destination" /></Form.Item>
      <Form.Item name="passengerCount" label={t('fleet.request.passengers')} rules={[{ required: true }]}><InputNumber min={1} max={60} style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="agencyId" label={t('fleet.common.agency')} rules={[{ required: true }]}><DispatchAgencySelect testid="fleet-emergency-agency" /></Form.Item>
      <EmergencyAssign />
    </FormDrawer>
  );
}

/** The agencies the dispatcher may dispatch for (the dispatcher holds no org:agency:read, so not the org list). */
const listDispatchAgencies = (q: Query) => unwrap(api.GET('/api/v1/fleet/dispatch/agencies', { params: { query: typedQuery<'/api/v1/fleet/dispatch/agencies'>(q) } }));

function DispatchAgencySelect(props: { value?: string; onChange?(v: string | undefined): void; testid?: string }) {
  return <RemoteSelect path="/api/v1/fleet/dispatch/agencies" query={{ pageSize: 50 }} fetch={listDispatchAgencies} labelOf={(a) => a.name} {...props} />;
}

/** Vehicle and driver among those free for the window typed above, emergency team first. */
function EmergencyAssign() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const agencyId = Form.useWatch('agencyId', form) as string | undefined;
  const span = Form.useWatch('window', form) as [Dayjs, Dayjs] | null | undefined;
  const passengers = Form.useWatch('passengerCount', form) as number | null | undefined;
  const need: WindowNeed | null = agencyId && span?.[0] && span[1] && span[1].isAfter(span[0])
    ? { agencyId, from: span[0].toISOString(), to: span[1].toISOString(), passengers: passengers ?? 1, inCity: true, needDriver: true, emergency: true }
    : null;
  return <AssignFields need={need} hint={t('fleet.dispatch.fillWindowFirst')} />;
}
