/**
 * The directory target owns its output folder and replaces it atomically
 * (src/targets/directory/output-dir.ts): it refuses paths it must not replace, never removes a
 * folder it did not create, and a run killed while writing leaves the previous output as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { MARKER_FILE, openStaging, outputPolicy, recoverInterrupted } from '../src/targets/directory/output-dir.js';
import { writeDirectory } from '../src/targets/directory/write.js';
import { writeDirectoryStream } from '../src/targets/directory/stream.js';
import { validCollection, validItem } from './support/stac-docs.js';
import { REPO_ROOT } from './support/dataset.js';
import { freezeAt } from './support/fs-freeze.js';

const cleanups: string[] = [];
afterEach(async () => {
  while (cleanups.length) await rm(cleanups.pop()!, { recursive: true, force: true });
});

async function tempDir(prefix = 'stac-ingest-dirout-'): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), prefix));
  cleanups.push(d);
  return d;
}

/** A dataset folder: a collection file and `n` items as NDJSON, under `dir` (a repository when `git`). */
async function dataset(dir: string, n: number, targetPath = '.stac-ingest/out', tag = 'v1'): Promise<string> {
  await mkdir(path.join(dir, 'items'), { recursive: true });
  await writeFile(path.join(dir, 'collection.json'), JSON.stringify(validCollection('c1')));
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify(validItem('c1', `i-${i}`, i, tag)));
  await writeFile(path.join(dir, 'items', 'all.ndjson'), lines.join('\n') + '\n');
  const manifest = path.join(dir, 'stac-ingest.yaml');
  await writeFile(
    manifest,
    `version: 1
collections:
  - id: c1
    file: collection.json
sources:
  - id: premade
    files: items/*.ndjson
targets:
  out:
    type: directory
    path: ${JSON.stringify(targetPath)}
default_target: out
`,
  );
  return manifest;
}

function options(manifestPath: string, extra: Partial<IngestOptions> = {}): IngestOptions {
  return {
    command: 'run',
    manifestPath,
    concurrency: 2,
    schemaMirrors: [bundledSchemaMirror()!],
    network: false,
    ...extra,
  };
}

const run = (manifest: string, extra: Partial<IngestOptions> = {}) =>
  ingest(options(manifest, extra), { logger: new RecordingLogger(), runner: createProcessRunner() });

async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

describe('directory target: what it refuses', () => {
  it('path "." (the folder holding the manifest): refused at the path line, nothing removed', async () => {
    const dir = await tempDir();
    const manifest = await dataset(dir, 3, '.');
    const before = await listing(dir);
    const r = await run(manifest);
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.message).toMatch(/refusing to write the directory target to .*: it contains the manifest/);
    expect(r.problems[0]?.location).toMatchObject({ file: manifest, line: 11 });
    expect(await listing(dir)).toEqual(before);
  });

  it("-o '' is refused, and so is -o naming the repository root; plan refuses too", async () => {
    const repo = await tempDir();
    await mkdir(path.join(repo, '.git'));
    await writeFile(path.join(repo, 'README.md'), 'keep me');
    const manifest = await dataset(path.join(repo, 'data'), 3);
    const before = await listing(repo);
    for (const [command, output] of [
      ['run', ''],
      ['run', '..'],
      ['plan', '..'],
    ] as const) {
      const r = await run(manifest, { command, output });
      expect(r.ok).toBe(false);
      expect(r.problems[0]?.message).toMatch(/given by --output .*: it contains the manifest/);
    }
    expect(await listing(repo)).toEqual(before);
  });

  it('a folder that is not empty and holds no marker is refused and left as it was', async () => {
    const dir = await tempDir();
    const manifest = await dataset(dir, 3, 'mine');
    await mkdir(path.join(dir, 'mine'));
    await writeFile(path.join(dir, 'mine', 'thesis.tex'), 'precious');
    const r = await run(manifest);
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.message).toMatch(/not empty and was not created by stac-ingest/);
    expect(await listing(path.join(dir, 'mine'))).toEqual(['thesis.tex']);
  });

  it('a path outside the workspace is refused unless explicitly allowed', async () => {
    const repo = await tempDir();
    await mkdir(path.join(repo, '.git'));
    const manifest = await dataset(repo, 3);
    const elsewhere = path.join(await tempDir(), 'out');
    const refused = await run(manifest, { output: elsewhere });
    expect(refused.ok).toBe(false);
    expect(refused.problems[0]?.message).toMatch(/lies outside the workspace/);
    expect(refused.problems[0]?.message).toContain('--allow-outside-workspace');
    const allowed = await run(manifest, { output: elsewhere, allowOutsideWorkspace: true });
    expect(allowed.problems).toEqual([]);
    expect(await readdir(elsewhere)).toContain(MARKER_FILE);
  });
});

describe('directory target: replacing its own output', () => {
  it('replaces its previous output whole (no stale file) and keeps its marker', async () => {
    const dir = await tempDir();
    const manifest = await dataset(dir, 5);
    const out = path.join(dir, '.stac-ingest', 'out');
    expect((await run(manifest)).ok).toBe(true);
    expect(await readdir(path.join(out, 'c1', 'items'))).toHaveLength(5);
    await dataset(dir, 2, '.stac-ingest/out', 'v2');
    expect((await run(manifest)).ok).toBe(true);
    expect((await readdir(path.join(out, 'c1', 'items'))).sort()).toEqual(['i-0.json', 'i-1.json']);
    const marker = JSON.parse(await readFile(path.join(out, MARKER_FILE), 'utf8'));
    expect(marker).toEqual({ tool: 'stac-ingest', manifest: 'stac-ingest.yaml' });
    // nothing but the output is left beside it
    expect(await readdir(path.join(dir, '.stac-ingest'))).toEqual(['out']);
  });

  it('a swap cut between its two renames is undone: the previous output is put back', async () => {
    const dir = await tempDir();
    const manifest = await dataset(dir, 2);
    const parent = path.join(dir, '.stac-ingest');
    await mkdir(path.join(parent, '.out.stac-ingest-old-abc'), { recursive: true });
    await writeFile(
      path.join(parent, '.out.stac-ingest-old-abc', MARKER_FILE),
      JSON.stringify({ tool: 'stac-ingest', manifest: 'stac-ingest.yaml' }),
    );
    await mkdir(path.join(parent, '.out.stac-ingest-tmp-def'));
    await writeFile(
      path.join(parent, '.out.stac-ingest-tmp-def', MARKER_FILE),
      JSON.stringify({ tool: 'stac-ingest', manifest: 'stac-ingest.yaml' }),
    );
    // a look-alike without our marker is not ours: left alone
    await mkdir(path.join(parent, '.out.stac-ingest-tmp-zzz'));
    await recoverInterrupted(path.join(parent, 'out'), outputPolicy({ manifestPath: manifest }));
    expect((await readdir(parent)).sort()).toEqual(['.out.stac-ingest-tmp-zzz', 'out']);
    expect(await readdir(path.join(parent, 'out'))).toEqual([MARKER_FILE]);
  });

  it(
    'killed with SIGKILL while writing: the previous output is intact; ' + 'the next run cleans up and replaces it',
    async () => {
      const dir = await tempDir();
      const manifest = await dataset(dir, 1200);
      const out = path.join(dir, '.stac-ingest', 'out');
      expect((await run(manifest)).ok).toBe(true);
      const before = await listing(out);
      const sample = await readFile(path.join(out, 'c1', 'items', 'i-7.json'), 'utf8');
      await dataset(dir, 1200, '.stac-ingest/out', 'v2');
      // one process (not the tsx wrapper, whose child would survive its SIGKILL)
      const cli = ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli.ts'), 'run', '-m', manifest, '--offline'];
      const child = spawn(process.execPath, cli, { stdio: 'ignore', cwd: REPO_ROOT });
      // wait until the new output is being written beside the old one, then kill
      const parent = path.dirname(out);
      for (let i = 0; i < 600; i++) {
        const tmp = (await readdir(parent)).find((n) => n.startsWith('.out.stac-ingest-tmp-'));
        if (tmp && (await readdir(path.join(parent, tmp, 'c1', 'items')).catch(() => [])).length > 20) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(await listing(out)).toEqual(before);
      expect(await readFile(path.join(out, 'c1', 'items', 'i-7.json'), 'utf8')).toBe(sample);
      expect((await readdir(parent)).some((n) => n.startsWith('.out.stac-ingest-tmp-'))).toBe(true);
      expect((await run(manifest)).ok).toBe(true);
      expect(await readdir(parent)).toEqual(['out']);
      expect(JSON.parse(await readFile(path.join(out, 'c1', 'items', 'i-7.json'), 'utf8')).properties['test:tag']).toBe(
        'v2',
      );
    },
  );
});

/** The version (test:tag) every item file and NDJSON line of an output says, or what is wrong with it. */
async function outputVersion(out: string, n: number): Promise<string> {
  const names = await readdir(path.join(out, 'c1', 'items')).catch(() => undefined);
  if (names === undefined) return 'absent';
  const tags = new Set<string>();
  for (const name of names)
    tags.add(JSON.parse(await readFile(path.join(out, 'c1', 'items', name), 'utf8')).properties['test:tag']);
  const lines = (await readFile(path.join(out, 'c1', 'items.ndjson'), 'utf8')).trim().split('\n');
  for (const line of lines) tags.add(JSON.parse(line).properties['test:tag']);
  await readFile(path.join(out, 'catalog.json'), 'utf8');
  await readFile(path.join(out, MARKER_FILE), 'utf8');
  if (names.length !== n || lines.length !== n || tags.size !== 1) return `mixed ${[...tags].join('+')}`;
  return [...tags][0] ?? 'none';
}

/** A pid no process has any more: a child that was started and has exited. */
async function deadPid(): Promise<number> {
  const child = spawn('true', [], { stdio: 'ignore' });
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

/** Makes the lock left by a run frozen in this process what a killed run leaves: one naming a process gone. */
async function killedRunsLock(file: string): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text !== undefined) await writeFile(file, JSON.stringify({ ...JSON.parse(text), pid: await deadPid() }));
}

describe('directory target: two runs at once', () => {
  it('refused while another run writes the output, sweeping nothing; once that run is gone, it goes on', async () => {
    const dir = await tempDir();
    const manifest = await dataset(dir, 3);
    const parent = path.join(dir, '.stac-ingest');
    // what a run still writing has beside the output: its lock (a live process) and its marked staging folder
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    const otherGone = new Promise((r) => other.on('exit', r));
    const staging = path.join(parent, '.out.stac-ingest-tmp-abc123');
    await mkdir(staging, { recursive: true });
    await writeFile(
      path.join(staging, MARKER_FILE),
      JSON.stringify({ tool: 'stac-ingest', manifest: 'stac-ingest.yaml' }),
    );
    const lock = { pid: other.pid, host: hostname(), started: '2026-12-01T03:00:00.000Z' };
    await writeFile(path.join(parent, '.out.stac-ingest-lock'), JSON.stringify(lock));
    try {
      const refused = await run(manifest);
      expect(refused.ok).toBe(false);
      expect(refused.problems.map((p) => p.message).join('\n')).toContain(
        `another stac-ingest run is writing it (pid ${other.pid} on ${hostname()}`,
      );
      expect((await readdir(parent)).sort()).toEqual(['.out.stac-ingest-lock', '.out.stac-ingest-tmp-abc123']);
    } finally {
      other.kill('SIGKILL');
      await otherGone;
    }
    // the lock's run is gone (killed): the next run takes the lock over, sweeps the leftovers and writes
    expect((await run(manifest)).ok).toBe(true);
    expect((await readdir(parent)).sort()).toEqual(['out']);
    expect(await readdir(path.join(parent, 'out', 'c1', 'items'))).toHaveLength(3);
  });
});

describe('directory target: the lock itself', () => {
  it('a lock file still being written (no content yet) is not taken over: refused, the file kept', async () => {
    const dir = await tempDir();
    const manifest = await dataset(dir, 1);
    const parent = path.join(dir, '.stac-ingest');
    await mkdir(parent, { recursive: true });
    await writeFile(path.join(parent, '.out.stac-ingest-lock'), '');
    const refused = await run(manifest);
    expect(refused.ok).toBe(false);
    expect(refused.problems.map((p) => p.message).join('\n')).toContain('another stac-ingest run is writing it');
    expect(await readdir(parent)).toEqual(['.out.stac-ingest-lock']);
  });

  it('a run whose swap failed holds its lock until its discard, which releases it', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'out');
    const policy = outputPolicy({ manifestPath: path.join(dir, 'stac-ingest.yaml') });
    const first = await openStaging(root, policy);
    // a folder not ours appears at the output: the swap refuses it
    await mkdir(root);
    await writeFile(path.join(root, 'notes.txt'), 'not ours');
    await expect(first.commit()).rejects.toThrow(/refusing/);
    await rm(root, { recursive: true });
    await expect(openStaging(root, policy)).rejects.toThrow(/another stac-ingest run is writing it/);
    await first.discard(); // as the writers do after a failed commit
    const second = await openStaging(root, policy);
    await expect(openStaging(root, policy)).rejects.toThrow(/another stac-ingest run is writing it/);
    await second.discard();
  });

  it('two runs taking over the lock of a killed run at once: one gets it, the other is refused', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'out');
    const policy = outputPolicy({ manifestPath: path.join(dir, 'stac-ingest.yaml') });
    const lockFile = path.join(dir, '.out.stac-ingest-lock');
    const stale = { pid: await deadPid(), host: hostname(), started: '2026-12-01T03:00:00.000Z' };
    for (let round = 0; round < 30; round++) {
      await writeFile(lockFile, JSON.stringify(stale));
      const tries = await Promise.allSettled([openStaging(root, policy), openStaging(root, policy)]);
      const held = tries.filter((t) => t.status === 'fulfilled');
      expect(held, `round ${round}`).toHaveLength(1);
      for (const t of held) await t.value.discard();
    }
  });
});

describe('directory target: killed inside the swap', () => {
  it('at every step of the swap the output is whole; the next run sweeps what is left and replaces it', async () => {
    const dir = await tempDir();
    const manifest = await dataset(dir, 3);
    const parent = path.join(dir, '.stac-ingest');
    const out = path.join(parent, 'out');
    const watched = (file: string) => file.startsWith(parent + path.sep) && /^\.?out/.test(path.relative(parent, file));
    expect((await run(manifest)).ok).toBe(true);
    let done = false;
    let step = 1;
    for (; !done; step++) {
      const before = await outputVersion(out, 3);
      await dataset(dir, 3, '.stac-ingest/out', `k${step}`);
      const freeze = freezeAt(step, watched);
      const ended = await Promise.race([run(manifest).then((r) => r.ok), freeze.reached.then(() => undefined)]);
      freeze.restore();
      // a killed run's lock names a process that is gone (here the frozen run's is this live test process)
      await killedRunsLock(path.join(parent, '.out.stac-ingest-lock'));
      done = ended !== undefined;
      const left = await outputVersion(out, 3);
      // whole: the previous output or the new one; absent only between the two renames, the previous one aside
      if (left === 'absent') expect((await readdir(parent)).filter((n) => n.includes('-old-'))).toHaveLength(1);
      else expect([before, `k${step}`], `step ${step}`).toContain(left);
      await dataset(dir, 3, '.stac-ingest/out', `r${step}`);
      expect((await run(manifest)).ok).toBe(true);
      expect(await readdir(parent), `after a kill at step ${step}`).toEqual(['out']);
      expect(await outputVersion(out, 3)).toBe(`r${step}`);
    }
    // renames, then each of the 3 items, the collection, the catalog, the NDJSON files and the marker removed
    expect(step).toBeGreaterThan(12);
  });
});

describe('directory target: held and streamed writes', () => {
  it('write the same files, items.ndjson in the order the items came (issue 12)', async () => {
    const dir = await tempDir();
    const manifestPath = await dataset(dir, 0);
    const policy = outputPolicy({ manifestPath });
    const collections = [validCollection('c1')];
    // not in id order: items.ndjson keeps this order on both paths, files and links go by id
    const items = ['i-2', 'i-0', 'i-10', 'i-1'].map((id, n) => validItem('c1', id, n, 'v1'));
    await writeDirectory(path.join(dir, 'held'), collections, items, 'both', policy);
    const stream = async function* () {
      yield* items;
    };
    await writeDirectoryStream(path.join(dir, 'streamed'), collections, stream(), 'both', policy);
    const files = async (root: string) => {
      const out = new Map<string, string>();
      for (const f of await listing(root)) {
        const text = await readFile(path.join(root, f), 'utf8').catch(() => undefined);
        if (text !== undefined) out.set(f, text);
      }
      return out;
    };
    const held = await files(path.join(dir, 'held'));
    expect(held).toEqual(await files(path.join(dir, 'streamed')));
    const ndjson = held.get(path.join('c1', 'items.ndjson'))!.trim().split('\n');
    expect(ndjson.map((l) => JSON.parse(l).id)).toEqual(['i-2', 'i-0', 'i-10', 'i-1']);
  });
});
