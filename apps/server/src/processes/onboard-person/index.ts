export { onboardPersonProcess, type OnboardPersonResult } from './onboard-person.process.js';
export { onboardPersonInput, onboardPersonResult, idempotencyHeaders, type OnboardPersonInput } from './onboard-person.schemas.js';
export { CADRE_ROLE, type OnboardPersonDeps } from './onboard-person.state.js';
