import type { StacObject } from './stac.js';

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
  if (doc['type'] === 'Feature') {
    const c = override ?? stringField(doc, 'collection');
    return c === undefined || c === '' ? NO_COLLECTION : c;
  }
  if (doc['type'] === 'Collection') {
    const id = stringField(doc, 'id');
    return id === undefined || id === '' ? COLLECTION_WITHOUT_ID : id;
  }
  return undefined;
}
