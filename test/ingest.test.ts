import { afterEach, describe, expect, it } from 'vitest';
import { access, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { copyExample } from './support/dataset.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function example(edit?: (m: string) => string) {
  const ex = await copyExample(edit);
  cleanups.push(ex.cleanup);
  return ex;
}

function options(manifestPath: string, extra: Partial<IngestOptions> = {}): IngestOptions {
  return {
    command: 'run',
    manifestPath,
    concurrency: 4,
    schemaMirrors: [bundledSchemaMirror()!],
    network: false,
    ...extra,
  };
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

describe('ingest run on the example dataset (real uvx, real stactools package)', () => {
  it('generates, validates, writes a static catalog + NDJSON and reads it back', async () => {
    const ex = await example();
    const logger = new RecordingLogger();
    const result = await ingest(options(ex.manifest), { logger, runner: createProcessRunner() });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.generation).toMatchObject({ attempted: 4, succeeded: 4, failed: [] });
    expect(result.validation).toMatchObject({ errors: 0, checked: { items: 7, collections: 1 } });
    const out = path.join(ex.dir, '.stac-ingest', 'out');
    expect(result.output?.root).toBe(out);
    const items = await readdir(path.join(out, 'demo-collection', 'items'));
    expect(items.sort()).toEqual([
      'dps-item-a.json',
      'dps-item-b.json',
      'premade-001.json',
      'scene-001.json',
      'scene-002.json',
      'scene-003.json',
      'scene-004.json',
    ]);
    const scene3 = JSON.parse(await readFile(path.join(out, 'demo-collection', 'items', 'scene-003.json'), 'utf8'));
    // the CSV row's platform column went through --platform into the item
    expect(scene3.properties.platform).toBe('demo-sat-2');
    expect(scene3.collection).toBe('demo-collection');
    const ndjson = (await readFile(path.join(out, 'demo-collection', 'items.ndjson'), 'utf8')).trim().split('\n');
    expect(ndjson).toHaveLength(7);
    // DPS items got the source's collection
    const dps = JSON.parse(await readFile(path.join(out, 'demo-collection', 'items', 'dps-item-a.json'), 'utf8'));
    expect(dps.collection).toBe('demo-collection');
    expect(result.collections).toEqual([
      expect.objectContaining({
        id: 'demo-collection',
        collectionsChecked: 1,
        counts: expect.objectContaining({
          planned: 7,
          checked: 7,
          generated: 4,
          generation_failed: 0,
          invalid: 0,
          written: 7,
        }),
      }),
    ]);
  });

  it('plan reports per collection without generating anything', async () => {
    const ex = await example();
    const result = await ingest(options(ex.manifest, { command: 'plan' }), {
      logger: new RecordingLogger(),
      runner: createProcessRunner(),
    });
    expect(result.ok).toBe(true);
    expect(result.generation).toBeUndefined();
    expect(result.plan?.totals).toMatchObject({ items: 7, localRequests: 4, remoteRequests: 0 });
    expect(result.plan?.collections[0]?.sources.map((s) => [s.id, s.action, s.items])).toEqual([
      ['demo-scenes', 'generate-local', 4],
      ['premade-items', 'publish-files', 1],
      ['dps-output', 'publish-catalog', 2],
    ]);
    expect(await exists(path.join(ex.dir, '.stac-ingest', 'out'))).toBe(false);
  });
});

describe('bad input stops the run before anything is written', () => {
  it('an invalid pre-made item: located findings, no output', async () => {
    const ex = await example();
    const item = JSON.parse(await readFile(path.join(ex.dir, 'items', 'premade-001.json'), 'utf8'));
    item.geometry = null;
    item.properties.datetime = '2024-05-10T09:30:00';
    await writeFile(path.join(ex.dir, 'items', 'premade-001.json'), JSON.stringify(item, null, 2));
    const result = await ingest(options(ex.manifest), { logger: new RecordingLogger(), runner: createProcessRunner() });
    expect(result.ok).toBe(false);
    const rules = result.validation?.findings
      .filter((f) => f.severity === 'error')
      .map((f) => [f.rule, f.location.pointer]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['loader:null-geometry', '/geometry'],
        ['loader:timezone', '/properties/datetime'],
      ]),
    );
    expect(result.validation?.findings.every((f) => f.location.file?.endsWith('items/premade-001.json'))).toBe(true);
    expect(await exists(path.join(ex.dir, '.stac-ingest', 'out'))).toBe(false);
  });

  it('a failing create-item: its stderr is in the report, nothing is written', async () => {
    const ex = await example();
    await writeFile(path.join(ex.dir, 'inputs', 'scene-002.txt'), 'id=scene-002\nFAIL\n');
    const result = await ingest(options(ex.manifest), { logger: new RecordingLogger(), runner: createProcessRunner() });
    expect(result.ok).toBe(false);
    expect(result.generation?.succeeded).toBe(3);
    expect(result.generation?.failed).toHaveLength(1);
    const failure = result.generation!.failed[0]!;
    expect(failure.location).toMatchObject({ file: expect.stringMatching(/inputs\/scenes\.csv$/), line: 3 });
    expect(failure.stderr).toContain('the input asks to FAIL');
    expect(await exists(path.join(ex.dir, '.stac-ingest', 'out'))).toBe(false);
  });

  it('a hanging create-item is killed at its timeout and reported', async () => {
    const ex = await example((m) => m.replace('timeout_seconds: 120', 'timeout_seconds: 15'));
    await writeFile(path.join(ex.dir, 'inputs', 'scene-004.txt'), 'id=scene-004\nHANG\n');
    const t0 = Date.now();
    const result = await ingest(options(ex.manifest), { logger: new RecordingLogger(), runner: createProcessRunner() });
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(result.ok).toBe(false);
    expect(result.generation?.failed.map((f) => [f.entry, f.timedOut])).toEqual([
      ['sources[0] (demo-scenes) row 4', true],
    ]);
    expect(result.generation?.succeeded).toBe(3);
    expect(await exists(path.join(ex.dir, '.stac-ingest', 'out'))).toBe(false);
  });

  it('malformed YAML names the line', async () => {
    const ex = await example((m) => m.replace('sources:\n', 'sources:\n  - id: [unclosed\n'));
    const result = await ingest(options(ex.manifest), { logger: new RecordingLogger(), runner: createProcessRunner() });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({
      stage: 'manifest',
      location: { file: expect.stringContaining('stac-ingest.yaml'), line: expect.any(Number) },
    });
  });

  it('an unknown manifest key and a missing rows file are reported with their locations', async () => {
    const ex = await example((m) => m.replace('    files: items/*.json', '    files: items/*.json\n    colection: x'));
    let result = await ingest(options(ex.manifest), { logger: new RecordingLogger(), runner: createProcessRunner() });
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/colection.*did you mean `collection`/s);
    const ex2 = await example((m) => m.replace('rows: inputs/scenes.csv', 'rows: inputs/missing.csv'));
    result = await ingest(options(ex2.manifest), { logger: new RecordingLogger(), runner: createProcessRunner() });
    expect(result.ok).toBe(false);
    expect(result.problems.some((p) => /missing\.csv/.test(p.message + JSON.stringify(p.location)))).toBe(true);
  });

  it('an extension schema that cannot be found is an error naming the URL, never a pass', async () => {
    const ex = await example();
    const item = JSON.parse(await readFile(path.join(ex.dir, 'items', 'premade-001.json'), 'utf8'));
    item.stac_extensions = ['https://stac-extensions.github.io/does-not-exist/v1.0.0/schema.json'];
    await writeFile(path.join(ex.dir, 'items', 'premade-001.json'), JSON.stringify(item));
    const result = await ingest(options(ex.manifest, { schemaMirrors: [bundledSchemaMirror()!] }), {
      logger: new RecordingLogger(),
      runner: createProcessRunner(),
    });
    expect(result.ok).toBe(false);
    const f = result.validation?.findings.find((x) => x.rule === 'schema:unavailable');
    expect(f?.message).toContain('https://stac-extensions.github.io/does-not-exist/v1.0.0/schema.json');
  });
});
