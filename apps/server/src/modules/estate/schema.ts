/** The estate module's tables, for the product's schema list (platform/db/schema.ts) only: other code uses index.ts. */
export * from './db/buildings.table.js';
export * from './db/housing.table.js';
export * from './db/housing-lease.table.js';
export * from './db/office.table.js';
export * from './db/census.table.js';
export * from './db/inspections.table.js';
export * from './db/transfers.table.js';
export * from './db/leasing.table.js';
export * from './db/remote.table.js';
export * from './db/activity-rooms.table.js';
