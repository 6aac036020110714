import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LineProcess, ProcessRunner } from '../../clients/process.js';

export const WORKER_SCRIPT = 'stactools_worker.py';

/**
 * Our Python worker script, found by walking up from this module: next to it in src/ (tsx, vitest), in dist/ for
 * the Action (dist/index.js) and the CLI (dist/cli/index.js); scripts/build.mjs copies it there.
 */
export function workerScriptPath(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, WORKER_SCRIPT);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`${WORKER_SCRIPT} is missing from the stac-ingest installation (looked upwards from ${from})`);
}

/** One answer of the worker, or what is known when it died on the item. */
export interface WorkerReply {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** What the output file held after the command (undefined: the command removed it, or the worker died). */
  output: string | undefined;
  timedOut: boolean;
  /** The worker is gone (it crashed, or was killed for a timeout or a cancel): it takes no more items. */
  lost: boolean;
  /** Set when the output was over the cap: its size in bytes (and `output` is undefined). */
  tooLarge?: number;
  /** The output file is not UTF-8: left in place (and `output` is undefined) for the caller to locate and remove. */
  notUtf8?: boolean;
}

export type WorkerStart = { ok: true } | { ok: false; error: string; stderr: string };

interface Answer {
  exit: number;
  stdout: string;
  stderr: string;
  output: string | undefined;
  tooLarge: number | undefined;
  notUtf8: boolean;
}

interface Pending {
  id: number;
  settle: (reply: Answer | undefined) => void;
}

interface ProtocolLine {
  ready?: boolean;
  id?: number;
  exit?: number;
  stdout?: string;
  stderr?: string;
  text?: string | null;
  size?: number | null;
  not_utf8?: boolean;
  rss?: number;
}

async function fileTail(file: string, bytes = 16_384): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const start = Math.max(0, size - bytes);
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(size - start), 0, size - start, start);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

/**
 * The environment of a worker: the caller's, with the env's bin first on PATH like uvx, unbuffered,
 * bytecode allowed.
 */
export function workerEnv(python: string, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PYTHONUNBUFFERED: '1' };
  delete env['PYTHONDONTWRITEBYTECODE'];
  env['PATH'] = [path.dirname(python), base['PATH']].filter((p) => p).join(path.delimiter);
  return env;
}

/** One long-lived `python stactools_worker.py` in the package environment; one item at a time. */
export class StactoolsWorker {
  items = 0;
  rss = 0;
  readonly ready: Promise<WorkerStart>;
  private readonly proc: LineProcess;
  private readonly capture: { stdout: string; stderr: string };
  private pending: Pending | undefined;
  private seq = 0;
  private exitInfo: { exitCode: number | null; signal: NodeJS.Signals | null; error?: Error } | undefined;

  constructor(
    runner: ProcessRunner,
    python: string,
    script: string,
    opts: { cwd: string; env: NodeJS.ProcessEnv | undefined; scratch: string; name: string },
  ) {
    this.capture = {
      stdout: path.join(opts.scratch, `${opts.name}.stdout`),
      stderr: path.join(opts.scratch, `${opts.name}.stderr`),
    };
    let markReady: (s: WorkerStart) => void = () => undefined;
    this.ready = new Promise<WorkerStart>((resolve) => (markReady = resolve));
    this.proc = runner.start(python, [script], {
      cwd: opts.cwd,
      ...(opts.env ? { env: opts.env } : {}),
      environment: (base) => workerEnv(python, base),
      onLine: (line) => this.onLine(line, markReady),
    });
    void this.proc.exited.then((info) => {
      this.exitInfo = info;
      const why = info.error
        ? info.error.message
        : info.exitCode !== null
          ? `exited with code ${info.exitCode}`
          : `was killed by ${info.signal ?? 'a signal'}`;
      markReady({
        ok: false,
        error: `the stactools worker ${why} before it was ready`,
        stderr: this.proc.stderrTail(),
      });
      this.pending?.settle(undefined);
    });
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  private onLine(line: string, markReady: (s: WorkerStart) => void): void {
    let msg: ProtocolLine;
    try {
      msg = JSON.parse(line) as ProtocolLine;
    } catch {
      this.proc.kill(); // not our protocol: something wrote to the reply channel
      return;
    }
    if (msg.ready) markReady({ ok: true });
    else if (this.pending && msg.id === this.pending.id) {
      if (typeof msg.rss === 'number') this.rss = msg.rss;
      const output = typeof msg.text === 'string' ? msg.text : undefined;
      const notUtf8 = msg.not_utf8 === true;
      const tooLarge = output === undefined && !notUtf8 && typeof msg.size === 'number' ? msg.size : undefined;
      this.pending.settle({
        exit: msg.exit ?? 1,
        stdout: msg.stdout ?? '',
        stderr: msg.stderr ?? '',
        output,
        tooLarge,
        notUtf8,
      });
    }
  }

  /**
   * Runs `stac <argv...>` in the worker, `output` being the output path among them (the worker creates it empty
   * first, returns what it holds and deletes it); kills the worker (and what it started) on timeout or abort.
   */
  run(
    argv: string[],
    output: string,
    timeoutMs: number,
    signal?: AbortSignal,
    maxBytes?: number,
  ): Promise<WorkerReply> {
    const id = ++this.seq;
    this.items++;
    return new Promise<WorkerReply>((resolve) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        this.proc.kill();
      }, timeoutMs);
      const onAbort = () => this.proc.kill();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending = {
        id,
        settle: (answer) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          this.pending = undefined;
          if (answer) {
            resolve({
              exitCode: answer.exit,
              signal: null,
              stdout: answer.stdout,
              stderr: answer.stderr,
              output: answer.output,
              timedOut: false,
              lost: false,
              ...(answer.tooLarge !== undefined ? { tooLarge: answer.tooLarge } : {}),
              ...(answer.notUtf8 ? { notUtf8: true } : {}),
            });
            return;
          }
          void Promise.all([fileTail(this.capture.stdout), fileTail(this.capture.stderr)]).then(([stdout, stderr]) =>
            resolve({
              exitCode: this.exitInfo?.exitCode ?? null,
              signal: this.exitInfo?.signal ?? null,
              stdout,
              stderr,
              output: undefined,
              timedOut,
              lost: true,
            }),
          );
        },
      };
      if (signal?.aborted) onAbort();
      else
        this.proc.send(
          JSON.stringify({
            id,
            argv,
            output,
            stdout: this.capture.stdout,
            stderr: this.capture.stderr,
            ...(maxBytes !== undefined ? { max_bytes: maxBytes } : {}),
          }),
        );
    });
  }

  /** Ends the worker: closes its input, and kills it when it has not exited within `graceMs`. */
  async close(graceMs = 5_000): Promise<void> {
    this.proc.closeInput();
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([this.proc.exited, grace]);
    clearTimeout(timer);
    this.proc.kill();
    await this.proc.exited;
  }

  /** Synchronous kill, for process exit hooks. */
  kill(): void {
    this.proc.kill();
  }
}
