/** 充电站, 充电桩 and 充电记录; monthly kWh per agency for the energy module (M8). */
import { asc, desc, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../platform/db/types.js';
import { scopeCondition, type Scope } from '../../../platform/rbac/scope.js';
import { errors } from '../../../platform/http/errors.js';
import { createResource } from '../core/resource.js';
import { fleetChargingPiles, fleetChargingSessions, fleetChargingStations } from '../db/charging.table.js';
import { fleetPermissions as P } from '../permissions.js';

const instant = z.iso.datetime({ offset: true });
type Rows<T> = { rows: T[] };

export const stationInput = z.object({ agencyId: z.uuid(), name: z.string().trim().min(1).max(100), address: z.string().max(200).nullable().optional(), active: z.boolean().optional() });
const station = stationInput.extend({ id: z.string(), address: z.string().nullable(), active: z.boolean(), createdAt: instant, updatedAt: instant }).meta({ id: 'FleetChargingStation' });
export const pileInput = z.object({ stationId: z.uuid(), code: z.string().trim().min(1).max(30), kind: z.enum(['ac', 'dc']), powerKw: z.number().min(0.1).max(1000), active: z.boolean().optional() });
const pile = pileInput.extend({ id: z.string(), agencyId: z.string(), active: z.boolean(), createdAt: instant, updatedAt: instant }).meta({ id: 'FleetChargingPile' });
export const sessionInput = z.object({ pileId: z.uuid(), vehicleId: z.uuid().nullable().optional(), startedAt: instant, endedAt: instant, kwh: z.number().min(0).max(100000), amountFen: z.number().int().min(0).optional() });
const session = sessionInput.extend({ id: z.string(), agencyId: z.string(), vehicleId: z.string().nullable(), amountFen: z.number(), createdAt: instant }).meta({ id: 'FleetChargingSession' });

const one = async (tx: Db, q: ReturnType<typeof sql>, path: string, msg: string) => {
  const r = (await tx.execute(q)) as unknown as Rows<{ agency_id: string }>;
  if (!r.rows[0]) throw errors.validation([{ path, code: 'NOT_FOUND', message: msg }]);
  return r.rows[0].agency_id;
};

export function createChargingResources(db: Db) {
  const stations = createResource(db, {
    path: '/charging-stations', table: fleetChargingStations, objectType: 'fleet.charging-station', nameZh: '充电站', nameEn: 'charging station',
    read: P.chargingRead, write: P.chargingWrite, input: stationInput, output: station, filters: { agencyId: fleetChargingStations.agencyId, active: fleetChargingStations.active },
    search: [fleetChargingStations.name, fleetChargingStations.address], sortable: { name: fleetChargingStations.name }, defaultSort: [asc(fleetChargingStations.name), asc(fleetChargingStations.id)],
    agencyOf: (tx, input) => one(tx, sql`select id as agency_id from platform_agency where id = ${input.agencyId}`, 'agencyId', '所选单位不存在'),
  });
  const piles = createResource(db, {
    path: '/charging-piles', table: fleetChargingPiles, objectType: 'fleet.charging-pile', nameZh: '充电桩', nameEn: 'charging pile',
    read: P.chargingRead, write: P.chargingWrite, input: pileInput, output: pile, filters: { stationId: fleetChargingPiles.stationId, agencyId: fleetChargingPiles.agencyId, kind: fleetChargingPiles.kind, active: fleetChargingPiles.active },
    search: [fleetChargingPiles.code], sortable: { code: fleetChargingPiles.code }, defaultSort: [asc(fleetChargingPiles.stationId), asc(fleetChargingPiles.code)],
    agencyOf: (tx, input) => one(tx, sql`select agency_id from fleet_charging_station where id = ${input.stationId}`, 'stationId', '所选充电站不存在'),
    check: async (tx, next, before) => {
      const c = (await tx.execute(sql`select id from fleet_charging_pile where station_id = ${next.stationId as string} and code = ${next.code as string} and id <> ${(before?.id as string) ?? '00000000-0000-0000-0000-000000000000'}`)) as unknown as Rows<{ id: string }>;
      if (c.rows[0]) throw errors.conflict('FLEET_PILE_CODE_TAKEN', `该充电站已有编号“${String(next.code)}”的充电桩`, 'The station already has a pile with this code', { pileId: c.rows[0].id });
    },
  });
  const sessions = createResource(db, {
    path: '/charging-sessions', table: fleetChargingSessions, objectType: 'fleet.charging-session', nameZh: '充电记录', nameEn: 'charging session',
    read: P.chargingRead, write: P.chargingWrite, input: sessionInput, output: session, removable: true,
    filters: { pileId: fleetChargingSessions.pileId, agencyId: fleetChargingSessions.agencyId, vehicleId: fleetChargingSessions.vehicleId },
    sortable: { startedAt: fleetChargingSessions.startedAt, kwh: fleetChargingSessions.kwh }, defaultSort: [desc(fleetChargingSessions.startedAt), desc(fleetChargingSessions.id)],
    agencyOf: (tx, input) => one(tx, sql`select agency_id from fleet_charging_pile where id = ${input.pileId}`, 'pileId', '所选充电桩不存在'),
    check: async (_tx, next) => {
      for (const k of ['startedAt', 'endedAt']) if (typeof next[k] === 'string') next[k] = new Date(next[k] as string);
      if ((next.endedAt as Date) <= (next.startedAt as Date)) throw errors.validation([{ path: 'endedAt', code: 'BEFORE_START', message: '结束时间应晚于开始时间' }]);
    },
  });
  return { stations, piles, sessions };
}

/**
 * kWh and amount per agency per month (YYYY-MM, Asia/Shanghai, by the session's start) — the
 * module api function the energy module (M8) reads. `from`/`to` are months, inclusive. With
 * `scopes` (a request's data scope), only the agencies in scope, filtered in the SQL.
 */
export async function chargingKwhByMonth(db: Db, f: { from: string; to: string; agencyId?: string | undefined }, scopes?: readonly Scope[]) {
  const inScope = scopes ? scopeCondition(scopes, { agencyId: sql`s.agency_id` }) : undefined;
  const r = (await db.execute(sql`
    select s.agency_id as "agencyId", to_char(s.started_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, sum(s.kwh)::float8 as kwh, sum(s.amount_fen)::bigint as "amountFen", count(*)::int as sessions
    from fleet_charging_session s
    where to_char(s.started_at at time zone 'Asia/Shanghai', 'YYYY-MM') between ${f.from} and ${f.to} ${f.agencyId ? sql`and s.agency_id = ${f.agencyId}` : sql``}
      ${inScope ? sql`and ${inScope}` : sql``}
    group by 1, 2 order by 2, 1`)) as unknown as Rows<{ agencyId: string; month: string; kwh: number; amountFen: string; sessions: number }>;
  return r.rows.map((x) => ({ ...x, kwh: Math.round(Number(x.kwh) * 100) / 100, amountFen: Number(x.amountFen) }));
}
