/**
 * What the catalog stores for a document we send, and every reason the StacLoader refuses it:
 * the whole path of twin/STORED_FORM.md, from the handler's `json.loads` through the stac-pydantic
 * models (loader-model.ts), orjson, pypgstac's dehydration and pgstac's hydration on read, to the
 * STAC API. One model serves `validate` (the refusals), `verify` / `plan` (the comparison) and
 * `predict` (the stored form and the changes).
 */
import { child, COLLECTION, ITEM, model, ptr, type At, type LoaderIssue, type ModelWalk } from './loader-model.js';
import { fromPy, isPyObject, pyEqual, toPy, type PyJson, type PyObject, type PyReading } from './py-value.js';
import { setMember, stringifyJson } from '../json.js';
import { loadsPlainly } from './loads-plainly.js';

export type { LoaderIssue } from './loader-model.js';

export interface StoredForm {
  kind: 'item' | 'collection' | 'other';
  /**
   * The document as the STAC API returns it, links as stored (the API replaces some, see normalize.ts),
   * numbers as Python holds them (bigint: int, number: float). Best effort when `errors` is not empty.
   */
  stored: PyJson;
  /** What changed on the way, located in the sent document. */
  changes: LoaderIssue[];
  /** Why the loader (models, orjson or pgstac) would refuse the document; empty when it loads. */
  errors: LoaderIssue[];
}

export interface StoredFormContext {
  /** The collection's `item_assets` (pypgstac dehydrates an item's assets against them). */
  itemAssets?: PyJson;
}

/** The Python int range orjson writes (beyond it the whole collection group of the batch fails). */
const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 64n - 1n;

/** The stored form of a parsed document (plain JSON with number text, see src/json.ts). */
export function storedForm(doc: unknown, context: StoredFormContext = {}): StoredForm {
  return storedFormOfPy(toPy(doc), context);
}

export function storedFormOfPy(py: PyJson, context: StoredFormContext = {}): StoredForm {
  const w: ModelWalk = { errors: [], changes: [] };
  const { kind, stored } = throughLoader(py, w, context);
  return { kind, stored, changes: outermost(w.changes), errors: w.errors };
}

/**
 * Why the loader refuses a parsed document: the `errors` of {@link storedForm}, in the same order, without
 * building the stored form past the models (orjson and pgstac refuse nothing else than wide integers and a
 * null geometry).
 */
export function loaderRefusals(doc: unknown): LoaderIssue[] {
  return loadsPlainly(doc) ? [] : refusalsByModel(doc);
}

/** {@link loaderRefusals} by the models alone. */
export function refusalsByModel(doc: unknown): LoaderIssue[] {
  const w: ModelWalk = { errors: [], changes: [], quiet: true };
  const reading: PyReading = { exactInts: false };
  const { kind, stored } = throughLoader(toPy(doc, reading), w, undefined);
  if (kind === 'other') return w.errors;
  // the models make no int: only one read from text (or beyond 2^53) can be too wide for orjson
  if (reading.exactInts) orjson(stored, undefined, w, false);
  const geometry = isPyObject(stored) ? stored['geometry'] : undefined;
  if (kind === 'item' && (geometry === null || (typeof geometry === 'number' && !Number.isFinite(geometry))))
    nullGeometry(w);
  return w.errors;
}

/** The loader's path for a document; with no `context`, only through the models. */
function throughLoader(
  py: PyJson,
  w: ModelWalk,
  context: StoredFormContext | undefined,
): Pick<StoredForm, 'kind' | 'stored'> {
  const type = isPyObject(py) ? py['type'] : undefined;
  if (!isPyObject(py) || (type !== 'Feature' && type !== 'Collection')) {
    w.errors.push({
      pointer: isPyObject(py) && type !== undefined ? '/type' : '',
      rule: 'loader:type',
      message:
        type === undefined
          ? 'missing `type`; the loader dispatches on it and fails without it ' +
            '(use "Feature" for items, "Collection" for collections)'
          : `type ${stringifyJson(fromPy(type))} cannot be loaded; ` +
            'the loader accepts only "Feature" (items) and "Collection" (collections)',
    });
    return { kind: 'other', stored: py };
  }
  const kind = type === 'Feature' ? 'item' : 'collection';
  let stored = model(kind === 'item' ? ITEM : COLLECTION)(py, undefined, w);
  if (kind === 'item') itemCollection(stored, w);
  if (context === undefined) return { kind, stored };
  stored = orjson(stored, undefined, w, true);
  if (kind === 'item' && isPyObject(stored)) stored = pgstacItem(stored, context, w);
  return { kind, stored };
}

/** Changes inside a member that was dropped as a whole say nothing more: only the drop is kept. */
function outermost(changes: LoaderIssue[]): LoaderIssue[] {
  const dropped = changes.filter((c) => c.rule === 'dropped').map((c) => `${c.pointer}/`);
  return changes.filter((c) => !dropped.some((d) => c.pointer.startsWith(d)));
}

/** The handler's own check after the model: `if not item.collection: raise KeyError(...)`. */
function itemCollection(item: PyJson, w: ModelWalk): void {
  if (!isPyObject(item)) return;
  const c = item['collection'];
  if (typeof c === 'string' && c !== '') return;
  w.errors.push({
    pointer: '/collection',
    rule: 'loader:collection',
    message:
      c === undefined
        ? 'item has no `collection`; the loader needs it to know where to write the item ' +
          '(set it, or give the source a `collection` in the manifest)'
        : 'collection must be a non-empty string',
  });
}

/**
 * orjson (pypgstac writes the dump with it): integers outside 64 bits fail; inf and nan become null.
 * Without `copy`, only the failures are found (the value is returned as it was).
 */
function orjson(v: PyJson, at: At, w: ModelWalk, copy: boolean): PyJson {
  if (typeof v === 'bigint') {
    if (v < INT_MIN || v > INT_MAX) {
      w.errors.push({
        pointer: ptr(at),
        rule: 'loader:integer-range',
        message:
          `the integer ${v.toString()} is outside the 64-bit range the loader can store (orjson: "Integer exceeds ` +
          '64-bit range"; the whole collection group of the batch fails); ' +
          `write it as a float (e.g. ${Number(v).toExponential()}) or a string`,
      });
    }
    return v;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) {
    w.changes.push({ pointer: ptr(at), rule: 'number', message: `${String(v)} is stored as null` });
    return null;
  }
  if (Array.isArray(v)) {
    if (copy) return v.map((x, i) => orjson(x, child(at, i), w, true));
    for (let i = 0; i < v.length; i++) orjson(v[i] ?? null, child(at, i), w, false);
  } else if (isPyObject(v)) {
    if (!copy) for (const k in v) orjson(v[k] ?? null, child(at, k), w, false);
    else {
      const out: PyObject = {};
      for (const [k, x] of Object.entries(v)) setMember(out, k, orjson(x, child(at, k), w, true));
      return out;
    }
  }
  return v;
}

function nullGeometry(w: ModelWalk): void {
  w.errors.push({
    pointer: '/geometry',
    rule: 'loader:null-geometry',
    message:
      'geometry is null; pgstac stores items with a NOT NULL geometry, so the load fails ' +
      '(and takes the rest of the batch for this collection with it); give the item a geometry',
  });
}

/** pypgstac's row (geometry to PostGIS, content dehydrated) and pgstac's `content_hydrate` on read. */
function pgstacItem(item: PyObject, context: StoredFormContext, w: ModelWalk): PyJson {
  const out: PyObject = { ...item };
  if (item['geometry'] === null) nullGeometry(w);
  else if (isPyObject(item['geometry']))
    out['geometry'] = postgisGeometry(item['geometry'], child(undefined, 'geometry'), w);
  if (isPyObject(context.itemAssets) && isPyObject(item['assets'])) {
    out['assets'] = roundTrip(context.itemAssets, item['assets'], child(undefined, 'assets'), w);
  }
  return stripNullMembers(out, undefined, w);
}

/** PostGIS rebuilds the geometry from WKB: its `bbox` (and anything but type and coordinates) is gone. */
function postgisGeometry(g: PyObject, at: At, w: ModelWalk): PyObject {
  const out: PyObject = {};
  for (const [k, v] of Object.entries(g)) {
    if (k === 'type' || k === 'coordinates') out[k] = v;
    else if (k === 'geometries' && Array.isArray(v)) {
      out[k] = v.map((x, i) => (isPyObject(x) ? postgisGeometry(x, child(child(at, 'geometries'), i), w) : x));
    } else {
      w.changes.push({
        pointer: ptr(child(at, k)),
        rule: 'dropped',
        message: 'dropped: PostGIS rebuilds the geometry',
      });
    }
  }
  return out;
}

const DO_NOT_MERGE = Symbol('do not merge');

/**
 * pypgstac `dehydrate(base, item)` followed by pgstac `merge_jsonb(stored, base)`: members equal to the
 * base's by Python `==` (`1.0 == 1`, `True == 1`), `null` and `[]` come back as the base's value.
 */
function roundTrip(base: PyObject, item: PyObject, at: At, w: ModelWalk): PyObject {
  const out: PyObject = {};
  for (const [key, value] of Object.entries(item)) {
    const p = child(at, key);
    if (!Object.hasOwn(base, key)) setMember(out, key, value);
    else {
      const b = base[key] ?? null;
      const merged = roundTripValue(b, value, p, w);
      if (merged !== DO_NOT_MERGE) setMember(out, key, merged);
    }
  }
  return out;
}

function roundTripValue(b: PyJson, value: PyJson, at: At, w: ModelWalk): PyJson | typeof DO_NOT_MERGE {
  const fromBase = (why: string): PyJson => {
    const shown = stringifyJson(fromPy(b));
    const described = shown.length > 60 ? '(an object)' : shown;
    const message = `stored as the collection's item_assets value ${described} (${why})`;
    if (b !== value) w.changes.push({ pointer: ptr(at), rule: 'item_assets', message });
    return b;
  };
  if (pyEqual(b, value))
    return typeof b === typeof value && !isPyObject(b) && !Array.isArray(b) ? value : fromBase('equal by Python ==');
  if (Array.isArray(b) && Array.isArray(value)) {
    if (b.length !== value.length) return value;
    return value.map((v, i) => {
      const bv = b[i] ?? null;
      if (isPyObject(bv) && isPyObject(v)) return roundTrip(bv, v, child(at, i), w);
      return v === null ? bv : v;
    });
  }
  if (value === null || (Array.isArray(value) && value.length === 0)) return fromBase('an empty value is not stored');
  if (isPyObject(value) && isPyObject(b)) return roundTrip(b, value, at, w);
  return value;
}

/** pgstac's `jsonb_strip_nulls` on the hydrated item: null object members are removed at any depth. */
function stripNullMembers(v: PyJson, at: At, w: ModelWalk): PyJson {
  if (Array.isArray(v)) return v.map((x, i) => stripNullMembers(x, child(at, i), w));
  if (!isPyObject(v)) return v;
  const out: PyObject = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null)
      w.changes.push({
        pointer: ptr(child(at, k)),
        rule: 'dropped',
        message: 'null member removed (pgstac drops nulls from items)',
      });
    else setMember(out, k, stripNullMembers(x, child(at, k), w));
  }
  return out;
}
