/**
 * Files: uploads checked by content, images re-encoded and thumbnailed, bytes in a FileStore
 * (local disk by default), downloads authorised by the owning module. See README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types.js';
import { LocalDiskStore, type FileStore } from './file-store.js';
import { filesRoutes } from './files.routes.js';
import { createFilesService, type FilesServiceDeps } from './files.service.js';
import { FileUses, type FileUse } from './files.uses.js';

export { LocalDiskStore, storageKeyOf, type FileStore } from './file-store.js';
export { readableInScope, type FileUse, type ImageRule, type OwnerScopeKeys } from './files.uses.js';
export { files as fileTable, type FileRow } from './files.table.js';
export { toMeta as fileMetaOf } from './files.routes.js';
export type { FileMeta } from './files.schemas.js';

export interface FilesOptions {
  db: Db;
  /** DATA_DIR: bytes go to DATA_DIR/files. Without it (in-memory test servers) a temporary folder is used and removed on close. */
  dataDir?: string | undefined;
  /** Another store (S3-compatible later); bytes then go there and only uploads in progress touch the local disk. */
  store?: FileStore | undefined;
  log?: FilesServiceDeps['log'];
}

/** The files engine: `registerUse` for modules, `api` for their services, `registerRoutes` for /api/v1/files. */
export function createFiles(opts: FilesOptions) {
  const temporary = opts.dataDir ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'zd-files-'));
  const root = path.join(opts.dataDir ?? temporary!, 'files');
  const store = opts.store ?? new LocalDiskStore(root);
  const uses = new FileUses();
  // why: the incoming folder is beside the store's shards but no storage key can name it.
  const service = createFilesService({ db: opts.db, store, uses, tmpDir: path.join(root, '.incoming'), log: opts.log });
  const api = {
    attach: service.attach,
    listOf: service.listOf,
    remove: service.remove,
    purgeUnattached: service.purgeUnattached,
  };
  return {
    api,
    store,
    /** The folder the local store keeps its files in. */
    root,
    registerUse: (u: FileUse) => uses.register(u),
    async registerRoutes(app: FastifyInstance) {
      await app.register(filesRoutes(service), { prefix: '/api/v1/files' });
      if (temporary) app.addHook('onClose', async () => { await fs.promises.rm(temporary, { recursive: true, force: true }); });
    },
  };
}
export type Files = ReturnType<typeof createFiles>;
export type FilesApi = Files['api'];
