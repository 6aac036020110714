/**
 * What a STAC document looks like once it went through the StacLoader into pgstac and came
 * back out of stac-fastapi-pgstac, so that "what we sent" and "what the API returns" can be
 * compared by content (protocol.md §1.3, checked against a real pgstac 0.9.9 +
 * stac-fastapi-pgstac 6.2.2 + stac-pydantic 3.5.1):
 *
 * - Datetimes: items' `properties.{datetime,start_datetime,end_datetime,created,updated}` and
 *   collections' `extent.temporal.interval` are converted to UTC and written like pydantic
 *   (`2021-01-01T05:00:00.5+05:00` -> `2021-01-01T00:00:00.500000Z`, `.000Z` -> `Z`,
 *   sub-microsecond digits truncated). Other datetimes (asset `created`, custom properties)
 *   are stored verbatim, so they are left alone.
 * - Numbers: integers become floats in the loader (`2` -> `2.0`). After `JSON.parse` both are
 *   the same JavaScript number, so nothing to do; numbers are compared numerically.
 * - Items keep only the stac-pydantic `Item` fields at top level; unknown ones are dropped.
 *   Collections keep unknown top-level fields.
 * - pgstac drops object members whose value is `null` from items (`properties.datetime: null`
 *   included); `null` inside arrays survives. We drop null members everywhere, so "null" and
 *   "absent" are the same thing for the comparison.
 * - Links: stac-fastapi-pgstac drops stored `self`, `item`, `parent`, `collection`, `root` and
 *   `items` links and generates its own (plus `queryables`, paging, aggregation links); the
 *   remaining links get their `href` resolved against the API's base URL. By default we
 *   compare only the links the API does not generate (`links: 'content'`), with relative
 *   hrefs resolved like the API does when `linkBase` is given, as an unordered set. `'ignore'`
 *   drops links entirely.
 * - Collection extents: pgstac rewrites them from the items it holds when MAAP's
 *   `update_collection_extent` is on, so `extent` is ignored by default
 *   (`collectionExtent: 'ignore'`).
 * - Key order is irrelevant (canonical forms sort keys).
 */
import type { StacObject } from '../model/stac.js';

export interface NormalizeOptions {
  /** `content` (default): compare the links the API does not generate; `ignore`: drop links. */
  links?: 'content' | 'ignore';
  /** Base URL the API resolves relative link hrefs against (its root, e.g. `https://x/api/`). */
  linkBase?: string;
  /** `ignore` (default): pgstac maintains collection extents itself; `compare`: compare them. */
  collectionExtent?: 'ignore' | 'compare';
}

/** Top-level fields of stac-pydantic's `Item` (with geojson-pydantic's `Feature`); others are dropped. */
export const ITEM_FIELDS: ReadonlySet<string> = new Set([
  'type',
  'stac_version',
  'stac_extensions',
  'id',
  'geometry',
  'bbox',
  'properties',
  'links',
  'assets',
  'collection',
]);

/** Item properties typed as datetimes by stac-pydantic. */
export const ITEM_DATETIME_PROPERTIES: readonly string[] = [
  'datetime',
  'start_datetime',
  'end_datetime',
  'created',
  'updated',
];

/** Link relations stac-fastapi-pgstac generates on read (stored ones with these rels are dropped). */
export const API_GENERATED_LINK_RELS: ReadonlySet<string> = new Set([
  'self',
  'item',
  'parent',
  'collection',
  'root',
  'items',
  'next',
  'prev',
  'previous',
  'first',
  'last',
  'queryables',
  'http://www.opengis.net/def/rel/ogc/1.0/queryables',
  'aggregate',
  'aggregations',
]);

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A timezone-aware RFC 3339 datetime in UTC, serialised like pydantic 2 (`mode="json"`):
 * `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`. Returns `undefined` for anything that is not a
 * timezone-aware datetime (the validate stage reports those; the loader would reject them).
 */
export function pydanticUtcDatetime(value: string): string | undefined {
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
  let offsetMinutes = 0;
  if (z === undefined) {
    offsetMinutes = Number(oh) * 60 + Number(om ?? '0');
    if (sign === '-') offsetMinutes = -offsetMinutes;
  }
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offsetMinutes * 60_000;
  const t = new Date(ms);
  if (Number.isNaN(t.getTime())) return undefined;
  const micro = frac === undefined ? 0 : Number((frac + '000000').slice(0, 6));
  const base =
    `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}` +
    `T${pad(t.getUTCHours(), 2)}:${pad(t.getUTCMinutes(), 2)}:${pad(t.getUTCSeconds(), 2)}`;
  return micro === 0 ? `${base}Z` : `${base}.${pad(micro, 6)}Z`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function normalizeDatetime(v: unknown): unknown {
  return typeof v === 'string' ? (pydanticUtcDatetime(v) ?? v) : v;
}

/** Deep copy with object members whose value is `null` removed (array elements are kept). */
function dropNullMembers(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNullMembers);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) if (val !== null && val !== undefined) out[k] = dropNullMembers(val);
    return out;
  }
  return v;
}

function hasScheme(href: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(href);
}

function normalizeLinks(links: unknown, options: NormalizeOptions): unknown {
  if (!Array.isArray(links)) return links;
  const kept = links
    .filter((l) => !(isRecord(l) && typeof l.rel === 'string' && API_GENERATED_LINK_RELS.has(l.rel)))
    .map((l) => {
      if (!isRecord(l) || typeof l.href !== 'string' || options.linkBase === undefined || hasScheme(l.href)) return l;
      try {
        return { ...l, href: new URL(l.href, options.linkBase).href };
      } catch {
        return l;
      }
    });
  // an unordered set: the API puts its own links first and keeps the rest in stored order
  if (kept.length < 2) return kept;
  return kept
    .map((l) => [canonicalJson(l), l] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, l]) => l);
}

export type StacKind = 'item' | 'collection' | 'other';

export function stacKind(doc: StacObject): StacKind {
  if (doc.type === 'Feature') return 'item';
  if (doc.type === 'Collection') return 'collection';
  return 'other';
}

/**
 * The comparable form of a STAC Item or Collection: what the loader would store and the API
 * return, minus what the API generates. Works the same on the document we sent and the one
 * the API returned, so `normalizeStac(sent)` equals `normalizeStac(returned)` for a correctly
 * loaded object. Never mutates its input.
 */
export function normalizeStac(doc: StacObject, options: NormalizeOptions = {}): StacObject {
  const kind = stacKind(doc);
  let out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (kind === 'item' && !ITEM_FIELDS.has(k)) continue;
    out[k] = v;
  }
  out = dropNullMembers(out) as Record<string, unknown>;
  if (kind === 'item' && isRecord(out.properties)) {
    const props = { ...out.properties };
    for (const name of ITEM_DATETIME_PROPERTIES) if (name in props) props[name] = normalizeDatetime(props[name]);
    out.properties = props;
  }
  if (kind === 'collection' && isRecord(out.extent)) {
    if ((options.collectionExtent ?? 'ignore') === 'ignore') {
      delete out.extent;
    } else {
      const extent = out.extent;
      const temporal = extent.temporal;
      if (isRecord(temporal) && Array.isArray(temporal.interval)) {
        out.extent = {
          ...extent,
          temporal: {
            ...temporal,
            interval: temporal.interval.map((iv) => (Array.isArray(iv) ? iv.map(normalizeDatetime) : iv)),
          },
        };
      }
    }
  }
  if ((options.links ?? 'content') === 'ignore') delete out.links;
  else if ('links' in out) out.links = normalizeLinks(out.links, options);
  return out;
}

/** JSON with object keys sorted at every level: the same for documents equal by content. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value) ?? 'null';
}
