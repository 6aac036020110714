import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding, StacObject } from '../src/model/stac.js';
import { stringifyJson, parseJson } from '../src/json.js';
import {
  checkLoaderRules,
  findText,
  loaderRuleProblems,
  SNS_MAX_BYTES,
  type LoaderRuleOptions,
} from '../src/stages/validate/loader-rules.js';
import { withCollection } from '../src/sources/with-collection.js';

const FIXTURES = new URL('./fixtures/stac/', import.meta.url);
const readFixture = (name: string): StacObject =>
  JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as StacObject;

function item(): StacObject {
  return readFixture('valid/item.json');
}

function props(doc: StacObject): Record<string, unknown> {
  return doc['properties'] as Record<string, unknown>;
}

/** `rule@pointer` for every finding, for exact comparisons. */
function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.location.pointer ?? ''}`).sort();
}

const origin = { file: 'items/a.json' };

describe('checkLoaderRules', () => {
  it('finds nothing in the valid item and collection fixtures', () => {
    expect(checkLoaderRules(item(), origin)).toEqual([]);
    expect(checkLoaderRules(readFixture('valid/collection.json'), origin)).toEqual([]);
    expect(checkLoaderRules(readFixture('valid/item-v1.0.0.json'), origin)).toEqual([]);
  });

  it('requires a collection on items unless the source assigns one', () => {
    const doc = item();
    delete doc['collection'];
    const findings = checkLoaderRules(doc, origin);
    expect(where(findings)).toEqual(['loader:collection@/collection']);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.location.file).toBe('items/a.json');
    expect(checkLoaderRules(doc, origin, { overrideCollection: 'demo-collection' })).toEqual([]);
    doc['collection'] = '';
    expect(where(checkLoaderRules(doc, origin))).toEqual(['loader:collection@/collection']);
  });

  it('flags naive datetimes in typed properties and collection intervals, with the value in the message', () => {
    const doc = item();
    props(doc)['datetime'] = '2020-01-01T00:00:00';
    props(doc)['updated'] = '2020-01-01';
    // stac-pydantic's Asset types no datetime: the loader stores this one verbatim (the STAC schema checks it)
    (doc['assets'] as Record<string, Record<string, unknown>>)['data']!['created'] = '2020-01-01 10:00:00';
    const findings = checkLoaderRules(doc, origin);
    expect(where(findings)).toEqual(['loader:timezone@/properties/datetime', 'loader:timezone@/properties/updated']);
    expect(findings.find((f) => f.location.pointer === '/properties/datetime')?.message).toBe(
      "datetime '2020-01-01T00:00:00' has no timezone; add 'Z' or an offset",
    );

    const collection = readFixture('invalid/collection-naive-interval.json');
    expect(where(checkLoaderRules(collection, origin))).toEqual(['loader:timezone@/extent/temporal/interval/0/1']);
  });

  it('accepts offsets and rejects strings that are not datetimes', () => {
    const doc = item();
    props(doc)['datetime'] = '2021-01-01T05:00:00.5+05:00';
    props(doc)['created'] = 'yesterday';
    expect(where(checkLoaderRules(doc, origin))).toEqual(['loader:datetime@/properties/created']);
  });

  it('checks the datetime / start_datetime / end_datetime combinations the loader needs', () => {
    const doc = item();
    delete props(doc)['datetime'];
    expect(where(checkLoaderRules(doc, origin))).toEqual(['loader:datetime@/properties/datetime']);
    props(doc)['datetime'] = null;
    expect(where(checkLoaderRules(doc, origin))).toEqual(['loader:datetime@/properties/datetime']);
    props(doc)['start_datetime'] = '2020-01-01T00:00:00Z';
    expect(where(checkLoaderRules(doc, origin))).toEqual(['loader:datetime@/properties/end_datetime']);
    props(doc)['end_datetime'] = '2020-02-01T00:00:00Z';
    expect(checkLoaderRules(doc, origin)).toEqual([]);
    delete props(doc)['start_datetime'];
    props(doc)['datetime'] = '2020-01-01T00:00:00Z';
    expect(where(checkLoaderRules(doc, origin))).toEqual(['loader:datetime@/properties/start_datetime']);
  });

  it('rejects a null geometry and a geometry without bbox', () => {
    const nullGeometry = readFixture('invalid/null-geometry.json');
    const findings = checkLoaderRules(nullGeometry, origin);
    expect(where(findings)).toEqual(['loader:null-geometry@/geometry']);
    expect(findings[0]?.message).toMatch(/NOT NULL/);
    expect(where(checkLoaderRules(readFixture('invalid/no-bbox.json'), origin))).toEqual(['loader:bbox@/bbox']);
  });

  it('rejects stac_extensions entries that are not URLs', () => {
    const doc = item();
    doc['stac_extensions'] = ['https://stac-extensions.github.io/eo/v1.1.0/schema.json', 'eo', 42];
    expect(where(checkLoaderRules(doc, origin))).toEqual([
      'loader:extension-url@/stac_extensions/1',
      'loader:extension-url@/stac_extensions/2',
    ]);
  });

  it('names the size of a document over the SNS limit', () => {
    const doc = item();
    props(doc)['notes'] = 'x'.repeat(SNS_MAX_BYTES);
    const findings = checkLoaderRules(doc, origin);
    expect(where(findings)).toEqual(['loader:size@']);
    const bytes = Buffer.byteLength(JSON.stringify(doc));
    expect(findings[0]?.message).toContain(`${bytes.toLocaleString('en-US')} bytes`);
    expect(findings[0]?.message).toContain('262,144');
    // just under the limit passes
    props(doc)['notes'] = 'x'.repeat(SNS_MAX_BYTES - (bytes - SNS_MAX_BYTES) - 1);
    expect(Buffer.byteLength(JSON.stringify(doc))).toBe(SNS_MAX_BYTES - 1);
    expect(checkLoaderRules(doc, origin)).toEqual([]);
  });

  it('points at every key and string value containing aws:s3', () => {
    const findings = checkLoaderRules(readFixture('invalid/aws-s3.json'), origin);
    expect(where(findings)).toEqual([
      'loader:aws-s3@/assets/data/description',
      'loader:aws-s3@/properties/aws:s3_bucket',
    ]);
    expect(findings.find((f) => f.location.pointer === '/properties/aws:s3_bucket')?.message).toMatch(
      /key contains "aws:s3"/,
    );
    expect(findText({ 'a/b': ['ok', 'see aws:s3'] }, 'aws:s3')).toEqual([{ pointer: '/a~1b/1', inKey: false }]);
  });

  it('warns about top-level item fields the loader drops, but not on collections', () => {
    const findings = checkLoaderRules(readFixture('invalid/unknown-field.json'), origin);
    expect(where(findings)).toEqual(['loader:unknown-field@/processing_notes']);
    expect(findings[0]?.severity).toBe('warning');
    const collection = readFixture('valid/collection.json');
    collection['summaries'] = { platform: ['demo'] };
    collection['custom'] = true;
    expect(checkLoaderRules(collection, origin)).toEqual([]);
  });

  it('rejects a missing type, a type the loader cannot load, and an empty id', () => {
    const doc = item();
    delete doc['type'];
    expect(where(checkLoaderRules(doc, origin))).toEqual(['loader:type@']);
    expect(where(checkLoaderRules(readFixture('invalid/catalog.json'), origin))).toEqual(['loader:type@/type']);
    const empty = item();
    empty['id'] = '';
    expect(where(checkLoaderRules(empty, origin))).toEqual(['loader:id@/id']);
  });

  it('prefixes pointers with the origin pointer (a FeatureCollection member)', () => {
    const doc = item();
    delete doc['collection'];
    const [finding] = checkLoaderRules(doc, { file: 'all.geojson', pointer: '/features/3' });
    expect(finding?.location).toEqual({ file: 'all.geojson', pointer: '/features/3/collection' });
  });
});

describe('loader rules: quote in the collection id', () => {
  it("warns about ' in the collection id (the loader's unquoted SQL)", () => {
    const item = {
      type: 'Feature',
      stac_version: '1.1.0',
      id: 'x',
      collection: "o'brien",
      geometry: { type: 'Point', coordinates: [0, 0] },
      bbox: [0, 0, 0, 0],
      properties: { datetime: '2020-01-01T00:00:00Z' },
      links: [],
      assets: {},
    };
    const findings = checkLoaderRules(item, { file: 'a.json' });
    expect(findings.map((f) => [f.severity, f.rule, f.location.pointer])).toEqual([
      ['warning', 'loader:collection-quote', '/collection'],
    ]);
    expect(checkLoaderRules({ ...item, collection: 'plain' }, { file: 'a.json' })).toEqual([]);
  });
});

describe('loader rules: the source text settles the message checks', () => {
  /** The findings with the source text given, and those from serializing the document. */
  function both(text: string, override?: string): [unknown, unknown] {
    let doc = parseJson(text) as StacObject;
    if (override !== undefined) doc = withCollection(doc, override);
    const options: LoaderRuleOptions = override === undefined ? {} : { overrideCollection: override };
    return [loaderRuleProblems(doc, { ...options, sourceText: text }), loaderRuleProblems(doc, options)];
  }

  it('finds what serializing the document finds, near the size limit, with escapes and an assigned collection', () => {
    const base = item();
    const sized = (bytes: number, indent = 0): string => {
      const d = { ...base, properties: { ...props(base), 'my:pad': '' } };
      const empty = stringifyJson(d, indent).length;
      (d.properties as Record<string, unknown>)['my:pad'] = 'x'.repeat(Math.max(0, bytes - empty));
      return stringifyJson(d, indent);
    };
    const texts = [
      stringifyJson(base),
      stringifyJson(base, 2),
      sized(SNS_MAX_BYTES),
      sized(SNS_MAX_BYTES + 1),
      sized(SNS_MAX_BYTES + 40, 2), // over as text, within the limit once serialized
      sized(SNS_MAX_BYTES - 100).replace('"my:pad":"', '"my:pad":"\\u00e9\\u00e9'),
      sized(SNS_MAX_BYTES - 20).replace('"my:pad":"', '"my:pad":"ééé'),
      stringifyJson({ ...base, properties: { ...props(base), note: 'aws\u003as3' } }).replace('aws:s3', 'aws\\u003as3'),
      stringifyJson({ ...base, 'aws:s3': 1 }),
      stringifyJson({ ...base, properties: { ...props(base), note: 'a "quoted" \\ aws:s3' } }),
    ];
    let sizeFindings = 0;
    let markerFindings = 0;
    for (const text of texts)
      for (const override of [undefined, 'assigned', 'aws:s3-collection', 'c'.repeat(200)]) {
        const [withText, serialized] = both(text, override);
        expect(withText, `${text.slice(0, 80)} (${override})`).toEqual(serialized);
        const rules = (serialized as { rule: string }[]).map((f) => f.rule);
        if (rules.includes('loader:size')) sizeFindings++;
        if (rules.includes('loader:aws-s3')) markerFindings++;
      }
    expect(sizeFindings).toBeGreaterThan(3);
    expect(markerFindings).toBeGreaterThan(8);
  });
});

describe('loader rules: a top-level member named like an Object.prototype property (issue 12)', () => {
  it('is an unknown field the loader drops, like any other', () => {
    for (const k of ['toString', 'constructor']) {
      const findings = checkLoaderRules({ ...item(), [k]: 'x' }, origin);
      expect(where(findings), k).toEqual([`loader:unknown-field@/${k}`]);
    }
  });
});
