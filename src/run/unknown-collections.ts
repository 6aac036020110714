/**
 * Items whose collection the manifest does not define rely on the catalog having it: for a missing
 * one the StacLoader writes a placeholder collection (MAAP sets CREATE_COLLECTIONS_IF_MISSING:
 * description = id, license "proprietary") or its items fail. `validate` names each such collection
 * once, with the first item using it, and looks it up in the target's STAC API when there is one.
 */
import { describeError } from '../errors.js';
import type { Problem } from '../model/result.js';
import { originToLocation, type LoadedDoc } from '../model/stac.js';

/** Whether the catalog holds a collection; throws when it cannot be asked. */
export type CollectionLookup = (id: string) => Promise<boolean>;

export async function unknownCollectionProblems(
  docs: readonly LoadedDoc[],
  defined: ReadonlySet<string>,
  catalog: { name: string; has: CollectionLookup } | undefined,
): Promise<Problem[]> {
  const first = new Map<string, LoadedDoc>();
  for (const d of docs) {
    const c = d.doc['collection'];
    if (d.doc['type'] === 'Feature' && typeof c === 'string' && c !== '' && !defined.has(c) && !first.has(c))
      first.set(c, d);
  }
  const problems: Problem[] = [];
  for (const [id, d] of first) {
    const item = `collection '${id}' of item '${String(d.doc['id'])}'`;
    let message: string | undefined;
    if (catalog === undefined) {
      message =
        `${item} is not in the manifest and was not looked up (the target has no STAC API, or the network is off): ` +
        `it must already be in the catalog`;
    } else {
      try {
        if (!(await catalog.has(id)))
          message =
            `${item} is in neither the manifest nor ${catalog.name}: the loader would create a placeholder ` +
            `collection for it (description '${id}', license 'proprietary') or fail the item; add it to the manifest`;
      } catch (err) {
        const why = describeError(err);
        message = `${item} is not in the manifest and could not be looked up in ${catalog.name} (${why})`;
      }
    }
    if (message !== undefined)
      problems.push({ severity: 'warning', stage: 'validate', message, location: originToLocation(d.origin) });
  }
  return problems;
}
