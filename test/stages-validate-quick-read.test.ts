/**
 * Validation reads a document's text by `JSON.parse` alone (no number keeps its text) when the loader rules need
 * no number's text, and by the exact parse otherwise (src/stages/validate/check-unit.ts): its findings must be the
 * exact parse's for every text, whichever way it was read.
 */
import { describe, expect, it } from 'vitest';
import { scaleItem } from '../bench/scale/corpus.js';
import { stringifyJson } from '../src/json.js';
import type { SourceDoc } from '../src/model/stac.js';
import { parseUnit, parseUnitQuickly } from '../src/sources/units.js';
import { checkUnit } from '../src/stages/validate/check-unit.js';
import { loaderRuleProblems, quickLoaderRuleProblems } from '../src/stages/validate/loader-rules.js';
import { collectionGen, itemGen, seeded, toDoc } from './support/stac-generator.js';
import { badDocuments } from './support/stac-mutations.js';
import { fuzzQuickRead } from './support/quick-read-fuzz.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are edited freely
type Doc = Record<string, any>;

const item = (edit: (d: Doc) => void): string => {
  const d = scaleItem(1) as Doc;
  edit(d);
  return JSON.stringify(d);
};

/** Texts whose numbers, nesting or form matter to the loader rules or to the reading. */
const EDGE_TEXTS = [
  item((d) => (d.properties['x:big'] = 1)).replace('"x:big":1', '"x:big":100000000000000000000'),
  item((d) => (d.properties['x:big'] = 1)).replace('"x:big":1', '"x:big":-9223372036854775809'),
  item((d) => (d.properties['x:big'] = 1)).replace('"x:big":1', '"x:big":9223372036854775807'),
  item((d) => (d.properties.gsd = 1)).replace('"gsd":1', '"gsd":1e-400'),
  item((d) => (d.properties.datetime = 1)).replace('"datetime":1', '"datetime":1577836800.0'),
  item((d) => (d.geometry = 1)).replace('"geometry":1', '"geometry":-1e400'),
  item((d) => (d.bbox[0] = 1)).replace('"bbox":[1,', '"bbox":[1e400,'),
  item((d) => (d.properties.gsd = 1)).replace('"gsd":1', '"gsd":10.0'),
  item((d) => (d.properties.title = 'aws:s3 in a title')),
  item((d) => (d.properties.title = 'a "quoted" \\ title')),
  JSON.stringify(scaleItem(2), null, 2).replace(/\n/g, ' '),
  `{"type":"Feature","id":"deep","x":${'['.repeat(1001)}${']'.repeat(1001)}}`,
  `{"type":"Feature","id":"fine","x":${'['.repeat(990)}${']'.repeat(990)}}`,
  '[1,2]',
  '{"type":"Feature","id":',
  '{"type":[1,2.0],"id":"x"}',
];

function exact(unit: SourceDoc): unknown {
  try {
    const { doc } = parseUnit(unit);
    const options = {
      sourceText: unit.text as string,
      ...(unit.collection ? { overrideCollection: unit.collection } : {}),
    };
    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    return { problems: loaderRuleProblems(doc, options), type: str(doc['type']), id: str(doc['id']) };
  } catch (err) {
    return { unreadable: (err as Error).message };
  }
}

describe('the quick read of validation (JSON.parse alone where no number text matters)', () => {
  it('finds exactly what the exact parse finds, for generated documents, every mutation and number forms', () => {
    const r = seeded(5);
    const docs = [toDoc(collectionGen(r, 'q'))];
    for (let i = 0; i < 40; i++) docs.push(toDoc(itemGen(r, 'q', `q${i}`, i)));
    for (const b of badDocuments(r, docs[0] as never, 'qm', 300)) docs.push(b.doc);
    const texts = [...docs.map((d) => stringifyJson(d)), ...docs.map((d) => JSON.stringify(d)), ...EDGE_TEXTS];
    for (let i = 0; i < 50; i++) texts.push(JSON.stringify(scaleItem(i)));
    let quick = 0;
    for (const text of texts) {
      for (const collection of [undefined, "it's-mine"]) {
        const unit: SourceDoc = {
          origin: { file: 'items.ndjson', line: 3 },
          text,
          ...(collection ? { collection } : {}),
        };
        const got = checkUnit(unit, () => false, false);
        const want = exact(unit);
        if (got.unreadable) expect({ unreadable: got.unreadable.message }, text.slice(0, 200)).toEqual(want);
        else expect({ problems: got.problems, type: got.type, id: got.id }, text.slice(0, 200)).toEqual(want);
        const doc = parseUnitQuickly(unit);
        const options = { sourceText: text, ...(collection ? { overrideCollection: collection } : {}) };
        if (doc !== undefined && quickLoaderRuleProblems(doc, options) !== undefined) quick++;
      }
    }
    // the quick read is taken for the plain items; not for the texts whose numbers matter to the loader rules
    expect(quick).toBeGreaterThan(100);
    for (const text of EDGE_TEXTS.slice(0, 6)) {
      const unit: SourceDoc = { origin: { file: 'items.ndjson', line: 1 }, text };
      const doc = parseUnitQuickly(unit);
      expect(doc && quickLoaderRuleProblems(doc, { sourceText: text }), text.slice(-80)).toBeUndefined();
    }
  });

  it('finds the size of a text with lone surrogates as written: escaped, over the SNS limit (review s6v)', () => {
    // 50,000 raw lone surrogates: 150 KB of the text's UTF-8, 300 KB once written (each as \ud800)
    const text = item((d) => (d.properties['x:note'] = 'LONE')).replace('LONE', '\ud800'.repeat(50_000));
    const unit: SourceDoc = { origin: { file: 'items.ndjson', line: 1 }, text };
    const rules = (problems: { rule: string }[]): string[] => problems.map((p) => p.rule);
    expect(rules(checkUnit(unit, () => false, false).problems)).toEqual(['loader:size']);
    const { doc } = parseUnit(unit);
    expect(rules(loaderRuleProblems(doc, { sourceText: text }))).toEqual(['loader:size']);
    expect(rules(loaderRuleProblems(doc))).toEqual(['loader:size']);
  });

  it('agrees with the exact parse on 1,000 random texts (numbers in every spelling, duplicates, odd names)', () => {
    const { disagreement, quick } = fuzzQuickRead(7, 1000);
    expect(disagreement && { ...disagreement, text: disagreement.text.slice(0, 2000) }).toBeUndefined();
    // the quick read is taken for many of them
    expect(quick).toBeGreaterThan(200);
  });
});
