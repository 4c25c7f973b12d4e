/** Dictionaries and factor tables with effective dates, year and source. See README.md. */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types.js';
import { createDictItemsService } from './dict-items.service.js';
import { createDictTypesService } from './dict-types.service.js';
import { createDictLookup } from './dict.lookup.js';
import { dictRoutes } from './dict.routes.js';

export { registerDictPermissions, dictPermissions } from './dict.permissions.js';
export { seedDictionaries } from './dict.seed.js';
export { DictFactorMissingError } from './dict.errors.js';
export type { Factor } from './dict.lookup.js';
export type { DictItemView } from './dict.shape.js';
export type { DictItemFilter } from './dict-items.service.js';

export function createDict(db: Db) {
  const types = createDictTypesService(db);
  const items = createDictItemsService(db);
  const lookup = createDictLookup(db);
  const api = {
    /** `dict.lookup('vehicle-kind', 'emergency', date)` → the version applying on that date, or null. */
    lookup: lookup.lookup,
    /** `dict.factor('co2-emission-factor', 'grid-east-china', date)` → `{ value, unit, source, year, … }`; throws DictFactorMissingError. */
    factor: lookup.factor,
    /** `dict.items('room-use', date)` → every active entry applying on that date. */
    items: lookup.items,
    types, versions: items,
  };
  return {
    api,
    async registerRoutes(app: FastifyInstance) {
      await app.register(dictRoutes({ db, types, items }), { prefix: '/api/v1/dict' });
    },
  };
}

export type Dict = ReturnType<typeof createDict>;
export type DictApi = Dict['api'];
