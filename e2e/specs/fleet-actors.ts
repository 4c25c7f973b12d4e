/** The dispatcher and the driver of the fleet browser test: the demo accounts, or (when a server has none) made the way an office would. */
import { apiLogin, call, DEMO_PASSWORD, makeAccount, type ApiSession } from '../support/api.js';
import { F } from './fleet-helpers.js';

export interface Actor { username: string; password: string; session: ApiSession }
export interface DriverActor extends Actor { driverId: string; driverName: string }

const NEW_PASSWORD = 'Fleet#2026abc';

async function tryLogin(base: string, username: string, password: string): Promise<ApiSession | null> {
  try {
    return await apiLogin(base, username, password);
  } catch {
    return null;
  }
}

/** An account of the role (sysadmin creates, secadmin grants over all, the account sets its own password). */
async function makeActor(base: string, username: string, displayName: string, roleCode: string, personId: string | null): Promise<Actor> {
  const session = await makeAccount(base, { username, displayName, roleCode, personId, password: NEW_PASSWORD });
  return { username, password: NEW_PASSWORD, session };
}

export async function dispatcherActor(base: string): Promise<Actor> {
  const demo = await tryLogin(base, 'dispatcher', DEMO_PASSWORD);
  if (demo) return { username: 'dispatcher', password: DEMO_PASSWORD, session: demo };
  return makeActor(base, 'e2e-dispatcher', '调度员（测试）', 'fleet-dispatcher', null);
}

interface Me { user: { personId: string | null } }
interface FleetDriver { id: string; name: string; personId: string | null; status: string; licenceExpiry: string }

/** The `driver` demo account and its fleet driver; else a person made a driver by the center, with an account of role fleet-driver. */
export async function driverActor(base: string, dispatcher: ApiSession): Promise<DriverActor> {
  const drivers = await call<{ items: FleetDriver[] }>(base, dispatcher, 'GET', `${F}/drivers?pageSize=200`);
  const demo = await tryLogin(base, 'driver', DEMO_PASSWORD);
  if (demo) {
    const me = await call<Me>(base, demo, 'GET', '/api/v1/auth/me');
    const d = drivers.items.find((x) => x.personId && x.personId === me.user.personId);
    if (d) return { username: 'driver', password: DEMO_PASSWORD, session: demo, driverId: d.id, driverName: d.name };
  }
  const center = await apiLogin(base, 'center');
  const people = await call<{ items: Array<{ id: string; name: string; agencyId: string }> }>(base, center, 'GET', '/api/v1/org/people?pageSize=50&sort=name:desc');
  const taken = new Set(drivers.items.map((x) => x.personId));
  for (const p of people.items.filter((x) => !taken.has(x.id))) {
    let actor: Actor;
    try {
      actor = await makeActor(base, 'e2e-driver', p.name.slice(0, 32), 'fleet-driver', p.id);
    } catch {
      continue; // this person already has an account
    }
    const d = await call<{ id: string; name: string }>(base, center, 'POST', `${F}/drivers`, {
      personId: p.id, name: p.name, agencyId: p.agencyId, licenceClass: 'C1', licenceExpiry: '2031-12-31', emergencyTeam: false, status: 'active',
    });
    return { ...actor, driverId: d.id, driverName: d.name };
  }
  throw new Error('no person left to make a driver of');
}

/** At least one vehicle in use in the staff's agency (demo data when there is; else the center registers one within a quota it sets). */
export async function ensureVehicle(base: string): Promise<void> {
  const center = await apiLogin(base, 'center');
  const inUse = await call<{ total: number }>(base, center, 'GET', `${F}/vehicles?status=in-use&pageSize=1`);
  if (inUse.total > 0) return;
  const staff = await apiLogin(base, 'staff');
  const me = await call<Me>(base, staff, 'GET', '/api/v1/auth/me');
  const person = await call<{ agencyId: string }>(base, center, 'GET', `/api/v1/org/people/${me.user.personId}`);
  await call(base, center, 'POST', `${F}/quotas`, { agencyId: person.agencyId, kind: 'other', quota: 2, approvalRef: 'e2e' });
  await call(base, center, 'POST', `${F}/vehicles`, {
    plate: '浙L·E2E01', brand: '比亚迪', model: '秦PLUS EV', kind: 'other', energy: 'bev', priceFen: 14_980_000, purchaseDate: '2025-03-01',
    agencyId: person.agencyId, seats: 5, batteryKwh: 57.6, normPer100km: 13.5,
  });
}
