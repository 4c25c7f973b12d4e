/** Every table of the product, for Drizzle and drizzle-kit. A module adds its table door (modules/<X>/schema.ts) here. */
export * from '../org/org.table.js';
export * from '../auth/auth.table.js';
export * from '../rbac/rbac.table.js';
export * from '../audit/audit.table.js';
export * from '../bookings/bookings.table.js';
export * from '../jobs/jobs.table.js';
export * from '../notify/notify.table.js';
export * from '../events/events.table.js';
export * from '../dict/dict.table.js';
export * from '../files/files.table.js';
export * from '../workflow/workflow.table.js';
export * from '../integration/integration.table.js';
export * from '../excel/excel.table.js';
export * from '../../modules/fleet/schema.js';
export * from '../../modules/estate/schema.js';
