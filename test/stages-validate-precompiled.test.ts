import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RecordingLogger } from '../src/logging.js';
import type { LoadedDoc, StacObject } from '../src/model/stac.js';
import { validateDocuments } from '../src/stages/validate/index.js';
import { bundledSchemaMirror, PRECOMPILED_NAME } from '../src/stages/validate/bundled.js';
import { createSchemaResolver } from '../src/stages/validate/schema-resolver.js';
import { createSchemaValidator } from '../src/stages/validate/schema-validator.js';
import { precompileValidators } from '../src/stages/validate/compiled-code.js';
import { PrecompiledValidators } from '../src/stages/validate/precompiled.js';
import { EXTENSIONS, scaleItem } from '../bench/scale/corpus.js';

const BUNDLED = bundledSchemaMirror()!;
const FIXTURES = fileURLToPath(new URL('./fixtures/stac/', import.meta.url));
const CORE = (v: string, t: string) => `https://schemas.stacspec.org/v${v}/${t}-spec/json-schema/${t}.json`;
const PROJ = 'https://stac-extensions.github.io/projection/v2.0.0/schema.json';
const URLS = [
  ...['1.0.0', '1.1.0'].flatMap((v) => ['item', 'collection', 'catalog'].map((t) => CORE(v, t))),
  ...EXTENSIONS,
  'https://stac-extensions.github.io/eo/v1.0.0/schema.json',
];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'precompiled-'));
  const resolver = createSchemaResolver({
    mirrors: [],
    bundled: BUNDLED,
    network: false,
    logger: new RecordingLogger(),
  });
  const { meta, files } = await precompileValidators(URLS, (u) => resolver.resolve(u), new RecordingLogger());
  for (const [file, code] of files) await writeFile(path.join(dir, file), code);
  await writeFile(path.join(dir, `${PRECOMPILED_NAME}.json`), JSON.stringify(meta));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every fixture plus corpus items broken in ways each schema notices. */
async function documents(): Promise<LoadedDoc[]> {
  const docs: LoadedDoc[] = [];
  for (const sub of ['valid', 'invalid']) {
    for (const name of (await readdir(path.join(FIXTURES, sub))).sort()) {
      const doc = JSON.parse(await readFile(path.join(FIXTURES, sub, name), 'utf8')) as StacObject;
      docs.push({ doc, origin: { file: `${sub}/${name}` } });
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach deep into items
  type Doc = Record<string, any>;
  const broken: Array<(d: Doc) => void> = [
    () => undefined,
    (d) => (d['properties']['eo:cloud_cover'] = 120),
    (d) => (d['properties']['proj:code'] = 4326),
    (d) => (d['assets']['B02']['raster:bands'][0]['data_type'] = 'uint13'),
    (d) => (d['properties']['view:off_nadir'] = 'none'),
    (d) => (d['geometry'] = { type: 'Polygon', coordinates: [[1, 2]] }),
    (d) => delete d['properties']['datetime'],
  ];
  broken.forEach((edit, i) => {
    const doc = scaleItem(i) as Doc;
    edit(doc);
    docs.push({ doc, origin: { file: 'corpus.ndjson', line: i + 1 } });
  });
  return docs;
}

function counting(inner: PrecompiledValidators): { precompiled: PrecompiledValidators; used: Set<string> } {
  const used = new Set<string>();
  const precompiled = Object.create(inner) as PrecompiledValidators;
  precompiled.get = async (url, resolve) => {
    const v = await inner.get(url, resolve);
    if (v !== undefined) used.add(url);
    return v;
  };
  return { precompiled, used };
}

describe('precompiled validators', () => {
  it('give the same findings as validators compiled at run time, and are used for every bundled schema', async () => {
    const docs = await documents();
    const run = (precompiled: PrecompiledValidators | null, mirrors: string[] = []) => {
      const logger = new RecordingLogger();
      const resolver = createSchemaResolver({ mirrors, bundled: BUNDLED, network: false, logger });
      return validateDocuments(docs, { validator: createSchemaValidator({ resolver, logger, precompiled }) });
    };
    const compiled = await run(null);
    const { precompiled, used } = counting(new PrecompiledValidators(dir, new RecordingLogger()));
    const fast = await run(precompiled);
    expect(fast.findings).toEqual(compiled.findings);
    expect(compiled.findings.filter((f) => f.location.file === 'corpus.ndjson').map((f) => f.location.line)).toEqual(
      expect.arrayContaining([2, 3, 4, 5, 6, 7]),
    );
    // every schema these documents need is in the precompiled set (eo v1.0.0 and the 1.0.0 collection go unused)
    expect([...used].sort()).toEqual(
      [
        CORE('1.0.0', 'item'),
        CORE('1.1.0', 'item'),
        CORE('1.1.0', 'collection'),
        CORE('1.1.0', 'catalog'),
        ...EXTENSIONS,
      ].sort(),
    );
  });

  it('are not used for a schema a mirror holds another copy of', async () => {
    const mirror = path.join(dir, 'mirror');
    const file = path.join(mirror, 'stac-extensions.github.io', 'projection', 'v2.0.0', 'schema.json');
    await mkdir(path.dirname(file), { recursive: true });
    const original = JSON.parse(
      await readFile(path.join(BUNDLED, 'stac-extensions.github.io/projection/v2.0.0/schema.json'), 'utf8'),
    );
    await writeFile(file, JSON.stringify({ ...original, required: ['properties', 'never-there'] }));
    const logger = new RecordingLogger();
    const resolver = createSchemaResolver({ mirrors: [mirror], bundled: BUNDLED, network: false, logger });
    const { precompiled, used } = counting(new PrecompiledValidators(dir, logger));
    const report = await validateDocuments([{ doc: scaleItem(1), origin: { file: 'x.json' } }], {
      validator: createSchemaValidator({ resolver, logger, precompiled }),
    });
    expect(used.has(PROJ)).toBe(false);
    expect(used.has(CORE('1.1.0', 'item'))).toBe(true);
    expect(report.findings.map((f) => [f.rule, f.message])).toEqual([
      [`schema:${PROJ}`, "missing required property 'never-there'"],
    ]);
  });
});
