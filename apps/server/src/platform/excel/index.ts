/**
 * Excel: streaming exports and templates (xlsx.ts), and the import framework — upload, streamed
 * validation with a Chinese per-row report, all-or-nothing commit, resumable validation. See README.md.
 */
import type { FastifyInstance } from 'fastify';
import { createImportService, type ImportServiceDeps } from './import.service.js';
import { importRoutes } from './import.routes.js';
import type { AnyImportDefinition } from './import.types.js';

export * from './xlsx.js';
export { defineImport, type AnyImportDefinition, type ImportColumn, type ImportContext, type ImportDefinition, type ParsedRow, type ResolveResult, type RowError } from './import.types.js';
export { importErrors as importErrorTable, importJobs as importJobTable } from './excel.table.js';
export { readSheetBatches, cellText, type SheetRow } from './import.reader.js';
export { statusZh as importStatusZh } from './import.service.js';

export type ImportsDeps = ImportServiceDeps;

/** The import framework: `api.define(def)` for modules, `registerRoutes(app)` for /api/v1/imports. */
export function createImports(deps: ImportsDeps) {
  const svc = createImportService(deps);
  const api = {
    define: (def: AnyImportDefinition) => svc.define(def),
    /** Stores a file and starts validating it: `{ id, done }` (`done` settles when validation has finished). */
    upload: svc.upload,
    /** Starts the commit of a 'ready' job: `{ id, done }`. */
    commit: svc.commit,
    get: async (id: string) => (await svc.get(id)).view,
    resumeInterrupted: svc.resumeInterrupted,
    /** Waits until the background work of this process has finished. */
    idle: svc.idle,
  };
  return {
    api,
    async registerRoutes(app: FastifyInstance) {
      await app.register(importRoutes(svc), { prefix: '/api/v1/imports' });
      app.addHook('onReady', async () => { await svc.resumeInterrupted(); });
      app.addHook('preClose', async () => { await svc.close(); });
    },
  };
}
export type Imports = ReturnType<typeof createImports>;
export type ImportsApi = Imports['api'];
