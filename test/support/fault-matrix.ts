/**
 * The fault matrix's harness (test/e2e-fault-matrix.test.ts): the real CLI as a child process, killed at a seeded
 * random point (a log line plus a delay, or a count reached: files written, ledger records), then checked for
 * what it left behind: processes (the process table), temp folders, and the table of outcomes.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './dataset.js';
import { processesInheriting, processesMentioning } from './processes.js';
import { seeded, type Random } from './stac-generator.js';

/** The environment variable that marks every process of one CLI run (passed on with --subprocess-env). */
export const RUN_TOKEN_VAR = 'STAC_INGEST_TEST_RUN';

/** The matrix's seed: STAC_INGEST_FAULT_SEED, or a fixed default so that `npm test` is repeatable. */
export function matrixSeed(): number {
  const given = Number(process.env['STAC_INGEST_FAULT_SEED']);
  return Number.isInteger(given) && given > 0 ? given : 20261130;
}

export function matrixRandom(seed: number, target: string): Random {
  let h = seed;
  for (const c of target) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return seeded(h);
}

export const between = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

export interface CliRun {
  readonly pid: number;
  /** Marks this run's processes (its environment and what it starts). */
  readonly token: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  finished(): boolean;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

export interface CliOptions {
  cwd: string;
  /** Variables added to the test process's environment (TMPDIR, credentials). */
  env?: NodeJS.ProcessEnv;
}

/** `stac-ingest <args>` from src/ in one node process (the tsx loader in-process, no wrapper to outlive a kill). */
export function startCli(args: string[], options: CliOptions): CliRun {
  const token = randomUUID();
  const loader = pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href;
  const argv = ['--import', loader, path.join(REPO_ROOT, 'src', 'cli.ts'), ...args];
  argv.push('--subprocess-env', RUN_TOKEN_VAR);
  const child = spawn(process.execPath, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, [RUN_TOKEN_VAR]: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const keep = (d: Buffer) => (text += d.toString('utf8'));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let done = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      done = true;
      resolve({ code, signal });
    }),
  );
  return {
    pid: child.pid ?? -1,
    token,
    output: () => text,
    finished: () => done,
    exited,
    kill: (signal) => {
      if (!done) child.kill(signal);
    },
  };
}

/** Where a kill happens: a description for the table and the condition that fires it. */
export interface KillPoint {
  stage: string;
  label: string;
  /** Resolves true when the run reached the point (false: it ended first). */
  reached(run: CliRun): Promise<boolean>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(run: CliRun, ready: () => Promise<boolean> | boolean): Promise<boolean> {
  for (;;) {
    if (await ready()) return true;
    if (run.finished()) return false;
    await pause(4);
  }
}

/** After the first output line matching `pattern`, plus `delayMs`. */
export function afterLine(stage: string, pattern: RegExp, delayMs: number): KillPoint {
  return {
    stage,
    label: `${stage}: "${pattern.source.replace(/\\/g, '')}" +${delayMs} ms`,
    async reached(run) {
      if (!(await until(run, () => pattern.test(run.output())))) return false;
      await pause(delayMs);
      return !run.finished();
    },
  };
}

/** Once `count()` reaches `atLeast` (what is counted: files written, ledger records...), plus `delayMs`. */
export function afterCount(
  stage: string,
  what: string,
  atLeast: number,
  count: () => Promise<number>,
  delayMs = 0,
): KillPoint {
  return {
    stage,
    label: `${stage}: ${what} >= ${atLeast}${delayMs ? ` +${delayMs} ms` : ''}`,
    async reached(run) {
      if (!(await until(run, async () => (await count()) >= atLeast))) return false;
      await pause(delayMs);
      return !run.finished();
    },
  };
}

/** Starts the CLI, kills it with `signal` at `point`; says whether the kill came before the run ended. */
export async function killAt(
  args: string[],
  options: CliOptions,
  point: KillPoint,
  signal: NodeJS.Signals,
): Promise<{ run: CliRun; killed: boolean; exit: string }> {
  const run = startCli(args, options);
  const killed = await point.reached(run);
  const at = Date.now();
  if (killed) run.kill(signal);
  const { code, signal: by } = await run.exited;
  const after = killed ? ` after ${((Date.now() - at) / 1000).toFixed(1)} s` : '';
  return { run, killed, exit: `${by ?? `exit ${code}`}${after}` };
}

/** Runs the CLI to its end. */
export async function runToEnd(
  args: string[],
  options: CliOptions,
): Promise<{ code: number | null; output: string; token: string }> {
  const run = startCli(args, options);
  const { code } = await run.exited;
  return { code, output: run.output(), token: run.token };
}

/**
 * Processes of a run still alive after `graceMs` (a stopped parent's children get a moment to notice): any that
 * inherited its token, and any whose command line names one of `needles` (its temp dir, the worker script).
 */
export async function orphansOf(token: string, needles: readonly string[], graceMs = 5000): Promise<string[]> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    const pids = new Set(await processesInheriting(token));
    for (const n of needles) for (const pid of await processesMentioning(n)) pids.add(pid);
    if (pids.size === 0 || Date.now() > deadline) return Promise.all([...pids].map(describePid));
    await pause(100);
  }
}

async function describePid(pid: number): Promise<string> {
  const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return `${pid} ${cmd.split('\0').join(' ').trim().slice(0, 160)}`;
}

/** Entries of `dir` whose names start with one of `prefixes` (the tool's temp folders). */
export async function tempEntries(dir: string, prefixes: readonly string[]): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => prefixes.some((p) => n.startsWith(p))).map((n) => path.join(dir, n));
}

/** One row of the printed table. */
export interface MatrixRow {
  target: string;
  case: string;
  point: string;
  signal: string;
  /** How the interrupted run ended (signal, exit code), and whether the kill came before its end. */
  exit: string;
  lost: number;
  duplicates: number;
  orphans: number;
  tempLeft: number;
  /** The output right after the fault (previous / new / MIX...) and after the re-run. */
  output: string;
  /** The ledger against what landed, re-sent counts, anything else worth a look. */
  note: string;
}

const COLUMNS: [keyof MatrixRow, string][] = [
  ['target', 'target'],
  ['case', 'case'],
  ['point', 'kill point / fault'],
  ['signal', 'signal'],
  ['exit', 'exit'],
  ['lost', 'lost'],
  ['duplicates', 'dup'],
  ['orphans', 'orphans'],
  ['tempLeft', 'temp left'],
  ['output', 'output state'],
  ['note', 'ledger / notes'],
];

/** The table of cases and outcomes, as Markdown (readable in a terminal and pasteable into the issue). */
export function renderMatrix(rows: readonly MatrixRow[], seed: number): string {
  const cells = rows.map((r) => COLUMNS.map(([k]) => String(r[k])));
  const head = COLUMNS.map(([, h]) => h);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  const total = (k: 'lost' | 'duplicates' | 'orphans' | 'tempLeft') => rows.reduce((s, r) => s + r[k], 0);
  const corrupt = rows.filter((r) => /MIX|corrupt/i.test(r.output)).length;
  return [
    `fault matrix (seed ${seed}): ${rows.length} cases; lost ${total('lost')}, duplicates ${total('duplicates')}, ` +
      `orphans ${total('orphans')}, temp left ${total('tempLeft')}, corrupt outputs ${corrupt}`,
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}
