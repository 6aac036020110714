import type { Origin, StacObject } from '../../model/stac.js';
import { keyOfDocument, requestKey } from '../../model/keys.js';
import { toItemRequestMessage, type ItemRequest } from '../../model/item-request.js';
import { stringifyJson } from '../../json.js';

/** One SNS message to publish, with the key and origin it is recorded under in the run ledger. */
export interface PublishEntry {
  /** The exact message body (JSON text). */
  message: string;
  /** `item:<collection>/<id>`, `collection:<id>` or `request:<source>#<row>`. */
  key: string;
  origin: Origin;
}

/** A STAC Item or Collection as a loader message: the JSON text of the document, numbers as written. */
export function documentEntry(doc: StacObject, origin: Origin): PublishEntry {
  const key = keyOfDocument(doc);
  if (key === undefined) {
    throw new TypeError(
      'cannot publish a document without a string id, a type of Feature/Collection, and (for items) a collection: ' +
        origin.file,
    );
  }
  return { message: stringifyJson(doc), key, origin };
}

/** An ItemRequest for the StactoolsItemGenerator topic (the message is exactly its five fields). */
export function itemRequestEntry(request: ItemRequest, sourceId: string, row: number, origin: Origin): PublishEntry {
  return { message: toItemRequestMessage(request), key: requestKey(sourceId, row), origin };
}
