/** 驾驶员, 教育培训 and 安全记录 as records (generic resource), plus the rules on their fields. */
import { asc, desc, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { agencyOfDriver, createResource } from '../core/resource.js';
import { driverStatusCodes, fleetDrivers, fleetDriverSafety, fleetDriverTrainings, licenceClassCodes } from '../db/drivers.table.js';
import { fleetPermissions as P } from '../permissions.js';
import { day } from '../core/schemas.js';

const instant = z.iso.datetime({ offset: true });

export const driverInput = z.object({
  personId: z.uuid().nullable().optional(), name: z.string().trim().min(1).max(50), agencyId: z.uuid(),
  licenceClass: z.enum(licenceClassCodes), licenceExpiry: day, emergencyTeam: z.boolean().optional(),
  status: z.enum(driverStatusCodes).optional(), notes: z.string().max(1000).nullable().optional(),
});
export const driver = driverInput.extend({
  id: z.string(), personId: z.string().nullable(), emergencyTeam: z.boolean(), status: z.string(), notes: z.string().nullable(), createdAt: instant, updatedAt: instant,
}).meta({ id: 'FleetDriver' });

export const trainingInput = z.object({
  driverId: z.uuid(), heldOn: day, title: z.string().trim().min(1).max(200), hours: z.number().min(0).max(999),
  provider: z.string().trim().max(100).nullable().optional(), result: z.enum(['passed', 'failed', 'attended']).optional(),
});
export const training = trainingInput.extend({ id: z.string(), agencyId: z.string(), provider: z.string().nullable(), result: z.string(), createdAt: instant }).meta({ id: 'FleetDriverTraining' });

export const safetyInput = z.object({
  driverId: z.uuid(), occurredOn: day, kind: z.enum(['commendation', 'violation', 'accident', 'complaint']),
  description: z.string().trim().min(1).max(1000), points: z.number().int().min(-100).max(100).optional(),
});
export const safety = safetyInput.extend({ id: z.string(), agencyId: z.string(), points: z.number().int(), createdAt: instant }).meta({ id: 'FleetDriverSafety' });

async function agencyOfNewDriver(tx: Db, input: { agencyId: string; personId?: string | null | undefined }) {
  const r = (await tx.execute(sql`select id from platform_agency where id = ${input.agencyId}`)) as unknown as { rows: unknown[] };
  if (!r.rows.length) throw errors.validation([{ path: 'agencyId', code: 'NOT_FOUND', message: '所选单位不存在' }]);
  if (input.personId) {
    const p = (await tx.execute(sql`select id from platform_person where id = ${input.personId}`)) as unknown as { rows: unknown[] };
    if (!p.rows.length) throw errors.validation([{ path: 'personId', code: 'NOT_FOUND', message: '所选人员不存在' }]);
  }
  return input.agencyId;
}

export function createDriverResources(db: Db) {
  const drivers = createResource(db, {
    path: '/drivers', table: fleetDrivers, objectType: 'fleet.driver', nameZh: '驾驶员', nameEn: 'driver',
    read: P.driverRead, write: P.driverWrite, input: driverInput, output: driver,
    filters: { agencyId: fleetDrivers.agencyId, status: fleetDrivers.status, licenceClass: fleetDrivers.licenceClass, emergencyTeam: fleetDrivers.emergencyTeam },
    search: [fleetDrivers.name], sortable: { name: fleetDrivers.name, licenceExpiry: fleetDrivers.licenceExpiry, status: fleetDrivers.status },
    defaultSort: [asc(fleetDrivers.name), asc(fleetDrivers.id)],
    agencyOf: agencyOfNewDriver,
    check: async (tx, next, before) => {
      if (before && next.agencyId !== before.agencyId) await agencyOfNewDriver(tx, next as { agencyId: string });
      if (next.personId) {
        const c = (await tx.execute(sql`select id from fleet_driver where person_id = ${next.personId as string} and id <> ${(before?.id as string) ?? '00000000-0000-0000-0000-000000000000'}`)) as unknown as { rows: Array<{ id: string }> };
        if (c.rows[0]) throw errors.conflict('FLEET_DRIVER_PERSON_TAKEN', '该人员已登记为驾驶员', 'This person is already a driver', { driverId: c.rows[0].id });
      }
    },
  });
  const trainings = createResource(db, {
    path: '/driver-trainings', table: fleetDriverTrainings, objectType: 'fleet.driver-training', nameZh: '驾驶员培训记录', nameEn: 'driver training',
    read: P.driverRead, write: P.driverWrite, input: trainingInput, output: training,
    filters: { driverId: fleetDriverTrainings.driverId, agencyId: fleetDriverTrainings.agencyId }, search: [fleetDriverTrainings.title],
    sortable: { heldOn: fleetDriverTrainings.heldOn }, defaultSort: [desc(fleetDriverTrainings.heldOn), asc(fleetDriverTrainings.id)],
    agencyOf: (tx, input) => agencyOfDriver(tx, input.driverId),
  });
  const safetyRecords = createResource(db, {
    path: '/driver-safety', table: fleetDriverSafety, objectType: 'fleet.driver-safety', nameZh: '驾驶员安全记录', nameEn: 'driver safety record',
    read: P.driverRead, write: P.driverWrite, input: safetyInput, output: safety,
    filters: { driverId: fleetDriverSafety.driverId, agencyId: fleetDriverSafety.agencyId, kind: fleetDriverSafety.kind }, search: [fleetDriverSafety.description],
    sortable: { occurredOn: fleetDriverSafety.occurredOn }, defaultSort: [desc(fleetDriverSafety.occurredOn), asc(fleetDriverSafety.id)],
    agencyOf: (tx, input) => agencyOfDriver(tx, input.driverId),
  });
  return { drivers, trainings, safetyRecords };
}
