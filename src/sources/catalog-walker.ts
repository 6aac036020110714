import type { LoadedDoc, StacObject } from '../model/stac.js';
import { ConfigurationError } from '../errors.js';
import { decodeUtf8 } from '../utf8.js';
import { parseJsonText } from './json-text.js';
import { displayLocation, locationKind, resolveHref, UnsupportedLocationError, type Location } from './locations.js';
import { countRead, readFailure, readLocation, type SourceReads } from './guarded-read.js';

/**
 * A catalog walker over local paths, http(s):// and s3:// (what pystac's `Catalog.from_file` +
 * `get_all_items()` do for the DPS generator): items reachable through `child` and `item` links,
 * depth first in link order, each once; relative hrefs resolve against the document holding them.
 */

const isObject = (v: unknown): v is StacObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const ITEM_READ_BATCH = 16;

interface LinkRef {
  from: Location;
  pointer: string;
  rel: string;
  href: string;
}

interface Walk {
  baseDir: string;
  entry: string;
  reads: SourceReads;
  items: LoadedDoc[];
  seenItems: Set<Location>;
  seenCatalogs: Set<Location>;
}

export interface WalkOptions {
  /**
   * `true`: the root must be `"type": "Catalog"` (a Collection root fails, as pystac's
   * STACTypeError does for the DPS generator).
   */
  rootMustBeCatalog: boolean;
}

function typeOf(doc: unknown): string {
  return isObject(doc)
    ? String(doc['type'] ?? 'an object without `type`')
    : Array.isArray(doc)
      ? 'a JSON array'
      : `JSON ${doc === null ? 'null' : typeof doc}`;
}

/** Reads one catalog or item (counted against the source's cap); failures and refusals are located at the link. */
async function readDoc(
  loc: Location,
  ref: LinkRef | undefined,
  walk: Walk,
  what: 'catalogs' | 'items',
): Promise<unknown> {
  const file = displayLocation(loc, walk.baseDir);
  let text: string;
  try {
    countRead(walk.reads, what);
    text = decodeUtf8(await readLocation(loc, walk.reads, ref?.from), { file, entry: walk.entry });
  } catch (err) {
    if (ref === undefined)
      throw readFailure(err, `catalog ${file}`, { file, entry: walk.entry }, 'check the `catalog` location');
    const from = displayLocation(ref.from, walk.baseDir);
    throw linkFailure(err, ref, from, file, walk);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
      location: { file, line: parsed.line, column: parsed.column, entry: walk.entry },
    });
  return parsed.value;
}

/** A link that could not be read or was refused, located at its href in the document holding it. */
function linkFailure(err: unknown, ref: LinkRef, from: string, file: string, walk: Walk): unknown {
  const location = { file: from, pointer: ref.pointer, entry: walk.entry };
  const failure = readFailure(err, `${from}: ${ref.rel} link '${ref.href}'`, location);
  if (!(failure instanceof ConfigurationError) || failure.hint !== undefined) return failure;
  return new ConfigurationError(failure.message.replace(/ cannot be read: /, ' is broken: '), {
    location,
    hint: `resolved to ${file}; relative hrefs resolve against the document holding the link`,
    cause: err,
  });
}

function expectContainer(
  doc: unknown,
  loc: Location,
  ref: LinkRef | undefined,
  walk: Walk,
  catalogOnly: boolean,
): asserts doc is StacObject {
  const type = typeOf(doc);
  if (type === 'Catalog' || (!catalogOnly && type === 'Collection')) return;
  const file = displayLocation(loc, walk.baseDir);
  const where = ref
    ? { file: displayLocation(ref.from, walk.baseDir), pointer: ref.pointer, entry: walk.entry }
    : { file, pointer: '/type', entry: walk.entry };
  if (catalogOnly && type === 'Collection') {
    throw new ConfigurationError(
      `${file} is a Collection; the DPS generator reads catalog.json with pystac.Catalog.from_file, ` +
        `which rejects a Collection root (STACTypeError)`,
      {
        location: where,
        hint: 'write the job output as a Catalog ("type": "Catalog") that links the collection with rel "child"',
      },
    );
  }
  throw new ConfigurationError(
    `${ref ? `child link '${ref.href}' leads to` : 'catalog'} ${file}, which is ${type}, not a STAC ` +
      `Catalog${catalogOnly ? '' : ' or Collection'}`,
    {
      location: where,
      hint: type === 'Feature' ? 'link items with rel "item"' : 'point `catalog` at the root catalog.json',
    },
  );
}

function target(ref: LinkRef, walk: Walk): Location {
  try {
    return resolveHref(ref.href, ref.from);
  } catch (err) {
    if (!(err instanceof UnsupportedLocationError)) throw err;
    const file = displayLocation(ref.from, walk.baseDir);
    throw new ConfigurationError(`${file}: ${ref.rel} link '${ref.href}': ${err.message}`, {
      location: { file, pointer: ref.pointer, entry: walk.entry },
    });
  }
}

async function walkContainer(loc: Location, doc: StacObject, ancestors: Location[], walk: Walk): Promise<void> {
  const file = displayLocation(loc, walk.baseDir);
  const links = doc['links'];
  if (links === undefined) return;
  if (!Array.isArray(links))
    throw new ConfigurationError(`${file}: \`links\` is not a list`, {
      location: { file, pointer: '/links', entry: walk.entry },
    });
  const items: { ref: LinkRef; loc: Location }[] = [];
  const children: { ref: LinkRef; loc: Location }[] = [];
  links.forEach((link: unknown, i) => {
    if (!isObject(link) || (link['rel'] !== 'child' && link['rel'] !== 'item')) return;
    const href = link['href'];
    const pointer = `/links/${i}/href`;
    if (typeof href !== 'string' || href === '')
      throw new ConfigurationError(`${file}: ${String(link['rel'])} link has no href`, {
        location: { file, pointer, entry: walk.entry },
      });
    const ref: LinkRef = { from: loc, pointer, rel: link['rel'], href };
    (ref.rel === 'item' ? items : children).push({ ref, loc: target(ref, walk) });
  });

  for (let start = 0; start < items.length; start += ITEM_READ_BATCH) {
    const batch = items
      .slice(start, start + ITEM_READ_BATCH)
      .filter(({ loc: l }) => !walk.seenItems.has(l) && walk.seenItems.add(l));
    const docs = await Promise.all(batch.map(({ ref, loc: l }) => readDoc(l, ref, walk, 'items')));
    docs.forEach((item, k) => {
      const { ref, loc: l } = batch[k] as { ref: LinkRef; loc: Location };
      if (!isObject(item) || item['type'] !== 'Feature') {
        throw new ConfigurationError(
          `${file}: item link '${ref.href}' leads to ${typeOf(item)}, not a STAC Item (type "Feature")`,
          {
            location: { file, pointer: ref.pointer, entry: walk.entry },
            hint: 'link catalogs and collections with rel "child"',
          },
        );
      }
      const shown = displayLocation(l, walk.baseDir);
      walk.items.push({
        doc: item,
        origin: { file: shown, ...(locationKind(l) === 'local' ? { absolutePath: l } : {}), entry: walk.entry },
      });
    });
  }

  for (const { ref, loc: l } of children) {
    if (ancestors.includes(l)) {
      throw new ConfigurationError(
        `${file}: child link '${ref.href}' leads back to ${displayLocation(l, walk.baseDir)}, which ` +
          `contains this catalog (a cycle)`,
        {
          location: { file, pointer: ref.pointer, entry: walk.entry },
          hint: 'a child link must point down the tree; link back up with rel "parent" or "root"',
        },
      );
    }
    if (walk.seenCatalogs.has(l)) continue;
    walk.seenCatalogs.add(l);
    const child = await readDoc(l, ref, walk, 'catalogs');
    expectContainer(child, l, ref, walk, false);
    await walkContainer(l, child, [...ancestors, l], walk);
  }
}

/** Every item reachable from the catalog at `root`; each doc's origin names where it was read. */
export async function walkCatalog(
  root: Location,
  baseDir: string,
  entry: string,
  reads: SourceReads,
  options: WalkOptions,
): Promise<{ root: StacObject; items: LoadedDoc[] }> {
  const walk: Walk = { baseDir, entry, reads, items: [], seenItems: new Set(), seenCatalogs: new Set([root]) };
  const doc = await readDoc(root, undefined, walk, 'catalogs');
  expectContainer(doc, root, undefined, walk, options.rootMustBeCatalog);
  await walkContainer(root, doc, [root], walk);
  return { root: doc, items: walk.items };
}
