import { spawn } from 'node:child_process';
import { subprocessEnvironment } from '../security/env.js';

export interface ProcessOptions {
  cwd?: string;
  /** The whole environment of the process; default: the allow-listed part of ours (security/env.ts). */
  env?: NodeJS.ProcessEnv;
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
}

export function createProcessRunner(runnerOptions: ProcessRunnerOptions = {}): ProcessRunner {
  return {
    run(command, args, options = {}) {
      const max = options.maxOutput ?? 1_000_000;
      const started = Date.now();
      return new Promise<ProcessResult>((resolve, reject) => {
        let child;
        try {
          child = spawn(command, args, {
            cwd: options.cwd,
            env: options.env ?? subprocessEnvironment(process.env, runnerOptions.passEnv),
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
        const kill = () => {
          if (child.pid === undefined) return;
          try {
            if (process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
            else child.kill('SIGKILL');
          } catch {
            /* already gone */
          }
        };
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
