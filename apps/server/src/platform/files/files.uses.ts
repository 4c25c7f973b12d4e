import type { Db } from '../db/types.js';
import type { AuthContext } from '../http/request-context.js';
import { inScope } from '../rbac/scope.js';
import type { FileRow } from './files.table.js';

/** Image handling of a use: re-encoded to fit `maxEdge` (metadata such as EXIF/GPS stripped) and a thumbnail fitting `thumbEdge`. */
export interface ImageRule {
  maxEdge: number;
  thumbEdge: number;
}

/**
 * What a module allows for one kind of file it keeps (`use`), and who may fetch it. Registered
 * with `files.registerUse(...)` in composition.
 */
export interface FileUse {
  /** `<module>.<entity>.<what>`, e.g. 'org.person.photo', 'workflow.attachment'. */
  use: string;
  /** The owner_type written when the module attaches a file (default: the use's first two parts). */
  ownerType?: string;
  /** Sniffed MIME types accepted, e.g. ['image/jpeg', 'image/png']. */
  allowedMimes: readonly string[];
  /** Upload size limit in bytes (before re-encoding). */
  maxBytes: number;
  image?: ImageRule;
  /** A permission the uploader must hold (in any scope). */
  uploadPermission?: string;
  /** A further rule for uploading (on top of being signed in and `uploadPermission`). */
  canUpload?(auth: AuthContext): Promise<boolean> | boolean;
  /** Whether this account may download an attached file, typically by checking the owning record's scope. */
  canRead(auth: AuthContext, file: FileRow): Promise<boolean>;
  /** Whether this account may delete an attached file (default: nobody through the files API; the module deletes). */
  canDelete?(auth: AuthContext, file: FileRow): Promise<boolean>;
}

const USE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
const IMAGE_MIMES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/tiff', 'image/avif', 'image/heic']);

export class FileUses {
  private readonly uses = new Map<string, FileUse & { ownerType: string }>();

  register(u: FileUse): void {
    if (!USE.test(u.use)) throw new Error(`bad file use ${u.use}: expected <module>.<entity>.<what>`);
    if (this.uses.has(u.use)) throw new Error(`file use ${u.use} registered twice`);
    if (!Number.isInteger(u.maxBytes) || u.maxBytes < 1) throw new Error(`file use ${u.use}: maxBytes must be a positive integer`);
    if (u.allowedMimes.length === 0) throw new Error(`file use ${u.use}: allowedMimes is empty`);
    if (u.image && u.allowedMimes.some((m) => !IMAGE_MIMES.has(m))) throw new Error(`file use ${u.use}: an image use allows image types only`);
    this.uses.set(u.use, { ...u, ownerType: u.ownerType ?? u.use.split('.').slice(0, 2).join('.') });
  }

  get(use: string): (FileUse & { ownerType: string }) | undefined {
    return this.uses.get(use);
  }
}

export interface OwnerScopeKeys {
  agencyId: string;
  departmentId?: string | null;
  personId?: string | null;
}

/**
 * A `canRead` that allows an account holding `permission` in a scope that contains the owning
 * record, e.g. `readableInScope(db, 'org:person:read', personKeys)`; `keysOf` returns the
 * owner's agency / department / person, or null when the owner is gone.
 */
export function readableInScope(db: Db, permission: string, keysOf: (ownerId: string) => Promise<OwnerScopeKeys | null>) {
  return async (auth: AuthContext, file: FileRow): Promise<boolean> => {
    const scopes = auth.permissions.get(permission);
    if (!scopes || !file.ownerId) return false;
    const keys = await keysOf(file.ownerId);
    return keys ? inScope(db, scopes, keys) : false;
  };
}
