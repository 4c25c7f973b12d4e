/** The fleet module's tables, for the product's schema list (platform/db/schema.ts) only: other code uses index.ts. */
export * from './db/vehicles.table.js';
export * from './db/drivers.table.js';
export * from './db/standards.table.js';
export * from './db/vehicle-events.table.js';
export * from './db/maintenance.table.js';
export * from './db/records.table.js';
export * from './db/charging.table.js';
export * from './db/supervision.table.js';
export * from './db/odometer.table.js';
export * from './db/fuel.table.js';
export * from './db/trips.table.js';
