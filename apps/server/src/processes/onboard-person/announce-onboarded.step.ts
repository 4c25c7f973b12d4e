import type { ProcessStep } from '../../platform/events/index.js';
import { CADRE_ROLE, need, type OnboardPersonState } from './onboard-person.state.js';

/** Step 4: the event `org.person.onboarded` into the outbox (ids only: webhooks carry it outside). */
export const announceOnboardedStep: ProcessStep<OnboardPersonState> = {
  name: 'announce-onboarded',
  async run({ emit }, state) {
    state.eventId = await emit('org.person.onboarded', {
      personId: need(state.personId, 'personId'), agencyId: need(state.agencyId, 'agencyId'),
      departmentId: state.input.person.departmentId ?? null, accountId: need(state.accountId, 'accountId'),
      grantId: need(state.grantId, 'grantId'), role: CADRE_ROLE,
    });
  },
};
