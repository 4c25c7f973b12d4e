import type { ProcessStep } from '../../platform/events/index.js';
import type { OnboardPersonDeps, OnboardPersonState } from './onboard-person.state.js';

/** Step 1: the person record (干部), through the organisation service, checked against the caller's scope. */
export const createPersonStep = (deps: OnboardPersonDeps): ProcessStep<OnboardPersonState> => ({
  name: 'create-person',
  async run({ tx, actor, scopes }, state) {
    const person = await deps.people.create(actor, scopes, state.input.person, tx);
    state.personId = person.id;
    state.agencyId = person.agencyId;
  },
});
