import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './support/errors.js';
import { readItemFiles, stacPathsUnits } from '../src/sources/files.js';
import { eachUnit, parseUnit } from '../src/sources/units.js';
import type { ConfigurationError } from '../src/errors.js';
import type { LoadedDoc } from '../src/model/stac.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const entry = 'sources[2] (premade)';

const item = (id: string) => ({
  type: 'Feature',
  stac_version: '1.0.0',
  id,
  properties: {},
  geometry: null,
  links: [],
  assets: {},
});

describe('readItemFiles', () => {
  let dir = '';
  const write = async (name: string, content: string) => {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'item-files-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads single items, FeatureCollections and NDJSON, in pattern order and sorted within a pattern', async () => {
    const docs = await readItemFiles(['inputs/items/*.{ndjson,geojson}', 'inputs/items/a.json'], fixtures, entry);
    expect(docs.map((d) => [d.doc['id'], d.origin])).toEqual([
      [
        'b1',
        {
          file: 'inputs/items/b.geojson',
          absolutePath: join(fixtures, 'inputs/items/b.geojson'),
          entry,
          pointer: '/features/0',
        },
      ],
      [
        'b2',
        {
          file: 'inputs/items/b.geojson',
          absolutePath: join(fixtures, 'inputs/items/b.geojson'),
          entry,
          pointer: '/features/1',
        },
      ],
      ['c1', { file: 'inputs/items/c.ndjson', absolutePath: join(fixtures, 'inputs/items/c.ndjson'), entry, line: 1 }],
      ['c2', { file: 'inputs/items/c.ndjson', absolutePath: join(fixtures, 'inputs/items/c.ndjson'), entry, line: 3 }],
      ['a', { file: 'inputs/items/a.json', absolutePath: join(fixtures, 'inputs/items/a.json'), entry }],
    ]);
  });

  it('reads each file once when patterns overlap', async () => {
    const docs = await readItemFiles(['inputs/items/a.json', 'inputs/items/*.json'], fixtures, entry);
    expect(docs.map((d) => d.doc['id'])).toEqual(['a']);
  });

  it('locates a JSON syntax error at file:line:column', async () => {
    await write('bad/item.json', '{\n  "type": "Feature",\n  "id": "x"\n  "properties": {}\n}\n');
    const err = await failure(readItemFiles(['bad/*.json'], dir, entry));
    expect(err.location).toEqual({ file: 'bad/item.json', line: 4, column: 3, entry });
    expect(err.message).toBe("bad/item.json is not valid JSON: expected ',' or '}' after a property value, found '\"'");
  });

  it('locates a truncated JSON file at its end', async () => {
    await write('trunc/item.json', '{"type": "Feature",\n "id": "x"');
    const err = await failure(readItemFiles(['trunc/item.json'], dir, entry));
    expect(err.location).toEqual({ file: 'trunc/item.json', line: 2, column: 11, entry });
    expect(err.message).toContain('found end of input');
  });

  it('locates a bad NDJSON line with its line and column', async () => {
    await write(
      'nd/items.ndjson',
      `${JSON.stringify(item('a'))}\n\n{"type": "Feature", "id": 'b'}\n${JSON.stringify(item('c'))}\n`,
    );
    const err = await failure(readItemFiles(['nd/items.ndjson'], dir, entry));
    expect(err.location).toEqual({ file: 'nd/items.ndjson', line: 3, column: 27, entry });
    expect(err.message).toBe("nd/items.ndjson: line 3 is not valid JSON: expected a value, found '''");
  });

  it('streams a large NDJSON file', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify(item(`i${i}`)));
    await write('big/items.jsonl', lines.join('\r\n') + '\r\n');
    const docs = await readItemFiles(['big/items.jsonl'], dir, entry);
    expect(docs).toHaveLength(20_000);
    expect(docs[19_999]?.origin.line).toBe(20_000);
    expect(docs[19_999]?.doc['id']).toBe('i19999');
  });

  it('fails when a pattern matches nothing, naming the pattern', async () => {
    const err = await failure(readItemFiles(['inputs/items/*.json', 'nowhere/*.json'], fixtures, entry));
    expect(err.message).toBe("files pattern 'nowhere/*.json' matches no files");
    expect(err.location).toEqual({ entry });
  });

  it('rejects files of other kinds and JSON that is not a STAC object', async () => {
    await write('mixed/readme.md', '# hi\n');
    const ext = await failure(readItemFiles(['mixed/*'], dir, entry));
    expect(ext.message).toBe("mixed/readme.md: files sources take .json, .geojson, .ndjson, .jsonl files, not '.md'");
    await write('arr/items.json', '[]');
    expect((await failure(readItemFiles(['arr/items.json'], dir, entry))).message).toBe(
      'arr/items.json holds a JSON array, not a STAC object',
    );
    await write('fc/nofeatures.geojson', '{"type": "FeatureCollection"}');
    expect((await failure(readItemFiles(['fc/nofeatures.geojson'], dir, entry))).location).toEqual({
      file: 'fc/nofeatures.geojson',
      pointer: '/features',
      entry,
    });
    await write('fc2/bad.geojson', JSON.stringify({ type: 'FeatureCollection', features: [item('a'), 'b'] }));
    expect((await failure(readItemFiles(['fc2/bad.geojson'], dir, entry))).location).toEqual({
      file: 'fc2/bad.geojson',
      pointer: '/features/1',
      entry,
    });
    await write('ndarr/items.ndjson', '[1]\n');
    expect((await failure(readItemFiles(['ndarr/items.ndjson'], dir, entry))).location).toEqual({
      file: 'ndarr/items.ndjson',
      line: 1,
      column: 1,
      entry,
    });
  });

  it('strips a UTF-8 BOM from JSON files', async () => {
    await write('bom/item.json', '\uFEFF' + JSON.stringify(item('bom')));
    const docs = await readItemFiles(['bom/item.json'], dir, entry);
    expect(docs.map((d) => d.doc['id'])).toEqual(['bom']);
  });

  it(
    'reads 200,000 items from one NDJSON file and from one ' + 'FeatureCollection (no argument-spreading limit)',
    async () => {
      const n = 200_000;
      const tiny = (i: number) => `{"type":"Feature","id":"i${i}"}`;
      await write('many/items.ndjson', Array.from({ length: n }, (_, i) => tiny(i)).join('\n'));
      await write(
        'many/fc.geojson',
        `{"type":"FeatureCollection","features":[${Array.from({ length: n }, (_, i) => tiny(i)).join(',')}]}`,
      );
      for (const name of ['many/items.ndjson', 'many/fc.geojson']) {
        const docs = await readItemFiles([name], dir, entry);
        expect(docs).toHaveLength(n);
        expect(docs[n - 1]?.doc['id']).toBe(`i${n - 1}`);
      }
      const problems: ConfigurationError[] = [];
      let count = 0;
      const report = { error: (e: ConfigurationError) => problems.push(e), skipped: () => undefined };
      for await (const u of eachUnit(stacPathsUnits([join(dir, 'many')], dir, report)))
        if (parseUnit(u).doc['type'] === 'Feature') count++;
      expect(problems).toEqual([]);
      expect(count).toBe(2 * n);
    },
  );

  it('a line over the document size cap is an error naming file and line, not a crash', async () => {
    await write('long/items.ndjson', `${JSON.stringify(item('a'))}\n{"id": "${'x'.repeat(5000)}"}\n`);
    const err = await failure(readItemFiles(['long/items.ndjson'], dir, entry, { maxDocumentBytes: 4096 }));
    expect(err.message).toBe(
      'long/items.ndjson: line 2 is longer than 4,096 bytes, the largest document stac-ingest reads',
    );
    expect(err.location).toEqual({ file: 'long/items.ndjson', line: 2 });
  });

  it(
    'a .json document over the cap is an error naming the file; ' +
      'a large FeatureCollection streams member by member',
    async () => {
      const big = { ...item('big'), properties: { note: 'x'.repeat(5000) } };
      await write('cap/one.json', JSON.stringify(big));
      const one = await failure(readItemFiles(['cap/one.json'], dir, entry, { maxDocumentBytes: 4096 }));
      expect(one.message).toMatch(/^cap\/one\.json: the file is 5,\d{3} bytes, over 4,096 bytes, the largest document/);
      const limits = { maxDocumentBytes: 4096, wholeFileBytes: 1024 };
      const members = Array.from({ length: 40 }, (_, i) => item(`m${i}`));
      // `type` after `features`: a second pass reads the members
      await write('cap/fc.geojson', JSON.stringify({ features: members, type: 'FeatureCollection' }, null, 1));
      const docs: LoadedDoc[] = await readItemFiles(['cap/fc.geojson'], dir, entry, limits);
      expect(docs.map((d) => d.doc)).toEqual(members);
      expect(docs[39]?.origin).toEqual({
        file: 'cap/fc.geojson',
        absolutePath: join(dir, 'cap/fc.geojson'),
        entry,
        pointer: '/features/39',
      });
      const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
      const fc2 = JSON.stringify({ type: 'FeatureCollection', features: [...members, big] }, null, 1);
      await write('cap/fc2.geojson', fc2);
      const over = await failure(readItemFiles(['cap/fc2.geojson'], dir, entry, limits));
      expect(over.message).toMatch(/^cap\/fc2\.geojson: features\[40\] is 5,\d{3} bytes, over 4,096 bytes/);
      // the member's opening brace is three lines above its id (type and stac_version come first)
      const bigLine = lineOf(fc2, '"id": "big"') - 3;
      expect(over.location).toMatchObject({ file: 'cap/fc2.geojson', pointer: '/features/40', line: bigLine });
      const fc3 = JSON.stringify({ type: 'FeatureCollection', features: members }, null, 1).replace('"m7"', 'm7');
      await write('cap/fc3.geojson', fc3);
      const syntax = await failure(readItemFiles(['cap/fc3.geojson'], dir, entry, limits));
      expect(syntax.location).toEqual({ file: 'cap/fc3.geojson', line: lineOf(fc3, '"id": m7'), entry });
    },
  );

  it('skips JSON files that are not STAC when walking a directory, and reads them when named', async () => {
    await write('pkg/package.json', '{"name": "x", "version": "1.0.0"}');
    await write('pkg/item.json', JSON.stringify(item('p')));
    const skipped: string[] = [];
    const report = {
      error: (e: ConfigurationError) => {
        throw e;
      },
      skipped: (f: string) => skipped.push(f),
    };
    const ids: unknown[] = [];
    for await (const d of stacPathsUnits([join(dir, 'pkg')], dir, report)) ids.push(d.doc?.['id'] ?? d.doc?.['name']);
    expect(ids).toEqual(['p']);
    expect(skipped).toEqual(['pkg/package.json']);
    for await (const d of stacPathsUnits([join(dir, 'pkg/package.json')], dir, report)) ids.push(d.doc?.['name']);
    expect(ids).toEqual(['p', 'x']);
  });
});
