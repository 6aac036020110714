/** What a run expects to find in the catalog, keyed like the run ledger (`item:<c>/<id>`, `collection:<id>`). */
import type { LoadedDoc, Origin, StacObject } from './stac.js';
import { collectionKey, itemKey } from './keys.js';

export interface ExpectedStac {
  /** `item:<collection>/<id>` or `collection:<id>`. */
  key: string;
  kind: 'item' | 'collection';
  /** The item's collection, or the collection's own id. */
  collection: string;
  id: string;
  /** What we sent; without it only presence can be checked (e.g. items generated remotely). */
  doc?: StacObject;
  origin?: Origin;
}

/** What is sent: the expectation with its document. */
export type PlannedStac = ExpectedStac & { doc: StacObject };

/** A loaded Collection or Item as planned for delivery (an item without `collection` is keyed under ''). */
export function plannedFromDoc(d: LoadedDoc): PlannedStac & { origin: Origin } {
  const id = String(d.doc['id']);
  const { doc, origin } = d;
  if (doc['type'] === 'Collection')
    return { key: collectionKey(id), kind: 'collection', collection: id, id, doc, origin };
  const c = typeof doc['collection'] === 'string' ? doc['collection'] : '';
  return { key: itemKey(c, id), kind: 'item', collection: c, id, doc, origin };
}

/** The expectation for a STAC Item (with `collection`) or Collection document; `undefined` for anything else. */
export function expectedFromDoc(doc: StacObject, origin?: Origin): ExpectedStac | undefined {
  const id = typeof doc.id === 'string' ? doc.id : undefined;
  if (id === undefined || id === '') return undefined;
  let out: ExpectedStac | undefined;
  if (doc.type === 'Collection') out = { key: collectionKey(id), kind: 'collection', collection: id, id, doc };
  else if (doc.type === 'Feature' && typeof doc.collection === 'string' && doc.collection !== '') {
    out = { key: itemKey(doc.collection, id), kind: 'item', collection: doc.collection, id, doc };
  }
  if (out && origin) out.origin = origin;
  return out;
}

/** An expectation of presence only, for an item we do not have the content of. */
export function expectedItem(collection: string, id: string, origin?: Origin): ExpectedStac {
  const out: ExpectedStac = { key: itemKey(collection, id), kind: 'item', collection, id };
  if (origin) out.origin = origin;
  return out;
}

/** Expectations grouped by collection (items only), keeping the first of duplicate keys. */
export function itemsByCollection<T extends ExpectedStac>(expected: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of expected) {
    if (e.kind !== 'item') continue;
    const list = out.get(e.collection);
    if (list) list.push(e);
    else out.set(e.collection, [e]);
  }
  return out;
}

/** Drops later duplicates of a key; returns the kept list and the duplicated keys. */
export function dedupeExpected<T extends ExpectedStac>(expected: readonly T[]): { kept: T[]; duplicates: string[] } {
  const seen = new Set<string>();
  const kept: T[] = [];
  const duplicates: string[] = [];
  for (const e of expected) {
    if (seen.has(e.key)) duplicates.push(e.key);
    else {
      seen.add(e.key);
      kept.push(e);
    }
  }
  return { kept, duplicates };
}
