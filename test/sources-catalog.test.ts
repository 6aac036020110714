import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './support/errors.js';
import { readCatalog } from '../src/sources/catalog.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const entry = 'sources[3] (dps)';

const item = (id: string) => ({
  type: 'Feature',
  stac_version: '1.0.0',
  id,
  properties: {},
  geometry: null,
  links: [],
  assets: { data: { href: `./${id}.tif` } },
});
const catalog = (id: string, links: { rel: string; href: string }[]) => ({
  type: 'Catalog',
  stac_version: '1.0.0',
  id,
  description: id,
  links,
});

describe('readCatalog', () => {
  let dir = '';
  const write = async (name: string, value: unknown) => {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'catalog-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('walks child and item links depth first, each item once, keeping the item JSON as is', async () => {
    const docs = await readCatalog('inputs/catalog/catalog.json', fixtures, entry);
    expect(docs.map((d) => [d.doc['id'], d.origin])).toEqual([
      [
        'item-a',
        {
          file: 'inputs/catalog/item-a/item-a.json',
          absolutePath: join(fixtures, 'inputs/catalog/item-a/item-a.json'),
          entry,
        },
      ],
      [
        'item-b',
        {
          file: 'inputs/catalog/collection/item-b/item-b.json',
          absolutePath: join(fixtures, 'inputs/catalog/collection/item-b/item-b.json'),
          entry,
        },
      ],
    ]);
    expect(docs[0]?.doc['assets']).toEqual({ data: { href: './item-a.tif' } });
  });

  it('takes an absolute path or a file:// URL for the root', async () => {
    const abs = join(fixtures, 'inputs/catalog/catalog.json');
    expect((await readCatalog(abs, fixtures, entry)).map((d) => d.doc['id'])).toEqual(['item-a', 'item-b']);
    expect((await readCatalog(pathToFileURL(abs).href, fixtures, entry)).map((d) => d.doc['id'])).toEqual([
      'item-a',
      'item-b',
    ]);
  });

  it('names the catalog file and the JSON pointer of a broken link', async () => {
    const err = await failure(readCatalog('inputs/catalog-broken/catalog.json', fixtures, entry));
    expect(err.location).toEqual({ file: 'inputs/catalog-broken/catalog.json', pointer: '/links/3/href', entry });
    expect(err.message).toBe(
      "inputs/catalog-broken/catalog.json: item link './missing/item.json' is broken: no such file",
    );
    expect(err.hint).toContain(join('inputs/catalog-broken/missing/item.json'));
  });

  it('reports a cycle of child links at the link that closes it', async () => {
    const err = await failure(readCatalog('inputs/catalog-cycle/catalog.json', fixtures, entry));
    expect(err.location).toEqual({ file: 'inputs/catalog-cycle/sub/catalog.json', pointer: '/links/1/href', entry });
    expect(err.message).toBe(
      "inputs/catalog-cycle/sub/catalog.json: child link '../catalog.json' leads back to " +
        'inputs/catalog-cycle/catalog.json, which contains this catalog (a cycle)',
    );
  });

  it('visits a catalog reached twice (not a cycle) only once', async () => {
    await write(
      'diamond/catalog.json',
      catalog('root', [
        { rel: 'child', href: 'a/catalog.json' },
        { rel: 'child', href: 'b/catalog.json' },
      ]),
    );
    await write('diamond/a/catalog.json', catalog('a', [{ rel: 'child', href: '../shared/catalog.json' }]));
    await write('diamond/b/catalog.json', catalog('b', [{ rel: 'child', href: '../shared/catalog.json' }]));
    await write('diamond/shared/catalog.json', catalog('shared', [{ rel: 'item', href: 'x.json' }]));
    await write('diamond/shared/x.json', item('x'));
    const docs = await readCatalog('diamond/catalog.json', dir, entry);
    expect(docs.map((d) => [d.doc['id'], d.origin.file])).toEqual([['x', 'diamond/shared/x.json']]);
  });

  it('reads remote roots only with a reader for them, and says which one is missing', async () => {
    const err = await failure(readCatalog('s3://bucket/catalog.json', dir, entry));
    expect(err.message).toMatch(/s3:\/\/bucket\/catalog\.json/);
    expect(err.message).toMatch(/S3/i);
  });

  it('locates JSON syntax errors in linked files', async () => {
    await write('syntax/catalog.json', catalog('s', [{ rel: 'item', href: 'item.json' }]));
    await write('syntax/item.json', '{\n  "type": "Feature",\n  "id": "x",\n}\n');
    const err = await failure(readCatalog('syntax/catalog.json', dir, entry));
    expect(err.location).toEqual({ file: 'syntax/item.json', line: 4, column: 1, entry });
    expect(err.message).toBe(
      "syntax/item.json is not valid JSON: expected a property name (no trailing comma before '}'), found '}'",
    );
  });

  it('checks that roots are catalogs, child links lead to catalogs and item links to items', async () => {
    await write('kinds/item.json', item('i'));
    const root = await failure(readCatalog('kinds/item.json', dir, entry));
    expect(root.message).toBe('catalog kinds/item.json, which is Feature, not a STAC Catalog or Collection');
    expect(root.location).toMatchObject({ file: 'kinds/item.json', entry });
    await write('kinds/catalog.json', catalog('k', [{ rel: 'child', href: 'item.json' }]));
    const child = await failure(readCatalog('kinds/catalog.json', dir, entry));
    expect(child.location).toEqual({ file: 'kinds/catalog.json', pointer: '/links/0/href', entry });
    expect(child.hint).toContain('rel "item"');
    await write('kinds/catalog2.json', catalog('k2', [{ rel: 'item', href: 'catalog.json' }]));
    const itemLink = await failure(readCatalog('kinds/catalog2.json', dir, entry));
    expect(itemLink.message).toBe(
      'kinds/catalog2.json: item link \'catalog.json\' leads to Catalog, not a STAC Item (type "Feature")',
    );
    await write('kinds/nohref.json', catalog('n', [{ rel: 'item', href: '' }]));
    expect((await failure(readCatalog('kinds/nohref.json', dir, entry))).location).toEqual({
      file: 'kinds/nohref.json',
      pointer: '/links/0/href',
      entry,
    });
  });

  it('says when the root catalog is missing', async () => {
    const err = await failure(readCatalog('absent/catalog.json', dir, entry));
    expect(err.message).toMatch(/^catalog absent\/catalog\.json cannot be read: no such file/);
    expect(err.location).toEqual({ file: 'absent/catalog.json', entry });
  });
});
