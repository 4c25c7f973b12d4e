/** A lock file between test workers, and files written in one step (the test templates use both). */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { processAlive } from '../../src/platform/db/lock.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** True when the lock file's holder is gone (a dead pid, or no pid written for seconds); false when it is held or already released. */
function staleLock(lockPath: string): boolean {
  try {
    const holder = Number(fs.readFileSync(lockPath, 'utf8'));
    if (holder > 0) return !processAlive(holder);
    return Date.now() - fs.statSync(lockPath).mtimeMs > 5_000;
  } catch {
    return false;
  }
}

/** Runs `fn` holding an exclusive lock file (its holder's pid inside; a dead holder's lock is taken over). */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (staleLock(lockPath)) fs.rmSync(lockPath, { force: true });
      else await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockPath, { force: true });
  }
}

/** Writes a file in one step (temporary name, then rename), so a reader never sees half of it. */
export function writeAtomically(file: string, data: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

