import type { Origin, StacObject } from '../core/types.js';
import { toItemRequestMessage, type ItemRequest } from '../generate/item-request.js';

/** One SNS message to publish, with the key and origin it is recorded under in the run ledger. */
export interface PublishEntry {
  /** The exact message body (JSON text). */
  message: string;
  /** `item:<collection>/<id>`, `collection:<id>` or `request:<source>#<row>`. */
  key: string;
  origin: Origin;
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

/** A STAC Item or Collection as a loader message: the JSON text of the document, unchanged. */
export function documentEntry(doc: StacObject, origin: Origin): PublishEntry {
  const key = keyOfDocument(doc);
  if (key === undefined) {
    throw new TypeError(`cannot publish a document without a string id, a type of Feature/Collection, and (for items) a collection: ${origin.file}`);
  }
  return { message: JSON.stringify(doc), key, origin };
}

/** An ItemRequest for the StactoolsItemGenerator topic (the message is exactly its five fields). */
export function itemRequestEntry(request: ItemRequest, sourceId: string, row: number, origin: Origin): PublishEntry {
  return { message: toItemRequestMessage(request), key: requestKey(sourceId, row), origin };
}
