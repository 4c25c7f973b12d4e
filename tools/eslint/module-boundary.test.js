import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { moduleBoundaryRule } from './module-boundary.js';

// RuleTester reports through the test framework's describe/it when given them.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
});

const SRC = '/repo/apps/server/src';

ruleTester.run('zd/module-boundary', moduleBoundaryRule, {
  valid: [
    // The door: index.js, index.ts, or the folder itself.
    { filename: `${SRC}/composition.ts`, code: "import { createFleetModule } from './modules/fleet/index.js';" },
    { filename: `${SRC}/composition.ts`, code: "import { createFleetModule } from './modules/fleet';" },
    { filename: `${SRC}/composition.ts`, code: "import { createFleetModule } from './modules/fleet/';" },
    { filename: `${SRC}/composition.ts`, code: "export * from './modules/fleet/index.ts';" },
    { filename: `${SRC}/processes/onboard-person/onboard.process.ts`, code: "import type { FleetApi } from '../../modules/fleet/index.js';" },
    // The schema list reaches a module's tables through its table door only.
    { filename: `${SRC}/platform/db/schema.ts`, code: "export * from '../../modules/fleet/schema.js';" },
    // Inside the same module, any depth.
    { filename: `${SRC}/modules/fleet/trips/trip.service.ts`, code: "import { vehicles } from '../db/vehicle.table.js';" },
    { filename: `${SRC}/modules/fleet/fleet.module.ts`, code: "import { tripRoutes } from './trips/trip.routes.js';" },
    { filename: `${SRC}/processes/event-order/steps/book.step.ts`, code: "import { run } from '../event-order.process.js';" },
    // Platform, packages and node built-ins are not module folders.
    { filename: `${SRC}/modules/fleet/fleet.module.ts`, code: "import { audit } from '../../platform/audit/audit.service.js';" },
    { filename: `${SRC}/modules/fleet/fleet.module.ts`, code: "import fs from 'node:fs'; import { z } from 'zod';" },
    // Files outside the server source root are not checked by this rule.
    { filename: '/repo/apps/server/test/api/fleet.api.test.ts', code: "import { x } from '../../src/modules/fleet/vehicles/vehicle.service.js';" },
    { filename: '/repo/apps/web/src/console/fleet/page.tsx', code: "import { x } from './modules/fleet/internal.js';" },
  ],
  invalid: [
    {
      filename: `${SRC}/platform/db/schema.ts`,
      code: "export * from '../../modules/fleet/db/vehicles.table.js';",
      errors: [{ messageId: 'boundary', data: { source: '../../modules/fleet/db/vehicles.table.js', kind: 'modules', name: 'fleet', door: '../../modules/fleet/index.js' } }],
    },
    {
      filename: `${SRC}/composition.ts`,
      code: "import { fleetVehicles } from './modules/fleet/schema.js';",
      errors: [{ messageId: 'boundary', data: { source: './modules/fleet/schema.js', kind: 'modules', name: 'fleet', door: './modules/fleet/index.js' } }],
    },
    {
      filename: `${SRC}/composition.ts`,
      code: "import { createFleetModule } from './modules/fleet/fleet.module.js';",
      errors: [{ messageId: 'boundary', data: { source: './modules/fleet/fleet.module.js', kind: 'modules', name: 'fleet', door: './modules/fleet/index.js' } }],
    },
    {
      // One module reaching into another.
      filename: `${SRC}/modules/estate/buildings/building.service.ts`,
      code: "import { vehicles } from '../../fleet/db/vehicle.table.js';",
      errors: [{ messageId: 'boundary', data: { source: '../../fleet/db/vehicle.table.js', kind: 'modules', name: 'fleet', door: '../../fleet/index.js' } }],
    },
    {
      // A module folder whose name starts like another's is still another module.
      filename: `${SRC}/modules/fleet-extra/x.ts`,
      code: "import { y } from '../fleet/y.js';",
      errors: [{ messageId: 'boundary' }],
    },
    {
      // Deep index files are not the door.
      filename: `${SRC}/platform/jobs/runner.ts`,
      code: "import { t } from '../../modules/fleet/trips/index.js';",
      errors: [{ messageId: 'boundary' }],
    },
    {
      filename: `${SRC}/processes/onboard-person/onboard.process.ts`,
      code: "export { step } from '../event-order/steps/book.step.js';",
      errors: [{ messageId: 'boundary', data: { source: '../event-order/steps/book.step.js', kind: 'processes', name: 'event-order', door: '../event-order/index.js' } }],
    },
    {
      filename: `${SRC}/app.ts`,
      code: "export * from './modules/fleet/permissions.js'; const m = await import('./modules/fleet/fleet.module.js');",
      errors: [{ messageId: 'boundary' }, { messageId: 'boundary' }],
    },
    {
      filename: `${SRC}/app.ts`,
      code: "type T = import('./modules/fleet/db/vehicle.table.js').Vehicle;",
      errors: [{ messageId: 'boundary' }],
    },
    {
      // The rule also works for a source root given in its options.
      filename: '/repo/services/api/src/composition.ts',
      options: [{ roots: ['services/api/src'] }],
      code: "import { a } from './modules/fleet/fleet.module.js';",
      errors: [{ messageId: 'boundary' }],
    },
  ],
});
