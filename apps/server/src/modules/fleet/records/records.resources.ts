/** 保险, 年检, 违章, 事故: records of a vehicle (generic resource); insurance and inspections move the vehicle's due dates. */
import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { agencyOfVehicle, createResource } from '../core/resource.js';
import { fleetAccidents, fleetInspections, fleetInsurances, fleetViolations } from '../db/records.table.js';
import { fleetVehicles } from '../db/vehicles.table.js';
import { fleetPermissions as P } from '../permissions.js';
import { day } from '../core/schemas.js';

const instant = z.iso.datetime({ offset: true });
const fen = z.number().int().min(0);
const base = { id: z.string(), vehicleId: z.string(), agencyId: z.string(), createdAt: instant, updatedAt: instant };

export const insuranceInput = z.object({ vehicleId: z.uuid(), insurer: z.string().trim().min(1).max(100), policyNo: z.string().trim().min(1).max(50), kind: z.enum(['compulsory', 'commercial']), startsOn: day, endsOn: day, premiumFen: fen });
export const insuranceOut = insuranceInput.extend(base).meta({ id: 'FleetInsurance' });
export const inspectionInput = z.object({ vehicleId: z.uuid(), inspectedOn: day, nextDue: day, result: z.enum(['passed', 'failed']), station: z.string().max(100).nullable().optional(), costFen: fen.optional() });
export const inspectionOut = inspectionInput.extend({ ...base, station: z.string().nullable(), costFen: z.number() }).meta({ id: 'FleetInspection' });
export const violationInput = z.object({
  vehicleId: z.uuid(), driverId: z.uuid().nullable().optional(), occurredAt: instant, place: z.string().trim().min(1).max(200), description: z.string().trim().min(1).max(500),
  fineFen: fen.optional(), points: z.number().int().min(0).max(12).optional(), status: z.enum(['open', 'handled']).optional(),
});
export const violationOut = violationInput.extend({ ...base, driverId: z.string().nullable(), fineFen: z.number(), points: z.number(), status: z.string() }).meta({ id: 'FleetViolation' });
export const accidentInput = z.object({
  vehicleId: z.uuid(), driverId: z.uuid().nullable().optional(), occurredAt: instant, place: z.string().trim().min(1).max(200), description: z.string().trim().min(1).max(2000),
  severity: z.enum(['minor', 'moderate', 'major']), liability: z.enum(['full', 'main', 'equal', 'minor', 'none']).nullable().optional(), lossFen: fen.optional(), status: z.enum(['open', 'closed']).optional(),
});
export const accidentOut = accidentInput.extend({ ...base, driverId: z.string().nullable(), liability: z.string().nullable(), lossFen: z.number(), status: z.string() }).meta({ id: 'FleetAccident' });

const periodCheck = (from: string, to: string) => async (_tx: Db, next: Record<string, unknown>) => {
  if ((next[to] as string) <= (next[from] as string)) throw errors.validation([{ path: to, code: 'BEFORE_START', message: '到期日期应晚于起始日期' }]);
};
const instantOf = (tx: Db, next: Record<string, unknown>) => { void tx; if (typeof next.occurredAt === 'string') next.occurredAt = new Date(next.occurredAt); };

/** A vehicle's insurance due date is the latest end of its policies; its inspection due date the latest `nextDue`. */
async function refreshDue(tx: Db, vehicleId: string) {
  await tx.update(fleetVehicles).set({
    insuranceDue: sql`(select max(ends_on) from fleet_insurance where vehicle_id = ${vehicleId} and kind = 'compulsory')`,
    inspectionDue: sql`coalesce((select next_due from fleet_inspection where vehicle_id = ${vehicleId} order by inspected_on desc, created_at desc limit 1), ${fleetVehicles.inspectionDue})`,
    updatedAt: new Date(),
  }).where(eq(fleetVehicles.id, vehicleId));
}

export function createRecordResources(db: Db) {
  const common = { read: P.recordRead, write: P.recordWrite, agencyOf: (tx: Db, input: { vehicleId: string }) => agencyOfVehicle(tx, input.vehicleId) };
  const insurances = createResource(db, {
    ...common, path: '/insurances', table: fleetInsurances, objectType: 'fleet.insurance', nameZh: '保险单', nameEn: 'insurance policy', input: insuranceInput, output: insuranceOut,
    filters: { vehicleId: fleetInsurances.vehicleId, agencyId: fleetInsurances.agencyId, kind: fleetInsurances.kind }, search: [fleetInsurances.policyNo, fleetInsurances.insurer],
    sortable: { endsOn: fleetInsurances.endsOn, startsOn: fleetInsurances.startsOn }, defaultSort: [desc(fleetInsurances.endsOn), desc(fleetInsurances.id)],
    check: periodCheck('startsOn', 'endsOn'), after: (tx, row) => refreshDue(tx, row.vehicleId as string),
  });
  const inspections = createResource(db, {
    ...common, path: '/inspections', table: fleetInspections, objectType: 'fleet.inspection', nameZh: '年检记录', nameEn: 'annual inspection', input: inspectionInput, output: inspectionOut,
    filters: { vehicleId: fleetInspections.vehicleId, agencyId: fleetInspections.agencyId, result: fleetInspections.result }, search: [fleetInspections.station],
    sortable: { inspectedOn: fleetInspections.inspectedOn, nextDue: fleetInspections.nextDue }, defaultSort: [desc(fleetInspections.inspectedOn), desc(fleetInspections.id)],
    check: periodCheck('inspectedOn', 'nextDue'), after: (tx, row) => refreshDue(tx, row.vehicleId as string),
  });
  const violations = createResource(db, {
    ...common, path: '/violations', table: fleetViolations, objectType: 'fleet.violation', nameZh: '违章记录', nameEn: 'traffic violation', input: violationInput, output: violationOut,
    filters: { vehicleId: fleetViolations.vehicleId, agencyId: fleetViolations.agencyId, driverId: fleetViolations.driverId, status: fleetViolations.status },
    search: [fleetViolations.place, fleetViolations.description], sortable: { occurredAt: fleetViolations.occurredAt, fineFen: fleetViolations.fineFen },
    defaultSort: [desc(fleetViolations.occurredAt), desc(fleetViolations.id)], check: async (tx, next) => instantOf(tx, next),
  });
  const accidents = createResource(db, {
    ...common, path: '/accidents', table: fleetAccidents, objectType: 'fleet.accident', nameZh: '事故记录', nameEn: 'accident', input: accidentInput, output: accidentOut,
    filters: { vehicleId: fleetAccidents.vehicleId, agencyId: fleetAccidents.agencyId, driverId: fleetAccidents.driverId, severity: fleetAccidents.severity, status: fleetAccidents.status },
    search: [fleetAccidents.place, fleetAccidents.description], sortable: { occurredAt: fleetAccidents.occurredAt, lossFen: fleetAccidents.lossFen },
    defaultSort: [desc(fleetAccidents.occurredAt), desc(fleetAccidents.id)], check: async (tx, next) => instantOf(tx, next),
  });
  return { insurances, inspections, violations, accidents };
}
