import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProcessRunner } from '../src/clients/process.js';
import { REPO_ROOT } from './support/dataset.js';

const runner = createProcessRunner();
const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const cli = (args: string[], cwd: string) =>
  runner.run(tsx, [path.join(REPO_ROOT, 'src', 'cli.ts'), ...args], { cwd, timeoutMs: 120_000 });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-cli-'));
  const good = {
    type: 'Feature',
    stac_version: '1.1.0',
    id: 'ok-1',
    collection: 'c',
    geometry: { type: 'Point', coordinates: [1, 2] },
    bbox: [1, 2, 1, 2],
    properties: { datetime: '2020-01-01T00:00:00Z' },
    links: [{ rel: 'collection', href: './c.json' }],
    assets: {},
  };
  await writeFile(path.join(dir, 'good.json'), JSON.stringify(good));
  await writeFile(
    path.join(dir, 'naive.json'),
    JSON.stringify({ ...good, id: 'naive', properties: { datetime: '2020-01-01T00:00:00' } }),
  );
  await writeFile(
    path.join(dir, 'lines.ndjson'),
    JSON.stringify({ ...good, id: 'nc', collection: undefined, links: [] }) +
      '\n' +
      JSON.stringify({ ...good, id: 'nogeom', geometry: null }) +
      '\n',
  );
  await writeFile(path.join(dir, 'broken.json'), '{\n  "type": "Feature",\n  "id": oops\n}\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('stac-ingest predict (issue 11)', () => {
  it(
    'prints each object as the catalog will store it and what changed on the way; ' +
      'exit 1 when the loader refuses one',
    async () => {
      const item =
        '{"type":"Feature","stac_version":"1.1.0","id":"p1","collection":"c","geometry":{"type":"Point",' +
        '"coordinates":[1,2]},' +
        '"bbox":[1,2,1,2],"properties":{"datetime":"2020-01-01T02:00:00.5+02:00","gsd":10,"my:e":1e20,' +
        '"my:i":9007199254740993},' +
        '"links":[{"rel":"self","href":"x"},{"rel":"license","href":"https://example.com/l"}],"assets":{}}';
      await mkdir(path.join(dir, 'predict'), { recursive: true });
      await writeFile(path.join(dir, 'predict', 'p1.json'), item);
      const r = await cli(['predict', 'predict/p1.json'], dir);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stdout).toContain('== predict/p1.json (item:c/p1)');
      expect(r.stdout).toContain('"datetime": "2020-01-01T00:00:00.500000Z"');
      expect(r.stdout).toContain('"gsd": 10.0');
      expect(r.stdout).toContain('"my:e": 1e+20');
      expect(r.stdout).toContain('"my:i": 9007199254740993');
      expect(r.stdout).not.toContain('"rel": "self"');
      expect(r.stdout).toContain('/properties/gsd: the number 10 becomes the float 10.0');
      const json = await cli(['predict', '--json', 'predict/p1.json', 'naive.json'], dir);
      expect(json.exitCode).toBe(1);
      const report = JSON.parse(json.stdout) as {
        predictions: Array<{ key: string; errors: Array<{ rule: string }> }>;
      };
      expect(report.predictions.map((p) => [p.key, p.errors.map((e) => e.rule)])).toEqual([
        ['item:c/p1', []],
        ['item:c/naive', ['loader:timezone']],
      ]);
    },
  );
});

describe('stac-ingest CLI', () => {
  it('validate on a directory of invalid STAC reports every problem with its location and exits 1', async () => {
    const r = await cli(['validate', '.', '--offline'], dir);
    expect(r.exitCode).toBe(1);
    const all = r.stdout + r.stderr;
    expect(all).toMatch(/naive\.json:1 at \/properties\/datetime: loader:timezone/);
    expect(all).toMatch(/lines\.ndjson:1 at \/collection: loader:collection/);
    expect(all).toMatch(/lines\.ndjson:2 at \/geometry: loader:null-geometry/);
    expect(all).toMatch(/broken\.json:3:\d+.*not valid JSON/);
    expect(all).not.toMatch(/good\.json/);
  });

  it('validate on valid files exits 0; --json prints the result', async () => {
    const r = await cli(['validate', 'good.json', '--offline', '--json'], dir);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      report_version: 1,
      ok: true,
      command: 'validate',
      findings: [],
      totals: { checked: 1, invalid: 0 },
    });
  });

  it('writes the Markdown summary with --summary-file, also when the run fails', async () => {
    const summary = path.join(dir, 'summary.md');
    const r = await cli(['validate', '.', '--offline', '--summary-file', summary], dir);
    expect(r.exitCode).toBe(1);
    const md = await readFile(summary, 'utf8');
    expect(md).toContain('## ❌ stac-ingest validate');
    expect(md).toContain('loader:null-geometry');
  });

  it('a line longer than the heap is an error naming file and line, not a V8 crash', async () => {
    const file = path.join(dir, 'huge', 'long.ndjson');
    await rm(path.dirname(file), { recursive: true, force: true });
    await mkdir(path.dirname(file));
    const handle = await open(file, 'w');
    await handle.write('{"type": "Feature", "id": "');
    const mib = Buffer.alloc(1 << 20, 'x');
    for (let i = 0; i < 128; i++) await handle.write(mib);
    await handle.write('"}\n');
    await handle.close();
    const r = await runner.run(tsx, [path.join(REPO_ROOT, 'src', 'cli.ts'), 'validate', 'huge', '--offline'], {
      cwd: dir,
      timeoutMs: 120_000,
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=96' },
    });
    await rm(path.dirname(file), { recursive: true, force: true });
    expect(r.signal).toBe(null);
    expect(r.exitCode).toBe(1);
    expect(r.stdout + r.stderr).toContain('huge/long.ndjson:1: huge/long.ndjson: line 1 is longer than 16 MiB');
  });

  it('usage errors exit 2', async () => {
    expect((await cli(['frobnicate'], dir)).exitCode).toBe(2);
    expect((await cli(['run', '--max-warnings', 'x'], dir)).exitCode).toBe(2);
  });

  it('a missing manifest is a located, actionable error', async () => {
    const r = await cli(['plan', '-m', 'nope.yaml'], dir);
    expect(r.exitCode).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/nope\.yaml/);
    expect(r.stdout + r.stderr).toMatch(/--manifest/);
  });
});

describe('stac-ingest CLI --warn-only', () => {
  it('reports the failures but exits 0', async () => {
    const r = await cli(['validate', '.', '--offline', '--warn-only'], dir);
    expect(r.exitCode).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/loader:null-geometry/);
    expect(r.stdout + r.stderr).toMatch(/--warn-only keeps the exit status 0/);
  });
});
