import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { newId } from '../db/columns.js';
import type { Db } from '../db/types.js';
import { AppError, errors } from '../http/errors.js';
import type { AuthContext } from '../http/request-context.js';
import { storageKeyOf, type FileStore } from './file-store.js';
import { reencodeImage } from './files.image.js';
import { extOf, sniff } from './files.sniff.js';
import { files, type FileRow } from './files.table.js';
import type { FileUses } from './files.uses.js';

export interface FilesServiceDeps {
  db: Db;
  store: FileStore;
  uses: FileUses;
  /** Local folder for uploads being checked (sniffed, re-encoded) before they are stored. */
  tmpDir: string;
  log?: { warn(obj: object, msg: string): void } | undefined;
}

/** An uploaded part: the byte stream (multipart marks it `truncated` at the size limit) and the client's file name. */
export interface IncomingFile {
  stream: Readable & { truncated?: boolean };
  filename: string;
}

export const formatBytes = (n: number): string => {
  const units: Array<[number, string]> = [[1024 ** 3, 'GB'], [1024 ** 2, 'MB'], [1024, 'KB']];
  for (const [size, unit] of units) if (n >= size) return `${Number((n / size).toFixed(1))} ${unit}`;
  return `${n} B`;
};

export const tooLarge = (maxBytes: number) => new AppError(413, 'FILE_TOO_LARGE',
  `文件超过大小上限 ${formatBytes(maxBytes)}`, `The file is larger than the limit of ${formatBytes(maxBytes)}`, undefined, { maxBytes });

const notFound = () => errors.notFound('文件', 'File');

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The client's name without folders, control characters or broken Unicode; at most 200 characters; the extension made to match the stored type. */
export function cleanName(raw: string, ext: string): string {
  let n = [...(raw.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC').split(/[\\/]/).pop() ?? '')].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '\u007f').join('').trim();
  const current = extOf(n);
  let base = current ? n.slice(0, -(current.length + 1)) : n;
  if (!base.replaceAll('.', '')) base = 'file';
  if (base.length > 180) base = base.slice(0, 180);
  n = `${base}.${current && current === ext ? current : ext}`;
  return n;
}

async function sha256OfFile(file: string): Promise<string> {
  const h = createHash('sha256');
  await pipeline(fs.createReadStream(file), h);
  return h.digest('hex');
}

export function createFilesService({ db, store, uses, tmpDir, log }: FilesServiceDeps) {
  const useOf = (name: string) => {
    const u = uses.get(name);
    if (!u) throw errors.validation([{ path: 'use', code: 'UNKNOWN_FILE_USE', message: `未知的文件用途：${name}` }], `未知的文件用途：${name}`, `Unknown file use ${name}`);
    return u;
  };

  async function assertCanUpload(auth: AuthContext, useName: string) {
    const u = useOf(useName);
    if (u.uploadPermission && !auth.permissions.has(u.uploadPermission)) throw errors.forbidden(u.uploadPermission);
    if (u.canUpload && !(await u.canUpload(auth))) throw errors.forbidden();
    return u;
  }

  /** Checks, converts and stores one upload; the row and its audit record are written in one transaction. */
  async function upload(actor: Actor, auth: AuthContext, useName: string, incoming: IncomingFile): Promise<FileRow> {
    const u = await assertCanUpload(auth, useName);
    await fs.promises.mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, `${randomBytes(12).toString('hex')}.upload`);
    const id = newId();
    const key = storageKeyOf(id);
    const thumbKey = u.image ? storageKeyOf(id, true) : null;
    try {
      await pipeline(incoming.stream, fs.createWriteStream(tmp, { mode: 0o600 }));
      const size = (await fs.promises.stat(tmp)).size;
      if (incoming.stream.truncated || size > u.maxBytes) throw tooLarge(u.maxBytes);
      if (size === 0) throw errors.badRequest('EMPTY_FILE', '文件是空的', 'The file is empty');
      const sniffed = await sniff(tmp, incoming.filename, u.allowedMimes);
      let stored: { mime: string; ext: string; size: number; sha256: string; width: number | null; height: number | null };
      if (u.image) {
        const img = await reencodeImage(tmp, sniffed.mime, u.image);
        await store.put(key, img.data);
        await store.put(thumbKey!, img.thumbnail);
        stored = { mime: img.mime, ext: img.ext, size: img.data.length, sha256: createHash('sha256').update(img.data).digest('hex'), width: img.width, height: img.height };
      } else {
        const sha256 = await sha256OfFile(tmp);
        await store.put(key, fs.createReadStream(tmp));
        stored = { mime: sniffed.mime, ext: sniffed.ext, size, sha256, width: null, height: null };
      }
      return await db.transaction(async (tx) => {
        const [row] = await tx.insert(files).values({
          id, use: u.use, originalName: cleanName(incoming.filename, stored.ext), mime: stored.mime, sizeBytes: stored.size, sha256: stored.sha256,
          storageKey: key, thumbnailKey: thumbKey, width: stored.width, height: stored.height, uploadedBy: auth.accountId,
        }).returning();
        await appendAudit(tx, actor, { action: 'platform.file.upload', objectType: 'file', objectId: id, after: { use: u.use, name: row!.originalName, mime: row!.mime, size: row!.sizeBytes, sha256: row!.sha256 } });
        return row!;
      });
    } catch (e) {
      await Promise.allSettled([store.delete(key), ...(thumbKey ? [store.delete(thumbKey)] : [])]);
      throw e;
    } finally {
      await fs.promises.rm(tmp, { force: true });
    }
  }

  /** A file this account may download: an unattached file by its uploader only, an attached one by its use's `canRead`; else 404. */
  async function readable(auth: AuthContext, id: string): Promise<FileRow> {
    const [row] = await db.select().from(files).where(eq(files.id, id));
    if (!row) throw notFound();
    if (!row.ownerId) {
      if (row.uploadedBy !== auth.accountId) throw notFound();
      return row;
    }
    const u = uses.get(row.use);
    if (!u || !(await u.canRead(auth, row))) throw notFound();
    return row;
  }

  async function open(row: FileRow, thumbnail = false): Promise<Readable> {
    const key = thumbnail ? row.thumbnailKey : row.storageKey;
    if (!key) throw notFound();
    try {
      return await store.get(key);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        log?.warn({ fileId: row.id, key }, 'file bytes missing from the store');
        throw notFound();
      }
      throw e;
    }
  }

  /**
   * For modules, inside their own write transaction: attaches files the same account uploaded
   * for this use to the module's record. Refuses (400) a file that is unknown, already attached,
   * of another use or uploaded by someone else.
   */
  async function attach(tx: Db, req: { fileIds: readonly string[]; use: string; ownerId: string; uploadedBy: string | null }): Promise<FileRow[]> {
    if (req.fileIds.length === 0) return [];
    const u = useOf(req.use);
    const rows = await tx.update(files).set({ ownerType: u.ownerType, ownerId: req.ownerId, attachedAt: new Date() })
      .where(and(inArray(files.id, [...req.fileIds]), eq(files.use, u.use), isNull(files.ownerId), req.uploadedBy ? eq(files.uploadedBy, req.uploadedBy) : undefined))
      .returning();
    if (rows.length !== new Set(req.fileIds).size) {
      const ok = new Set(rows.map((r) => r.id));
      const bad = req.fileIds.filter((f) => !ok.has(f));
      throw errors.validation([{ path: 'fileIds', code: 'FILE_NOT_ATTACHABLE', message: `文件不存在、已被使用或不属于本次上传：${bad.join('、')}` }]);
    }
    return rows;
  }

  /** The files attached to one record, oldest first. */
  async function listOf(use: string, ownerId: string): Promise<FileRow[]> {
    return db.select().from(files).where(and(eq(files.use, use), eq(files.ownerId, ownerId))).orderBy(asc(files.createdAt), asc(files.id));
  }

  /** Deletes the row (audited) and then its bytes. */
  async function remove(actor: Actor, id: string, opts: { onlyUnattached?: boolean } = {}): Promise<void> {
    const row = await db.transaction(async (tx) => {
      const [r] = await tx.delete(files).where(and(eq(files.id, id), opts.onlyUnattached ? isNull(files.ownerId) : undefined)).returning();
      if (!r) throw notFound();
      await appendAudit(tx, actor, { action: 'platform.file.delete', objectType: 'file', objectId: id, before: { use: r.use, name: r.originalName, ownerType: r.ownerType, ownerId: r.ownerId, sha256: r.sha256 } });
      return r;
    });
    const keys = [row.storageKey, ...(row.thumbnailKey ? [row.thumbnailKey] : [])];
    const results = await Promise.allSettled(keys.map((k) => store.delete(k)));
    if (results.some((r) => r.status === 'rejected')) log?.warn({ fileId: id }, 'file bytes could not be removed from the store');
  }

  /** DELETE through the API: the uploader of an unattached file, or an account the use's `canDelete` allows. */
  async function removeAs(actor: Actor, auth: AuthContext, id: string): Promise<void> {
    const row = await readable(auth, id);
    const u = uses.get(row.use);
    const allowed = row.ownerId ? Boolean(u?.canDelete && (await u.canDelete(auth, row))) : row.uploadedBy === auth.accountId;
    if (!allowed) throw errors.forbidden();
    await remove(actor, id);
  }

  /** Removes files uploaded but never attached before `olderThan` (a scheduled job calls this). */
  async function purgeUnattached(actor: Actor, olderThan: Date, limit = 500): Promise<number> {
    const stale = await db.select({ id: files.id }).from(files).where(and(isNull(files.ownerId), lt(files.createdAt, olderThan))).limit(limit);
    let removed = 0;
    for (const s of stale) {
      // why: a file attached since the select is kept (the delete matches nothing and answers 404).
      await remove(actor, s.id, { onlyUnattached: true }).then(() => { removed += 1; }, (e: unknown) => { if (!(e instanceof AppError && e.status === 404)) throw e; });
    }
    return removed;
  }

  return { upload, readable, open, attach, listOf, remove, removeAs, purgeUnattached, assertCanUpload };
}

export type FilesService = ReturnType<typeof createFilesService>;
