import type { Finding, Origin, StacObject } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { formatLocation } from '../../errors.js';
import { SpilledKeySet } from '../../model/key-set.js';

/**
 * Finds items with the same (collection, id) and collections with the same id across all the
 * documents of a run. The loader would keep only one of them (the last one published), so a
 * duplicate is almost always a mistake in the sources.
 */
export class DuplicateTracker {
  /** Item keys start with `i`, collection keys with `c`; each keeps the origin of its first document. */
  private readonly seen = new SpilledKeySet();

  /** Records a document; returns a finding when one with the same key was seen before. */
  add(doc: StacObject, origin: Origin, collectionOverride?: string): Finding | undefined {
    return this.addIdentity(
      { type: doc['type'], id: doc['id'], collection: collectionOverride ?? doc['collection'] },
      origin,
    );
  }

  /** {@link add} by what the document is: its type, id and (an item's) collection. */
  addIdentity(doc: { type: unknown; id: unknown; collection: unknown }, origin: Origin): Finding | undefined {
    const id = doc.id;
    if (typeof id !== 'string' || id === '') return undefined;
    if (doc.type === 'Feature') {
      const collection = doc.collection;
      if (typeof collection !== 'string' || collection === '') return undefined;
      return this.check(
        `i${JSON.stringify([collection, id])}`,
        origin,
        'duplicate:item',
        `duplicate item '${id}' in collection '${collection}'`,
      );
    }
    if (doc.type === 'Collection') {
      return this.check(`c${id}`, origin, 'duplicate:collection', `duplicate collection '${id}'`);
    }
    return undefined;
  }

  /** Removes what the tracker spilled to disk. */
  close(): void {
    this.seen.close();
  }

  private check(key: string, origin: Origin, rule: string, what: string): Finding | undefined {
    const earlier = this.seen.addOrGet(key, JSON.stringify(origin));
    if (earlier === undefined) return undefined;
    const first = JSON.parse(earlier) as Origin;
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
  try {
    for (const d of docs) {
      const f = tracker.add(d.doc, d.origin, d.collection);
      if (f !== undefined) findings.push(f);
    }
  } finally {
    tracker.close();
  }
  return findings;
}
