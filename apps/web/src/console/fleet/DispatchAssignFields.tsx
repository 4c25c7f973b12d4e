import { useQuery } from '@tanstack/react-query';
import { Form, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../shared/api';
import { NEV_ENERGIES } from './types';
import { useReasonTexts } from './widgets';

/** What a window needs: the agency served, the window, passengers, and whether it needs a driver. */
export interface WindowNeed {
  agencyId: string; from: string; to: string; passengers: number; inCity: boolean; needDriver: boolean; emergency: boolean;
}

/** Ranked free vehicles and drivers of a window (GET /dispatch/suggestions); `vehicleId` ranks the drivers whose licence covers it. */
const windowSuggestions = (n: WindowNeed, vehicleId?: string) => unwrap(api.GET('/api/v1/fleet/dispatch/suggestions', {
  params: {
    query: {
      agencyId: n.agencyId, from: n.from, to: n.to, passengers: n.passengers, inCity: n.inCity ? 'true' : 'false',
      needDriver: n.needDriver ? 'true' : 'false', emergency: n.emergency ? 'true' : 'false', ...(vehicleId ? { vehicleId } : {}),
    },
  },
}));

/**
 * 车辆 and 驾驶员 form fields (`vehicleId`, `driverId`) offering only what is free for the window, ranked with the
 * reasons (emergency team first for an emergency); the first-ranked are preselected. Without a window the fields
 * say what to fill first.
 */
export function AssignFields({ need, hint }: { need: WindowNeed | null; hint: string }) {
  const { t } = useTranslation();
  const reasonsOf = useReasonTexts();
  const form = Form.useFormInstance();
  const vehicleId = Form.useWatch('vehicleId', form) as string | undefined;
  const driverId = Form.useWatch('driverId', form) as string | undefined;
  const key = need ? JSON.stringify(need) : null;
  const vq = useQuery({ queryKey: ['fleet-window-vehicles', key], queryFn: () => windowSuggestions(need!), enabled: !!need });
  const dq = useQuery({
    queryKey: ['fleet-window-drivers', key, vehicleId],
    queryFn: () => windowSuggestions(need!, vehicleId),
    enabled: !!need && need.needDriver && !!vehicleId,
  });
  const vehicles = vq.data?.vehicles ?? [];
  const drivers = dq.data?.drivers ?? [];

  // The first-ranked vehicle (then driver) unless the chosen one is still free for this window.
  useEffect(() => {
    if (!vq.data) return;
    if (!vehicleId || !vq.data.vehicles.some((v) => v.id === vehicleId)) form.setFieldValue('vehicleId', vq.data.vehicles[0]?.id);
  }, [vq.data, vehicleId, form]);
  useEffect(() => {
    if (!dq.data) return;
    if (!driverId || !dq.data.drivers.some((d) => d.id === driverId)) form.setFieldValue('driverId', dq.data.drivers[0]?.id);
  }, [dq.data, driverId, form]);

  const sep = t('fleet.dispatch.reasonSep');
  const chosen = vehicles.find((v) => v.id === vehicleId);
  const empty = need && vq.data && vehicles.length === 0;
  const vehicleExtra = !need ? hint
    : empty ? <Typography.Text type="danger">{t('fleet.dispatch.noSuggestion')}</Typography.Text>
      : chosen ? <span data-testid="fleet-assign-vehicle-reasons">{t('fleet.dispatch.reasonsLine', { reasons: reasonsOf(chosen).join(sep) })}</span>
        : t('fleet.dispatch.rankedHint');
  // the selector shows rank, plate and seats; the open list adds the reasons under each
  const twoLines = (o: { label?: React.ReactNode; data: { reasons?: string } }) => (
    <div>
      <div>{o.label}</div>
      {o.data.reasons && <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>{o.data.reasons}</Typography.Text>}
    </div>
  );
  return (
    <>
      <Form.Item name="vehicleId" label={t('fleet.dispatch.vehicle')} rules={[{ required: true, message: t('fleet.dispatch.pickVehicle') }]} extra={vehicleExtra}>
        <Select
          data-testid="fleet-assign-vehicle"
          disabled={!need}
          loading={vq.isFetching}
          placeholder={t('fleet.dispatch.pickVehicle')}
          showSearch={{ optionFilterProp: 'plate' }}
          optionRender={twoLines}
          options={vehicles.map((v) => ({
            value: v.id, plate: v.plate, reasons: reasonsOf(v).join(sep),
            label: `${v.rank}. ${v.plate} · ${t('fleet.dispatch.seatsN', { n: v.seats })}${NEV_ENERGIES.includes(v.energy) ? ` · ${t('fleet.vehicle.nev')}` : ''}`,
          }))}
        />
      </Form.Item>
      {(!need || need.needDriver) && (
        <Form.Item name="driverId" label={t('fleet.dispatch.driver')} rules={[{ required: true, message: t('fleet.dispatch.pickDriver') }]}>
          <Select
            data-testid="fleet-assign-driver-select"
            disabled={!need || !vehicleId}
            loading={dq.isFetching}
            placeholder={t('fleet.dispatch.pickDriver')}
            showSearch={{ optionFilterProp: 'name' }}
            notFoundContent={t('fleet.dispatch.noDriver')}
            optionRender={twoLines}
            options={drivers.map((d) => ({ value: d.id, name: d.name, reasons: reasonsOf(d).join(sep), label: `${d.rank}. ${d.name}` }))}
          />
        </Form.Item>
      )}
    </>
  );
}
