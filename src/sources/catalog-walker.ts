import type { LoadedDoc, StacObject } from '../model/stac.js';
import { ConfigurationError } from '../errors.js';
import { SpilledKeySet } from '../model/key-set.js';
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
  /** The items read: a million locations take 20 MB (src/model/key-set.ts), not the ~150 MB of a Set of them. */
  seenItems: SpilledKeySet;
  seenCatalogs: Set<Location>;
  /** Compares each document read with the same document of the source's first read (a source read again). */
  pass?: ReadPass;
}

/** What a read of a source read more than once checks: each document's bytes as at the first read. */
export interface ReadPass {
  /** Throws when the document differs from the one read at the same place in the first read. */
  see(bytes: Buffer, file: string): void;
  /** Throws when the first read had more documents. */
  end(): void;
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
  return parseRead(await readBytes(loc, ref, walk, what), displayLocation(loc, walk.baseDir), walk);
}

/** {@link readDoc} before parsing: the bytes (reads run in parallel, documents are parsed in link order). */
async function readBytes(
  loc: Location,
  ref: LinkRef | undefined,
  walk: Walk,
  what: 'catalogs' | 'items',
): Promise<Buffer> {
  const file = displayLocation(loc, walk.baseDir);
  let bytes: Buffer;
  try {
    countRead(walk.reads, what);
    bytes = await readLocation(loc, walk.reads, ref?.from);
  } catch (err) {
    if (ref === undefined)
      throw readFailure(err, `catalog ${file}`, { file, entry: walk.entry }, 'check the `catalog` location');
    const from = displayLocation(ref.from, walk.baseDir);
    throw linkFailure(err, ref, from, file, walk);
  }
  return bytes;
}

/** A document read: checked against the first read of the source (when read again), decoded and parsed. */
function parseRead(bytes: Buffer, file: string, walk: Walk): unknown {
  walk.pass?.see(bytes, file);
  const parsed = parseJsonText(decodeUtf8(bytes, { file, entry: walk.entry }));
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

type Link = { ref: LinkRef; loc: Location };

/** The child and item links of a container, one at a time (a container may link 100,000 items). */
function* linksOf(loc: Location, links: unknown[], walk: Walk): Generator<Link> {
  const file = displayLocation(loc, walk.baseDir);
  for (const [i, link] of links.entries()) {
    if (!isObject(link) || (link['rel'] !== 'child' && link['rel'] !== 'item')) continue;
    const href = link['href'];
    const pointer = `/links/${i}/href`;
    if (typeof href !== 'string' || href === '')
      throw new ConfigurationError(`${file}: ${String(link['rel'])} link has no href`, {
        location: { file, pointer, entry: walk.entry },
      });
    const ref: LinkRef = { from: loc, pointer, rel: link['rel'], href };
    yield { ref, loc: target(ref, walk) };
  }
}

/** An item a link leads to, as a document of the source; anything but an item is an error located at the link. */
function itemDoc(item: unknown, { ref, loc }: Link, walk: Walk): LoadedDoc {
  const file = displayLocation(ref.from, walk.baseDir);
  if (!isObject(item) || item['type'] !== 'Feature') {
    throw new ConfigurationError(
      `${file}: item link '${ref.href}' leads to ${typeOf(item)}, not a STAC Item (type "Feature")`,
      {
        location: { file, pointer: ref.pointer, entry: walk.entry },
        hint: 'link catalogs and collections with rel "child"',
      },
    );
  }
  const shown = displayLocation(loc, walk.baseDir);
  return {
    doc: item,
    origin: { file: shown, ...(locationKind(loc) === 'local' ? { absolutePath: loc } : {}), entry: walk.entry },
  };
}

/** The items a container links, read a batch at a time, in link order, each item once. */
async function* linkedItems(loc: Location, links: unknown[], walk: Walk): AsyncGenerator<LoadedDoc> {
  let batch: Link[] = [];
  const flush = async function* (): AsyncGenerator<LoadedDoc> {
    const read = await Promise.all(batch.map(({ ref, loc: l }) => readBytes(l, ref, walk, 'items')));
    const links = batch;
    batch = [];
    for (const [k, bytes] of read.entries()) {
      const link = links[k] as Link;
      yield itemDoc(parseRead(bytes, displayLocation(link.loc, walk.baseDir), walk), link, walk);
    }
  };
  for (const link of linksOf(loc, links, walk)) {
    if (link.ref.rel !== 'item' || walk.seenItems.addOrGet(link.loc, '') !== undefined) continue;
    batch.push(link);
    if (batch.length === ITEM_READ_BATCH) yield* flush();
  }
  if (batch.length > 0) yield* flush();
}

/** The items of a container and, depth first in link order, of the catalogs and collections it links as children. */
async function* walkContainer(
  loc: Location,
  doc: StacObject,
  ancestors: Location[],
  walk: Walk,
): AsyncGenerator<LoadedDoc> {
  const file = displayLocation(loc, walk.baseDir);
  const links = doc['links'];
  if (links === undefined) return;
  if (!Array.isArray(links))
    throw new ConfigurationError(`${file}: \`links\` is not a list`, {
      location: { file, pointer: '/links', entry: walk.entry },
    });
  // every link is checked (an href, a location it resolves to) before anything it leads to is read
  for (const _ of linksOf(loc, links, walk));
  yield* linkedItems(loc, links, walk);
  for (const { ref, loc: l } of linksOf(loc, links, walk)) {
    if (ref.rel !== 'child') continue;
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
    yield* walkContainer(l, child, [...ancestors, l], walk);
  }
}

/**
 * Every item reachable from the catalog at `root`, one at a time (nothing of an item is kept once it is yielded but
 * where it was read, to read it once); each doc's origin names where it was read. `pass`: the source is read again,
 * each document checked against its first read.
 */
export async function* walkCatalogItems(
  root: Location,
  baseDir: string,
  entry: string,
  reads: SourceReads,
  options: WalkOptions & { pass?: ReadPass },
): AsyncGenerator<LoadedDoc> {
  const walk: Walk = { baseDir, entry, reads, seenItems: new SpilledKeySet(), seenCatalogs: new Set([root]) };
  if (options.pass) walk.pass = options.pass;
  try {
    const doc = await readDoc(root, undefined, walk, 'catalogs');
    expectContainer(doc, root, undefined, walk, options.rootMustBeCatalog);
    yield* walkContainer(root, doc, [root], walk);
  } finally {
    walk.seenItems.close();
  }
  options.pass?.end();
}

/** {@link walkCatalogItems}, collected. */
export async function walkCatalog(
  root: Location,
  baseDir: string,
  entry: string,
  reads: SourceReads,
  options: WalkOptions,
): Promise<{ items: LoadedDoc[] }> {
  const items: LoadedDoc[] = [];
  for await (const d of walkCatalogItems(root, baseDir, entry, reads, options)) items.push(d);
  return { items };
}
