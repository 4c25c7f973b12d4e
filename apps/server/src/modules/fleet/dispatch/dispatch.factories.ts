/** Test factories for trips and dispatch: the real app on a fresh database, vehicles, drivers, accounts, approved requests. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createAccountService } from '../../../platform/auth/account.service.js';
import { accounts } from '../../../platform/auth/auth.table.js';
import { newId } from '../../../platform/db/columns.js';
import type { Db } from '../../../platform/db/types.js';
import { agencies, people } from '../../../platform/org/org.table.js';
import { PermissionRegistry } from '../../../platform/rbac/permissions.js';
import { roles as rolesTable } from '../../../platform/rbac/rbac.table.js';
import { createRoleService } from '../../../platform/rbac/roles.service.js';
import { DEMO_PASSWORD } from '../../../platform/tenant/tenant.service.js';
import { buildTestApp } from '../../../../test/helpers/test-app.js';
import { fleetDrivers, type LicenceClass } from '../db/drivers.table.js';
import { fleetTripRequests } from '../db/trips.table.js';
import { fleetVehicles, type VehicleEnergy, type VehicleStatus } from '../db/vehicles.table.js';

const SYSTEM = { accountId: null, name: 'system', ip: null };

export async function openFleetTestApp(): Promise<{ app: FastifyInstance; db: Db }> {
  const app = await buildTestApp();
  return { app, db: app.platform.db };
}

/** The demo accounts' people and agencies. */
export async function demoIds(db: Db) {
  const person = async (username: string) => {
    const [r] = await db.select({ accountId: accounts.id, personId: accounts.personId, agencyId: people.agencyId }).from(accounts)
      .innerJoin(people, eq(people.id, accounts.personId)).where(eq(accounts.username, username));
    return r!;
  };
  const staff = await person('staff');
  const officer = await person('agency');
  const [other] = await db.select({ id: agencies.id }).from(agencies).where(sql`${agencies.id} <> ${staff.agencyId}`).orderBy(asc(agencies.name)).limit(1);
  return { staff, officer, sampleAgencyId: staff.agencyId, otherAgencyId: other!.id };
}

let plateNo = 0;
export async function makeVehicle(db: Db, o: { agencyId: string; seats?: number; energy?: VehicleEnergy; status?: VehicleStatus; plate?: string }) {
  const [v] = await db.insert(fleetVehicles).values({
    plate: o.plate ?? `浙L·T${String(++plateNo).padStart(4, '0')}`, brand: '比亚迪', model: '汉', kind: 'other', energy: o.energy ?? 'gasoline',
    priceFen: 15_000_000, purchaseDate: '2024-01-01', agencyId: o.agencyId, seats: o.seats ?? 5, normPer100km: 8, status: o.status ?? 'in-use',
  }).returning();
  return v!;
}

/** A person of the agency without an account (to be a driver). */
export async function freePerson(db: Db, agencyId: string, skip = 0) {
  const [p] = await db.select({ id: people.id, name: people.name }).from(people).leftJoin(accounts, eq(accounts.personId, people.id))
    .where(and(eq(people.agencyId, agencyId), isNull(accounts.id))).orderBy(asc(people.id)).limit(1).offset(skip);
  return p!;
}

export async function makeDriver(db: Db, o: { agencyId: string; name?: string; personId?: string | null; licenceClass?: LicenceClass; licenceExpiry?: string; emergencyTeam?: boolean }) {
  const [d] = await db.insert(fleetDrivers).values({
    name: o.name ?? `驾驶员${newId().slice(-4)}`, agencyId: o.agencyId, personId: o.personId ?? null, licenceClass: o.licenceClass ?? 'C1',
    licenceExpiry: o.licenceExpiry ?? '2040-12-31', emergencyTeam: o.emergencyTeam ?? false,
  }).returning();
  return d!;
}

/** An account with a role and scope, password DEMO_PASSWORD, no password change needed. */
export async function makeAccount(db: Db, o: { username: string; personId?: string | null; roleCode: string; scopeKind: 'all' | 'agency' | 'self'; scopeId?: string | null }) {
  const [role] = await db.select({ id: rolesTable.id }).from(rolesTable).where(eq(rolesTable.code, o.roleCode));
  if (!role) throw new Error(`no role ${o.roleCode}`);
  const accountId = await createAccountService(db).create(SYSTEM, { username: o.username, displayName: o.username, personId: o.personId ?? null, initialPassword: DEMO_PASSWORD }, undefined, { mustChangePassword: false });
  await createRoleService(db, new PermissionRegistry()).grant(SYSTEM, { accountId, roleId: role.id, scopeKind: o.scopeKind, scopeId: o.scopeId ?? null });
  return accountId;
}

/** An approved (ready for dispatch) request, inserted directly: the approval itself is tested through the API. */
export async function approvedRequest(db: Db, o: { agencyId: string; personId: string; accountId: string; start: Date; end: Date; passengers?: number; destination?: string; needDriver?: boolean; inCity?: boolean }) {
  const [r] = await db.insert(fleetTripRequests).values({
    agencyId: o.agencyId, applicantPersonId: o.personId, applicantAccountId: o.accountId, passengerCount: o.passengers ?? 1, origin: '市行政中心',
    destinations: [o.destination ?? '定海区政府'], plannedStart: o.start, plannedEnd: o.end, purpose: '公务出行', inCity: o.inCity ?? true,
    needDriver: o.needDriver ?? false, status: 'approved',
  }).returning();
  return r!;
}
