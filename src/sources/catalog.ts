import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedDoc, StacObject } from '../core/types.js';
import { ConfigurationError } from '../errors.js';
import { displayPath } from './files.js';
import { parseJsonText, stripBom } from './json-text.js';

const REMOTE_RE = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A URL that went through `path.resolve` (`/repo/https:/host/...`): still a URL, and still not supported. */
const MANGLED_URL_RE = /(^|[\\/])(https?|s3|gs|ftp):[\\/](?![\\/])/i;
const ITEM_READ_BATCH = 32;

const isObject = (v: unknown): v is StacObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function isRemote(href: string): boolean {
  return REMOTE_RE.test(href) && !href.toLowerCase().startsWith('file://');
}

interface Walk {
  baseDir: string;
  entry: string;
  items: LoadedDoc[];
  seenItems: Set<string>;
  seenCatalogs: Set<string>;
}

/** Where a link sits: the referring file and the JSON pointer of its href. */
interface LinkRef {
  from: string;
  pointer: string;
  rel: string;
  href: string;
}

/**
 * All items reachable from a local STAC catalog (e.g. DPS output `catalog.json`) through `child` and `item`
 * links, depth first in link order, each item once. Relative hrefs resolve against the file holding the link.
 * A relative `catalogPath` resolves against `baseDir`; origins name files relative to `baseDir` and carry
 * their absolute path. Broken links, cycles and non-local roots are ConfigurationErrors.
 */
export async function readCatalog(catalogPath: string, baseDir: string, entry: string): Promise<LoadedDoc[]> {
  if (isRemote(catalogPath) || MANGLED_URL_RE.test(catalogPath)) {
    throw new ConfigurationError(`catalog ${catalogPath} is not a local file; remote catalogs (https://, s3://) are not supported yet`, {
      location: { entry },
      hint: 'download the catalog (with its items) into the repository or the runner and point `catalog` at the local catalog.json',
    });
  }
  const root = catalogPath.toLowerCase().startsWith('file://') ? fileURLToPath(catalogPath) : resolve(baseDir, catalogPath);
  const walk: Walk = { baseDir, entry, items: [], seenItems: new Set(), seenCatalogs: new Set([root]) };
  const doc = await readLinked(root, undefined, walk);
  expectCatalog(doc, root, undefined, walk);
  await walkCatalog(root, doc, [root], walk);
  return walk.items;
}

/** Read and parse a JSON file; a missing file is a broken link of `ref` (when there is one). */
async function readLinked(abs: string, ref: LinkRef | undefined, walk: Walk): Promise<unknown> {
  const file = displayPath(abs, walk.baseDir);
  let text: string | undefined;
  try {
    text = await readFile(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (ref !== undefined) {
      throw new ConfigurationError(`${displayPath(ref.from, walk.baseDir)}: ${ref.rel} link '${ref.href}' is broken: ${code === 'ENOENT' ? 'no such file' : (code ?? String(err))}`, {
        location: { file: displayPath(ref.from, walk.baseDir), pointer: ref.pointer, entry: walk.entry },
        hint: `resolved to ${abs}; relative hrefs resolve against the directory of the file holding the link`,
        cause: err,
      });
    }
    throw new ConfigurationError(`catalog ${file} cannot be read${code === 'ENOENT' ? ': not found' : `: ${code ?? String(err)}`}`, {
      location: { file, entry: walk.entry },
      hint: 'check the `catalog` path; it is relative to the manifest',
      cause: err,
    });
  }
  const parsed = parseJsonText(stripBom(text));
  if (!parsed.ok) {
    throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
      location: { file, line: parsed.line, column: parsed.column, entry: walk.entry },
    });
  }
  return parsed.value;
}

function typeOf(doc: unknown): string {
  return isObject(doc) ? String(doc['type'] ?? 'an object without `type`') : Array.isArray(doc) ? 'a JSON array' : `JSON ${doc === null ? 'null' : typeof doc}`;
}

function expectCatalog(doc: unknown, abs: string, ref: LinkRef | undefined, walk: Walk): asserts doc is StacObject {
  if (isObject(doc) && (doc['type'] === 'Catalog' || doc['type'] === 'Collection')) return;
  const file = displayPath(abs, walk.baseDir);
  const where = ref ? { file: displayPath(ref.from, walk.baseDir), pointer: ref.pointer, entry: walk.entry } : { file, entry: walk.entry };
  throw new ConfigurationError(`${ref ? `child link '${ref.href}' leads to` : 'catalog'} ${file}, which is ${typeOf(doc)}, not a STAC Catalog or Collection`, {
    location: where,
    hint: typeOf(doc) === 'Feature' ? 'link items with rel "item"; point `files:` at item files' : 'point `catalog` at the root catalog.json',
  });
}

function linkTarget(ref: LinkRef, walk: Walk): string {
  const at = { file: displayPath(ref.from, walk.baseDir), pointer: ref.pointer, entry: walk.entry };
  if (isRemote(ref.href)) {
    throw new ConfigurationError(`${at.file}: ${ref.rel} link '${ref.href}' is remote; only local links are supported so far`, {
      location: at,
      hint: 'write relative hrefs (e.g. ./item/item.json) or download the linked documents next to the catalog',
    });
  }
  if (ref.href.toLowerCase().startsWith('file://')) return fileURLToPath(ref.href);
  const href = ref.href.split('#')[0] ?? '';
  return resolve(dirname(ref.from), href);
}

async function walkCatalog(abs: string, catalog: StacObject, ancestors: string[], walk: Walk): Promise<void> {
  const file = displayPath(abs, walk.baseDir);
  const links = catalog['links'];
  if (links === undefined) return;
  if (!Array.isArray(links)) {
    throw new ConfigurationError(`${file}: \`links\` is not a list`, { location: { file, pointer: '/links', entry: walk.entry } });
  }
  const itemRefs: { ref: LinkRef; target: string }[] = [];
  const childRefs: { ref: LinkRef; target: string }[] = [];
  links.forEach((link: unknown, i) => {
    if (!isObject(link) || (link['rel'] !== 'child' && link['rel'] !== 'item')) return;
    const href = link['href'];
    const pointer = `/links/${i}/href`;
    if (typeof href !== 'string' || href === '') {
      throw new ConfigurationError(`${file}: ${String(link['rel'])} link has no href`, { location: { file, pointer, entry: walk.entry } });
    }
    const ref: LinkRef = { from: abs, pointer, rel: link['rel'], href };
    const target = linkTarget(ref, walk);
    (ref.rel === 'item' ? itemRefs : childRefs).push({ ref, target });
  });

  for (let start = 0; start < itemRefs.length; start += ITEM_READ_BATCH) {
    const batch = itemRefs.slice(start, start + ITEM_READ_BATCH).filter(({ target }) => {
      if (walk.seenItems.has(target)) return false;
      walk.seenItems.add(target);
      return true;
    });
    const docs = await Promise.all(batch.map(({ ref, target }) => readLinked(target, ref, walk)));
    docs.forEach((doc, k) => {
      const { ref, target } = batch[k] as { ref: LinkRef; target: string };
      if (!isObject(doc) || doc['type'] !== 'Feature') {
        throw new ConfigurationError(`${file}: item link '${ref.href}' leads to ${typeOf(doc)}, not a STAC Item (type "Feature")`, {
          location: { file, pointer: ref.pointer, entry: walk.entry },
          hint: 'link catalogs and collections with rel "child"',
        });
      }
      walk.items.push({ doc, origin: { file: displayPath(target, walk.baseDir), absolutePath: target, entry: walk.entry } });
    });
  }

  for (const { ref, target } of childRefs) {
    if (ancestors.includes(target)) {
      throw new ConfigurationError(`${file}: child link '${ref.href}' leads back to ${displayPath(target, walk.baseDir)}, which contains this catalog (a cycle)`, {
        location: { file, pointer: ref.pointer, entry: walk.entry },
        hint: 'a child link must point down the tree; link back up with rel "parent" or "root"',
      });
    }
    if (walk.seenCatalogs.has(target)) continue;
    walk.seenCatalogs.add(target);
    const child = await readLinked(target, ref, walk);
    expectCatalog(child, target, ref, walk);
    await walkCatalog(target, child, [...ancestors, target], walk);
  }
}
