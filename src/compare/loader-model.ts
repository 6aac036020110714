/**
 * The StacLoader's models, field by field: stac-pydantic 3.5.1 `Item` / `Collection` with their
 * nested models and geojson-pydantic 2.1.1 geometries, validated in pydantic 2's lax mode and
 * dumped with `model_dump(mode="json")` (by alias, `exclude_unset`, nulls kept), as
 * twin/stored-form.json lists them. `throughModels` returns what the models hand to pypgstac,
 * every change they made and every reason they refuse the document.
 */
import { pydanticDatetime } from './datetime.js';
import { setMember } from '../json.js';
import { isPyObject, pyEqual, pyFloatRepr, type PyJson, type PyObject } from './py-value.js';

export interface LoaderIssue {
  /** JSON pointer into the document. */
  pointer: string;
  /** `loader:*` rule name (for refusals). */
  rule: string;
  message: string;
}

export interface ModelWalk {
  errors: LoaderIssue[];
  changes: LoaderIssue[];
  /** Only the refusals are wanted (validation): changes are not worded. */
  quiet?: boolean;
}

/** Where a value is: built as the walk goes down, written as a JSON pointer only when something is said about it. */
export type At = { readonly parent: At; readonly key: string | number } | undefined;

/** `at`'s child `key`. */
export const child = (at: At, key: string | number): At => ({ parent: at, key });

/** `at` as an RFC 6901 JSON pointer. */
export function ptr(at: At): string {
  let out = '';
  for (let a = at; a !== undefined; a = a.parent)
    out = `/${String(a.key).replace(/~/g, '~0').replace(/\//g, '~1')}${out}`;
  return out;
}

type Validator = (v: PyJson, at: At, w: ModelWalk) => PyJson;

interface Field {
  v: Validator;
  required?: boolean;
  /** `Optional[...]`: null is valid and dumped as null. */
  nullable?: boolean;
}

export interface ModelSpec {
  name: string;
  /** pydantic `extra`: unknown members kept (`allow`) or dropped (`ignore`). */
  extra: 'allow' | 'ignore';
  fields: Record<string, Field>;
  /** Members whose null is removed by the JSON-mode serializer (geojson-pydantic `__geojson_exclude_if_none__`). */
  dropIfNull?: readonly string[];
  /** A model validator run before the fields: a refusal here stops the model (pydantic `mode="before"`). */
  pre?: (input: PyObject, at: At, w: ModelWalk) => boolean;
  /** Model validators, run on the validated members when the fields validated. */
  check?: (out: PyObject, at: At, w: ModelWalk) => void;
}

function fail(w: ModelWalk, at: At, rule: string, message: string): void {
  w.errors.push({ pointer: ptr(at), rule, message });
}

function describe(v: PyJson): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 37) + '...' : v)}`;
  if (typeof v === 'bigint' || typeof v === 'number') return `the number ${String(v)}`;
  if (typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? 'a list' : 'an object';
}

// ---------------------------------------------------------------------------------------------
// scalar kinds
// ---------------------------------------------------------------------------------------------

export function str(opts: { minLength?: number; pattern?: RegExp; rule?: string } = {}): Validator {
  return (v, at, w) => {
    const rule = opts.rule ?? 'loader:field';
    if (typeof v !== 'string') fail(w, at, rule, `must be a string (got ${describe(v)})`);
    else if (opts.minLength !== undefined && codePointsBelow(v, opts.minLength)) fail(w, at, rule, 'must not be empty');
    else if (opts.pattern !== undefined && !opts.pattern.test(v)) {
      fail(w, at, rule, `${describe(v)} does not have the required form`);
    }
    return v;
  };
}

/** Whether `s` has fewer than `n` code points (spread only when its length leaves it open: 1 or 2 units each). */
function codePointsBelow(s: string, n: number): boolean {
  if (s.length < n) return true;
  return s.length < 2 * n && [...s].length < n;
}

function literal(value: string): Validator {
  return (v, at, w) => {
    if (v !== value) fail(w, at, 'loader:type', `must be "${value}" (got ${describe(v)})`);
    return v;
  };
}

/** Python `float(...)` of a string, as pydantic's lax float parsing takes it. */
function floatOfText(s: string): number | undefined {
  const t = s.trim();
  if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(t)) return NaN;
  if (!/^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(t)) return undefined;
  return Number(t.replace(/_/g, ''));
}

/** pydantic lax `float`: numbers, booleans and numeric strings become floats. */
export function float(opts: { gt?: number } = {}): Validator {
  return (v, at, w) => {
    let out: number | undefined;
    if (typeof v === 'number') out = v;
    else if (typeof v === 'bigint') out = Number(v);
    else if (typeof v === 'boolean') out = v ? 1 : 0;
    else if (typeof v === 'string') out = floatOfText(v);
    if (out === undefined) {
      fail(w, at, 'loader:number', `must be a number (got ${describe(v)})`);
      return v;
    }
    if (opts.gt !== undefined && !(out > opts.gt)) {
      fail(w, at, 'loader:number', `must be greater than ${opts.gt} (got ${String(v)})`);
      return v;
    }
    if (typeof v !== 'number' && w.quiet !== true) {
      const rounded = typeof v === 'bigint' && BigInt(out) !== v ? ', rounded to a double' : '';
      const message = `${describe(v)} becomes the float ${pyFloatRepr(out)}${rounded}`;
      w.changes.push({ pointer: ptr(at), rule: 'float', message });
    }
    return out;
  };
}

/** pydantic smart union `float | int` (`NumType`): ints stay ints, numeric strings and booleans become floats. */
function intOrFloat(orStr: boolean): Validator {
  const asFloat = float();
  return (v, at, w) => {
    if (typeof v === 'bigint' || typeof v === 'number') return v;
    if (orStr && typeof v === 'string') return v;
    return asFloat(v, at, w);
  };
}

function datetime(v: PyJson, at: At, w: ModelWalk): PyJson {
  const r = pydanticDatetime(v);
  if (!r.ok) {
    const rule = r.naive ? 'loader:timezone' : 'loader:datetime';
    const shown = typeof v === 'string' ? `'${v}'` : describe(v);
    const hint = r.naive ? "; add 'Z' or an offset" : '';
    fail(w, at, rule, `${lastToken(at)} ${shown} ${r.reason}${hint}`);
    return v;
  }
  if (r.value !== v && w.quiet !== true)
    w.changes.push({ pointer: ptr(at), rule: 'datetime', message: `${describe(v)} is stored as "${r.value}"` });
  return r.value;
}

function lastToken(at: At): string {
  return at === undefined ? '' : String(at.key);
}

/** pydantic `AnyUrl`: a URL with a scheme, normalised as the WHATWG URL standard (Rust `url`) does. */
function url(v: PyJson, at: At, w: ModelWalk): PyJson {
  if (typeof v !== 'string') {
    fail(w, at, 'loader:extension-url', `must be a URL string (got ${describe(v)})`);
    return v;
  }
  let href: string;
  try {
    href = new URL(v).href;
  } catch {
    fail(
      w,
      at,
      'loader:extension-url',
      `${describe(v)} is not a URL; use the extension's schema URL, ` +
        'e.g. https://stac-extensions.github.io/eo/v1.1.0/schema.json',
    );
    return v;
  }
  if (href !== v && w.quiet !== true)
    w.changes.push({ pointer: ptr(at), rule: 'url', message: `"${v}" is stored as "${href}"` });
  return href;
}

// ---------------------------------------------------------------------------------------------
// containers
// ---------------------------------------------------------------------------------------------

function list(of: Validator, opts: { min?: number; max?: number; rule?: string; what?: string } = {}): Validator {
  return (v, at, w) => {
    const rule = opts.rule ?? 'loader:field';
    if (!Array.isArray(v)) {
      fail(w, at, rule, `must be a list (got ${describe(v)})`);
      return v;
    }
    if (opts.min !== undefined && v.length < opts.min) {
      fail(w, at, rule, `needs at least ${opts.min} ${opts.what ?? 'entries'} (has ${v.length})`);
    } else if (opts.max !== undefined && v.length > opts.max) {
      fail(w, at, rule, `takes at most ${opts.max} ${opts.what ?? 'entries'} (has ${v.length})`);
    }
    return v.map((x, i) => of(x, child(at, i), w));
  };
}

function dict(of: Validator): Validator {
  return (v, at, w) => {
    if (!isPyObject(v)) {
      fail(w, at, 'loader:field', `must be an object (got ${describe(v)})`);
      return v;
    }
    const out: PyObject = {};
    for (const [k, x] of Object.entries(v)) setMember(out, k, of(x, child(at, k), w));
    return out;
  };
}

/** A fixed-size tuple of numbers of one of the given lengths (a bbox, a position). */
function numbers(lengths: readonly number[], of: Validator, rule: string, what: string): Validator {
  return (v, at, w) => {
    if (!Array.isArray(v) || !lengths.includes(v.length)) {
      const got = Array.isArray(v) ? `${v.length} number(s)` : describe(v);
      fail(w, at, rule, `${what} must be a list of ${lengths.join(' or ')} numbers (got ${got})`);
      return v;
    }
    return v.map((x, i) => of(x, child(at, i), w));
  };
}

/** The required members of each model (looked up once, not per document). */
const requiredKeys = new WeakMap<ModelSpec, string[]>();

function requiredOf(spec: ModelSpec): string[] {
  let keys = requiredKeys.get(spec);
  if (keys === undefined) {
    keys = Object.keys(spec.fields).filter((k) => spec.fields[k]?.required === true);
    requiredKeys.set(spec, keys);
  }
  return keys;
}

export function model(spec: ModelSpec): Validator {
  return (v, at, w) => {
    if (!isPyObject(v)) {
      fail(w, at, 'loader:field', `must be an object (got ${describe(v)})`);
      return v;
    }
    if (spec.pre !== undefined && !spec.pre(v, at, w)) return v;
    const before = w.errors.length;
    const out: PyObject = {};
    for (const key of Object.keys(v)) {
      const value = v[key] as PyJson;
      // own members only: a member named like an Object.prototype property (`constructor`) is not a field
      const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
      if (field === undefined) {
        if (spec.extra === 'allow') setMember(out, key, value);
        else if (w.quiet !== true) {
          const kept = Object.keys(spec.fields).join(', ');
          w.changes.push({
            pointer: ptr(child(at, key)),
            rule: 'dropped',
            message: `dropped: ${spec.name} keeps only ${kept}`,
          });
        }
      } else if (value === null && field.nullable === true) {
        if (spec.dropIfNull?.includes(key)) {
          if (w.quiet !== true)
            w.changes.push({
              pointer: ptr(child(at, key)),
              rule: 'dropped',
              message: 'a null member removed by the serializer',
            });
        } else out[key] = null;
      } else out[key] = field.v(value, child(at, key), w);
    }
    for (const key of requiredOf(spec)) {
      if (!(key in v)) fail(w, child(at, key), requiredRule(key), `missing \`${key}\` (${spec.name} requires it)`);
    }
    if (spec.check !== undefined && w.errors.length === before) spec.check(out, at, w);
    return out;
  };
}

function requiredRule(key: string): string {
  if (key === 'datetime') return 'loader:datetime';
  if (key === 'id') return 'loader:id';
  if (key === 'type') return 'loader:type';
  return 'loader:field';
}

// ---------------------------------------------------------------------------------------------
// geojson-pydantic geometries
// ---------------------------------------------------------------------------------------------

const coordinate = float();
const position = numbers([2, 3], coordinate, 'loader:geometry', 'a position');
const bboxTuple = numbers([4, 6], float(), 'loader:bbox', 'bbox');

/** geojson-pydantic's bbox check on a geometry: min y <= max y, min z <= max z. */
function geometryBbox(v: PyJson, at: At, w: ModelWalk): PyJson {
  const out = bboxTuple(v, at, w);
  if (Array.isArray(out) && out.every((x) => typeof x === 'number')) {
    const b = out as number[];
    const o = b.length / 2;
    if ((b[1] as number) > (b[1 + o] as number)) fail(w, at, 'loader:bbox', 'bbox min y is greater than max y');
    if (o > 2 && (b[2] as number) > (b[2 + o] as number))
      fail(w, at, 'loader:bbox', 'bbox min z is greater than max z');
  }
  return out;
}

const positions = (min?: number, what = 'positions'): Validator =>
  list(position, { ...(min === undefined ? {} : { min }), rule: 'loader:geometry', what });

function closedRings(rings: PyJson, at: At, w: ModelWalk): void {
  if (!Array.isArray(rings)) return;
  rings.forEach((ring, i) => {
    if (!Array.isArray(ring) || ring.length === 0) return;
    if (!pyEqual(ring[0] ?? null, ring[ring.length - 1] ?? null)) {
      fail(
        w,
        child(at, i),
        'loader:geometry',
        'linear ring is not closed: its last position must equal its first; repeat the first position at the end',
      );
    }
  });
}

function geometryModel(type: string, coords: Validator, check?: ModelSpec['check']): ModelSpec {
  const spec: ModelSpec = {
    name: type,
    extra: 'ignore',
    fields: { bbox: { v: geometryBbox, nullable: true }, type: { v: literal(type), required: true } },
    dropIfNull: ['bbox'],
  };
  if (type === 'GeometryCollection') spec.fields['geometries'] = { v: coords, required: true };
  else spec.fields['coordinates'] = { v: coords, required: true };
  if (check) spec.check = check;
  return spec;
}

const ring = positions(4, 'positions in a linear ring');
const line = positions(2, 'positions in a LineString');

export const GEOMETRY_MODELS: Record<string, ModelSpec> = {
  Point: geometryModel('Point', position),
  MultiPoint: geometryModel('MultiPoint', positions()),
  LineString: geometryModel('LineString', line),
  MultiLineString: geometryModel('MultiLineString', list(line, { rule: 'loader:geometry' })),
  Polygon: geometryModel('Polygon', list(ring, { rule: 'loader:geometry' }), (out, at, w) =>
    closedRings(out['coordinates'] ?? null, child(at, 'coordinates'), w),
  ),
  MultiPolygon: geometryModel(
    'MultiPolygon',
    list(list(ring, { rule: 'loader:geometry' }), { rule: 'loader:geometry' }),
    (out, at, w) => {
      const polygons = out['coordinates'];
      if (Array.isArray(polygons)) polygons.forEach((p, i) => closedRings(p, child(child(at, 'coordinates'), i), w));
    },
  ),
  GeometryCollection: geometryModel('GeometryCollection', list(geometry, { rule: 'loader:geometry' }), (out, at, w) => {
    const parts = out['geometries'];
    if (Array.isArray(parts) && new Set(parts.map(hasZ)).size === 2) {
      fail(w, child(at, 'geometries'), 'loader:geometry', 'a GeometryCollection cannot mix 2D and 3D geometries');
    }
  }),
};

/** Whether any position of a geometry has a third number. */
export function hasZ(g: PyJson): boolean {
  if (!isPyObject(g)) return false;
  if (Array.isArray(g['geometries'])) return g['geometries'].some(hasZ);
  const deep = (c: PyJson): boolean =>
    Array.isArray(c) && (c.length === 3 && !Array.isArray(c[0]) ? true : c.some((x) => Array.isArray(x) && deep(x)));
  return deep(g['coordinates'] ?? null);
}

/** The discriminated union on `type`. */
function geometry(v: PyJson, at: At, w: ModelWalk): PyJson {
  if (!isPyObject(v)) {
    fail(w, at, 'loader:geometry', `geometry must be a GeoJSON geometry object (got ${describe(v)})`);
    return v;
  }
  const spec =
    typeof v['type'] === 'string' && Object.hasOwn(GEOMETRY_MODELS, v['type']) ? GEOMETRY_MODELS[v['type']] : undefined;
  if (spec === undefined) {
    const kinds = Object.keys(GEOMETRY_MODELS).join(', ');
    fail(
      w,
      child(at, 'type'),
      'loader:geometry',
      `geometry type ${describe(v['type'] ?? null)} is not one of ${kinds}`,
    );
    return v;
  }
  return model(spec)(v, at, w);
}

// ---------------------------------------------------------------------------------------------
// stac-pydantic models
// ---------------------------------------------------------------------------------------------

const SEMVER_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
/** stac-pydantic's `SEMVER_REGEX` (stac_version). */
export const SEMVER = new RegExp(
  `^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${SEMVER_ID}(?:\\.${SEMVER_ID})*))?` +
    '(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
);

const optStr: Field = { v: str(), nullable: true };
const strList: Field = { v: list(str()), nullable: true };
const dt: Field = { v: datetime, nullable: true };

export const PROVIDER: ModelSpec = {
  name: 'Provider',
  extra: 'ignore',
  fields: { name: { v: str({ minLength: 1 }), required: true }, description: optStr, roles: strList, url: optStr },
};

export const LINK: ModelSpec = {
  name: 'Link',
  extra: 'allow',
  fields: {
    href: { v: str({ minLength: 1, rule: 'loader:link' }), required: true },
    rel: { v: str({ minLength: 1, rule: 'loader:link' }), required: true },
    type: optStr,
    title: optStr,
  },
};

export const ASSET: ModelSpec = {
  name: 'Asset',
  extra: 'allow',
  fields: {
    href: { v: str({ minLength: 1, rule: 'loader:asset' }), required: true },
    type: optStr,
    title: optStr,
    description: optStr,
    roles: strList,
  },
};

const stacExtensions: Field = { v: list(url, { rule: 'loader:extension-url' }), nullable: true };
const links: Field = { v: list(model(LINK), { rule: 'loader:link' }), required: true };
const stacVersion: Field = { v: str({ pattern: SEMVER, rule: 'loader:stac-version' }) };

export const ITEM_PROPERTIES: ModelSpec = {
  name: 'ItemProperties',
  extra: 'allow',
  fields: {
    title: optStr,
    description: optStr,
    datetime: { v: datetime, nullable: true, required: true },
    created: dt,
    updated: dt,
    start_datetime: dt,
    end_datetime: dt,
    license: optStr,
    providers: { v: list(model(PROVIDER)), nullable: true },
    platform: optStr,
    instruments: strList,
    constellation: optStr,
    mission: optStr,
    gsd: { v: float({ gt: 0 }), nullable: true },
  },
  check: (out, at, w) => {
    // StacCommonMetadata.validate_datetime_or_start_end, then validate_start_end
    const start = out['start_datetime'] ?? null;
    const end = out['end_datetime'] ?? null;
    if (start === null && end === null) {
      if ((out['datetime'] ?? null) === null) {
        const msg = 'datetime is null, so both start_datetime and end_datetime are required';
        fail(w, child(at, 'datetime'), 'loader:datetime', msg);
      }
    } else if (start === null || end === null) {
      const [given, missing] = start === null ? ['end_datetime', 'start_datetime'] : ['start_datetime', 'end_datetime'];
      fail(w, child(at, missing), 'loader:datetime', `${given} is set without ${missing}; give both or neither`);
    }
  },
};

export const ITEM: ModelSpec = {
  name: 'Item',
  extra: 'ignore',
  fields: {
    bbox: { v: numbers([4, 6], float(), 'loader:bbox', 'bbox'), nullable: true },
    type: { v: literal('Feature'), required: true },
    geometry: { v: geometry, required: true, nullable: true },
    properties: { v: model(ITEM_PROPERTIES), required: true },
    id: { v: str({ minLength: 1, rule: 'loader:id' }), required: true },
    stac_version: stacVersion,
    assets: { v: dict(model(ASSET)), required: true },
    links,
    stac_extensions: stacExtensions,
    collection: { v: str({ rule: 'loader:collection' }), nullable: true },
  },
  dropIfNull: ['bbox', 'id'],
  pre: (doc, at, w) => {
    // stac-pydantic `Item.validate_bbox`: `if values.get("geometry") and values.get("bbox") is None`
    const g = doc['geometry'];
    const truthy = isPyObject(g) ? Object.keys(g).length > 0 : Array.isArray(g) ? g.length > 0 : Boolean(g);
    if (!truthy || (doc['bbox'] ?? null) !== null) return true;
    fail(
      w,
      child(at, 'bbox'),
      'loader:bbox',
      'bbox is required when geometry is set; add the bounding box of the geometry',
    );
    return false;
  },
};

const collectionBbox = numbers([4, 6], intOrFloat(false), 'loader:bbox', 'bbox');

export const SPATIAL_EXTENT: ModelSpec = {
  name: 'SpatialExtent',
  extra: 'ignore',
  fields: { bbox: { v: list(collectionBbox, { rule: 'loader:bbox' }), required: true } },
  check: (out, at, w) => checkBboxes(out['bbox'] ?? null, child(at, 'bbox'), w),
};

export const TIME_INTERVAL: ModelSpec = {
  name: 'TimeInterval',
  extra: 'ignore',
  fields: {
    interval: {
      v: list(list(nullableDatetime, { min: 2, max: 2, rule: 'loader:datetime', what: 'values (start, end)' }), {
        min: 1,
        rule: 'loader:datetime',
        what: 'interval',
      }),
      required: true,
    },
  },
  check: (out, at, w) => checkIntervals(out['interval'] ?? null, child(at, 'interval'), w),
};

function nullableDatetime(v: PyJson, at: At, w: ModelWalk): PyJson {
  return v === null ? null : datetime(v, at, w);
}

export const EXTENT: ModelSpec = {
  name: 'Extent',
  extra: 'ignore',
  fields: {
    spatial: { v: model(SPATIAL_EXTENT), required: true },
    temporal: { v: model(TIME_INTERVAL), required: true },
  },
};

export const RANGE: ModelSpec = {
  name: 'Range',
  extra: 'ignore',
  fields: { minimum: { v: intOrFloat(true), required: true }, maximum: { v: intOrFloat(true), required: true } },
};

/**
 * `Range | list[Any] | dict[str, Any]` in pydantic's smart mode: an object whose minimum and maximum are
 * numbers or strings is a Range.
 */
function summary(v: PyJson, at: At, w: ModelWalk): PyJson {
  if (Array.isArray(v)) return v;
  if (isPyObject(v)) {
    const isRangeValue = (x: PyJson | undefined): boolean =>
      typeof x === 'bigint' || typeof x === 'number' || typeof x === 'string';
    return isRangeValue(v['minimum']) && isRangeValue(v['maximum']) ? model(RANGE)(v, at, w) : v;
  }
  fail(w, at, 'loader:field', `a summary must be a list, a range object or a JSON Schema object (got ${describe(v)})`);
  return v;
}

export const COLLECTION: ModelSpec = {
  name: 'Collection',
  extra: 'allow',
  fields: {
    id: { v: str({ minLength: 1, rule: 'loader:id' }), required: true },
    description: { v: str({ minLength: 1 }), required: true },
    stac_version: stacVersion,
    links,
    stac_extensions: stacExtensions,
    title: optStr,
    type: { v: literal('Collection'), required: true },
    assets: { v: dict(model(ASSET)), nullable: true },
    license: { v: str({ minLength: 1 }), required: true },
    extent: { v: model(EXTENT), required: true },
    keywords: strList,
    providers: { v: list(model(PROVIDER)), nullable: true },
    summaries: { v: dict(summary), nullable: true },
  },
};

/** stac-pydantic `validate_bbox` on one collection bbox, then containment of the later ones in the first. */
function checkBboxes(v: PyJson, at: At, w: ModelWalk): void {
  if (!Array.isArray(v) || v.length === 0) return;
  const boxes = v.map((b) => (Array.isArray(b) ? b.map(Number) : []));
  boxes.forEach((b, i) => {
    const problem = bboxProblem(b);
    if (problem !== undefined) fail(w, child(at, i), 'loader:bbox', problem);
  });
  const [x0, y0, x1, y1] = corners(boxes[0] ?? []);
  const crossing = x0 > x1;
  boxes.slice(1).forEach((b, k) => {
    const [sx0, sy0, sx1, sy1] = corners(b);
    const subCrossing = sx0 > sx1;
    let inside = sy0 >= y0 && sy1 <= y1;
    if (inside && !crossing) inside = !subCrossing && sx0 >= x0 && sx1 <= x1;
    else if (inside && subCrossing) inside = sx0 > x0 && sx1 < x1;
    else if (inside) inside = !(sx0 >= 0 && sx0 < x0) && !(sx0 <= 0 && sx1 > x1);
    if (!inside) fail(w, child(at, k + 1), 'loader:bbox', 'bbox is not inside the first (overall) bbox');
  });
}

function corners(b: number[]): [number, number, number, number] {
  const n = (i: number): number => b[i] ?? 0;
  return b.length === 6 ? [n(0), n(1), n(3), n(4)] : [n(0), n(1), n(2), n(3)];
}

function bboxProblem(b: number[]): string | undefined {
  if (b.length === 0) return undefined;
  if (b.length === 6 && (b[5] ?? 0) < (b[2] ?? 0)) return 'bbox maximum elevation is below its minimum';
  const [x0, y0, x1, y1] = corners(b);
  if (x0 < -180 || y0 < -90 || x1 > 180 || y1 > 90) return 'bbox must be within (-180, -90, 180, 90)';
  if (x1 < x0 && (x1 > 0 || x0 < 0))
    return 'bbox max longitude is below its min longitude without crossing the antimeridian';
  if (y1 < y0) return 'bbox max latitude is below its min latitude';
  return undefined;
}

/** stac-pydantic `validate_time_interval`: start <= end, and every later interval inside the first. */
function checkIntervals(v: PyJson, at: At, w: ModelWalk): void {
  if (!Array.isArray(v) || v.length === 0) return;
  // canonical datetimes sort as text once every one has six fraction digits
  const t = (x: PyJson | undefined): string | undefined =>
    typeof x !== 'string' ? undefined : x.includes('.') ? x : x.replace('Z', '.000000Z');
  const [first, ...rest] = v.map((iv) => (Array.isArray(iv) ? [t(iv[0]), t(iv[1])] : [undefined, undefined]));
  const [start, end] = first ?? [];
  if (start && end && start > end) fail(w, child(at, 0), 'loader:datetime', 'interval start is after its end');
  rest.forEach(([s, e], k) => {
    const p = child(at, k + 1);
    if (s && e && s > e) fail(w, p, 'loader:datetime', 'interval start is after its end');
    else if (start && s && start > s)
      fail(w, p, 'loader:datetime', 'interval starts before the first (overall) interval');
    else if (end && e && e > end) fail(w, p, 'loader:datetime', 'interval ends after the first (overall) interval');
  });
}
