import type { ProcessStep } from '../../platform/events/index.js';
import { need, type OnboardPersonDeps, type OnboardPersonState } from './onboard-person.state.js';

/** Step 2: a local account linked to the person, with the initial password to be changed at first sign-in. */
export const createAccountStep = (deps: OnboardPersonDeps): ProcessStep<OnboardPersonState> => ({
  name: 'create-account',
  async run({ tx, actor }, state) {
    const { username, displayName, initialPassword } = state.input.account;
    state.accountId = await deps.accounts.create(actor, {
      username, displayName: displayName ?? state.input.person.name, personId: need(state.personId, 'personId'), initialPassword,
    }, tx);
  },
});
