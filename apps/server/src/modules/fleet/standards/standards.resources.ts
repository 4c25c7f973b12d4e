/** 配备标准 and 编制 as plain records (CRUD through the generic resource). */
import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { errors } from '../../../platform/http/errors.js';
import { createResource } from '../core/resource.js';
import { fleetQuotas, fleetStandards } from '../db/standards.table.js';
import { vehicleKindCodes } from '../db/vehicles.table.js';
import { fleetPermissions as P } from '../permissions.js';
import { day } from '../core/schemas.js';
import { assertNoOverlap } from './standard-versions.service.js';

const instant = z.iso.datetime({ offset: true });

export const standardInput = z.object({
  code: z.string().trim().regex(/^[a-z][a-z0-9-]{1,40}$/), nameZh: z.string().trim().min(1).max(100), nameEn: z.string().trim().min(1).max(100),
  kind: z.enum(vehicleKindCodes).nullable(), energyClass: z.enum(['any', 'nev', 'ice']), maxSeats: z.number().int().min(1).max(1000).nullable(),
  maxPriceFen: z.number().int().min(0).nullable(), maxDisplacementL: z.number().min(0).max(99.99).nullable(),
  effectiveFrom: day, effectiveTo: day.nullable().optional(), source: z.string().trim().min(1).max(500), note: z.string().max(500).nullable().optional(), active: z.boolean().optional(),
});
export const standard = standardInput.extend({ id: z.string(), effectiveTo: z.string().nullable(), note: z.string().nullable(), active: z.boolean(), createdAt: instant, updatedAt: instant }).meta({ id: 'FleetStandard' });

/** A new version of a standard: its limits, dates and source (code, names, kind and energy class stay). */
export const standardVersionInput = standardInput.pick({ effectiveFrom: true, effectiveTo: true, maxPriceFen: true, maxDisplacementL: true, source: true, note: true })
  .extend({ maxSeats: standardInput.shape.maxSeats.optional() });

export const quotaInput = z.object({
  agencyId: z.uuid(), kind: z.enum(vehicleKindCodes), quota: z.number().int().min(0).max(10000),
  approvalRef: z.string().trim().max(100).nullable().optional(), note: z.string().max(500).nullable().optional(),
});
export const quota = quotaInput.extend({ id: z.string(), approvalRef: z.string().nullable(), note: z.string().nullable(), createdAt: instant, updatedAt: instant }).meta({ id: 'FleetQuota' });

export function createStandardResources(db: Db) {
  const standards = createResource(db, {
    path: '/standards', table: fleetStandards, objectType: 'fleet.standard', nameZh: '配备标准', nameEn: 'vehicle standard',
    read: P.standardRead, write: P.standardWrite, input: standardInput, output: standard, global: true,
    filters: { kind: fleetStandards.kind, code: fleetStandards.code }, search: [fleetStandards.nameZh, fleetStandards.code],
    sortable: { code: fleetStandards.code, effectiveFrom: fleetStandards.effectiveFrom }, defaultSort: [asc(fleetStandards.code), asc(fleetStandards.effectiveFrom)],
    check: async (tx, next, before) => {
      if (next.effectiveTo && (next.effectiveTo as string) < (next.effectiveFrom as string)) throw errors.validation([{ path: 'effectiveTo', code: 'BEFORE_START', message: '失效日期不能早于生效日期' }]);
      await assertNoOverlap(tx, { code: next.code as string, effectiveFrom: next.effectiveFrom as string, effectiveTo: (next.effectiveTo as string | null | undefined) ?? null }, before?.id as string | undefined);
    },
  });
  const quotas = createResource(db, {
    path: '/quotas', table: fleetQuotas, objectType: 'fleet.quota', nameZh: '车辆编制', nameEn: 'vehicle quota',
    read: P.standardRead, write: P.standardWrite, input: quotaInput, output: quota,
    filters: { agencyId: fleetQuotas.agencyId, kind: fleetQuotas.kind },
    sortable: { kind: fleetQuotas.kind, quota: fleetQuotas.quota }, defaultSort: [asc(fleetQuotas.agencyId), asc(fleetQuotas.kind)],
    agencyOf: async (tx, input) => {
      const r = (await tx.execute(sql`select id from platform_agency where id = ${input.agencyId}`)) as unknown as { rows: unknown[] };
      if (!r.rows.length) throw errors.validation([{ path: 'agencyId', code: 'NOT_FOUND', message: '所选单位不存在' }]);
      return input.agencyId;
    },
    check: async (tx, next, before) => {
      if (before && (next.agencyId !== before.agencyId || next.kind !== before.kind)) throw errors.validation([{ path: 'kind', code: 'IMMUTABLE', message: '编制的单位和类别不能修改，请新建' }]);
      if (!before) {
        const [c] = await tx.select({ id: fleetQuotas.id }).from(fleetQuotas).where(sql`${fleetQuotas.agencyId} = ${next.agencyId} and ${fleetQuotas.kind} = ${next.kind}`);
        if (c) throw errors.conflict('FLEET_QUOTA_EXISTS', '该单位此类别的编制已存在，请修改原记录', 'A quota for this agency and kind exists', { quotaId: c.id });
      }
    },
  });
  return { standards, quotas };
}
