import type { Finding, Origin, StacObject } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { formatLocation } from '../../errors.js';

/**
 * Finds items with the same (collection, id) and collections with the same id across all the
 * documents of a run. The loader would keep only one of them (the last one published), so a
 * duplicate is almost always a mistake in the sources.
 */
export class DuplicateTracker {
  private readonly items = new Map<string, Origin>();
  private readonly collections = new Map<string, Origin>();

  /** Records a document; returns a finding when one with the same key was seen before. */
  add(doc: StacObject, origin: Origin, collectionOverride?: string): Finding | undefined {
    const id = doc['id'];
    if (typeof id !== 'string' || id === '') return undefined;
    if (doc['type'] === 'Feature') {
      const collection = collectionOverride ?? doc['collection'];
      if (typeof collection !== 'string' || collection === '') return undefined;
      return this.check(
        this.items,
        JSON.stringify([collection, id]),
        origin,
        'duplicate:item',
        `duplicate item '${id}' in collection '${collection}'`,
      );
    }
    if (doc['type'] === 'Collection') {
      return this.check(this.collections, id, origin, 'duplicate:collection', `duplicate collection '${id}'`);
    }
    return undefined;
  }

  private check(
    seen: Map<string, Origin>,
    key: string,
    origin: Origin,
    rule: string,
    what: string,
  ): Finding | undefined {
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, origin);
      return undefined;
    }
    return {
      severity: 'error',
      rule,
      message:
        `${what}: also at ${formatLocation(originToLocation(first))}; only one of them would ` +
        `end up in the catalog`,
      location: originToLocation(origin, '/id'),
    };
  }
}

/** All duplicate findings of a list of documents, each naming both places. */
export function findDuplicates(docs: readonly { doc: StacObject; origin: Origin; collection?: string }[]): Finding[] {
  const tracker = new DuplicateTracker();
  const findings: Finding[] = [];
  for (const d of docs) {
    const f = tracker.add(d.doc, d.origin, d.collection);
    if (f !== undefined) findings.push(f);
  }
  return findings;
}
