import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cloneJson, parseJson, stringifyJson } from '../src/json.js';
import type { Origin } from '../src/model/stac.js';
import { GeneratedSpill, OriginTable } from '../src/stages/generate/spill.js';

describe('OriginTable', () => {
  it('gives back every origin as pushed, rows compactly and anything else as given', () => {
    const origins: Origin[] = [
      { file: 'rows.csv', line: 2, entry: 'sources[0] (scenes) row 1', sourceId: 'scenes' },
      { file: 'rows.csv', line: 9, entry: 'sources[0] (scenes) row 7', sourceId: 'scenes' },
      { file: 'stac-ingest.yaml', entry: 'sources[1] (one)', sourceId: 'one' },
      { file: 'stac-ingest.yaml' },
      { file: 'x.csv', entry: 'sources[2] (odd) row 007' },
      { file: 'x.csv', line: 3, pointer: '/features/1', absolutePath: '/abs/x.csv' },
    ];
    const table = new OriginTable();
    for (let i = 0; i < 3000; i++)
      for (const o of origins) table.push({ ...o, ...(o.line ? { line: o.line + i } : {}) });
    expect(table.length).toBe(3000 * origins.length);
    for (const i of [0, 1, 1234, 2999])
      for (const [k, o] of origins.entries())
        expect(table.at(i * origins.length + k)).toStrictEqual({ ...o, ...(o.line ? { line: o.line + i } : {}) });
  });
});

describe('GeneratedSpill', () => {
  it('reads back the items in the order added, with their origins, counted per collection', async () => {
    const spills = async () => (await readdir(tmpdir())).filter((n) => n.startsWith('stac-ingest-generated-'));
    const before = await spills();
    const spill = await GeneratedSpill.open();
    const dir = path.join(
      tmpdir(),
      (await spills()).find((n) => !before.includes(n))!,
    );
    const item = (id: string, collection?: string) => ({
      type: 'Feature',
      id,
      ...(collection ? { collection } : {}),
      properties: { note: `line\nbreak ${id}` },
      bbox: parseJson('[10.0, 48.0, 12.5, 50]'),
    });
    const docs = [
      { doc: item('a', 'c1'), origin: { file: 'rows.csv', line: 2, entry: 'sources[0] (s) row 1', sourceId: 's' } },
      { doc: item('b'), origin: { file: 'rows.csv', line: 3, entry: 'sources[0] (s) row 2', sourceId: 's' } },
      { doc: item('c', 'c1'), origin: { file: 'rows.csv', line: 5, entry: 'sources[0] (s) row 3', sourceId: 's' } },
    ];
    for (const d of docs) await spill.add({ doc: cloneJson(d.doc), origin: { ...d.origin } });
    const stream = await spill.close();
    expect(Object.fromEntries(stream.counts)).toEqual({ c1: 2, '(no collection)': 1 });
    expect(stream.firsts?.map((f) => f.doc['id'])).toEqual(['a', 'b']);
    const items = [];
    for await (const d of stream.items()) items.push(d);
    expect(items).toEqual(docs);
    // numbers keep their text, as held items do
    expect(stringifyJson(items[0]!.doc['bbox'])).toBe('[10.0,48.0,12.5,50]');
    const units = [];
    for await (const u of stream.units()) units.push(u);
    expect(units.map((u) => [u.origin, JSON.parse(u.text!)])).toEqual(docs.map((d) => [d.origin, d.doc]));
    expect(existsSync(dir)).toBe(true);
    spill.remove();
    expect(existsSync(dir)).toBe(false);
  });
});

describe('GeneratedSpill left by a process that exits before its run finishes', () => {
  it('is removed at exit (the spilled items are not left in the temp folder)', () => {
    const child = path.join(import.meta.dirname, 'support', 'spill-child.ts');
    const out = (() => {
      try {
        return execFileSync(process.execPath, ['--import', 'tsx', child], { encoding: 'utf8' });
      } catch (err) {
        return (err as { stdout: string }).stdout;
      }
    })();
    const made = out.split('\n').filter(Boolean);
    expect(made).toHaveLength(1);
    expect(existsSync(path.join(tmpdir(), made[0]!))).toBe(false);
  }, 60_000);
});
