import type { StreamedDocs } from '../../src/model/inputs.js';
import type { LoadedDoc } from '../../src/model/stac.js';
import { RangeBounds } from '../../src/stages/loader-waves.js';

/**
 * A streamed source of the items `docs`, as src/stages/resolve.ts makes one after its first read (counts per
 * collection, the first item of each, the items holding each collection's datetime bounds); `reads.n` counts the
 * reads of its items.
 */
export function streamedDocs(docs: readonly LoadedDoc[], reads = { n: 0 }): StreamedDocs {
  const counts = new Map<string, number>();
  const firsts: LoadedDoc[] = [];
  const bounds = new RangeBounds<LoadedDoc & { collection: string | null }>();
  for (const d of docs) {
    const c = typeof d.doc['collection'] === 'string' ? d.doc['collection'] : null;
    if (!counts.has(c ?? '(no collection)')) firsts.push(d);
    counts.set(c ?? '(no collection)', (counts.get(c ?? '(no collection)') ?? 0) + 1);
    bounds.add({ ...d, collection: c });
  }
  return {
    counts,
    firsts,
    held: [],
    bounds: [...bounds.items()].map(({ doc, origin }) => ({ doc, origin })),
    units: async function* () {},
    items: async function* () {
      reads.n++;
      for (const d of docs) yield { doc: structuredClone(d.doc), origin: { ...d.origin } };
    },
  };
}
