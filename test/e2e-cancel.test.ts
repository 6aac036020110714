/**
 * Cancellation and clean-up (issue 9, defect 5), on the real CLI process, real uv and the demo stactools package:
 * SIGTERM / SIGINT mid-generation stop the run, kill every process it started, remove its temp folders and write a
 * report marked `cancelled`; a package that leaves a background process running does not outlive a normal run.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExample, REPO_ROOT } from './support/dataset.js';
import { processesInheriting, processesMentioning } from './support/processes.js';
import { validCollection } from './support/stac-docs.js';

/** tsx's loader by path: the run's cwd is the dataset copy, which has no node_modules. */
const TSX = pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

interface CliRun {
  token: string;
  temp: string;
  report: string;
  summary: string;
  exited: Promise<{ code: number | null; at: number }>;
  kill: (signal: NodeJS.Signals) => void;
  output: () => string;
}

/**
 * `stac-ingest run` on a copy of the example (its manifest edited by `edit`) as a child process with a private
 * TMPDIR and a token in its environment that everything it starts inherits (passed on with --subprocess-env).
 */
async function startRun(
  edit: (m: string) => string,
  extra: string[],
  prepare: (dir: string) => Promise<void> = async () => undefined,
): Promise<CliRun> {
  const ex = await copyExample(edit);
  await prepare(ex.dir);
  const temp = await mkdtemp(path.join(tmpdir(), 'stac-ingest-cancel-tmp-'));
  cleanups.push(ex.cleanup, () => rm(temp, { recursive: true, force: true }));
  const token = randomUUID();
  const report = path.join(ex.dir, 'report.json');
  const summary = path.join(ex.dir, 'summary.md');
  const args = ['--import', TSX, path.join(REPO_ROOT, 'src', 'cli.ts'), 'run', '-m', ex.manifest];
  args.push('--report-file', report, '--summary-file', summary, '--subprocess-env', 'STAC_INGEST_TEST_RUN', ...extra);
  const child = spawn(process.execPath, args, {
    cwd: ex.dir,
    env: { ...process.env, STAC_INGEST_TEST_RUN: token, TMPDIR: temp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, at: Date.now() })),
  );
  return { token, temp, report, summary, exited, kill: (s) => child.kill(s), output: () => output };
}

/** Polls until a process of the run whose command line mentions `needle` is alive. */
async function waitForProcess(token: string, needle: string, timeoutMs = 120_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end;) {
    const mine = new Set(await processesInheriting(token));
    if ((await processesMentioning(needle)).some((pid) => mine.has(pid))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no '${needle}' process of the run within ${timeoutMs} ms`);
}

/** The processes the run left, after giving the kernel a moment to reap the killed ones. */
async function survivors(token: string): Promise<number[]> {
  let left = await processesInheriting(token);
  for (let i = 0; i < 10 && left.length > 0; i++) {
    await new Promise((r) => setTimeout(r, 100));
    left = await processesInheriting(token);
  }
  return left;
}

const SLOW = (m: string) => m.replace('platform: "{platform}"', 'platform: "{platform}"\n        sleep: "120"');

describe('cancelling a run (SIGINT / SIGTERM)', () => {
  it.each([
    ['SIGTERM', 'worker', 'stactools_worker.py', 143],
    ['SIGINT', 'uvx', 'create-item', 130],
  ] as const)(
    '%s during generation (%s engine) leaves no process, no temp folder, and a report marked cancelled',
    async (signal, engine, needle, code) => {
      const run = await startRun(SLOW, ['--engine', engine]);
      await waitForProcess(run.token, needle);
      await new Promise((r) => setTimeout(r, 1_500)); // the item is now sleeping in create-item
      const sent = Date.now();
      run.kill(signal);
      const { code: exitCode, at } = await run.exited;
      expect(exitCode, run.output()).toBe(code);
      expect(at - sent).toBeLessThan(10_000);
      expect(await survivors(run.token)).toEqual([]);
      expect((await readdir(run.temp)).filter((n) => n.startsWith('stac-ingest-'))).toEqual([]);
      const report = JSON.parse(await readFile(run.report, 'utf8')) as Record<string, unknown>;
      expect(report).toMatchObject({ ok: false, status: 'cancelled', cancelled: signal, command: 'run' });
      expect(JSON.stringify(report['problems'])).toContain(`cancelled by ${signal}`);
      expect(await readFile(run.summary, 'utf8')).toContain(`**Cancelled** by ${signal}`);
      expect(run.output()).toContain(`stac-ingest run: CANCELLED (`);
    },
    300_000,
  );
});

describe('processes a package leaves running', () => {
  it.each(['worker', 'uvx'] as const)(
    'a create-item that starts a background process and exits 0 leaves nothing running after the run (%s)',
    async (engine) => {
      // scene-001's input asks the demo package to start `sleep 600` and exit 0
      const run = await startRun(
        (m) => m,
        ['--engine', engine],
        (dir) => appendFile(path.join(dir, 'inputs', 'scene-001.txt'), '# BACKGROUND\n'),
      );
      const { code } = await run.exited;
      expect(code, run.output()).toBe(0);
      expect(await survivors(run.token)).toEqual([]);
      expect((await readdir(run.temp)).filter((n) => n.startsWith('stac-ingest-'))).toEqual([]);
    },
    300_000,
  );
});

/**
 * A run against a maap target whose every endpoint (the STAC API, CloudFormation) is a loopback server that takes
 * requests and never answers; SIGTERM once the output shows `stage`.
 */
async function hangingMaapRun(command: 'plan' | 'run', stage: string) {
  const server = createServer(() => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-cancel-hang-'));
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await rm(dir, { recursive: true, force: true });
  });
  await writeFile(path.join(dir, 'collection.json'), JSON.stringify(validCollection('hang')));
  await writeFile(
    path.join(dir, 'stac-ingest.yaml'),
    'version: 1\ncollections:\n  - id: hang\n    file: collection.json\nsources: []\ntargets:\n  t:\n' +
      `    type: maap\n    region: us-west-2\n    endpoint: http://127.0.0.1:${port}\n    stack: S\n` +
      `    stac_api: http://127.0.0.1:${port}/\ndefault_target: t\n`,
  );
  const report = path.join(dir, 'report.json');
  const summary = path.join(dir, 'summary.md');
  const args = ['--import', TSX, path.join(REPO_ROOT, 'src', 'cli.ts'), command, '-m', 'stac-ingest.yaml'];
  args.push('--offline', '--auth-host', '127.0.0.1', '--report-file', report, '--summary-file', summary);
  const child = spawn(process.execPath, args, {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (const end = Date.now() + 60_000; !output.includes(stage) && Date.now() < end;)
    await new Promise((r) => setTimeout(r, 100));
  expect(output).toContain(stage);
  await new Promise((r) => setTimeout(r, 500)); // the request is now held
  child.kill('SIGTERM');
  const code = await exited;
  const written = JSON.parse(await readFile(report, 'utf8')) as Record<string, unknown>;
  return { code, output: () => output, report: written, summary: await readFile(summary, 'utf8') };
}

describe('a run cancelled while a service holds its request', () => {
  it('a STAC API request is aborted: the run stops by itself and reports cancelled (issue 9)', async () => {
    const run = await hangingMaapRun('plan', '== compare with the catalog');
    expect(run.code, run.output()).toBe(143);
    expect(run.output()).not.toContain('did not stop within');
    expect(run.report).toMatchObject({ ok: false, status: 'cancelled', cancelled: 'SIGTERM', command: 'plan' });
    expect(JSON.stringify(run.report['problems'])).toContain('cancelled by SIGTERM');
    expect(run.summary).toContain('**Cancelled** by SIGTERM');
  }, 120_000);

  // the AWS SDK calls (CloudFormation here) do not take the run's signal: the watchdog ends the run
  it('is ended by the watchdog after 8 s when it does not stop, and still reports cancelled (issue 9)', async () => {
    const run = await hangingMaapRun('run', '== resolve target');
    expect(run.code, run.output()).toBe(143);
    expect(run.output()).toContain('the run did not stop within 8 s of SIGTERM: exiting');
    expect(run.report).toMatchObject({ ok: false, status: 'cancelled', cancelled: 'SIGTERM', command: 'run' });
    expect(JSON.stringify(run.report['problems'])).toContain('cancelled by SIGTERM: the run did not stop in time');
    expect(run.summary).toContain('**Cancelled** by SIGTERM');
  }, 120_000);
});
