/**
 * The lock of a directory target's output (output-dir.ts): a file beside the output, created with O_EXCL, naming
 * the run that holds it (pid, host, start). Two runs never write one output at once; a lock whose run is gone
 * (killed) is taken over, atomically, so that two runs judging it stale at once cannot both take it.
 */
import { link, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';

/** Who holds an output's lock. */
export interface Lock {
  pid: number;
  host: string;
  started: string;
}

async function readLock(file: string): Promise<Lock | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  try {
    const lock = JSON.parse(text ?? '') as Partial<Lock>;
    return typeof lock.pid === 'number' && typeof lock.host === 'string' ? (lock as Lock) : undefined;
  } catch {
    return undefined;
  }
}

/** The lock files this process holds now (a lock naming our pid but not held here was left by an earlier process). */
const heldHere = new Set<string>();

/**
 * Whether the run a lock names may still be running: on another host we cannot tell, so yes; on this one while its
 * process lives, or while this very process holds it.
 */
function mayBeRunning(lock: Lock, file: string): boolean {
  if (lock.host !== hostname()) return true;
  if (lock.pid === process.pid) return heldHere.has(file);
  try {
    process.kill(lock.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sameLock = (a: Lock | undefined, b: Lock): boolean =>
  a !== undefined && a.pid === b.pid && a.host === b.host && a.started === b.started;

/** Creates the lock file; false when it exists. */
async function createLock(file: string, mine: Lock): Promise<boolean> {
  try {
    await writeFile(file, JSON.stringify(mine) + '\n', { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  }
}

/** Removes locks moved aside by a take-over that was killed before it removed them (when their run is gone). */
async function sweepAsides(file: string): Promise<void> {
  const prefix = `${path.basename(file)}-`;
  for (const name of await readdir(path.dirname(file))) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}$/.test(name.slice(prefix.length))) continue;
    const aside = path.join(path.dirname(file), name);
    const lock = await readLock(aside);
    if (lock !== undefined && !mayBeRunning(lock, aside)) await rm(aside, { force: true });
  }
}

/**
 * Removes the lock of a run that is gone, unless another run took it over meanwhile: the file is moved aside
 * (atomic, so only one run moves any one lock) and put back when it is no longer the one judged stale.
 */
async function takeOver(file: string, stale: Lock): Promise<boolean> {
  const aside = `${file}-${randomBytes(6).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
  const moved = await readLock(aside);
  if (!sameLock(moved, stale)) await link(aside, file).catch(() => undefined);
  await rm(aside, { force: true });
  return sameLock(moved, stale);
}

/**
 * Takes the lock `file`, taking over one whose run is gone; its release (removes the file, once), or who holds it
 * (undefined: unreadable, e.g. a run writing it this instant).
 */
export async function takeLock(file: string): Promise<{ release: () => Promise<void> } | { heldBy: Lock | undefined }> {
  const mine: Lock = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 1; ; attempt++) {
    if (await createLock(file, mine)) {
      heldHere.add(file);
      await sweepAsides(file).catch(() => undefined);
      return {
        release: async () => {
          heldHere.delete(file);
          await rm(file, { force: true });
        },
      };
    }
    const held = await readLock(file);
    if (attempt > 1 || held === undefined || mayBeRunning(held, file) || !(await takeOver(file, held)))
      return { heldBy: held };
  }
}
