/**
 * A quick, conservative answer to "would the StacLoader take this item as it is?", for validation's common case:
 * an item of plain JSON (strings, safe integers, fractions; no number text kept, see src/json.ts) whose fields have
 * the forms the models accept without any conversion. True only when the full model (stored-form.ts
 * `loaderRefusals`) finds no refusal; false means "not known", and the full model decides. It reads the parsed
 * document where it is (no Python-form copy, nothing built), about a tenth of the model's cost.
 */
import { hasNumberTexts } from '../json.js';
import { pydanticDatetime } from './datetime.js';
import { SEMVER } from './loader-model.js';

type Obj = Record<string, unknown>;

/** An object whose members are all its own, as JSON gives (the models see own members; a built one may inherit). */
function isObj(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const optString = (v: unknown): boolean => v === null || typeof v === 'string';
function optStrings(v: unknown): boolean {
  if (v === null) return true;
  if (!Array.isArray(v)) return false;
  for (const x of v) if (typeof x !== 'string') return false;
  return true;
}

/**
 * Whether `v` and everything inside it is plain: every number a fraction or a safe integer, as Python reads its
 * `JSON.stringify` text (an int within 64 bits, a float), and no container keeps number text.
 */
export function plainValue(v: unknown): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v) || !Number.isInteger(v);
  // a bigint (not from JSON text, but a document may be built) is an int the loader may not store
  if (typeof v !== 'object' || v === null) return typeof v !== 'bigint';
  if (hasNumberTexts(v)) return false;
  if (Array.isArray(v)) {
    for (const x of v) if (!plainValue(x)) return false;
    return true;
  }
  for (const k of Object.keys(v)) if (!plainValue((v as Obj)[k])) return false;
  return true;
}

/** `short` or `long` plain numbers (a position: 2 or 3, a bbox: 4 or 6). */
function numbers(v: unknown, short: number, long: number): v is number[] {
  if (!Array.isArray(v) || (v.length !== short && v.length !== long) || hasNumberTexts(v)) return false;
  for (const x of v) if (typeof x !== 'number' || !plainValue(x)) return false;
  return true;
}

const position = (v: unknown): v is number[] => numbers(v, 2, 3);
const bboxNumbers = (v: unknown): v is number[] => numbers(v, 4, 6);

function positions(v: unknown, min: number): v is number[][] {
  if (!Array.isArray(v) || v.length < min || hasNumberTexts(v)) return false;
  for (const p of v) if (!position(p)) return false;
  return true;
}

/** A linear ring: four positions or more, the last equal to the first. */
function ring(v: unknown): boolean {
  if (!positions(v, 4)) return false;
  const first = v[0] as number[];
  const last = v[v.length - 1] as number[];
  if (first.length !== last.length) return false;
  for (let i = 0; i < first.length; i++) if (first[i] !== last[i]) return false;
  return true;
}

function every(v: unknown, f: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!f(x)) return false;
  return true;
}

const lines = (c: unknown): boolean => positions(c, 2);
const polygon = (c: unknown): boolean => every(c, ring);

const COORDINATES: Record<string, (c: unknown) => boolean> = {
  Point: position,
  MultiPoint: (c) => positions(c, 0),
  LineString: lines,
  MultiLineString: (c) => every(c, lines),
  Polygon: polygon,
  MultiPolygon: (c) => every(c, polygon),
};

/** A geojson-pydantic geometry other than a GeometryCollection, with its optional bbox in order. */
function geometry(g: unknown): boolean {
  if (!isObj(g) || typeof g['type'] !== 'string' || !Object.hasOwn(COORDINATES, g['type'])) return false;
  if (!('coordinates' in g) || !(COORDINATES[g['type']] as (c: unknown) => boolean)(g['coordinates'])) return false;
  const bbox = g['bbox'];
  if (bbox === undefined || bbox === null) return true;
  if (!bboxNumbers(bbox)) return false;
  const o = bbox.length / 2;
  return (bbox[1] as number) <= (bbox[1 + o] as number) && (o === 2 || (bbox[2] as number) <= (bbox[2 + o] as number));
}

const datetime = (v: unknown): boolean => typeof v === 'string' && pydanticDatetime(v).ok;
const optDatetime = (v: unknown): boolean => v === null || datetime(v);

const PROPERTY_FIELDS: Record<string, (v: unknown) => boolean> = {
  title: optString,
  description: optString,
  license: optString,
  platform: optString,
  constellation: optString,
  mission: optString,
  instruments: optStrings,
  datetime: optDatetime,
  created: optDatetime,
  updated: optDatetime,
  start_datetime: optDatetime,
  end_datetime: optDatetime,
  gsd: (v) => v === null || (typeof v === 'number' && v > 0),
  providers: (v) => v === null || every(v, provider),
};

/** A provider: its name, and its other fields where given (the model drops the rest). */
function provider(p: unknown): boolean {
  if (!isObj(p) || !nonEmpty(p['name'])) return false;
  return (
    (!('description' in p) || optString(p['description'])) &&
    (!('url' in p) || optString(p['url'])) &&
    (!('roles' in p) || optStrings(p['roles']))
  );
}

type Check = (v: unknown) => boolean;

/** Members checked by `fields` (present ones must pass), the others by `rest`. */
function members(o: Obj, fields: Record<string, Check>, rest: Check = plainValue): boolean {
  for (const k of Object.keys(o)) {
    const check = Object.hasOwn(fields, k) ? (fields[k] as Check) : rest;
    if (!check(o[k])) return false;
  }
  return true;
}

const NO_FIELDS: Record<string, Check> = {};

function properties(p: unknown): boolean {
  if (!isObj(p) || !members(p, PROPERTY_FIELDS) || !('datetime' in p)) return false;
  const start = (p['start_datetime'] ?? null) !== null;
  const end = (p['end_datetime'] ?? null) !== null;
  return start === end && (start || p['datetime'] !== null);
}

const LINK_FIELDS = { href: nonEmpty, rel: nonEmpty, type: optString, title: optString };
const ASSET_FIELDS = { href: nonEmpty, type: optString, title: optString, description: optString, roles: optStrings };

const link = (l: unknown): boolean => isObj(l) && 'href' in l && 'rel' in l && members(l, LINK_FIELDS);
const asset = (a: unknown): boolean => isObj(a) && 'href' in a && members(a, ASSET_FIELDS);

/** Extension URLs that parsed before (a bounded memo: a run names a handful). */
const goodUrls = new Set<string>();

function extensionUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  if (goodUrls.has(v)) return true;
  try {
    new URL(v);
  } catch {
    return false;
  }
  if (goodUrls.size < 256) goodUrls.add(v);
  return true;
}

const ITEM_FIELDS: Record<string, (v: unknown) => boolean> = {
  type: (v) => v === 'Feature',
  id: nonEmpty,
  collection: nonEmpty,
  stac_version: (v) => typeof v === 'string' && SEMVER.test(v),
  bbox: bboxNumbers,
  geometry,
  properties,
  assets: (v) => isObj(v) && !hasNumberTexts(v) && members(v, NO_FIELDS, asset),
  links: (v) => every(v, link),
  stac_extensions: (v) => v === null || every(v, extensionUrl),
};

const REQUIRED = ['type', 'id', 'collection', 'bbox', 'geometry', 'properties', 'assets', 'links'];

/**
 * Whether the loader surely takes `doc` (a parsed item, its collection set as it is sent): no refusal from the
 * models, orjson or pgstac. Members the Item model drops are not looked at.
 */
export function loadsPlainly(doc: unknown): boolean {
  if (!isObj(doc) || hasNumberTexts(doc)) return false;
  for (const k of REQUIRED) if (!(k in doc)) return false;
  for (const k of Object.keys(doc)) {
    const check = Object.hasOwn(ITEM_FIELDS, k) ? ITEM_FIELDS[k] : undefined;
    if (check !== undefined && !check(doc[k])) return false;
  }
  return true;
}
