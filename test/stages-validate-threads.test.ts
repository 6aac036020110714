import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RecordingLogger } from '../src/logging.js';
import type { ConfigurationError } from '../src/errors.js';
import type { SourceDoc } from '../src/model/stac.js';
import { stacPathsUnits } from '../src/sources/files.js';
import { validateDocuments, THREADS_AFTER } from '../src/stages/validate/index.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { createSchemaResolver } from '../src/stages/validate/schema-resolver.js';
import { prestartThreads, PRESTART_BYTES, ValidationThreads } from '../src/stages/validate/threads.js';
import { scaleItem } from '../bench/scale/corpus.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits reach deep into items

/** Item i, broken in one of several ways for some i (every rule family, duplicates, another shape). */
function line(i: number): string {
  const d = scaleItem(i) as Doc;
  if (i % 97 === 1) d['properties']['eo:cloud_cover'] = 120;
  if (i % 89 === 2) d['properties']['datetime'] = '2020-01-01T00:00:00';
  if (i % 83 === 3) d['geometry'] = null;
  if (i % 79 === 4) d['id'] = scaleItem(i - 1)['id'];
  if (i % 73 === 5) d['stac_extensions'] = (d['stac_extensions'] as string[]).slice(0, 2);
  if (i % 71 === 6) d['aws:s3'] = 'x';
  if (i % 67 === 7) d['stac_extensions'] = ['eo'];
  if (i % 61 === 8) delete d['collection'];
  const text = JSON.stringify(d);
  // numbers that keep their text (read by the lossless parser, not JSON.parse), one beyond 64 bits
  if (i % 59 === 9)
    return text.replace('"properties":{', '"properties":{"my:wide":18446744073709551616,"my:exact":9007199254740993,');
  if (i % 53 === 10) return text.replace('"properties":{', '"properties":{"my:float":1.50,"my:exp":1e5,');
  // an escape: the message checks serialize the document instead of trusting the text
  if (i % 47 === 11) return text.replace('"properties":{', '"properties":{"note":"aws\\u003as3",');
  return text;
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'validate-threads-'));
  const n = THREADS_AFTER * 3;
  await writeFile(path.join(dir, 'a.ndjson'), Array.from({ length: n }, (_, i) => line(i)).join('\n') + '\n');
  // a bad line stops its file: what comes after it is not checked, threads or not
  const b = Array.from({ length: 600 }, (_, i) => line(n + i));
  b[400] = '{"type": "Feature", "id": oops}';
  await writeFile(path.join(dir, 'b.ndjson'), b.join('\n') + '\n');
  await writeFile(
    path.join(dir, 'c.geojson'),
    JSON.stringify(
      { type: 'FeatureCollection', features: Array.from({ length: 50 }, (_, i) => JSON.parse(line(i))) },
      null,
      1,
    ),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function validate(threads: number, started?: ValidationThreads) {
  const unreadable: ConfigurationError[] = [];
  const report = { error: (e: ConfigurationError) => unreadable.push(e), skipped: () => undefined };
  const units = async function* (): AsyncGenerator<SourceDoc> {
    for await (const u of stacPathsUnits([dir], dir, report)) {
      // the source's collection setting on some documents
      yield u.origin.line !== undefined && u.origin.line % 500 === 0 ? { ...u, collection: 'assigned' } : u;
    }
  };
  const logger = new RecordingLogger();
  const resolver = createSchemaResolver({ mirrors: [], bundled: bundledSchemaMirror()!, network: false, logger });
  const result = await validateDocuments(units(), {
    resolver,
    threads,
    ...(started ? { started } : {}),
    onUnreadable: (e) => unreadable.push(e),
  });
  return { result, unreadable: unreadable.map((e) => [e.message, e.location]) };
}

/** The threaded run found, counted and could not read exactly what the single-threaded one did. */
function expectSame(threaded: Awaited<ReturnType<typeof validate>>, single: Awaited<ReturnType<typeof validate>>) {
  expect(threaded.result.findings).toEqual(single.result.findings);
  expect(threaded.result.checked).toEqual(single.result.checked);
  expect(threaded.result.invalid).toEqual(single.result.invalid);
  expect(threaded.result.byCollection).toEqual(single.result.byCollection);
  expect(threaded.unreadable).toEqual(single.unreadable);
}

describe('validation in worker threads', () => {
  it('finds exactly what the main thread alone finds, in the same order', async () => {
    const single = await validate(0);
    const threaded = await validate(2);
    expect(single.result.threads).toBe(0);
    expect(threaded.result.threads).toBe(2);
    expectSame(threaded, single);
    // the run saw every kind of problem planted above, and stopped b.ndjson at its bad line
    const rules = new Set(single.result.findings.map((f) => f.rule));
    for (const rule of ['schema:core', 'loader:timezone', 'duplicate:item', 'loader:aws-s3', 'loader:extension-url'])
      expect(rules).toContain(rule);
    const at = (rule: string, pointer: string): number =>
      single.result.findings.filter((f) => f.rule === rule && f.location.pointer === pointer).length;
    expect(at('loader:integer-range', '/properties/my:wide')).toBeGreaterThan(THREADS_AFTER / 59);
    expect(at('loader:aws-s3', '/properties/note')).toBeGreaterThan(THREADS_AFTER / 47);
    expect(single.unreadable).toEqual([
      ["b.ndjson: line 401 is not valid JSON: expected a value, found 'o'", expect.objectContaining({ line: 401 })],
    ]);
    expect(single.result.checked.items).toBe(THREADS_AFTER * 3 + 400 + 50);
  });

  it('finds the same with one worker, the main thread checking blocks itself while the worker is busy', async () => {
    const single = await validate(0);
    const shared = await validate(1);
    expect(shared.result.threads).toBe(1);
    expectSame(shared, single);
  });

  it('finds the same with worker threads started before the first document (validate of large files)', async () => {
    const single = await validate(0);
    const started = new ValidationThreads(2);
    try {
      const threaded = await validate(0, started);
      expect(threaded.result.threads).toBe(2);
      expectSame(threaded, single);
      // the caller's threads stay open for the caller to close: they still check
      const again = await validate(0, started);
      expect(again.result.findings).toEqual(single.result.findings);
    } finally {
      await started.close();
    }
  });

  it('starts threads first thing only for large named files', async () => {
    const small = path.join(dir, 'c.geojson');
    expect(prestartThreads([small], 2)).toBeUndefined();
    expect(prestartThreads([dir], 2)).toBeUndefined(); // a folder: its documents start threads as they come
    const big = path.join(dir, 'big.ndjson');
    await writeFile(big, Buffer.alloc(PRESTART_BYTES, 10));
    try {
      expect(prestartThreads([big], 0)).toBeUndefined();
      const threads = prestartThreads([big, path.join(dir, 'missing.ndjson')], 2);
      expect(threads?.size).toBe(2);
      await threads?.close();
    } finally {
      await rm(big);
    }
  });
});
