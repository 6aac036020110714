import type { LoadedDoc, StacObject } from './stac.js';

/**
 * A copy of `s` that holds nothing else: a string parsed out of a longer text may be a slice of it, and keeps the
 * whole text alive as long as it is kept (an item's id, its whole NDJSON line).
 */
export function detached(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

export function itemKey(collection: string, id: string): string {
  return `item:${collection}/${id}`;
}

export function collectionKey(id: string): string {
  return `collection:${id}`;
}

export function requestKey(sourceId: string, row: number): string {
  return `request:${sourceId}#${row}`;
}

function stringField(doc: StacObject, field: string): string | undefined {
  const v = doc[field];
  return typeof v === 'string' ? v : undefined;
}

/** The ledger key of a STAC Item or Collection document, or undefined if it has no usable id. */
export function keyOfDocument(doc: StacObject): string | undefined {
  const id = stringField(doc, 'id');
  if (id === undefined) return undefined;
  const type = stringField(doc, 'type');
  if (type === 'Collection') return collectionKey(id);
  if (type === 'Feature') {
    const collection = stringField(doc, 'collection');
    return collection === undefined ? undefined : itemKey(collection, id);
  }
  return undefined;
}

/** How reports group a document: its collection, or one of these labels. */
export const NO_COLLECTION = '(no collection)';
export const COLLECTION_WITHOUT_ID = '(collection without id)';

/**
 * The collection a document counts under in reports: an item's `collection` (or the source's
 * override), a collection's own id; undefined for anything else (a Catalog, a document without `type`).
 */
export function reportCollectionOf(doc: StacObject, override?: string): string | undefined {
  const type = stringField(doc, 'type');
  return reportCollection(
    type,
    type === 'Collection' ? stringField(doc, 'id') : (override ?? stringField(doc, 'collection')),
  );
}

/** {@link reportCollectionOf} from a document's type and its collection (an item's) or id (a collection's). */
export function reportCollection(type: string | undefined, collectionOrId: string | undefined): string | undefined {
  const given = collectionOrId === '' ? undefined : collectionOrId;
  if (type === 'Feature') return given ?? NO_COLLECTION;
  if (type === 'Collection') return given ?? COLLECTION_WITHOUT_ID;
  return undefined;
}

/** What is kept of the first item of a collection: its id and collection, and where it was read. */
export function itemStub(d: LoadedDoc): LoadedDoc {
  const keep = (v: unknown) => (typeof v === 'string' ? detached(v) : v);
  const doc = { type: 'Feature', id: keep(d.doc['id']), collection: keep(d.doc['collection']) };
  return { doc, origin: structuredClone(d.origin) };
}
