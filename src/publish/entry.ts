import type { Origin, StacObject } from '../core/types.js';

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

/** The StactoolsItemGenerator's ItemRequest (protocol.md §2.2): these five fields and nothing else. */
export interface ItemRequest {
  package_name: string;
  group_name: string;
  create_item_args: string[];
  create_item_options: Record<string, string>;
  collection_id: string | null;
}

/**
 * The JSON text of an ItemRequest, fields in the generator's order. Unknown fields would be
 * silently ignored by the generator, so none are ever added.
 */
export function itemRequestMessage(request: ItemRequest): string {
  return JSON.stringify({
    package_name: request.package_name,
    group_name: request.group_name,
    create_item_args: [...request.create_item_args],
    create_item_options: { ...request.create_item_options },
    collection_id: request.collection_id,
  });
}

export function itemRequestEntry(request: ItemRequest, sourceId: string, row: number, origin: Origin): PublishEntry {
  return { message: itemRequestMessage(request), key: requestKey(sourceId, row), origin };
}
