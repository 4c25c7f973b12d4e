/** Organisation: regions, agencies (单位), departments (处室), positions and people (干部). */
import type { FastifyInstance } from 'fastify';
import { registerEncryptedColumn } from '../crypto/encrypted-columns.js';
import type { FieldCrypto } from '../crypto/field-crypto.js';
import { people as peopleTable } from './org.table.js';
import type { Db } from '../db/types.js';
import { agencyRoutes } from './agency.routes.js';
import { createAgencyService } from './agency.service.js';
import { createOrgImportService } from './org-import.service.js';
import { personRoutes } from './person.routes.js';
import { personMovementRoutes } from './person-movement.routes.js';
import { createPersonMovementService } from './person-movement.service.js';
import { createPersonService } from './person.service.js';
import { structureRoutes } from './structure.routes.js';
import { createStructureService } from './structure.service.js';

export { registerOrgPermissions, orgPermissions } from './org.permissions.js';
export * from './org.constants.js';
export { movementKinds, type MovementEventPayload, type MovementKind } from './person-movement.service.js';

export function createOrg(db: Db, crypto: FieldCrypto) {
  registerEncryptedColumn({ table: peopleTable, idColumn: peopleTable.id, encColumn: peopleTable.idNumberEnc, bidxColumn: peopleTable.idNumberBidx });
  registerEncryptedColumn({ table: peopleTable, idColumn: peopleTable.id, encColumn: peopleTable.mobileEnc, bidxColumn: peopleTable.mobileBidx });
  const agencies = createAgencyService(db);
  const people = createPersonService(db, crypto);
  const structure = createStructureService(db);
  const imports = createOrgImportService(db, agencies, people);
  const movements = createPersonMovementService(db);
  return {
    agencies, people, structure, imports, movements,
    async registerRoutes(app: FastifyInstance) {
      await app.register(structureRoutes(structure), { prefix: '/api/v1/org' });
      await app.register(agencyRoutes({ db, agencies, imports }), { prefix: '/api/v1/org/agencies' });
      await app.register(personRoutes({ db, people, imports }), { prefix: '/api/v1/org/people' });
      await app.register(personMovementRoutes(movements), { prefix: '/api/v1/org/people' });
    },
  };
}
export type Org = ReturnType<typeof createOrg>;
