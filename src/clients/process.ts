import { spawn } from 'node:child_process';
import { subprocessEnvironment } from '../security/env.js';
import { createInterface } from 'node:readline';

export interface ProcessOptions {
  cwd?: string;
  /** The whole environment of the process; default: the allow-listed part of ours (security/env.ts). */
  env?: NodeJS.ProcessEnv;
  /**
   * Names (globs) of our environment variables this process also gets besides the allow-list (an `assets` source's
   * `env`, e.g. `AWS_*` for GDAL's /vsis3/); ignored when `env` is given.
   */
  passEnv?: readonly string[];
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

/** Kills a child started with `detached` and everything in its process group. */
function killGroup(child: { pid?: number | undefined; kill(signal: NodeJS.Signals): boolean }): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    /* already gone */
  }
}

function tailAppend(buf: string, chunk: string, max: number): string {
  const next = buf + chunk;
  return next.length > max ? next.slice(next.length - max) : next;
}

export interface ProcessRunnerOptions {
  /** Names (globs) of our environment variables passed on besides the allow-list (the `subprocess-env` input). */
  passEnv?: readonly string[];
}

export function createProcessRunner(runnerOptions: ProcessRunnerOptions = {}): ProcessRunner {
  const allowed = (more: readonly string[] = []) =>
    subprocessEnvironment(process.env, [...(runnerOptions.passEnv ?? []), ...more]);
  return {
    start(command, args, options) {
      const base = options.env ?? allowed();
      return startLineProcess(command, args, {
        ...options,
        env: options.environment ? options.environment(base) : base,
      });
    },
    run(command, args, options = {}) {
      const max = options.maxOutput ?? 1_000_000;
      const started = Date.now();
      return new Promise<ProcessResult>((resolve, reject) => {
        let child;
        try {
          child = spawn(command, args, {
            cwd: options.cwd,
            env: options.env ?? allowed(options.passEnv),
            stdio: ['ignore', 'pipe', 'pipe'],
            shell: false,
            // own process group, so a timeout kills uvx and everything it started
            detached: process.platform !== 'win32',
          });
        } catch (err) {
          reject(err);
          return;
        }
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let settled = false;
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (d: string) => (stdout = tailAppend(stdout, d, max)));
        child.stderr.on('data', (d: string) => (stderr = tailAppend(stderr, d, max)));
        const kill = () => killGroup(child);
        const timer =
          options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                kill();
              }, options.timeoutMs)
            : undefined;
        const onAbort = () => kill();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (err: NodeJS.ErrnoException) => {
          if (settled) return;
          settled = true;
          if (timer) clearTimeout(timer);
          options.signal?.removeEventListener('abort', onAbort);
          if (err.code === 'ENOENT') reject(new CommandNotFoundError(command, { cause: err }));
          else reject(err);
        });
        child.on('close', (exitCode, signal) => {
          if (settled) return;
          settled = true;
          if (timer) clearTimeout(timer);
          options.signal?.removeEventListener('abort', onAbort);
          resolve({ command, args, exitCode, signal, stdout, stderr, timedOut, durationMs: Date.now() - started });
        });
      });
    },
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
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    shell: false,
    detached: process.platform !== 'win32',
  });
  const max = options.maxStderr ?? 16_384;
  let stderr = '';
  let alive = true;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (stderr = tailAppend(stderr, d, max)));
  child.stdin.on('error', () => undefined); // EPIPE after the child died: its exit reports it
  createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', options.onLine);
  const exited = new Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.on('error', (error) => {
      alive = false;
      resolve({ exitCode: null, signal: null, error });
    });
    child.on('close', (exitCode, signal) => {
      alive = false;
      resolve({ exitCode, signal });
    });
  });
  return {
    pid: child.pid,
    send: (line) => {
      if (alive && child.stdin.writable) child.stdin.write(line + '\n');
    },
    closeInput: () => child.stdin.end(),
    kill: () => {
      if (alive) killGroup(child);
    },
    stderrTail: () => stderr,
    exited,
  };
}
