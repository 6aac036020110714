/**
 * A run frozen at a chosen instant, for tests of what a kill leaves on disk without racing a real kill: the n-th
 * rename or removal of a path that `watched` selects neither happens nor returns, and neither does any later one,
 * so the disk holds what SIGKILL at that instant would leave while the run's promise stays pending. A recursive
 * `rm` is carried out one entry at a time in directory order (files, then their folder), as Node's own does, so
 * the instant can fall inside it. Not a stand-in for the file system: every change that happens is a real one.
 */
import fsp from 'node:fs/promises';
import { lstat, readdir } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

export interface Freeze {
  /** Resolves when the run reached the n-th step (it will not go further). */
  readonly reached: Promise<void>;
  /** How many watched steps were taken or reached so far. */
  steps(): number;
  /** Puts the real functions back (the frozen run stays frozen). */
  restore(): void;
}

type RmOptions = Parameters<typeof fsp.rm>[1];

export function freezeAt(n: number, watched: (file: string) => boolean): Freeze {
  const real = { rename: fsp.rename, rm: fsp.rm, unlink: fsp.unlink, rmdir: fsp.rmdir };
  let steps = 0;
  let reach!: () => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const gate = <T>(file: unknown, op: () => Promise<T>): Promise<T> => {
    if (!watched(path.resolve(String(file)))) return op();
    if (++steps < n) return op();
    reach();
    return new Promise<T>(() => {});
  };
  const rmOneByOne = async (file: string, options?: RmOptions): Promise<void> => {
    const st = await lstat(file).catch(() => undefined);
    if (st === undefined || !watched(path.resolve(file))) return real.rm(file, options);
    if (!st.isDirectory()) return gate(file, () => real.unlink(file));
    if (options?.recursive !== true) return real.rm(file, options);
    for (const name of await readdir(file)) await rmOneByOne(path.join(file, name), options);
    return gate(file, () => real.rmdir(file));
  };
  fsp.rename = (from, to) => gate(from, () => real.rename(from, to));
  fsp.unlink = (file) => gate(file, () => real.unlink(file));
  fsp.rmdir = (file, options) => gate(file, () => real.rmdir(file, options));
  fsp.rm = (file, options) => rmOneByOne(String(file), options);
  syncBuiltinESMExports();
  return {
    reached,
    steps: () => steps,
    restore() {
      Object.assign(fsp, real);
      syncBuiltinESMExports();
    },
  };
}
