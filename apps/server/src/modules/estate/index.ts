/** The one door of the estate module (房产). See README.md. */
export { createEstateModule, type EstateModule } from './estate.module.js';
export { estatePermissions, registerEstatePermissions } from './permissions.js';
export type { EstateDeps, EstateFeature, EstateFeatureFactory, EstateContext } from './estate.context.js';
export { roomUseClasses, roomStatuses, buildingStatuses, type RoomUseClass, type RoomStatus } from './db/buildings.table.js';
