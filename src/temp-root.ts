/**
 * One temp folder per stac-ingest process, `<tmp>/stac-ingest-run-<host>-<pid>-<random>`, made the process's TMPDIR:
 * every temp folder of the run (its own, and its children's: uv, the Python workers) lands in it. It is removed when
 * the process exits. A process killed with SIGKILL cannot remove it, so each run first removes the roots that
 * processes of this host left behind when they are gone (the pid is not alive) and belong to this user.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';

const PREFIX = 'stac-ingest-run-';

/** The host part of a root's name: a process on another host (or container) sharing /tmp is never judged here. */
function hostTag(): string {
  return hostname().replace(/[^A-Za-z0-9.]/g, '_') || 'host';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the run roots in `base` that processes of this host and user left behind; returns their paths. */
export async function sweepDeadRoots(base: string): Promise<string[]> {
  const mine = `${PREFIX}${hostTag()}-`;
  const removed: string[] = [];
  for (const name of await readdir(base).catch(() => [] as string[])) {
    if (!name.startsWith(mine)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(mine.length))?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    const dir = path.join(base, name);
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory() || (process.getuid !== undefined && info.uid !== process.getuid())) continue;
    await rm(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

export interface RunTempRoot {
  dir: string;
  /** Roots of earlier processes that were removed (they had been killed). */
  swept: string[];
}

/**
 * Sweeps the roots dead processes left, makes this process's root and points `env.TMPDIR` (what `os.tmpdir()`
 * and the children read) at it; the root is removed at exit.
 */
export async function useRunTempRoot(env: NodeJS.ProcessEnv = process.env): Promise<RunTempRoot> {
  const base = tmpdir();
  const swept = await sweepDeadRoots(base);
  const dir = await mkdtemp(path.join(base, `${PREFIX}${hostTag()}-${process.pid}-`));
  for (const name of process.platform === 'win32' ? ['TEMP', 'TMP'] : ['TMPDIR']) env[name] = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return { dir, swept };
}
