import { execa, type ResultPromise } from 'execa';
import { subprocessEnvironment } from '../security/env.js';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { CancelledError, leftovers } from '../cancel.js';

export interface ProcessOptions {
  cwd?: string;
  /** The whole environment of the process; default: the allow-listed part of ours (security/env.ts). */
  env?: NodeJS.ProcessEnv;
  /**
   * Names (globs) of our environment variables this process also gets besides the allow-list (an `assets` source's
   * `env`, e.g. `AWS_*` for GDAL's /vsis3/); ignored when `env` is given.
   */
  passEnv?: readonly string[];
  /** Derives the child's environment from that one (e.g. to set GDAL options over whatever it was given). */
  environment?: (base: NodeJS.ProcessEnv) => NodeJS.ProcessEnv;
  /** Kill the process (and its children) after this long. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Cap on captured stdout/stderr characters each (the tail is kept). */
  maxOutput?: number;
}

export interface ProcessResult {
  command: string;
  args: string[];
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

/** Runs a program with an argument array (never a shell string). Injected so tests can wrap it. */
export interface ProcessRunner {
  run(command: string, args: string[], options?: ProcessOptions): Promise<ProcessResult>;
  /** Starts a long-lived line-protocol child (see LineProcess); same environment rules as `run`. */
  start(command: string, args: string[], options: LineProcessOptions): LineProcess;
}

/** Raised when the program itself cannot be started (not found, not executable). */
export class CommandNotFoundError extends Error {
  override readonly name = 'CommandNotFoundError';
  constructor(
    readonly command: string,
    options: { cause?: unknown } = {},
  ) {
    super(
      `cannot run '${command}': not found on PATH`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
  }
}

function tailAppend(buf: string, chunk: string, max: number): string {
  const next = buf + chunk;
  return next.length > max ? next.slice(next.length - max) : next;
}

export interface ProcessRunnerOptions {
  /** Names (globs) of our environment variables passed on besides the allow-list (the `subprocess-env` input). */
  passEnv?: readonly string[];
  /** The run's cancellation: once aborted, running children are killed and no new one starts. */
  signal?: AbortSignal;
}

export function createProcessRunner(runnerOptions: ProcessRunnerOptions = {}): ProcessRunner {
  const allowed = (more: readonly string[] = []) =>
    subprocessEnvironment(process.env, [...(runnerOptions.passEnv ?? []), ...more]);
  return {
    start(command, args, options) {
      if (runnerOptions.signal?.aborted) throw cancelledBy(runnerOptions.signal);
      const base = options.env ?? allowed();
      return startLineProcess(command, args, {
        ...options,
        env: options.environment ? options.environment(base) : base,
      });
    },
    run: (command, args, options = {}) => {
      const signal = anySignal(runnerOptions.signal, options.signal);
      const base = options.env ?? allowed(options.passEnv);
      return runProcess(command, args, {
        ...options,
        env: options.environment ? options.environment(base) : base,
        ...(signal ? { signal } : {}),
      });
    },
  };
}

function anySignal(...signals: Array<AbortSignal | undefined>): AbortSignal | undefined {
  const given = signals.filter((s): s is AbortSignal => s !== undefined);
  return given.length > 1 ? AbortSignal.any(given) : given[0];
}

function cancelledBy(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new CancelledError(String(signal.reason ?? 'aborted'));
}

/** Own process groups where there are groups: a kill then also ends what the child started. */
const GROUPS = process.platform !== 'win32';

interface GroupedOptions {
  cwd?: string;
  env: NodeJS.ProcessEnv;
  extendEnv: false;
  stdin: 'ignore' | 'pipe';
  stdout: 'pipe';
  stderr: 'pipe';
  buffer: false;
  reject: false;
  detached: boolean;
  killSignal: 'SIGKILL';
  timeout?: number;
  cancelSignal?: AbortSignal;
}

/**
 * Starts `command args` with execa (no shell, its own process group) and registers the group with `leftovers`
 * until the child exits; then whatever the child left running in the group is killed, so a package that starts a
 * background process cannot leave it behind (and cannot hold our pipes open). execa's own clean-up on exit does
 * not apply to detached children: the `leftovers` exit hook does that.
 */
function spawnGrouped(
  command: string,
  args: string[],
  options: { cwd?: string | undefined; env: NodeJS.ProcessEnv; stdin: 'ignore' | 'pipe' },
  extra: { timeout?: number; cancelSignal?: AbortSignal } = {},
): { child: ResultPromise<GroupedOptions>; release: () => void } {
  const execOptions: GroupedOptions = {
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    env: options.env,
    extendEnv: false,
    stdin: options.stdin,
    stdout: 'pipe',
    stderr: 'pipe',
    buffer: false,
    reject: false,
    detached: GROUPS,
    killSignal: 'SIGKILL',
    ...extra,
  };
  const child = execa(command, args, execOptions);
  const release = GROUPS && child.pid !== undefined ? leftovers.group(child.pid) : () => child.kill('SIGKILL');
  child.on('exit', release);
  return { child, release };
}

async function runProcess(
  command: string,
  args: string[],
  options: ProcessOptions & { env: NodeJS.ProcessEnv },
): Promise<ProcessResult> {
  if (options.signal?.aborted) throw cancelledBy(options.signal);
  const max = options.maxOutput ?? 1_000_000;
  const started = Date.now();
  const { child, release } = spawnGrouped(
    command,
    args,
    { cwd: options.cwd, env: options.env, stdin: 'ignore' },
    {
      ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
      ...(options.signal !== undefined ? { cancelSignal: options.signal } : {}),
    },
  );
  let stdout = '';
  let stderr = '';
  // the tails are kept (execa's maxBuffer would kill a chatty package instead)
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout = tailAppend(stdout, d, max)));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = tailAppend(stderr, d, max)));
  const r = await child;
  release();
  const spawnError = r.failed && r.exitCode === undefined && r.signal === undefined && !r.timedOut;
  if (spawnError && r.code === 'ENOENT') throw new CommandNotFoundError(command, { cause: r.cause });
  if (spawnError) throw r.cause instanceof Error ? r.cause : new Error(r.message);
  return {
    command,
    args,
    exitCode: r.exitCode ?? null,
    signal: (r.signal as NodeJS.Signals | undefined) ?? null,
    stdout,
    stderr,
    timedOut: r.timedOut,
    durationMs: Date.now() - started,
  };
}

/** A long-lived child that reads lines on stdin and answers lines on stdout, in its own process group. */
export interface LineProcess {
  readonly pid: number | undefined;
  /** Writes one line (a newline is added). Ignored once the process has exited. */
  send(line: string): void;
  /** Ends its input: a well-behaved child exits. */
  closeInput(): void;
  /** SIGKILLs it and everything it started. */
  kill(): void;
  /** The last characters it wrote to stderr. */
  stderrTail(): string;
  /** Settles when it has exited (`error` when it could not be started). */
  readonly exited: Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; error?: Error }>;
}

export interface LineProcessOptions {
  cwd?: string;
  /** The whole environment of the process; default: the allow-listed part of ours (security/env.ts). */
  env?: NodeJS.ProcessEnv;
  /** Derives the child's environment from that one (e.g. to put a directory first on PATH). */
  environment?: (base: NodeJS.ProcessEnv) => NodeJS.ProcessEnv;
  /** Called for every stdout line. */
  onLine: (line: string) => void;
  /** Characters of stderr kept (default 16 KiB). */
  maxStderr?: number;
}

/**
 * Starts `command args` (no shell) as a line-protocol child in its own process group, so a kill also ends what
 * it started. The caller must `kill()` or `closeInput()` it: it keeps the event loop alive while it runs.
 */
function startLineProcess(
  command: string,
  args: string[],
  options: LineProcessOptions & { env: NodeJS.ProcessEnv },
): LineProcess {
  const { child, release } = spawnGrouped(command, args, { cwd: options.cwd, env: options.env, stdin: 'pipe' });
  const max = options.maxStderr ?? 16_384;
  let stderr = '';
  let alive = true;
  const { stdin, stdout } = child as unknown as { stdin: Writable; stdout: Readable };
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = tailAppend(stderr, d, max)));
  stdin.on('error', () => undefined); // EPIPE after the child died: its exit reports it
  createInterface({ input: stdout, crlfDelay: Infinity }).on('line', options.onLine);
  const exited = child.then((r) => {
    alive = false;
    release();
    const exit = { exitCode: r.exitCode ?? null, signal: (r.signal as NodeJS.Signals | undefined) ?? null };
    const spawnError = r.failed && r.exitCode === undefined && r.signal === undefined;
    return spawnError ? { ...exit, error: r.cause instanceof Error ? r.cause : new Error(r.message) } : exit;
  });
  return {
    pid: child.pid,
    send: (line) => {
      if (alive && stdin.writable) stdin.write(line + '\n');
    },
    closeInput: () => stdin.end(),
    /** Also after it exited: what it started may still run in its group. */
    kill: release,
    stderrTail: () => stderr,
    exited,
  };
}
