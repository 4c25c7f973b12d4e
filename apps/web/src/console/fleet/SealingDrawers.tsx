import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';
import { AgencySelect } from '../org/DepartmentsPage';
import { listVehicles } from './fleet.api';
import { addToSealing, saveSealing, SEALINGS, type Sealing } from './supervision.api';
import { VEHICLE_KINDS } from './types';
import { useFleetOptions } from './widgets';

/** Selects and pickers validate when a value is picked (they have no typing to wait for). */
const PICK = ['onChange', 'onBlur'];

export const SEK = 'fleet.supervisionForms.sealing';

/** Refreshes the sealing lists and the vehicles on them. */
export function useSealingRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: [SEALINGS] });
}

/** Whether a sealing window is still ahead, running now or over. */
export const sealingPhase = (s: Pick<Sealing, 'startsAt' | 'endsAt'>, now = Date.now()) =>
  (now < Date.parse(s.startsAt) ? 'upcoming' : now < Date.parse(s.endsAt) ? 'active' : 'ended');

interface SealingValues { name: string; period: [Dayjs, Dayjs]; note?: string }

/** 新建 / 编辑封存清单: the holiday's name, the sealing window and the reason. */
export function SealingDrawer({ open, sealing, onClose, onSaved }: { open: boolean; sealing: Sealing | null; onClose(): void; onSaved?(s: Sealing): void }) {
  const { t } = useTranslation();
  const refresh = useSealingRefresh();
  return (
    <FormDrawer<SealingValues>
      open={open} title={sealing ? t(`${SEK}.edit`) : t(`${SEK}.new`)} onClose={onClose} testid="fleet-sealing-drawer" successText={t(`${SEK}.saved`)}
      initialValues={sealing ? { name: sealing.name, period: [dayjs(sealing.startsAt), dayjs(sealing.endsAt)], note: sealing.note ?? undefined } : {}}
      onSubmit={async (v) => {
        const saved = await saveSealing({ name: v.name.trim(), startsAt: v.period[0].toISOString(), endsAt: v.period[1].toISOString(), note: v.note?.trim() || null }, sealing?.id);
        await refresh();
        onSaved?.(saved);
      }}
    >
      <Form.Item name="name" label={t(`${SEK}.name`)} rules={[{ required: true, whitespace: true, message: t(`${SEK}.nameRequired`) }, { max: 100 }]}>
        <Input data-testid="fleet-sealing-name" placeholder={t(`${SEK}.namePlaceholder`)} />
      </Form.Item>
      <Form.Item name="period" validateTrigger={PICK} label={t(`${SEK}.period`)} extra={t(`${SEK}.periodHint`)} rules={[
        { required: true, message: t(`${SEK}.periodRequired`) },
        { validator: async (_r, p?: [Dayjs, Dayjs]) => { if (p && !p[1].isAfter(p[0])) throw new Error(t(`${SEK}.endAfterStart`)); } },
      ]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="fleet-sealing-period" />
      </Form.Item>
      <Form.Item name="note" label={t(`${SEK}.reason`)} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} placeholder={t(`${SEK}.reasonPlaceholder`)} data-testid="fleet-sealing-note" />
      </Form.Item>
    </FormDrawer>
  );
}

type Kind = (typeof VEHICLE_KINDS)[number];
interface AddValues { mode: 'pick' | 'all'; agencyId?: string; vehicleIds?: string[]; exceptKinds?: Kind[] }

/** 添加车辆: several vehicles of one agency, or every vehicle in use except the kinds that stay on duty. */
export function AddVehiclesDrawer({ sealing, sealedIds, open, onClose }: { sealing: Sealing; sealedIds: ReadonlySet<string>; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useSealingRefresh();
  return (
    <FormDrawer<AddValues>
      open={open} title={`${t(`${SEK}.addVehicles`)} · ${sealing.name}`} onClose={onClose} testid="fleet-sealing-add-drawer" width={600} successText={t(`${SEK}.added`)}
      initialValues={{ mode: 'pick', exceptKinds: ['emergency', 'law-enforcement'] }}
      onSubmit={async (v) => {
        const r = await addToSealing(sealing.id, v.mode === 'all' ? { allInUseExceptKinds: v.exceptKinds ?? [] } : { vehicleIds: v.vehicleIds ?? [] });
        await refresh();
        return r;
      }}
    >
      {(form) => <AddFields sealedIds={sealedIds} onAgency={() => form.setFieldValue('vehicleIds', [])} />}
    </FormDrawer>
  );
}

function AddFields({ sealedIds, onAgency }: { sealedIds: ReadonlySet<string>; onAgency(): void }) {
  const { t } = useTranslation();
  const options = useFleetOptions();
  const form = Form.useFormInstance();
  const mode = Form.useWatch('mode', form) as AddValues['mode'] | undefined;
  const agencyId = Form.useWatch('agencyId', form) as string | undefined;
  const vehicles = useQuery({
    queryKey: ['/api/v1/fleet/vehicles', 'sealing-pick', agencyId],
    queryFn: () => listVehicles({ agencyId, pageSize: 200, sort: 'plate:asc' }),
    enabled: mode === 'pick' && !!agencyId,
  });
  const vehicleOptions = (vehicles.data?.items ?? []).filter((v) => v.status !== 'disposed').map((v) => {
    const sealed = sealedIds.has(v.id);
    const status = v.status === 'in-use' ? '' : ` · ${t(`fleet.vehicleStatus.${v.status}`)}`;
    return { value: v.id, label: `${v.plate} · ${v.brand} ${v.model}${status}${sealed ? ` · ${t(`${SEK}.alreadySealed`)}` : ''}`, disabled: sealed };
  });
  return (
    <>
      <Form.Item name="mode" label={t(`${SEK}.addMode`)}>
        <Radio.Group optionType="button" data-testid="fleet-sealing-mode" options={[{ value: 'pick', label: t(`${SEK}.pick`) }, { value: 'all', label: t(`${SEK}.allInUse`) }]} />
      </Form.Item>
      {mode === 'all' ? (
        <Form.Item name="exceptKinds" label={t(`${SEK}.exceptKinds`)} extra={t(`${SEK}.allHint`)}>
          <Select mode="multiple" options={options('kind', VEHICLE_KINDS)} />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="agencyId" validateTrigger={PICK} label={t('fleet.common.agency')} rules={[{ required: true, message: t(`${SEK}.agencyRequired`) }]}>
            <AgencySelect testid="fleet-sealing-agency" onChange={onAgency} />
          </Form.Item>
          <Form.Item name="vehicleIds" validateTrigger={PICK} label={t(`${SEK}.vehicles`)} rules={[{ required: true, type: 'array', min: 1, message: t(`${SEK}.vehiclesRequired`) }]}>
            <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} loading={vehicles.isFetching} disabled={!agencyId} options={vehicleOptions}
              placeholder={agencyId ? undefined : t(`${SEK}.agencyFirst`)} data-testid="fleet-sealing-vehicles" maxTagCount="responsive" />
          </Form.Item>
        </>
      )}
    </>
  );
}
