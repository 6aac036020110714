import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkCatalogItems } from '../src/sources/catalog-walker.js';
import { openReads } from '../src/sources/guarded-read.js';
import { writeCatalogTree } from '../bench/scale/corpus.js';

/**
 * The catalog walker remembers which items it read (an item linked twice is read once) in a spilled key set
 * (src/model/key-set.ts, issue 12): a few bytes per item, where a Set of their locations grew ~150 bytes per item (a
 * million-item catalog: ~150 MB for the set alone).
 */
const ITEMS = 20_000;
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'walker-memory-'));
  // small items, 200 to a sub-catalog (whose links are let go once walked)
  const item = (i: number) => ({ type: 'Feature', stac_version: '1.1.0', id: `i${i}`, properties: {}, links: [] });
  await writeCatalogTree(path.join(dir, 'catalog'), ITEMS, item, 200);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the catalog walker', () => {
  it(`remembers ${ITEMS} items read in under 60 bytes of heap each`, async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const root = path.join(dir, 'catalog', 'catalog.json');
    const options = { rootMustBeCatalog: false };
    const before = heap();
    let n = 0;
    let perItem = Number.NaN;
    for await (const d of walkCatalogItems(root, dir, 'sources[0] (x)', openReads({}, [root]), options)) {
      expect(d.doc['id']).toBe(`i${n}`);
      // measured at the last item, while the walk still holds what it remembers
      if (++n === ITEMS) perItem = (heap() - before) / ITEMS;
    }
    expect(n).toBe(ITEMS);
    expect(perItem, `${perItem.toFixed(0)} bytes per item`).toBeLessThan(60);
  }, 120_000);
});
