import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where file bytes live. Local disk by default; an S3-compatible store implements the same three calls. */
export interface FileStore {
  put(key: string, data: Buffer | Readable): Promise<void>;
  /** The bytes of a key; rejects with code 'ENOENT' when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes a key; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are made by the engine (`ab/cd/<uuid>[.thumb]`), never from user input; anything else is refused. */
const KEY = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}(\.thumb)?$/;

/** The storage key of a file id: sharded by the random tail of the UUIDv7 (its head is the clock). */
export function storageKeyOf(fileId: string, thumbnail = false): string {
  const hex = fileId.replaceAll('-', '');
  return `${hex.slice(-2)}/${hex.slice(-4, -2)}/${fileId}${thumbnail ? '.thumb' : ''}`;
}

/** Files under `root/ab/cd/<id>`; writes go to a temporary name in the same folder and are renamed into place. */
export class LocalDiskStore implements FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`bad storage key ${JSON.stringify(key)}`);
    const p = path.resolve(this.root, key);
    // why: defence in depth; the key pattern already rules out '..' and absolute paths.
    if (!p.startsWith(this.root + path.sep)) throw new Error('storage key escapes the store');
    return p;
  }

  async put(key: string, data: Buffer | Readable): Promise<void> {
    const file = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.part`;
    try {
      await pipeline(Buffer.isBuffer(data) ? Readable.from([data]) : data, fs.createWriteStream(tmp, { mode: 0o600 }));
      await fs.promises.rename(tmp, file);
    } catch (e) {
      await fs.promises.rm(tmp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    const handle = await fs.promises.open(file, 'r');
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}
