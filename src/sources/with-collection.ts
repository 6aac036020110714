import type { StacObject } from '../model/stac.js';
import { withMembers } from '../json.js';

/**
 * Sets an item's `collection`. STAC requires a `rel: collection` link whenever `collection` is set, so one is
 * added (static-catalog convention, `../collection.json`) when the item has none; a STAC API replaces it with its own.
 */
export function withCollection(doc: StacObject, collection: string): StacObject {
  const links = Array.isArray(doc['links']) ? (doc['links'] as unknown[]) : [];
  const hasLink = links.some(
    (l) => typeof l === 'object' && l !== null && (l as Record<string, unknown>)['rel'] === 'collection',
  );
  return withMembers(doc, {
    collection,
    links: hasLink ? links : [...links, { rel: 'collection', href: '../collection.json', type: 'application/json' }],
  });
}
