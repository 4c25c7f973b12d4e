import type { AccountService } from '../../platform/auth/account.service.js';
import type { PersonService } from '../../platform/org/person.service.js';
import type { RoleService } from '../../platform/rbac/roles.service.js';
import type { OnboardPersonInput } from './onboard-person.schemas.js';

/** The services the process calls, one per step (narrow picks, wired in composition). */
export interface OnboardPersonDeps {
  people: Pick<PersonService, 'create'>;
  accounts: Pick<AccountService, 'create'>;
  roles: Pick<RoleService, 'grant' | 'roleIdsByCode'>;
}

/** The role a new cadre gets, with data scope 'self'. */
export const CADRE_ROLE = 'cadre';

export interface OnboardPersonState {
  input: OnboardPersonInput;
  cadreRoleId?: string;
  personId?: string;
  agencyId?: string;
  accountId?: string;
  grantId?: string;
  eventId?: string;
}

/** A value an earlier step must have set. */
export function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`onboard-person: ${what} is missing (step order)`);
  return v;
}
