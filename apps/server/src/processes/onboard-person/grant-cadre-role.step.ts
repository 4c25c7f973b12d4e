import type { ProcessStep } from '../../platform/events/index.js';
import { need, type OnboardPersonDeps, type OnboardPersonState } from './onboard-person.state.js';

/** Step 3: the built-in cadre role (干部) with data scope 'self', through the role service (三员分立 checks included). */
export const grantCadreRoleStep = (deps: OnboardPersonDeps): ProcessStep<OnboardPersonState> => ({
  name: 'grant-cadre-role',
  async run({ tx, actor }, state) {
    state.grantId = await deps.roles.grant(actor, {
      accountId: need(state.accountId, 'accountId'), roleId: need(state.cadreRoleId, 'cadreRoleId'), scopeKind: 'self',
    }, tx);
  },
});
