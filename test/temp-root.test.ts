/**
 * Temp folders of killed runs (issue 9, found by the fault matrix): a run killed with SIGKILL cannot remove its
 * temp folders; the next run removes them (src/temp-root.ts), and only those of processes that are gone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { sweepDeadRoots } from '../src/temp-root.js';
import { copyExample } from './support/dataset.js';
import { afterLine, killAt, runToEnd, tempEntries } from './support/fault-matrix.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-tr-test-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

describe('temp folders of killed runs', () => {
  it('a run killed with SIGKILL leaves temp folders; the next run removes them and leaves none itself', async () => {
    const ex = await copyExample();
    cleanups.push(ex.cleanup);
    const tmp = await tempDir();
    const options = { cwd: ex.dir, env: { TMPDIR: tmp } };
    const args = ['run', '-m', 'stac-ingest.yaml', '--offline'];
    const killed = await killAt(args, options, afterLine('generate', /generated: 1\//, 0), 'SIGKILL');
    expect(killed.killed).toBe(true);
    expect(await tempEntries(tmp, ['stac-ingest-'])).not.toEqual([]);
    const rerun = await runToEnd(args, options);
    expect(rerun.code, rerun.output).toBe(0);
    expect(await tempEntries(tmp, ['stac-ingest-'])).toEqual([]);
    expect(rerun.output).toMatch(/removed 1 temp folder\(s\) that killed runs left behind/);
  });

  it('removes only the roots of gone processes of this host and user', async () => {
    const base = await tempDir();
    const host = hostname().replace(/[^A-Za-z0-9.]/g, '_');
    const gone = `stac-ingest-run-${host}-${await deadPid()}-aaaaaa`;
    const live = `stac-ingest-run-${host}-${process.pid}-bbbbbb`;
    const otherHost = `stac-ingest-run-${host}x-${await deadPid()}-cccccc`;
    const unrelated = 'stac-ingest-workers-dddddd';
    for (const n of [gone, live, otherHost, unrelated]) await mkdir(path.join(base, n, 'inside'), { recursive: true });
    expect(await sweepDeadRoots(base)).toEqual([path.join(base, gone)]);
    expect((await readdir(base)).sort()).toEqual([live, otherHost, unrelated].sort());
  });
});
