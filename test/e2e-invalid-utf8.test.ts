/**
 * Issue 9, defect 7 (last part): bytes that are not UTF-8 were decoded with U+FFFD in their place and published.
 * Every reader (a .json file, an NDJSON file read in blocks, a FeatureCollection parsed whole or scanned member by
 * member, a CSV or JSONL rows file, the manifest, a catalog and its items over http on loopback) now refuses them
 * with an error naming the file, the line and the byte offset, and the run writes nothing: each case runs the whole
 * `run` to a directory target and checks that no output (nor a staging folder beside it) exists afterwards.
 * The bad byte is 0xE9, 'é' in Latin-1, as a file saved by a Latin-1 editor holds it.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import type { IngestResult } from '../src/model/result.js';
import { ingest } from '../src/run/ingest.js';
import type { PolicySettings } from '../src/security/policy.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { firstInvalidUtf8 } from '../src/utf8.js';
import { startCaptureServer, type CaptureServer } from './support/capture-server.js';
import { copyExample } from './support/dataset.js';
import { LOOPBACK_FETCH, testPolicy } from './support/policy.js';
import { validCollection, validItem } from './support/stac-docs.js';

const LATIN1_E = Buffer.from([0xe9]);
let tmp: string;
const servers: CaptureServer[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'stac-ingest-utf8-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** An item whose title holds 'Montréal' with the é written in Latin-1 (one byte, 0xE9). */
function latin1Item(id: string, n: number): Buffer {
  return latin1(JSON.stringify({ ...validItem('utf8-col', id, n), title: 'Montr@@al' }));
}

const line = (doc: unknown): Buffer => Buffer.from(JSON.stringify(doc) + '\n');

/** A dataset folder with one collection and the source `source` (manifest YAML lines), its files in `files`. */
async function dataset(source: string, files: Record<string, Buffer>, manifestTail: Buffer = Buffer.alloc(0)) {
  const dir = await mkdtemp(path.join(tmp, 'ds-'));
  await writeFile(path.join(dir, 'collection.json'), JSON.stringify(validCollection('utf8-col')));
  for (const [rel, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), bytes);
  }
  const manifest =
    `version: 1\ncollections:\n  - id: utf8-col\n    file: collection.json\nsources:\n${source}` +
    `targets:\n  out:\n    type: directory\n    path: out\n    format: both\ndefault_target: out\n`;
  await writeFile(path.join(dir, 'stac-ingest.yaml'), Buffer.concat([Buffer.from(manifest), manifestTail]));
  return dir;
}

async function run(manifestPath: string, settings: PolicySettings = {}): Promise<IngestResult> {
  return ingest(
    {
      command: 'run',
      manifestPath,
      policy: testPolicy(path.dirname(manifestPath), settings),
      concurrency: 2,
      schemaMirrors: [bundledSchemaMirror()!],
      network: false,
    },
    { logger: new RecordingLogger(), runner: createProcessRunner() },
  );
}

/** Latin-1 text: each '@@' becomes the byte 0xE9. */
const latin1 = (text: string): Buffer => Buffer.from(text.replaceAll('@@', '\xe9'), 'latin1');

/**
 * The run failed on the bad byte, with a message and location naming `file`, `line` and `offset`, and wrote
 * nothing: no output folder `out` (default `<dir>/out`), no staging folder beside it.
 */
async function expectRefused(
  dir: string,
  result: IngestResult,
  at: { file: string; line: number; offset: number },
  out = path.join(dir, 'out'),
): Promise<void> {
  expect(result.ok).toBe(false);
  const problems = [...result.problems, ...(result.validation?.findings ?? [])];
  const found = problems.find((p) => p.message.includes('not valid UTF-8'));
  expect(found?.message).toContain(`${at.file}: line ${at.line} is not valid UTF-8 at byte offset ${at.offset} `);
  expect(found?.message).toContain('0xE9');
  expect(found?.location?.line).toBe(at.line);
  expect(found?.location?.file === at.file || found?.location?.file?.endsWith(`/${at.file}`)).toBe(true);
  expect(JSON.stringify(problems)).toContain('re-encode the file as UTF-8');
  expect(JSON.stringify(problems)).not.toContain('\uFFFD');
  const beside = await readdir(path.dirname(out)).catch(() => []);
  expect(beside.filter((f) => f === path.basename(out) || f.startsWith(`.${path.basename(out)}.`))).toEqual([]);
}

describe('bytes that are not UTF-8 are refused where they are, and nothing is written', () => {
  it('a .json item file', async () => {
    const bytes = latin1Item('a', 1);
    const dir = await dataset('  - id: items\n    collection: utf8-col\n    files: items/*.json\n', {
      'items/a.json': bytes,
    });
    const result = await run(path.join(dir, 'stac-ingest.yaml'));
    await expectRefused(dir, result, { file: 'items/a.json', line: 1, offset: bytes.indexOf(LATIN1_E) });
  });

  it('an NDJSON file: the line in the second 1 MiB block, and its byte offset in the file', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => line(validItem('utf8-col', `n-${i}`, i)));
    lines[2499] = Buffer.concat([latin1Item('n-2499', 2499), Buffer.from('\n')]);
    const bytes = Buffer.concat(lines);
    expect(bytes.indexOf(LATIN1_E)).toBeGreaterThan(1 << 20);
    const dir = await dataset('  - id: items\n    collection: utf8-col\n    files: items/*.ndjson\n', {
      'items/all.ndjson': bytes,
    });
    const result = await run(path.join(dir, 'stac-ingest.yaml'));
    await expectRefused(dir, result, { file: 'items/all.ndjson', line: 2500, offset: bytes.indexOf(LATIN1_E) });
  });

  it('a FeatureCollection, parsed whole (small) and scanned member by member (over 1 MiB)', async () => {
    for (const count of [3, 3000]) {
      const features = Array.from({ length: count }, (_, i) => line(validItem('utf8-col', `f-${i}`, i)));
      features[count - 2] = latin1Item(`f-${count - 2}`, count - 2);
      const parts = features.map((f, i) =>
        Buffer.concat([f.subarray(0, f.length - (f.at(-1) === 10 ? 1 : 0)), Buffer.from(i < count - 1 ? ',\n' : '\n')]),
      );
      const bytes = Buffer.concat([
        Buffer.from('{"type": "FeatureCollection", "features": [\n'),
        ...parts,
        Buffer.from(']}\n'),
      ]);
      expect(bytes.length > 1 << 20).toBe(count > 3);
      const dir = await dataset('  - id: items\n    collection: utf8-col\n    files: fc.geojson\n', {
        'fc.geojson': bytes,
      });
      const result = await run(path.join(dir, 'stac-ingest.yaml'));
      await expectRefused(dir, result, { file: 'fc.geojson', line: count, offset: bytes.indexOf(LATIN1_E) });
    }
  });

  it('a CSV and a JSONL rows file (before anything is generated)', async () => {
    const csv = 'file,platform\nscene-001.txt,demo-sat-1\nscene-002.txt,d@@mo-sat\n';
    const jsonl = '{"file": "scene-001.txt", "platform": "a"}\n{"file": "scene-002.txt", "platform": "d@@"}\n';
    for (const [name, text, lineNo] of [
      ['scenes.csv', csv, 3],
      ['scenes.jsonl', jsonl, 2],
    ] as const) {
      const ex = await copyExample((m) => m.replace('rows: inputs/scenes.csv', `rows: inputs/${name}`));
      const bytes = latin1(text);
      await writeFile(path.join(ex.dir, 'inputs', name), bytes);
      try {
        const result = await run(ex.manifest);
        const at = { file: `inputs/${name}`, line: lineNo, offset: bytes.indexOf(LATIN1_E) };
        await expectRefused(ex.dir, result, at, path.join(ex.dir, '.stac-ingest', 'out'));
        expect(result.generation?.attempted ?? 0).toBe(0);
      } finally {
        await ex.cleanup();
      }
    }
  });

  it('the manifest', async () => {
    const files = { 'items/a.json': line(validItem('utf8-col', 'a', 1)) };
    const dir = await dataset(
      '  - id: items\n    collection: utf8-col\n    files: items/*.json\n',
      files,
      latin1('# Montr@@al\n'),
    );
    const bytes = await readFile(path.join(dir, 'stac-ingest.yaml'));
    const result = await run(path.join(dir, 'stac-ingest.yaml'));
    const lineNo = bytes.toString('latin1').split('\n').length - 1; // the last line
    await expectRefused(dir, result, { file: 'stac-ingest.yaml', line: lineNo, offset: bytes.indexOf(LATIN1_E) });
  });

  it('a catalog on loopback whose item is not UTF-8: the URL, its line and offset', async () => {
    const item = latin1Item('remote-1', 1);
    const catalog = {
      type: 'Catalog',
      stac_version: '1.1.0',
      id: 'root',
      description: 'root',
      links: [{ rel: 'item', href: './remote-1.json', type: 'application/json' }],
    };
    const server = await startCaptureServer((req, res) => {
      if (req.url === '/catalog.json') res.writeHead(200).end(JSON.stringify(catalog));
      else if (req.url === '/remote-1.json') res.writeHead(200).end(item);
      else res.writeHead(404).end();
    });
    servers.push(server);
    const dir = await dataset(
      `  - id: remote\n    collection: utf8-col\n    catalog: ${server.url}/catalog.json\n`,
      {},
    );
    const result = await run(path.join(dir, 'stac-ingest.yaml'), LOOPBACK_FETCH);
    await expectRefused(dir, result, { file: `${server.url}/remote-1.json`, line: 1, offset: item.indexOf(LATIN1_E) });
    expect(server.requests.map((r) => r.url)).toEqual(['/catalog.json', '/remote-1.json']);
  });
});

describe('firstInvalidUtf8 agrees with a fatal TextDecoder', () => {
  it('on valid and invalid sequences of every length', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const valid = (b: Uint8Array) => {
      try {
        fatal.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const cases = [
      [0x41],
      [0xc3, 0xa9],
      [0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xef, 0xbb, 0xbf],
      [0xe9],
      [0xc0, 0x80],
      [0xc1, 0xbf],
      [0xc3],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x82],
      [0xf0, 0x80, 0x80, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0x80],
      [0xbf],
      [0xff],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xee, 0x80, 0x41],
    ];
    for (const c of cases) {
      const bytes = Uint8Array.from([0x61, 0x62, ...c, 0x63]);
      expect([c, firstInvalidUtf8(bytes) === -1]).toEqual([c, valid(bytes)]);
      if (!valid(bytes)) expect(firstInvalidUtf8(bytes)).toBe(2);
    }
  });
});
