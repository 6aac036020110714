import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, LoadedDoc, StacObject } from '../src/model/stac.js';
import { RecordingLogger } from '../src/logging.js';
import { formatFinding, validateDocuments } from '../src/stages/validate/index.js';
import { findDuplicates } from '../src/stages/validate/duplicates.js';
import { createSchemaResolver, type SchemaResolver } from '../src/stages/validate/schema-resolver.js';
import { createSchemaValidator } from '../src/stages/validate/schema-validator.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { LOOPBACK_FETCH_POLICY } from './support/policy.js';

const MIRROR = bundledSchemaMirror()!;
const FIXTURES = fileURLToPath(new URL('./fixtures/stac/', import.meta.url));
const PROJ = 'https://stac-extensions.github.io/projection/v2.0.0/schema.json';

function offlineResolver(mirrors: string[] = [MIRROR]): SchemaResolver {
  return createSchemaResolver({ mirrors, network: false, logger: new RecordingLogger() });
}

async function loadDir(dir: string): Promise<LoadedDoc[]> {
  const names = (await readdir(path.join(FIXTURES, dir))).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (n) => ({
      doc: JSON.parse(await readFile(path.join(FIXTURES, dir, n), 'utf8')) as StacObject,
      origin: { file: `${dir}/${n}` },
    })),
  );
}

async function validItem(): Promise<StacObject> {
  return JSON.parse(await readFile(path.join(FIXTURES, 'valid/item.json'), 'utf8')) as StacObject;
}

function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.location.file ?? ''} ${f.rule}@${f.location.pointer ?? ''}`);
}

describe('validateDocuments', () => {
  it('passes the valid item (with two mirrored extensions), the 1.0.0 item and the collection', async () => {
    const report = await validateDocuments(await loadDir('valid'), { resolver: offlineResolver() });
    expect(report.findings.map(formatFinding)).toEqual([]);
    expect(report).toMatchObject({ checked: { items: 2, collections: 1 }, errors: 0, warnings: 0, ok: true });
  });

  it('reports every problem of the invalid fixtures with file, rule and exact pointer, in a stable order', async () => {
    const docs = await loadDir('invalid');
    const report = await validateDocuments(docs, { resolver: offlineResolver() });
    expect(where(report.findings)).toEqual([
      'invalid/aws-s3.json loader:aws-s3@/assets/data/description',
      'invalid/aws-s3.json loader:aws-s3@/properties/aws:s3_bucket',
      `invalid/bad-extension.json schema:${PROJ}@/properties/proj:code`,
      'invalid/catalog.json loader:type@/type',
      'invalid/collection-naive-interval.json loader:timezone@/extent/temporal/interval/0/1',
      'invalid/collection-naive-interval.json schema:core@/extent/temporal/interval/0/1',
      'invalid/extension-not-url.json loader:extension-url@/stac_extensions/0',
      'invalid/missing-extension.json schema:unavailable@/stac_extensions/0',
      'invalid/naive-datetime.json loader:timezone@/properties/datetime',
      'invalid/naive-datetime.json schema:core@/properties/datetime',
      'invalid/no-bbox.json schema:core@',
      'invalid/no-bbox.json loader:bbox@/bbox',
      'invalid/no-collection.json loader:collection@/collection',
      'invalid/null-geometry.json loader:null-geometry@/geometry',
      'invalid/start-without-end.json schema:core@/properties',
      'invalid/start-without-end.json loader:datetime@/properties/end_datetime',
      'invalid/unknown-field.json loader:unknown-field@/processing_notes',
    ]);
    expect(report).toMatchObject({ checked: { items: 10, collections: 1 }, errors: 16, warnings: 1, ok: false });

    // same findings in the same order whatever order the documents arrive in
    const again = await validateDocuments([...docs].reverse(), { resolver: offlineResolver() });
    expect(again.findings).toEqual(report.findings);
  });

  it('validates against a mirrored extension and says which extension failed and why', async () => {
    const doc = await validItem();
    (doc['properties'] as Record<string, unknown>)['proj:code'] = 4326;
    const report = await validateDocuments([{ doc, origin: { file: 'items/proj.json' } }], {
      resolver: offlineResolver(),
    });
    expect(report.findings).toEqual([
      {
        severity: 'error',
        rule: `schema:${PROJ}`,
        message: 'must be of type string or null (got 4326)',
        location: { file: 'items/proj.json', pointer: '/properties/proj:code' },
      },
    ]);
  });

  it('turns an extension that is not in the mirror (network off) into schema:unavailable naming the URL', async () => {
    const [doc] = (await loadDir('invalid')).filter((d) => d.origin.file.endsWith('missing-extension.json'));
    const report = await validateDocuments([doc!], { resolver: offlineResolver() });
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding?.rule).toBe('schema:unavailable');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('https://stac-extensions.github.io/not-mirrored/v1.0.0/schema.json');
    expect(finding?.message).toContain('network access is off');
    expect(finding?.message).toContain('--schema-mirror');
    expect(report.ok).toBe(false);
  });

  it('keeps oneOf noise out: one finding for a missing bbox and one for an unknown geometry type', async () => {
    const noBbox = await validItem();
    delete noBbox['bbox'];
    const badType = await validItem();
    badType['geometry'] = { type: 'Polygonn', coordinates: [] };
    const badCoords = await validItem();
    badCoords['geometry'] = { type: 'Polygon', coordinates: [1, 2] };
    const validator = createSchemaValidator({ resolver: offlineResolver(), logger: new RecordingLogger() });
    expect((await validator.validate(noBbox, { file: 'a' })).map((f) => `${f.location.pointer} ${f.message}`)).toEqual([
      " missing required property 'bbox'",
    ]);
    const typeFindings = await validator.validate(badType, { file: 'b' });
    expect(typeFindings).toHaveLength(1);
    expect(typeFindings[0]?.location.pointer).toBe('/geometry/type');
    expect(typeFindings[0]?.message).toMatch(/must be one of "Point", "LineString", "Polygon",.* \(got "Polygonn"\)/);
    expect(
      (await validator.validate(badCoords, { file: 'c' })).map((f) => `${f.location.pointer} ${f.message}`),
    ).toEqual([
      '/geometry/coordinates/0 must be of type array (got 1)',
      '/geometry/coordinates/1 must be of type array (got 2)',
    ]);
  });

  it('caps the findings per schema with one "N more" finding', async () => {
    const doc = await validItem();
    doc['links'] = [
      { rel: 'collection', href: './collection.json' },
      ...Array.from({ length: 60 }, (_, i) => ({ rel: `r${i}` })),
    ];
    const findings = await createSchemaValidator({
      resolver: offlineResolver(),
      logger: new RecordingLogger(),
    }).validate(doc, { file: 'a.json' });
    expect(findings).toHaveLength(26);
    expect(findings[0]?.location.pointer).toBe('/links/1');
    expect(findings[25]?.message).toBe(
      '35 more errors against https://schemas.stacspec.org/v1.1.0/item-spec/json-schema/item.json not shown',
    );
  });

  it('explains the STAC 1.1 rule that an item with `collection` needs a collection link', async () => {
    const doc = await validItem();
    doc['links'] = [];
    const report = await validateDocuments([{ doc, origin: { file: 'a.json' } }], { resolver: offlineResolver() });
    expect(where(report.findings)).toEqual(['a.json schema:core@/collection']);
    expect(report.findings[0]?.message).toMatch(/no link has rel "collection"/);
  });

  it('reports duplicate item ids per collection and duplicate collection ids, naming both places', async () => {
    const item = await validItem();
    const collection = JSON.parse(await readFile(path.join(FIXTURES, 'valid/collection.json'), 'utf8')) as StacObject;
    const other = { ...item, collection: 'other-collection', links: [{ rel: 'collection', href: './other.json' }] };
    const docs: LoadedDoc[] = [
      { doc: item, origin: { file: 'items.ndjson', line: 1 } },
      { doc: other, origin: { file: 'items.ndjson', line: 2 } },
      { doc: item, origin: { file: 'items.ndjson', line: 7 } },
      { doc: collection, origin: { file: 'collection.json' } },
      { doc: collection, origin: { file: 'copy/collection.json' } },
    ];
    const report = await validateDocuments(docs, { resolver: offlineResolver() });
    expect(where(report.findings)).toEqual([
      'copy/collection.json duplicate:collection@/id',
      'items.ndjson duplicate:item@/id',
    ]);
    expect(report.findings[1]?.location.line).toBe(7);
    expect(report.findings[1]?.message).toContain(
      "duplicate item 'demo-item-1' in collection 'demo-collection': also at items.ndjson:1",
    );
    expect(report.findings[0]?.message).toContain('also at collection.json');

    // the collection a source assigns is the one that counts
    const sameId = findDuplicates([
      { doc: { ...item, collection: 'a' }, origin: { file: 'x.json' }, collection: 'forced' },
      { doc: { ...item, collection: 'b' }, origin: { file: 'y.json' }, collection: 'forced' },
    ]);
    expect(sameId.map((f) => f.location.file)).toEqual(['y.json']);
  });

  it('applies the collection a source assigns and the warning budget', async () => {
    const [unknownField] = (await loadDir('invalid')).filter((d) => d.origin.file.endsWith('unknown-field.json'));
    const noCollection = await validItem();
    delete noCollection['collection'];
    noCollection['links'] = [];
    const docs: LoadedDoc[] = [unknownField!, { doc: noCollection, origin: { file: 'generated/x.json' } }];
    // the source assigns the collection (manifest `collection`)
    const assigned = [docs[0]!, { ...docs[1]!, collection: 'demo-collection' }];
    const lenient = await validateDocuments(assigned, { resolver: offlineResolver() });
    expect(lenient).toMatchObject({ errors: 0, warnings: 1, ok: true });
    const strict = await validateDocuments(assigned, { resolver: offlineResolver(), maxWarnings: 0 });
    expect(strict).toMatchObject({ errors: 0, warnings: 1, ok: false });
    const noOverride = await validateDocuments(docs, { resolver: offlineResolver() });
    expect(where(noOverride.findings)).toContain('generated/x.json loader:collection@/collection');
  });

  it('validates 2,000 generated items from an async stream, compiling each schema once', async () => {
    const base = offlineResolver();
    const requests = new Map<string, number>();
    const counting: SchemaResolver = {
      resolve(url) {
        requests.set(url, (requests.get(url) ?? 0) + 1);
        return base.resolve(url);
      },
    };
    const template = await validItem();
    async function* generate(): AsyncGenerator<LoadedDoc> {
      for (let i = 0; i < 2000; i++) {
        const doc = structuredClone(template);
        doc['id'] = `item-${i}`;
        if (i === 1234) (doc['properties'] as Record<string, unknown>)['datetime'] = '2020-01-01T00:00:00';
        yield { doc, origin: { file: 'items.ndjson', line: i + 1 } };
      }
    }
    const report = await validateDocuments(generate(), {
      validator: createSchemaValidator({ resolver: counting, logger: new RecordingLogger() }),
    });
    expect(report.checked.items).toBe(2000);
    expect(where(report.findings)).toEqual([
      'items.ndjson loader:timezone@/properties/datetime',
      'items.ndjson schema:core@/properties/datetime',
    ]);
    expect(report.findings.every((f) => f.location.line === 1235)).toBe(true);
    expect(requests.get('https://schemas.stacspec.org/v1.1.0/item-spec/json-schema/item.json')).toBe(1);
    expect(requests.get(PROJ)).toBe(1);
    expect(Math.max(...requests.values())).toBe(1);
  });

  it('formats a finding as file:line at pointer: rule: message', () => {
    const text = formatFinding({
      severity: 'error',
      rule: 'loader:timezone',
      message: "datetime '2020-01-01T00:00:00' has no timezone; add 'Z' or an offset",
      location: { file: 'items/a.json', line: 1, pointer: '/properties/datetime' },
    });
    expect(text).toBe(
      'items/a.json:1 at /properties/datetime: loader:timezone: ' +
        "datetime '2020-01-01T00:00:00' has no timezone; add 'Z' or an offset",
    );
  });
});

describe('schema drafts and unusual schemas', () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'stac-ingest-validate-'));
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  async function mirrorSchema(url: string, schema: object): Promise<void> {
    const u = new URL(url);
    const file = path.join(tmp, u.host, ...u.pathname.split('/').filter(Boolean));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(schema));
  }

  it('validates a 2020-12 extension with its own keywords, and reports a draft-04 one as unavailable', async () => {
    const ext2020 = 'https://example.com/ext2020/v1.0.0/schema.json';
    const ext04 = 'https://example.com/ext04/v1.0.0/schema.json';
    await mirrorSchema(ext2020, {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { properties: { type: 'object', dependentRequired: { 'demo:a': ['demo:b'] } } },
    });
    await mirrorSchema(ext04, { $schema: 'http://json-schema.org/draft-04/schema#', type: 'object' });
    const resolver = offlineResolver([tmp, MIRROR]);
    const doc = await validItem();
    doc['stac_extensions'] = [ext2020, ext04];
    (doc['properties'] as Record<string, unknown>)['demo:a'] = 1;
    const report = await validateDocuments([{ doc, origin: { file: 'a.json' } }], { resolver });
    // findings are in pointer order; the unavailable one is located at the stac_extensions entry naming it
    expect(where(report.findings)).toEqual([
      `a.json schema:${ext2020}@/properties`,
      `a.json schema:unavailable@/stac_extensions/1`,
    ]);
    expect(report.findings[1]?.message).toContain('draft-04');
    expect(report.findings[0]?.message).toContain('demo:b');
  });

  describe('with a schema server on 127.0.0.1', () => {
    let server: Server;
    let base: string;
    let hits: number;
    beforeEach(async () => {
      hits = 0;
      server = createServer((req, res) => {
        hits++;
        const schemas: Record<string, object> = {
          '/demo/v1.0.0/schema.json': {
            $schema: 'http://json-schema.org/draft-07/schema#',
            type: 'object',
            properties: { properties: { $ref: 'definitions.json#/definitions/fields' } },
          },
          '/demo/v1.0.0/definitions.json': {
            $schema: 'http://json-schema.org/draft-07/schema#',
            definitions: {
              fields: { type: 'object', required: ['demo:field'], properties: { 'demo:field': { type: 'string' } } },
            },
          },
        };
        const body = schemas[req.url ?? ''];
        if (body === undefined) res.writeHead(404).end();
        else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterEach(async () => {
      if (!server.listening) return;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it(
      'fetches an extension and its $ref once, caches them on disk, ' + 'and uses the cache with the network off',
      async () => {
        const ext = `${base}/demo/v1.0.0/schema.json`;
        const cacheDir = path.join(tmp, 'cache');
        const good = await validItem();
        good['stac_extensions'] = [ext];
        (good['properties'] as Record<string, unknown>)['demo:field'] = 'ok';
        const bad = structuredClone(good);
        bad['id'] = 'bad';
        delete (bad['properties'] as Record<string, unknown>)['demo:field'];
        const docs: LoadedDoc[] = [
          { doc: good, origin: { file: 'good.json' } },
          { doc: bad, origin: { file: 'bad.json' } },
        ];
        const expected = [
          {
            severity: 'error',
            rule: `schema:${ext}`,
            message: "missing required property 'demo:field'",
            location: { file: 'bad.json', pointer: '/properties' },
          },
        ];

        const online = createSchemaResolver({
          mirrors: [MIRROR],
          cacheDir,
          network: true,
          fetchPolicy: LOOPBACK_FETCH_POLICY,
          logger: new RecordingLogger(),
        });
        expect((await validateDocuments(docs, { resolver: online })).findings).toEqual(expected);
        expect(hits).toBe(2);

        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        const offline = createSchemaResolver({
          mirrors: [MIRROR],
          cacheDir,
          network: false,
          fetchPolicy: LOOPBACK_FETCH_POLICY,
          logger: new RecordingLogger(),
        });
        expect((await validateDocuments(docs, { resolver: offline })).findings).toEqual(expected);

        const noCache = createSchemaResolver({ mirrors: [MIRROR], network: false, logger: new RecordingLogger() });
        const report = await validateDocuments(docs, { resolver: noCache });
        expect(report.findings.map((f) => f.rule)).toEqual(['schema:unavailable', 'schema:unavailable']);
        expect(report.findings[0]?.message).toContain(ext);
      },
    );
  });
});
