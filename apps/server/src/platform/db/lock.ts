import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(`数据目录 ${dir} 已被另一个进程（PID ${pid}）使用。嵌入式数据库只能由一个进程打开；请先停止该进程，或改用 DATABASE_URL 连接 PostgreSQL。 / The data folder ${dir} is in use by another process (PID ${pid}). The embedded database can be opened by one process only; stop that process or use DATABASE_URL.`);
    this.name = 'DataDirLockedError';
  }
}

/** True while a process with this pid exists (EPERM: it exists, under another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dir>/.lock` for this process; a stale lock of a dead process is taken over. Returns the release function. */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => {
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch { /* already gone */ }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(file, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) throw new DataDirLockedError(dir, pid);
      fs.unlinkSync(file);
    }
  }
  throw new Error(`could not lock ${dir}`);
}
