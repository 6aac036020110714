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
