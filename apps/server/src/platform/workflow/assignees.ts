/** Resolves assignee rules to accounts, in SQL. The applicant is never among the results. */
import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { accounts } from '../auth/auth.table.js';
import type { Db } from '../db/types.js';
import { errors } from '../http/errors.js';
import { departments, people } from '../org/org.table.js';
import { grants, roles } from '../rbac/rbac.table.js';
import type { AssigneeRule, BaseRule } from './workflow.model.js';

export interface Applicant {
  accountId: string;
  personId: string;
  agencyId: string;
  departmentId: string | null;
}

export type Via = 'rule' | 'fallback' | 'no-assignee' | 'delegated' | 'escalated';

/** Active accounts, minus the applicant's own (by account and by person): nobody approves their own request. */
function notApplicant(a: Applicant): SQL {
  return and(eq(accounts.status, 'active'), ne(accounts.id, a.accountId), sql`${accounts.personId} is distinct from ${a.personId}::uuid`)!;
}

async function holdersOfRole(tx: Db, roleCode: string, cover: SQL, a: Applicant): Promise<string[]> {
  const rows = await tx.selectDistinct({ id: accounts.id }).from(grants)
    .innerJoin(roles, eq(roles.id, grants.roleId))
    .innerJoin(accounts, eq(accounts.id, grants.accountId))
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(and(eq(roles.code, roleCode), cover, notApplicant(a)))
    .orderBy(accounts.id);
  return rows.map((r) => r.id);
}

/** Grants of a role inside the agency: scoped to it, to one of its departments, or 'self' of one of its people. */
const withinAgency = (agencyId: string) => or(
  and(eq(grants.scopeKind, 'agency'), eq(grants.scopeId, agencyId)),
  and(eq(grants.scopeKind, 'department'), sql`${grants.scopeId} in (select id from platform_department where agency_id = ${agencyId})`),
  and(eq(grants.scopeKind, 'self'), eq(people.agencyId, agencyId)),
)!;

/** Grants whose scope covers the agency: all, its region (or a parent region), or the agency itself. */
const coversAgency = (agencyId: string) => or(
  eq(grants.scopeKind, 'all'),
  and(eq(grants.scopeKind, 'agency'), eq(grants.scopeId, agencyId)),
  and(eq(grants.scopeKind, 'region'), sql`exists (select 1 from platform_agency ag join platform_region r on r.id = ag.region_id
    where ag.id = ${agencyId} and r.path like (select path from platform_region where id = ${grants.scopeId}) || '%')`),
)!;

async function accountsOfPeople(tx: Db, personIds: string[], a: Applicant): Promise<string[]> {
  if (!personIds.length) return [];
  const rows = await tx.select({ id: accounts.id }).from(accounts).where(and(inArray(accounts.personId, personIds), notApplicant(a))).orderBy(accounts.id);
  return rows.map((r) => r.id);
}

export async function resolveBaseRule(tx: Db, rule: BaseRule, a: Applicant): Promise<string[]> {
  switch (rule.kind) {
    case 'agency-role': return holdersOfRole(tx, rule.roleCode, withinAgency(a.agencyId), a);
    case 'center-role': return holdersOfRole(tx, rule.roleCode, coversAgency(a.agencyId), a);
    case 'person': return accountsOfPeople(tx, [rule.personId], a);
    case 'department-head': {
      if (!a.departmentId) return [];
      const [d] = await tx.select({ head: departments.headPersonId }).from(departments).where(eq(departments.id, a.departmentId));
      return d?.head ? accountsOfPeople(tx, [d.head], a) : [];
    }
  }
}

/**
 * The accounts of one approver party: the rule, else its fallback, else the holders of the
 * escalation role (so a request never waits for nobody); none at all is a 422.
 */
export async function resolveParty(tx: Db, rule: AssigneeRule, a: Applicant, escalationRole: string): Promise<{ accountIds: string[]; via: Via }> {
  const direct = await resolveBaseRule(tx, rule, a);
  if (direct.length) return { accountIds: direct, via: 'rule' };
  if (rule.fallback) {
    const fb = await resolveBaseRule(tx, rule.fallback, a);
    if (fb.length) return { accountIds: fb, via: 'fallback' };
  }
  const last = await escalationTargets(tx, escalationRole, a);
  if (last.length) return { accountIds: last, via: 'no-assignee' };
  throw errors.rule('WF_NO_ASSIGNEE', '找不到可以审批该步骤的人员，请联系流程管理员', 'No one can approve this step; contact the process administrator');
}

export const escalationTargets = (tx: Db, roleCode: string, a: Applicant) => resolveBaseRule(tx, { kind: 'center-role', roleCode }, a);
