import { AppError } from '../../platform/http/errors.js';
import type { ProcessDefinition } from '../../platform/events/index.js';
import { announceOnboardedStep } from './announce-onboarded.step.js';
import { createAccountStep } from './create-account.step.js';
import { createPersonStep } from './create-person.step.js';
import { grantCadreRoleStep } from './grant-cadre-role.step.js';
import type { OnboardPersonInput } from './onboard-person.schemas.js';
import { CADRE_ROLE, need, type OnboardPersonDeps, type OnboardPersonState } from './onboard-person.state.js';

export interface OnboardPersonResult {
  personId: string;
  accountId: string;
  grantId: string;
  eventId: string;
}

/**
 * 新干部入职一件事: person → account → cadre role → event `org.person.onboarded`, in one
 * transaction. Each step is one service call; a failure anywhere leaves nothing behind.
 */
export function onboardPersonProcess(deps: OnboardPersonDeps): ProcessDefinition<OnboardPersonInput, OnboardPersonState, OnboardPersonResult> {
  return {
    name: 'onboard-person',
    init: (input) => ({ input }),
    async prepare(state) {
      const id = (await deps.roles.roleIdsByCode([CADRE_ROLE])).get(CADRE_ROLE);
      if (!id) throw new AppError(422, 'CADRE_ROLE_MISSING', '内置“干部”角色不存在，请先初始化角色', 'The built-in cadre role does not exist');
      state.cadreRoleId = id;
    },
    steps: [createPersonStep(deps), createAccountStep(deps), grantCadreRoleStep(deps), announceOnboardedStep],
    result: (s) => ({
      personId: need(s.personId, 'personId'), accountId: need(s.accountId, 'accountId'), grantId: need(s.grantId, 'grantId'), eventId: need(s.eventId, 'eventId'),
    }),
    // why: the initial password must not be hashed into a stored fingerprint.
    fingerprint: (input) => ({ person: input.person, account: { ...input.account, initialPassword: undefined } }),
  };
}
