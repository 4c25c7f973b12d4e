import { workflowEnUS } from '../../console/workflow/i18n';
import { platformEnUS } from '../../console/platform/i18n';
import { integrationEnUS } from '../../console/integration/i18n';
import { fleetEnUS } from '../../console/fleet/i18n';
import { estateEnUS } from '../../console/estate/i18n';
import { shellEnUS } from './shell.en';
import { authEnUS } from './auth.en';
import { orgEnUS } from './org.en';
import { adminEnUS } from './admin.en';
import type { Resources } from './zh-CN';

/** English (complete: the type makes a missing key a compile error; each area's part is typed by its Chinese twin). */
const enUS: Resources = {
  ...shellEnUS,
  ...authEnUS,
  ...orgEnUS,
  ...adminEnUS,
  workflow: workflowEnUS,
  platform: platformEnUS,
  integration: integrationEnUS,
  fleet: fleetEnUS,
  estate: estateEnUS,
};

export default enUS;
