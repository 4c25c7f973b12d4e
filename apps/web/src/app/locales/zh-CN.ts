import { workflowZhCN } from '../../console/workflow/i18n';
import { platformZhCN } from '../../console/platform/i18n';
import { integrationZhCN } from '../../console/integration/i18n';
import { fleetZhCN } from '../../console/fleet/i18n';
import { estateZhCN } from '../../console/estate/i18n';
import { shellZhCN } from './shell.zh';
import { authZhCN } from './auth.zh';
import { orgZhCN } from './org.zh';
import { adminZhCN } from './admin.zh';

/**
 * 简体中文 (default). The shell's strings live per area beside this file (shell, auth, org, admin:
 * `<area>.zh.ts` with its English twin `<area>.en.ts`); each module registers its own under its key.
 * Every key here must exist in en-US.ts too.
 */
const zhCN = {
  ...shellZhCN,
  ...authZhCN,
  ...orgZhCN,
  ...adminZhCN,
  workflow: workflowZhCN,
  platform: platformZhCN,
  integration: integrationZhCN,
  fleet: fleetZhCN,
  estate: estateZhCN,
};

export default zhCN;
export type Resources = typeof zhCN;
