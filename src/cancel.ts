/**
 * What a run started that must not outlive it, and how a SIGINT/SIGTERM cancels it.
 *
 * `leftovers` is the one registry of the process's live child process groups and temp folders: the process
 * runner adds each child's group while the child runs and kills the group when the call ends (so what a child left
 * running in the background goes too); temp folders are made through it and removed when their owner is done.
 * Whatever is still registered when the process exits, by any path (return, throw, process.exit, a second signal),
 * is killed and removed by its exit hook. It is one per process because process groups and exit hooks are.
 *
 * What no hook can do is run after a SIGKILL (the OOM killer, `kill -9`): for that, the first group registered
 * starts a {@link Reaper}, a small detached process that kills the groups still registered when we vanish.
 *
 * `cancelOnSignals` is installed by the entries (src/cli-main.ts, src/action.ts) and gives them the AbortSignal
 * they pass down.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The run was cancelled by a signal (or its caller): what is done is reported, nothing new is started. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor(readonly reason: string) {
    super(`cancelled (${reason})`);
  }
}

/** Kills a whole process group (its leader's pid); false when there is none left. */
export function killProcessGroup(pgid: number, signal: NodeJS.Signals = 'SIGKILL'): boolean {
  try {
    process.kill(process.platform === 'win32' ? pgid : -pgid, signal);
    return true;
  } catch {
    return false; // already gone
  }
}

/**
 * The reaper's whole program (run by `node -e`): it reads `+<pgid>` and `-<pgid>` lines on stdin and, once stdin
 * ends (our process is gone, however it ended), SIGKILLs the groups it still holds and exits.
 */
const REAPER_PROGRAM = `
const groups = new Set();
let rest = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  const lines = (rest + chunk).split('\\n');
  rest = lines.pop();
  for (const line of lines) (line[0] === '+' ? groups.add(line.slice(1)) : groups.delete(line.slice(1)));
});
process.stdin.on('end', () => {
  for (const pgid of groups) try { process.kill(-Number(pgid), 'SIGKILL'); } catch {}
  process.exit(0);
});
`;

/**
 * A process that outlives a SIGKILL of ours to kill the children's groups we could not: it leads its own process
 * group (a signal to ours does not reach it), gets an empty environment, holds the read end of a pipe from us and
 * is told each group as it is registered and released. It never keeps our process alive; if it cannot start or
 * dies, nothing else changes (the exit hook still works for every other way of ending).
 */
class Reaper {
  private child: ChildProcess | undefined;

  add(pgid: number): void {
    this.tell(`+${pgid}`);
  }

  remove(pgid: number): void {
    this.tell(`-${pgid}`);
  }

  /**
   * Ends it at once (the exit hook, having killed the groups itself): told nothing more, it would kill them again
   * once its input closed, and a pid reused in that instant would be someone else's group.
   */
  stop(): void {
    this.child?.kill('SIGKILL');
  }

  private tell(line: string): void {
    const stdin = this.started().stdin;
    if (stdin?.writable) stdin.write(`${line}\n`);
  }

  private started(): ChildProcess {
    if (this.child) return this.child;
    const child = spawn(process.execPath, ['-e', REAPER_PROGRAM], {
      detached: true,
      env: {},
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.on('error', () => undefined);
    child.stdin?.on('error', () => undefined);
    child.unref();
    (child.stdin as { unref?: () => void } | null)?.unref?.();
    return (this.child = child);
  }
}

class Leftovers {
  private readonly groups = new Set<number>();
  private readonly dirs = new Set<string>();
  private readonly reaper = process.platform === 'win32' ? undefined : new Reaper();
  private hooked = false;

  /** A child that leads its own process group; the returned release kills what is left of the group. */
  group(pgid: number): () => void {
    this.hook();
    this.groups.add(pgid);
    this.reaper?.add(pgid);
    return () => {
      if (!this.groups.delete(pgid)) return;
      killProcessGroup(pgid);
      this.reaper?.remove(pgid);
    };
  }

  /** A fresh temp folder `<parent>/<prefix>XXXXXX`, removed at exit unless `removeDir` did it first. */
  async tempDir(prefix: string, parent: string = tmpdir()): Promise<string> {
    this.hook();
    const dir = await mkdtemp(path.join(parent, prefix));
    this.dirs.add(dir);
    return dir;
  }

  tempDirSync(prefix: string, parent: string = tmpdir()): string {
    this.hook();
    const dir = mkdtempSync(path.join(parent, prefix));
    this.dirs.add(dir);
    return dir;
  }

  async removeDir(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true });
    this.dirs.delete(dir);
  }

  removeDirSync(dir: string): void {
    rmSync(dir, { recursive: true, force: true });
    this.dirs.delete(dir);
  }

  /** SIGKILLs every registered process group (they stay registered until their calls end). */
  killGroups(): void {
    for (const pgid of this.groups) killProcessGroup(pgid);
  }

  /** Counts of what is registered now. */
  live(): { groups: number; dirs: number } {
    return { groups: this.groups.size, dirs: this.dirs.size };
  }

  private hook(): void {
    if (this.hooked) return;
    this.hooked = true;
    process.on('exit', () => {
      this.killGroups();
      this.groups.clear();
      this.reaper?.stop();
      for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true });
      this.dirs.clear();
    });
  }
}

export const leftovers = new Leftovers();

const SIGNAL_NUMBERS: Record<string, number> = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };

/** The conventional exit status of a process ended by `signal` (130 for SIGINT, 143 for SIGTERM). */
export function signalExitCode(signal: string): number {
  return 128 + (SIGNAL_NUMBERS[signal] ?? 15);
}

export interface Cancellation {
  readonly signal: AbortSignal;
  /** The signal received, if any. */
  received(): NodeJS.Signals | undefined;
  /** Removes the handlers (the run is over). */
  dispose(): void;
}

export interface CancelOptions {
  /** After the first signal, the run has this long to stop and report before the process exits (default 8 s). */
  graceMs?: number;
  /** Told when a signal arrives, and when the grace time is over. */
  log?: (message: string) => void;
  /** Called (synchronously) just before the process is ended without the run's own report: write what is known. */
  onForcedExit?: (signal: NodeJS.Signals) => void;
}

/**
 * The first SIGINT/SIGTERM (a cancelled workflow sends SIGINT, then SIGTERM) aborts the returned signal with a
 * CancelledError and kills the children's process groups at once, so the run stops starting work, winds down and
 * reports `cancelled`. A second signal, or the run still going after `graceMs`, ends the process with 128+signal
 * (the exit hook kills and removes what is left).
 */
export function cancelOnSignals(options: CancelOptions = {}): Cancellation {
  const controller = new AbortController();
  const log = options.log ?? ((m: string) => process.stderr.write(`stac-ingest: ${m}\n`));
  let first: NodeJS.Signals | undefined;
  let timer: NodeJS.Timeout | undefined;
  const forcedExit = (sig: NodeJS.Signals): never => {
    try {
      options.onForcedExit?.(sig);
    } catch (err) {
      log(`could not write the report before exiting: ${err instanceof Error ? err.message : String(err)}`);
    }
    process.exit(signalExitCode(sig));
  };
  const onSignal = (sig: NodeJS.Signals) => {
    if (first !== undefined) {
      log(`${sig} again: stopping now`);
      forcedExit(first);
    }
    first = sig;
    log(`${sig}: cancelling (stopping the running steps, killing their processes, writing the report)`);
    controller.abort(new CancelledError(sig));
    leftovers.killGroups();
    timer = setTimeout(() => {
      log(`the run did not stop within ${(options.graceMs ?? 8_000) / 1000} s of ${sig}: exiting`);
      forcedExit(sig);
    }, options.graceMs ?? 8_000);
    timer.unref();
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  for (const s of signals) process.on(s, onSignal);
  return {
    signal: controller.signal,
    received: () => first,
    // once a signal came, the handlers and the deadline stay: the process is on its way out
    dispose: () => {
      if (first === undefined) for (const s of signals) process.off(s, onSignal);
    },
  };
}
