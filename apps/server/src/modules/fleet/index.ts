/** The fleet module (公务用车): the one door for code outside modules/fleet. See README.md. */
export { createFleetModule, type FleetModule, type FleetApi } from './fleet.module.js';
export type { FleetDeps } from './fleet.context.js';
export { fleetPermissions, registerFleetPermissions } from './permissions.js';
export { isNewEnergy, vehicleKinds, vehicleEnergies, vehicleStatuses, type VehicleKind, type VehicleEnergy, type VehicleStatus } from './db/vehicles.table.js';
export { licenceClasses, licenceCovers, requiredLicenceClass, type LicenceClass } from './db/drivers.table.js';
export { isOfferable, isDriverOfferable, type TimeWindow } from './core/offerability.js';
/** For bulk loads outside the product's writes (benchmarks, data migration): the segment columns of every fill, in SQL. */
export { recomputeAllSegments } from './fuel/segments.service.js';
