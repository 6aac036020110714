export const id = 682;
export const ids = [682];
export const modules = {

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ pydanticDatetime)
/* harmony export */ });
/**
 * stac-pydantic's `UtcDatetime` (pydantic 2 `AwareDatetime`, then `astimezone(utc)`), as the
 * pinned StacLoader runs it (twin/stored-form.json, type_behaviour "datetime"): what it accepts
 * and the text `model_dump(mode="json")` writes, `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`.
 */
/** Date, time (seconds optional), fraction (`.` or `,`), zone; `T`, `t`, `_` or a space between. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt_ ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;
/** A number of seconds (or milliseconds, above 2e10) since 1970 written as a string. */
const UNIX_TEXT = /^-?\d+(?:\.\d+)?$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n, width) => String(n).padStart(width, '0');
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** The UTC text pydantic writes for `value`, or why the loader refuses it. */
function pydanticDatetime(value) {
    if (typeof value === 'bigint')
        return fromUnix(Number(value));
    if (typeof value === 'number') {
        return Number.isNaN(value) ? { ok: false, reason: 'NaN is not a datetime' } : fromUnix(value);
    }
    if (typeof value !== 'string')
        return { ok: false, reason: `${describe(value)} is not a datetime` };
    if (UNIX_TEXT.test(value))
        return fromUnix(Number(value));
    const m = RFC3339.exec(value);
    if (!m)
        return { ok: false, reason: 'is not an RFC 3339 datetime like 2020-01-01T00:00:00Z' };
    const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (year === 0)
        return { ok: false, reason: 'year 0 is out of range' };
    if (month < 1 || month > 12)
        return { ok: false, reason: 'has a month outside 1-12' };
    const days = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 31);
    if (day < 1 || day > days)
        return { ok: false, reason: 'has a day outside its month' };
    if (h === undefined)
        return { ok: false, reason: 'has no time and no timezone', naive: true };
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) {
        return { ok: false, reason: 'has an hour, minute or second out of range (no hour 24, no leap second 60)' };
    }
    if (z === undefined && sign === undefined)
        return { ok: false, reason: 'has no timezone', naive: true };
    let offset = 0;
    if (sign !== undefined) {
        if (Number(oh) > 23 || Number(om) > 59)
            return { ok: false, reason: 'has a UTC offset out of range' };
        offset = (Number(oh) * 60 + Number(om)) * (sign === '-' ? -1 : 1);
    }
    const micro = frac === undefined ? 0 : Number(frac.slice(0, 6).padEnd(6, '0'));
    const local = utcMs(year, month, day, Number(h), Number(mi), Number(s ?? '0'));
    const ms = local - offset * 60_000;
    if (ms < MIN_MS || ms > MAX_MS)
        return { ok: false, reason: 'falls outside the years 1-9999 once converted to UTC' };
    return { ok: true, value: format(ms, micro) };
}
const MIN_MS = utcMs(1, 1, 1, 0, 0, 0);
const MAX_MS = utcMs(9999, 12, 31, 23, 59, 59) + 999;
function utcMs(y, mo, d, h, mi, s) {
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    t.setUTCHours(h, mi, s, 0);
    return t.getTime();
}
/** Seconds since 1970 (milliseconds when the magnitude is above 2e10), rounded to microseconds. */
function fromUnix(n) {
    if (!Number.isFinite(n))
        return { ok: false, reason: 'is not a finite number' };
    const seconds = Math.abs(n) > 2e10 ? n / 1000 : n;
    const micros = Math.round(seconds * 1e6);
    const ms = Math.floor(micros / 1000);
    if (ms < MIN_MS || ms > MAX_MS)
        return { ok: false, reason: 'is a unix time outside the years 1-9999' };
    return { ok: true, value: format(ms, ((micros % 1_000_000) + 1_000_000) % 1_000_000) };
}
function format(ms, micro) {
    const t = new Date(ms - (ms % 1000 < 0 ? 1000 + (ms % 1000) : ms % 1000));
    const base = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}` +
        `T${pad(t.getUTCHours(), 2)}:${pad(t.getUTCMinutes(), 2)}:${pad(t.getUTCSeconds(), 2)}`;
    return micro === 0 ? `${base}Z` : `${base}.${pad(micro, 6)}Z`;
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    return typeof v === 'object' ? 'an object' : typeof v;
}


/***/ }),

/***/ 5956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ ptr),
/* harmony export */   HX: () => (/* binding */ SEMVER),
/* harmony export */   Uo: () => (/* binding */ ITEM),
/* harmony export */   ge: () => (/* binding */ model),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   nP: () => (/* binding */ COLLECTION)
/* harmony export */ });
/* unused harmony exports str, float, GEOMETRY_MODELS, hasZ, PROVIDER, LINK, ASSET, ITEM_PROPERTIES, SPATIAL_EXTENT, TIME_INTERVAL, EXTENT, RANGE */
/* harmony import */ var _datetime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5462);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8301);
/* harmony import */ var _py_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1320);
/**
 * The StacLoader's models, field by field: stac-pydantic 3.5.1 `Item` / `Collection` with their
 * nested models and geojson-pydantic 2.1.1 geometries, validated in pydantic 2's lax mode and
 * dumped with `model_dump(mode="json")` (by alias, `exclude_unset`, nulls kept), as
 * twin/stored-form.json lists them. `throughModels` returns what the models hand to pypgstac,
 * every change they made and every reason they refuse the document.
 */



/** `at`'s child `key`. */
const child = (at, key) => ({ parent: at, key });
/** `at` as an RFC 6901 JSON pointer. */
function ptr(at) {
    let out = '';
    for (let a = at; a !== undefined; a = a.parent)
        out = `/${String(a.key).replace(/~/g, '~0').replace(/\//g, '~1')}${out}`;
    return out;
}
function fail(w, at, rule, message) {
    w.errors.push({ pointer: ptr(at), rule, message });
}
function describe(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 37) + '...' : v)}`;
    if (typeof v === 'bigint' || typeof v === 'number')
        return `the number ${String(v)}`;
    if (typeof v === 'boolean')
        return String(v);
    return Array.isArray(v) ? 'a list' : 'an object';
}
// ---------------------------------------------------------------------------------------------
// scalar kinds
// ---------------------------------------------------------------------------------------------
function str(opts = {}) {
    return (v, at, w) => {
        const rule = opts.rule ?? 'loader:field';
        if (typeof v !== 'string')
            fail(w, at, rule, `must be a string (got ${describe(v)})`);
        else if (opts.minLength !== undefined && codePointsBelow(v, opts.minLength))
            fail(w, at, rule, 'must not be empty');
        else if (opts.pattern !== undefined && !opts.pattern.test(v)) {
            fail(w, at, rule, `${describe(v)} does not have the required form`);
        }
        return v;
    };
}
/** Whether `s` has fewer than `n` code points (spread only when its length leaves it open: 1 or 2 units each). */
function codePointsBelow(s, n) {
    if (s.length < n)
        return true;
    return s.length < 2 * n && [...s].length < n;
}
function literal(value) {
    return (v, at, w) => {
        if (v !== value)
            fail(w, at, 'loader:type', `must be "${value}" (got ${describe(v)})`);
        return v;
    };
}
/** Python `float(...)` of a string, as pydantic's lax float parsing takes it. */
function floatOfText(s) {
    const t = s.trim();
    if (/^[+-]?(inf|infinity)$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/i.test(t))
        return NaN;
    if (!/^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(t))
        return undefined;
    return Number(t.replace(/_/g, ''));
}
/** pydantic lax `float`: numbers, booleans and numeric strings become floats. */
function float(opts = {}) {
    return (v, at, w) => {
        let out;
        if (typeof v === 'number')
            out = v;
        else if (typeof v === 'bigint')
            out = Number(v);
        else if (typeof v === 'boolean')
            out = v ? 1 : 0;
        else if (typeof v === 'string')
            out = floatOfText(v);
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
            const message = `${describe(v)} becomes the float ${(0,_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .pyFloatRepr */ .XO)(out)}${rounded}`;
            w.changes.push({ pointer: ptr(at), rule: 'float', message });
        }
        return out;
    };
}
/** pydantic smart union `float | int` (`NumType`): ints stay ints, numeric strings and booleans become floats. */
function intOrFloat(orStr) {
    const asFloat = float();
    return (v, at, w) => {
        if (typeof v === 'bigint' || typeof v === 'number')
            return v;
        if (orStr && typeof v === 'string')
            return v;
        return asFloat(v, at, w);
    };
}
function datetime(v, at, w) {
    const r = (0,_datetime_js__WEBPACK_IMPORTED_MODULE_0__/* .pydanticDatetime */ .A)(v);
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
function lastToken(at) {
    return at === undefined ? '' : String(at.key);
}
/** pydantic `AnyUrl`: a URL with a scheme, normalised as the WHATWG URL standard (Rust `url`) does. */
function url(v, at, w) {
    if (typeof v !== 'string') {
        fail(w, at, 'loader:extension-url', `must be a URL string (got ${describe(v)})`);
        return v;
    }
    let href;
    try {
        href = new URL(v).href;
    }
    catch {
        fail(w, at, 'loader:extension-url', `${describe(v)} is not a URL; use the extension's schema URL, ` +
            'e.g. https://stac-extensions.github.io/eo/v1.1.0/schema.json');
        return v;
    }
    if (href !== v && w.quiet !== true)
        w.changes.push({ pointer: ptr(at), rule: 'url', message: `"${v}" is stored as "${href}"` });
    return href;
}
// ---------------------------------------------------------------------------------------------
// containers
// ---------------------------------------------------------------------------------------------
function list(of, opts = {}) {
    return (v, at, w) => {
        const rule = opts.rule ?? 'loader:field';
        if (!Array.isArray(v)) {
            fail(w, at, rule, `must be a list (got ${describe(v)})`);
            return v;
        }
        if (opts.min !== undefined && v.length < opts.min) {
            fail(w, at, rule, `needs at least ${opts.min} ${opts.what ?? 'entries'} (has ${v.length})`);
        }
        else if (opts.max !== undefined && v.length > opts.max) {
            fail(w, at, rule, `takes at most ${opts.max} ${opts.what ?? 'entries'} (has ${v.length})`);
        }
        return v.map((x, i) => of(x, child(at, i), w));
    };
}
function dict(of) {
    return (v, at, w) => {
        if (!(0,_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(v)) {
            fail(w, at, 'loader:field', `must be an object (got ${describe(v)})`);
            return v;
        }
        const out = {};
        for (const [k, x] of Object.entries(v))
            (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .setMember */ .Nk)(out, k, of(x, child(at, k), w));
        return out;
    };
}
/** A fixed-size tuple of numbers of one of the given lengths (a bbox, a position). */
function numbers(lengths, of, rule, what) {
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
const requiredKeys = new WeakMap();
function requiredOf(spec) {
    let keys = requiredKeys.get(spec);
    if (keys === undefined) {
        keys = Object.keys(spec.fields).filter((k) => spec.fields[k]?.required === true);
        requiredKeys.set(spec, keys);
    }
    return keys;
}
function model(spec) {
    return (v, at, w) => {
        if (!(0,_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(v)) {
            fail(w, at, 'loader:field', `must be an object (got ${describe(v)})`);
            return v;
        }
        if (spec.pre !== undefined && !spec.pre(v, at, w))
            return v;
        const before = w.errors.length;
        const out = {};
        for (const key of Object.keys(v)) {
            const value = v[key];
            // own members only: a member named like an Object.prototype property (`constructor`) is not a field
            const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
            if (field === undefined) {
                if (spec.extra === 'allow')
                    (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .setMember */ .Nk)(out, key, value);
                else if (w.quiet !== true) {
                    const kept = Object.keys(spec.fields).join(', ');
                    w.changes.push({
                        pointer: ptr(child(at, key)),
                        rule: 'dropped',
                        message: `dropped: ${spec.name} keeps only ${kept}`,
                    });
                }
            }
            else if (value === null && field.nullable === true) {
                if (spec.dropIfNull?.includes(key)) {
                    if (w.quiet !== true)
                        w.changes.push({
                            pointer: ptr(child(at, key)),
                            rule: 'dropped',
                            message: 'a null member removed by the serializer',
                        });
                }
                else
                    out[key] = null;
            }
            else
                out[key] = field.v(value, child(at, key), w);
        }
        for (const key of requiredOf(spec)) {
            if (!(key in v))
                fail(w, child(at, key), requiredRule(key), `missing \`${key}\` (${spec.name} requires it)`);
        }
        if (spec.check !== undefined && w.errors.length === before)
            spec.check(out, at, w);
        return out;
    };
}
function requiredRule(key) {
    if (key === 'datetime')
        return 'loader:datetime';
    if (key === 'id')
        return 'loader:id';
    if (key === 'type')
        return 'loader:type';
    return 'loader:field';
}
// ---------------------------------------------------------------------------------------------
// geojson-pydantic geometries
// ---------------------------------------------------------------------------------------------
const coordinate = float();
const position = numbers([2, 3], coordinate, 'loader:geometry', 'a position');
const bboxTuple = numbers([4, 6], float(), 'loader:bbox', 'bbox');
/** geojson-pydantic's bbox check on a geometry: min y <= max y, min z <= max z. */
function geometryBbox(v, at, w) {
    const out = bboxTuple(v, at, w);
    if (Array.isArray(out) && out.every((x) => typeof x === 'number')) {
        const b = out;
        const o = b.length / 2;
        if (b[1] > b[1 + o])
            fail(w, at, 'loader:bbox', 'bbox min y is greater than max y');
        if (o > 2 && b[2] > b[2 + o])
            fail(w, at, 'loader:bbox', 'bbox min z is greater than max z');
    }
    return out;
}
const positions = (min, what = 'positions') => list(position, { ...(min === undefined ? {} : { min }), rule: 'loader:geometry', what });
function closedRings(rings, at, w) {
    if (!Array.isArray(rings))
        return;
    rings.forEach((ring, i) => {
        if (!Array.isArray(ring) || ring.length === 0)
            return;
        if (!(0,_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .pyEqual */ .Q8)(ring[0] ?? null, ring[ring.length - 1] ?? null)) {
            fail(w, child(at, i), 'loader:geometry', 'linear ring is not closed: its last position must equal its first; repeat the first position at the end');
        }
    });
}
function geometryModel(type, coords, check) {
    const spec = {
        name: type,
        extra: 'ignore',
        fields: { bbox: { v: geometryBbox, nullable: true }, type: { v: literal(type), required: true } },
        dropIfNull: ['bbox'],
    };
    if (type === 'GeometryCollection')
        spec.fields['geometries'] = { v: coords, required: true };
    else
        spec.fields['coordinates'] = { v: coords, required: true };
    if (check)
        spec.check = check;
    return spec;
}
const ring = positions(4, 'positions in a linear ring');
const line = positions(2, 'positions in a LineString');
const GEOMETRY_MODELS = {
    Point: geometryModel('Point', position),
    MultiPoint: geometryModel('MultiPoint', positions()),
    LineString: geometryModel('LineString', line),
    MultiLineString: geometryModel('MultiLineString', list(line, { rule: 'loader:geometry' })),
    Polygon: geometryModel('Polygon', list(ring, { rule: 'loader:geometry' }), (out, at, w) => closedRings(out['coordinates'] ?? null, child(at, 'coordinates'), w)),
    MultiPolygon: geometryModel('MultiPolygon', list(list(ring, { rule: 'loader:geometry' }), { rule: 'loader:geometry' }), (out, at, w) => {
        const polygons = out['coordinates'];
        if (Array.isArray(polygons))
            polygons.forEach((p, i) => closedRings(p, child(child(at, 'coordinates'), i), w));
    }),
    GeometryCollection: geometryModel('GeometryCollection', list(geometry, { rule: 'loader:geometry' }), (out, at, w) => {
        const parts = out['geometries'];
        if (Array.isArray(parts) && new Set(parts.map(hasZ)).size === 2) {
            fail(w, child(at, 'geometries'), 'loader:geometry', 'a GeometryCollection cannot mix 2D and 3D geometries');
        }
    }),
};
/** Whether any position of a geometry has a third number. */
function hasZ(g) {
    if (!(0,_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(g))
        return false;
    if (Array.isArray(g['geometries']))
        return g['geometries'].some(hasZ);
    const deep = (c) => Array.isArray(c) && (c.length === 3 && !Array.isArray(c[0]) ? true : c.some((x) => Array.isArray(x) && deep(x)));
    return deep(g['coordinates'] ?? null);
}
/** The discriminated union on `type`. */
function geometry(v, at, w) {
    if (!(0,_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(v)) {
        fail(w, at, 'loader:geometry', `geometry must be a GeoJSON geometry object (got ${describe(v)})`);
        return v;
    }
    const spec = typeof v['type'] === 'string' && Object.hasOwn(GEOMETRY_MODELS, v['type']) ? GEOMETRY_MODELS[v['type']] : undefined;
    if (spec === undefined) {
        const kinds = Object.keys(GEOMETRY_MODELS).join(', ');
        fail(w, child(at, 'type'), 'loader:geometry', `geometry type ${describe(v['type'] ?? null)} is not one of ${kinds}`);
        return v;
    }
    return model(spec)(v, at, w);
}
// ---------------------------------------------------------------------------------------------
// stac-pydantic models
// ---------------------------------------------------------------------------------------------
const SEMVER_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
/** stac-pydantic's `SEMVER_REGEX` (stac_version). */
const SEMVER = new RegExp(`^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${SEMVER_ID}(?:\\.${SEMVER_ID})*))?` +
    '(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$');
const optStr = { v: str(), nullable: true };
const strList = { v: list(str()), nullable: true };
const dt = { v: datetime, nullable: true };
const PROVIDER = {
    name: 'Provider',
    extra: 'ignore',
    fields: { name: { v: str({ minLength: 1 }), required: true }, description: optStr, roles: strList, url: optStr },
};
const LINK = {
    name: 'Link',
    extra: 'allow',
    fields: {
        href: { v: str({ minLength: 1, rule: 'loader:link' }), required: true },
        rel: { v: str({ minLength: 1, rule: 'loader:link' }), required: true },
        type: optStr,
        title: optStr,
    },
};
const ASSET = {
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
const stacExtensions = { v: list(url, { rule: 'loader:extension-url' }), nullable: true };
const links = { v: list(model(LINK), { rule: 'loader:link' }), required: true };
const stacVersion = { v: str({ pattern: SEMVER, rule: 'loader:stac-version' }) };
const ITEM_PROPERTIES = {
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
        }
        else if (start === null || end === null) {
            const [given, missing] = start === null ? ['end_datetime', 'start_datetime'] : ['start_datetime', 'end_datetime'];
            fail(w, child(at, missing), 'loader:datetime', `${given} is set without ${missing}; give both or neither`);
        }
    },
};
const ITEM = {
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
        const truthy = (0,_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(g) ? Object.keys(g).length > 0 : Array.isArray(g) ? g.length > 0 : Boolean(g);
        if (!truthy || (doc['bbox'] ?? null) !== null)
            return true;
        fail(w, child(at, 'bbox'), 'loader:bbox', 'bbox is required when geometry is set; add the bounding box of the geometry');
        return false;
    },
};
const collectionBbox = numbers([4, 6], intOrFloat(false), 'loader:bbox', 'bbox');
const SPATIAL_EXTENT = {
    name: 'SpatialExtent',
    extra: 'ignore',
    fields: { bbox: { v: list(collectionBbox, { rule: 'loader:bbox' }), required: true } },
    check: (out, at, w) => checkBboxes(out['bbox'] ?? null, child(at, 'bbox'), w),
};
const TIME_INTERVAL = {
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
function nullableDatetime(v, at, w) {
    return v === null ? null : datetime(v, at, w);
}
const EXTENT = {
    name: 'Extent',
    extra: 'ignore',
    fields: {
        spatial: { v: model(SPATIAL_EXTENT), required: true },
        temporal: { v: model(TIME_INTERVAL), required: true },
    },
};
const RANGE = {
    name: 'Range',
    extra: 'ignore',
    fields: { minimum: { v: intOrFloat(true), required: true }, maximum: { v: intOrFloat(true), required: true } },
};
/**
 * `Range | list[Any] | dict[str, Any]` in pydantic's smart mode: an object whose minimum and maximum are
 * numbers or strings is a Range.
 */
function summary(v, at, w) {
    if (Array.isArray(v))
        return v;
    if ((0,_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(v)) {
        const isRangeValue = (x) => typeof x === 'bigint' || typeof x === 'number' || typeof x === 'string';
        return isRangeValue(v['minimum']) && isRangeValue(v['maximum']) ? model(RANGE)(v, at, w) : v;
    }
    fail(w, at, 'loader:field', `a summary must be a list, a range object or a JSON Schema object (got ${describe(v)})`);
    return v;
}
const COLLECTION = {
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
function checkBboxes(v, at, w) {
    if (!Array.isArray(v) || v.length === 0)
        return;
    const boxes = v.map((b) => (Array.isArray(b) ? b.map(Number) : []));
    boxes.forEach((b, i) => {
        const problem = bboxProblem(b);
        if (problem !== undefined)
            fail(w, child(at, i), 'loader:bbox', problem);
    });
    const [x0, y0, x1, y1] = corners(boxes[0] ?? []);
    const crossing = x0 > x1;
    boxes.slice(1).forEach((b, k) => {
        const [sx0, sy0, sx1, sy1] = corners(b);
        const subCrossing = sx0 > sx1;
        let inside = sy0 >= y0 && sy1 <= y1;
        if (inside && !crossing)
            inside = !subCrossing && sx0 >= x0 && sx1 <= x1;
        else if (inside && subCrossing)
            inside = sx0 > x0 && sx1 < x1;
        else if (inside)
            inside = !(sx0 >= 0 && sx0 < x0) && !(sx0 <= 0 && sx1 > x1);
        if (!inside)
            fail(w, child(at, k + 1), 'loader:bbox', 'bbox is not inside the first (overall) bbox');
    });
}
function corners(b) {
    const n = (i) => b[i] ?? 0;
    return b.length === 6 ? [n(0), n(1), n(3), n(4)] : [n(0), n(1), n(2), n(3)];
}
function bboxProblem(b) {
    if (b.length === 0)
        return undefined;
    if (b.length === 6 && (b[5] ?? 0) < (b[2] ?? 0))
        return 'bbox maximum elevation is below its minimum';
    const [x0, y0, x1, y1] = corners(b);
    if (x0 < -180 || y0 < -90 || x1 > 180 || y1 > 90)
        return 'bbox must be within (-180, -90, 180, 90)';
    if (x1 < x0 && (x1 > 0 || x0 < 0))
        return 'bbox max longitude is below its min longitude without crossing the antimeridian';
    if (y1 < y0)
        return 'bbox max latitude is below its min latitude';
    return undefined;
}
/** stac-pydantic `validate_time_interval`: start <= end, and every later interval inside the first. */
function checkIntervals(v, at, w) {
    if (!Array.isArray(v) || v.length === 0)
        return;
    // canonical datetimes sort as text once every one has six fraction digits
    const t = (x) => typeof x !== 'string' ? undefined : x.includes('.') ? x : x.replace('Z', '.000000Z');
    const [first, ...rest] = v.map((iv) => (Array.isArray(iv) ? [t(iv[0]), t(iv[1])] : [undefined, undefined]));
    const [start, end] = first ?? [];
    if (start && end && start > end)
        fail(w, child(at, 0), 'loader:datetime', 'interval start is after its end');
    rest.forEach(([s, e], k) => {
        const p = child(at, k + 1);
        if (s && e && s > e)
            fail(w, p, 'loader:datetime', 'interval start is after its end');
        else if (start && s && start > s)
            fail(w, p, 'loader:datetime', 'interval starts before the first (overall) interval');
        else if (end && e && e > end)
            fail(w, p, 'loader:datetime', 'interval ends after the first (overall) interval');
    });
}


/***/ }),

/***/ 4028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ loadsPlainly)
/* harmony export */ });
/* unused harmony export plainValue */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8301);
/* harmony import */ var _datetime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5462);
/* harmony import */ var _loader_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5956);
/**
 * A quick, conservative answer to "would the StacLoader take this item as it is?", for validation's common case:
 * an item of plain JSON (strings, safe integers, fractions; no number text kept, see src/json.ts) whose fields have
 * the forms the models accept without any conversion. True only when the full model (stored-form.ts
 * `loaderRefusals`) finds no refusal; false means "not known", and the full model decides. It reads the parsed
 * document where it is (no Python-form copy, nothing built), about a tenth of the model's cost.
 */



/** An object whose members are all its own, as JSON gives (the models see own members; a built one may inherit). */
function isObj(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
const nonEmpty = (v) => typeof v === 'string' && v.length > 0;
const optString = (v) => v === null || typeof v === 'string';
function optStrings(v) {
    if (v === null)
        return true;
    if (!Array.isArray(v))
        return false;
    for (const x of v)
        if (typeof x !== 'string')
            return false;
    return true;
}
/**
 * Whether `v` and everything inside it is plain: every number a fraction or a safe integer, as Python reads its
 * `JSON.stringify` text (an int within 64 bits, a float), and no container keeps number text.
 */
function plainValue(v) {
    if (typeof v === 'number')
        return Number.isSafeInteger(v) || !Number.isInteger(v);
    // a bigint (not from JSON text, but a document may be built) is an int the loader may not store
    if (typeof v !== 'object' || v === null)
        return typeof v !== 'bigint';
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hasNumberTexts */ .ww)(v))
        return false;
    if (Array.isArray(v)) {
        for (const x of v)
            if (!plainValue(x))
                return false;
        return true;
    }
    for (const k of Object.keys(v))
        if (!plainValue(v[k]))
            return false;
    return true;
}
/** `short` or `long` plain numbers (a position: 2 or 3, a bbox: 4 or 6). */
function numbers(v, short, long) {
    if (!Array.isArray(v) || (v.length !== short && v.length !== long) || (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hasNumberTexts */ .ww)(v))
        return false;
    for (const x of v)
        if (typeof x !== 'number' || !plainValue(x))
            return false;
    return true;
}
const position = (v) => numbers(v, 2, 3);
const bboxNumbers = (v) => numbers(v, 4, 6);
function positions(v, min) {
    if (!Array.isArray(v) || v.length < min || (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hasNumberTexts */ .ww)(v))
        return false;
    for (const p of v)
        if (!position(p))
            return false;
    return true;
}
/** A linear ring: four positions or more, the last equal to the first. */
function ring(v) {
    if (!positions(v, 4))
        return false;
    const first = v[0];
    const last = v[v.length - 1];
    if (first.length !== last.length)
        return false;
    for (let i = 0; i < first.length; i++)
        if (first[i] !== last[i])
            return false;
    return true;
}
function every(v, f) {
    if (!Array.isArray(v))
        return false;
    for (const x of v)
        if (!f(x))
            return false;
    return true;
}
const lines = (c) => positions(c, 2);
const polygon = (c) => every(c, ring);
const COORDINATES = {
    Point: position,
    MultiPoint: (c) => positions(c, 0),
    LineString: lines,
    MultiLineString: (c) => every(c, lines),
    Polygon: polygon,
    MultiPolygon: (c) => every(c, polygon),
};
/** A geojson-pydantic geometry other than a GeometryCollection, with its optional bbox in order. */
function geometry(g) {
    if (!isObj(g) || typeof g['type'] !== 'string' || !Object.hasOwn(COORDINATES, g['type']))
        return false;
    if (!('coordinates' in g) || !COORDINATES[g['type']](g['coordinates']))
        return false;
    const bbox = g['bbox'];
    if (bbox === undefined || bbox === null)
        return true;
    if (!bboxNumbers(bbox))
        return false;
    const o = bbox.length / 2;
    return bbox[1] <= bbox[1 + o] && (o === 2 || bbox[2] <= bbox[2 + o]);
}
const datetime = (v) => typeof v === 'string' && (0,_datetime_js__WEBPACK_IMPORTED_MODULE_1__/* .pydanticDatetime */ .A)(v).ok;
const optDatetime = (v) => v === null || datetime(v);
const PROPERTY_FIELDS = {
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
function provider(p) {
    if (!isObj(p) || !nonEmpty(p['name']))
        return false;
    return ((!('description' in p) || optString(p['description'])) &&
        (!('url' in p) || optString(p['url'])) &&
        (!('roles' in p) || optStrings(p['roles'])));
}
/** Members checked by `fields` (present ones must pass), the others by `rest`. */
function members(o, fields, rest = plainValue) {
    for (const k of Object.keys(o)) {
        const check = Object.hasOwn(fields, k) ? fields[k] : rest;
        if (!check(o[k]))
            return false;
    }
    return true;
}
const NO_FIELDS = {};
function properties(p) {
    if (!isObj(p) || !members(p, PROPERTY_FIELDS) || !('datetime' in p))
        return false;
    const start = (p['start_datetime'] ?? null) !== null;
    const end = (p['end_datetime'] ?? null) !== null;
    return start === end && (start || p['datetime'] !== null);
}
const LINK_FIELDS = { href: nonEmpty, rel: nonEmpty, type: optString, title: optString };
const ASSET_FIELDS = { href: nonEmpty, type: optString, title: optString, description: optString, roles: optStrings };
const link = (l) => isObj(l) && 'href' in l && 'rel' in l && members(l, LINK_FIELDS);
const asset = (a) => isObj(a) && 'href' in a && members(a, ASSET_FIELDS);
/** Extension URLs that parsed before (a bounded memo: a run names a handful). */
const goodUrls = new Set();
function extensionUrl(v) {
    if (typeof v !== 'string')
        return false;
    if (goodUrls.has(v))
        return true;
    try {
        new URL(v);
    }
    catch {
        return false;
    }
    if (goodUrls.size < 256)
        goodUrls.add(v);
    return true;
}
const ITEM_FIELDS = {
    type: (v) => v === 'Feature',
    id: nonEmpty,
    collection: nonEmpty,
    stac_version: (v) => typeof v === 'string' && _loader_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEMVER */ .HX.test(v),
    bbox: bboxNumbers,
    geometry,
    properties,
    assets: (v) => isObj(v) && !(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hasNumberTexts */ .ww)(v) && members(v, NO_FIELDS, asset),
    links: (v) => every(v, link),
    stac_extensions: (v) => v === null || every(v, extensionUrl),
};
const REQUIRED = ['type', 'id', 'collection', 'bbox', 'geometry', 'properties', 'assets', 'links'];
/**
 * Whether the loader surely takes `doc` (a parsed item, its collection set as it is sent): no refusal from the
 * models, orjson or pgstac. Members the Item model drops are not looked at.
 */
function loadsPlainly(doc) {
    if (!isObj(doc) || (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hasNumberTexts */ .ww)(doc))
        return false;
    for (const k of REQUIRED)
        if (!(k in doc))
            return false;
    for (const k of Object.keys(doc)) {
        const check = Object.hasOwn(ITEM_FIELDS, k) ? ITEM_FIELDS[k] : undefined;
        if (check !== undefined && !check(doc[k]))
            return false;
    }
    return true;
}


/***/ }),

/***/ 9456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h7: () => (/* binding */ normalizedPy),
/* harmony export */   xn: () => (/* binding */ API_GENERATED_LINK_RELS)
/* harmony export */ });
/* unused harmony exports normalizeStac, canonicalJson */
/* harmony import */ var _py_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1320);
/* harmony import */ var _stored_form_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2599);


/** Link relations stac-fastapi-pgstac generates on read (stored ones with these rels are dropped). */
const API_GENERATED_LINK_RELS = new Set([
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
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function hasScheme(href) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(href);
}
function normalizeLinks(links, options) {
    if (!Array.isArray(links))
        return links;
    const kept = links
        .filter((l) => !(isRecord(l) && typeof l.rel === 'string' && API_GENERATED_LINK_RELS.has(l.rel)))
        .map((l) => {
        if (!isRecord(l) || typeof l.href !== 'string' || options.linkBase === undefined || hasScheme(l.href))
            return l;
        try {
            return { ...l, href: new URL(l.href, options.linkBase).href };
        }
        catch {
            return l;
        }
    });
    // an unordered set: the API puts its own links first and keeps the rest in stored order
    if (kept.length < 2)
        return kept;
    return kept
        .map((l) => [canonicalJson(l), l])
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([, l]) => l);
}
/** The comparable form as Python values (see py-value.ts): what compare.ts works on. */
function normalizedPy(doc, options = {}) {
    const { stored, kind } = (0,_stored_form_js__WEBPACK_IMPORTED_MODULE_1__/* .storedForm */ .K2)(doc, options.itemAssets === undefined ? {} : { itemAssets: (0,_py_value_js__WEBPACK_IMPORTED_MODULE_0__/* .toPy */ .XI)(options.itemAssets) });
    if (!(0,_py_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isPyObject */ .zt)(stored))
        return stored;
    const out = { ...stored };
    if (kind === 'collection' && (options.collectionExtent ?? 'ignore') === 'ignore')
        delete out['extent'];
    if ((options.links ?? 'content') === 'ignore')
        delete out['links'];
    else if ('links' in out)
        out['links'] = normalizeLinks(out['links'] ?? null, options);
    return out;
}
/**
 * The comparable form of a STAC Item or Collection as plain JSON (numbers written the way Python writes
 * them, see src/json.ts). Never mutates its input.
 */
function normalizeStac(doc, options = {}) {
    return fromPy(normalizedPy(doc, options));
}
/** JSON with object keys sorted at every level: the same for documents equal by content. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
    if (isRecord(value)) {
        const keys = Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
    }
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return 'null';
        // an integral float hashes like the int of the same value (`2.0` == `2`)
        return Number.isInteger(value) ? BigInt(value).toString() : String(value);
    }
    return JSON.stringify(value) ?? 'null';
}


/***/ }),

/***/ 1320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ pyEqual),
/* harmony export */   SR: () => (/* binding */ sameNumber),
/* harmony export */   XI: () => (/* binding */ toPy),
/* harmony export */   XO: () => (/* binding */ pyFloatRepr),
/* harmony export */   cw: () => (/* binding */ fromPy),
/* harmony export */   zt: () => (/* binding */ isPyObject)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8301);
/**
 * JSON values as the StacLoader's Python holds them after `json.loads`: an integer literal is an
 * exact `int` (here a `bigint`), any other number a `float` (an IEEE double, here a `number`),
 * whatever its size or text. The stored-form model works on these, so `10` and `10.0`, or
 * `9007199254740993` and `9007199254740992`, stay apart where the loader keeps them apart.
 */

const isPyObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const INTEGER_TEXT = /^-?\d+$/;
/** A parsed JSON value (number text kept, see src/json.ts) as Python reads its text. */
function toPy(value, reading) {
    return member(value, undefined, '', reading);
}
function member(v, holder, key, reading) {
    if (typeof v === 'number') {
        const text = holder && (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .numberText */ .$4)(holder, key);
        if (text === undefined) {
            // the same as reading String(v), without building it: a fraction or inf/nan is a float, a safe integer an int
            if (!Number.isInteger(v))
                return v;
            if (Number.isSafeInteger(v))
                return BigInt(v);
        }
        const written = text ?? String(v);
        if (!INTEGER_TEXT.test(written))
            return Number(written);
        if (reading)
            reading.exactInts = true;
        return BigInt(written);
    }
    // number texts are looked up only in containers that keep some (most keep none)
    if (Array.isArray(v)) {
        const texts = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hasNumberTexts */ .ww)(v) ? v : undefined;
        const out = [];
        for (let i = 0; i < v.length; i++)
            out.push(member(v[i], texts, i, reading));
        return out;
    }
    if (typeof v === 'object' && v !== null) {
        const texts = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .hasNumberTexts */ .ww)(v) ? v : undefined;
        const out = {};
        for (const k of Object.keys(v)) {
            const x = v[k];
            if (x !== undefined)
                (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .setMember */ .Nk)(out, k, member(x, texts, k, reading));
        }
        return out;
    }
    if (typeof v === 'bigint' && reading)
        reading.exactInts = true;
    if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint')
        return v;
    return null;
}
/** Back to a plain JSON value whose numbers write as Python writes them (`10.0`, `1e+20`, exact integers). */
function fromPy(value) {
    if (Array.isArray(value)) {
        const out = [];
        value.forEach((x, i) => (out[i] = plainMember(x, out, i)));
        return out;
    }
    if (isPyObject(value)) {
        const out = {};
        for (const [k, x] of Object.entries(value))
            (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .setMember */ .Nk)(out, k, plainMember(x, out, k));
        return out;
    }
    return plainMember(value, undefined, '');
}
function plainMember(v, holder, key) {
    if (typeof v === 'bigint') {
        const n = Number(v);
        if (holder && String(n) !== v.toString())
            (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .setNumberText */ .pc)(holder, key, v.toString());
        return n;
    }
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            return null;
        const text = pyFloatRepr(v);
        if (holder && text !== String(v))
            (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .setNumberText */ .pc)(holder, key, text);
        return v;
    }
    if (Array.isArray(v) || isPyObject(v))
        return fromPy(v);
    return v;
}
/** Python's `repr(float)`: the shortest round-trip digits, `.0` on whole numbers, exponent from 1e16 and below 1e-4. */
function pyFloatRepr(n) {
    if (Object.is(n, -0))
        return '-0.0';
    const [mantissa = '', expText = '0'] = n.toExponential().split('e');
    const exp = Number(expText);
    const sign = n < 0 ? '-' : '';
    const digits = mantissa.replace('-', '').replace('.', '');
    if (exp < -4 || exp >= 16) {
        const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    if (exp < 0)
        return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    if (exp >= digits.length - 1)
        return `${sign}${digits}${'0'.repeat(exp - digits.length + 1)}.0`;
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
/** Python's `==` on JSON values: numbers by value, `True == 1`, containers member by member. */
function pyEqual(a, b) {
    const na = numeric(a);
    const nb = numeric(b);
    if (na !== undefined || nb !== undefined)
        return na !== undefined && nb !== undefined && sameNumber(na, nb);
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEqual(x, b[i] ?? null));
    if (isPyObject(a)) {
        if (!isPyObject(b))
            return false;
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((k) => k in b && pyEqual(a[k] ?? null, b[k] ?? null));
    }
    return a === b;
}
function numeric(v) {
    if (typeof v === 'boolean')
        return v ? 1n : 0n;
    return typeof v === 'bigint' || typeof v === 'number' ? v : undefined;
}
/** Equality of an int or float with an int or float by mathematical value. */
function sameNumber(a, b) {
    // `==` between a bigint and a number compares their mathematical values
    return a == b;
}


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ storedForm),
/* harmony export */   j_: () => (/* binding */ loaderRefusals)
/* harmony export */ });
/* unused harmony exports storedFormOfPy, refusalsByModel */
/* harmony import */ var _loader_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5956);
/* harmony import */ var _py_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1320);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8301);
/* harmony import */ var _loads_plainly_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4028);
/**
 * What the catalog stores for a document we send, and every reason the StacLoader refuses it:
 * the whole path of twin/STORED_FORM.md, from the handler's `json.loads` through the stac-pydantic
 * models (loader-model.ts), orjson, pypgstac's dehydration and pgstac's hydration on read, to the
 * STAC API. One model serves `validate` (the refusals), `verify` / `plan` (the comparison) and
 * `predict` (the stored form and the changes).
 */




/** The Python int range orjson writes (beyond it the whole collection group of the batch fails). */
const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 64n - 1n;
/** The stored form of a parsed document (plain JSON with number text, see src/json.ts). */
function storedForm(doc, context = {}) {
    return storedFormOfPy((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .toPy */ .XI)(doc), context);
}
function storedFormOfPy(py, context = {}) {
    const w = { errors: [], changes: [] };
    const { kind, stored } = throughLoader(py, w, context);
    return { kind, stored, changes: outermost(w.changes), errors: w.errors };
}
/**
 * Why the loader refuses a parsed document: the `errors` of {@link storedForm}, in the same order, without
 * building the stored form past the models (orjson and pgstac refuse nothing else than wide integers and a
 * null geometry).
 */
function loaderRefusals(doc) {
    return (0,_loads_plainly_js__WEBPACK_IMPORTED_MODULE_3__/* .loadsPlainly */ .p)(doc) ? [] : refusalsByModel(doc);
}
/** {@link loaderRefusals} by the models alone. */
function refusalsByModel(doc) {
    const w = { errors: [], changes: [], quiet: true };
    const reading = { exactInts: false };
    const { kind, stored } = throughLoader((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .toPy */ .XI)(doc, reading), w, undefined);
    if (kind === 'other')
        return w.errors;
    // the models make no int: only one read from text (or beyond 2^53) can be too wide for orjson
    if (reading.exactInts)
        orjson(stored, undefined, w, false);
    const geometry = (0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(stored) ? stored['geometry'] : undefined;
    if (kind === 'item' && (geometry === null || (typeof geometry === 'number' && !Number.isFinite(geometry))))
        nullGeometry(w);
    return w.errors;
}
/** The loader's path for a document; with no `context`, only through the models. */
function throughLoader(py, w, context) {
    const type = (0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(py) ? py['type'] : undefined;
    if (!(0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(py) || (type !== 'Feature' && type !== 'Collection')) {
        w.errors.push({
            pointer: (0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(py) && type !== undefined ? '/type' : '',
            rule: 'loader:type',
            message: type === undefined
                ? 'missing `type`; the loader dispatches on it and fails without it ' +
                    '(use "Feature" for items, "Collection" for collections)'
                : `type ${(0,_json_js__WEBPACK_IMPORTED_MODULE_2__.stringifyJson)((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .fromPy */ .cw)(type))} cannot be loaded; ` +
                    'the loader accepts only "Feature" (items) and "Collection" (collections)',
        });
        return { kind: 'other', stored: py };
    }
    const kind = type === 'Feature' ? 'item' : 'collection';
    let stored = (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .model */ .ge)(kind === 'item' ? _loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ITEM */ .Uo : _loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .COLLECTION */ .nP)(py, undefined, w);
    if (kind === 'item')
        itemCollection(stored, w);
    if (context === undefined)
        return { kind, stored };
    stored = orjson(stored, undefined, w, true);
    if (kind === 'item' && (0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(stored))
        stored = pgstacItem(stored, context, w);
    return { kind, stored };
}
/** Changes inside a member that was dropped as a whole say nothing more: only the drop is kept. */
function outermost(changes) {
    const dropped = changes.filter((c) => c.rule === 'dropped').map((c) => `${c.pointer}/`);
    return changes.filter((c) => !dropped.some((d) => c.pointer.startsWith(d)));
}
/** The handler's own check after the model: `if not item.collection: raise KeyError(...)`. */
function itemCollection(item, w) {
    if (!(0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(item))
        return;
    const c = item['collection'];
    if (typeof c === 'string' && c !== '')
        return;
    w.errors.push({
        pointer: '/collection',
        rule: 'loader:collection',
        message: c === undefined
            ? 'item has no `collection`; the loader needs it to know where to write the item ' +
                '(set it, or give the source a `collection` in the manifest)'
            : 'collection must be a non-empty string',
    });
}
/**
 * orjson (pypgstac writes the dump with it): integers outside 64 bits fail; inf and nan become null.
 * Without `copy`, only the failures are found (the value is returned as it was).
 */
function orjson(v, at, w, copy) {
    if (typeof v === 'bigint') {
        if (v < INT_MIN || v > INT_MAX) {
            w.errors.push({
                pointer: (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ptr */ .$5)(at),
                rule: 'loader:integer-range',
                message: `the integer ${v.toString()} is outside the 64-bit range the loader can store (orjson: "Integer exceeds ` +
                    '64-bit range"; the whole collection group of the batch fails); ' +
                    `write it as a float (e.g. ${Number(v).toExponential()}) or a string`,
            });
        }
        return v;
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
        w.changes.push({ pointer: (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ptr */ .$5)(at), rule: 'number', message: `${String(v)} is stored as null` });
        return null;
    }
    if (Array.isArray(v)) {
        if (copy)
            return v.map((x, i) => orjson(x, (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, i), w, true));
        for (let i = 0; i < v.length; i++)
            orjson(v[i] ?? null, (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, i), w, false);
    }
    else if ((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(v)) {
        if (!copy)
            for (const k in v)
                orjson(v[k] ?? null, (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, k), w, false);
        else {
            const out = {};
            for (const [k, x] of Object.entries(v))
                (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .setMember */ .Nk)(out, k, orjson(x, (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, k), w, true));
            return out;
        }
    }
    return v;
}
function nullGeometry(w) {
    w.errors.push({
        pointer: '/geometry',
        rule: 'loader:null-geometry',
        message: 'geometry is null; pgstac stores items with a NOT NULL geometry, so the load fails ' +
            '(and takes the rest of the batch for this collection with it); give the item a geometry',
    });
}
/** pypgstac's row (geometry to PostGIS, content dehydrated) and pgstac's `content_hydrate` on read. */
function pgstacItem(item, context, w) {
    const out = { ...item };
    if (item['geometry'] === null)
        nullGeometry(w);
    else if ((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(item['geometry']))
        out['geometry'] = postgisGeometry(item['geometry'], (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(undefined, 'geometry'), w);
    if ((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(context.itemAssets) && (0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(item['assets'])) {
        out['assets'] = roundTrip(context.itemAssets, item['assets'], (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(undefined, 'assets'), w);
    }
    return stripNullMembers(out, undefined, w);
}
/** PostGIS rebuilds the geometry from WKB: its `bbox` (and anything but type and coordinates) is gone. */
function postgisGeometry(g, at, w) {
    const out = {};
    for (const [k, v] of Object.entries(g)) {
        if (k === 'type' || k === 'coordinates')
            out[k] = v;
        else if (k === 'geometries' && Array.isArray(v)) {
            out[k] = v.map((x, i) => ((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(x) ? postgisGeometry(x, (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)((0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, 'geometries'), i), w) : x));
        }
        else {
            w.changes.push({
                pointer: (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ptr */ .$5)((0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, k)),
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
function roundTrip(base, item, at, w) {
    const out = {};
    for (const [key, value] of Object.entries(item)) {
        const p = (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, key);
        if (!Object.hasOwn(base, key))
            (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .setMember */ .Nk)(out, key, value);
        else {
            const b = base[key] ?? null;
            const merged = roundTripValue(b, value, p, w);
            if (merged !== DO_NOT_MERGE)
                (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .setMember */ .Nk)(out, key, merged);
        }
    }
    return out;
}
function roundTripValue(b, value, at, w) {
    const fromBase = (why) => {
        const shown = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__.stringifyJson)((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .fromPy */ .cw)(b));
        const described = shown.length > 60 ? '(an object)' : shown;
        const message = `stored as the collection's item_assets value ${described} (${why})`;
        if (b !== value)
            w.changes.push({ pointer: (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ptr */ .$5)(at), rule: 'item_assets', message });
        return b;
    };
    if ((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .pyEqual */ .Q8)(b, value))
        return typeof b === typeof value && !(0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(b) && !Array.isArray(b) ? value : fromBase('equal by Python ==');
    if (Array.isArray(b) && Array.isArray(value)) {
        if (b.length !== value.length)
            return value;
        return value.map((v, i) => {
            const bv = b[i] ?? null;
            if ((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(bv) && (0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(v))
                return roundTrip(bv, v, (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, i), w);
            return v === null ? bv : v;
        });
    }
    if (value === null || (Array.isArray(value) && value.length === 0))
        return fromBase('an empty value is not stored');
    if ((0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(value) && (0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(b))
        return roundTrip(b, value, at, w);
    return value;
}
/** pgstac's `jsonb_strip_nulls` on the hydrated item: null object members are removed at any depth. */
function stripNullMembers(v, at, w) {
    if (Array.isArray(v))
        return v.map((x, i) => stripNullMembers(x, (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, i), w));
    if (!(0,_py_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyObject */ .zt)(v))
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        if (x === null)
            w.changes.push({
                pointer: (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ptr */ .$5)((0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, k)),
                rule: 'dropped',
                message: 'null member removed (pgstac drops nulls from items)',
            });
        else
            (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .setMember */ .Nk)(out, k, stripNullMembers(x, (0,_loader_model_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(at, k), w));
    }
    return out;
}


/***/ }),

/***/ 517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ collectionKey),
/* harmony export */   Dh: () => (/* binding */ itemKey),
/* harmony export */   Gd: () => (/* binding */ reportCollectionOf),
/* harmony export */   I6: () => (/* binding */ itemStub),
/* harmony export */   KO: () => (/* binding */ keyOfDocument),
/* harmony export */   ht: () => (/* binding */ detached),
/* harmony export */   lq: () => (/* binding */ requestKey),
/* harmony export */   nQ: () => (/* binding */ reportCollection),
/* harmony export */   rs: () => (/* binding */ NO_COLLECTION)
/* harmony export */ });
/* unused harmony export COLLECTION_WITHOUT_ID */
/**
 * A copy of `s` that holds nothing else: a string parsed out of a longer text may be a slice of it, and keeps the
 * whole text alive as long as it is kept (an item's id, its whole NDJSON line).
 */
function detached(s) {
    return Buffer.from(s, 'utf8').toString('utf8');
}
function itemKey(collection, id) {
    return `item:${collection}/${id}`;
}
function collectionKey(id) {
    return `collection:${id}`;
}
function requestKey(sourceId, row) {
    return `request:${sourceId}#${row}`;
}
function stringField(doc, field) {
    const v = doc[field];
    return typeof v === 'string' ? v : undefined;
}
/** The ledger key of a STAC Item or Collection document, or undefined if it has no usable id. */
function keyOfDocument(doc) {
    const id = stringField(doc, 'id');
    if (id === undefined)
        return undefined;
    const type = stringField(doc, 'type');
    if (type === 'Collection')
        return collectionKey(id);
    if (type === 'Feature') {
        const collection = stringField(doc, 'collection');
        return collection === undefined ? undefined : itemKey(collection, id);
    }
    return undefined;
}
/** How reports group a document: its collection, or one of these labels. */
const NO_COLLECTION = '(no collection)';
const COLLECTION_WITHOUT_ID = '(collection without id)';
/**
 * The collection a document counts under in reports: an item's `collection` (or the source's
 * override), a collection's own id; undefined for anything else (a Catalog, a document without `type`).
 */
function reportCollectionOf(doc, override) {
    const type = stringField(doc, 'type');
    return reportCollection(type, type === 'Collection' ? stringField(doc, 'id') : (override ?? stringField(doc, 'collection')));
}
/** {@link reportCollectionOf} from a document's type and its collection (an item's) or id (a collection's). */
function reportCollection(type, collectionOrId) {
    const given = collectionOrId === '' ? undefined : collectionOrId;
    if (type === 'Feature')
        return given ?? NO_COLLECTION;
    if (type === 'Collection')
        return given ?? COLLECTION_WITHOUT_ID;
    return undefined;
}
/** What is kept of the first item of a collection: its id and collection, and where it was read. */
function itemStub(d) {
    const keep = (v) => (typeof v === 'string' ? detached(v) : v);
    const doc = { type: 'Feature', id: keep(d.doc['id']), collection: keep(d.doc['collection']) };
    return { doc, origin: structuredClone(d.origin) };
}


/***/ }),

/***/ 1667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S2: () => (/* binding */ blockMemoryOf),
/* harmony export */   hx: () => (/* binding */ giveBackBlockMemory),
/* harmony export */   nh: () => (/* binding */ blockMemory)
/* harmony export */ });
/** Room in a reused memory for the carried start of a block's first line (longer carries get memory of their own). */
const CARRY_ROOM = 256 << 10;
/** Memories kept for reuse (the blocks in flight between the reader and the validation threads come back). */
const KEPT = 8;
const kept = [];
/**
 * A buffer of `bytes` bytes (uninitialized) that nothing else views: a given-back memory when one is large enough,
 * else new memory (of the reusable size when `bytes` fits it, so that it can come back).
 */
function blockMemory(bytes, chunkBytes) {
    const reusable = chunkBytes + CARRY_ROOM;
    if (bytes > reusable)
        return Buffer.allocUnsafeSlow(bytes);
    const last = kept.at(-1);
    const memory = last !== undefined && last.byteLength >= bytes ? kept.pop() : undefined;
    return Buffer.from(memory ?? Buffer.allocUnsafeSlow(reusable).buffer, 0, bytes);
}
/**
 * Gives back the memory of a consumed block for reuse: it moves to a new owner (every view of it here, the block's
 * bytes included, is left empty, as when a block moves to a worker thread).
 */
function giveBackBlockMemory(memory) {
    if (kept.length >= KEPT || memory.byteLength === 0)
        return;
    kept.push(structuredClone(memory, { transfer: [memory] }));
}
/** The memory of the blocks among `units` (it moves between threads with them). */
function blockMemoryOf(units) {
    return units.flatMap((u) => (u.block ? [u.block.bytes.buffer] : []));
}


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Hx: () => (/* binding */ readItemFiles),
/* harmony export */   IS: () => (/* binding */ FilePasses),
/* harmony export */   IW: () => (/* binding */ itemFilesDocs),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   Ul: () => (/* binding */ itemFilesUnits),
/* harmony export */   nR: () => (/* binding */ stacPathsUnits),
/* harmony export */   xo: () => (/* binding */ matchFiles)
/* harmony export */ });
/* unused harmony exports ITEM_FILE_EXTENSIONS, itemFileUnits, itemFileDocs */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3382);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2204);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4460);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(249);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9913);
/* harmony import */ var _read_passes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1464);









const ITEM_FILE_EXTENSIONS = ['.json', '.geojson', '.ndjson', '.jsonl'];
const WHOLE_FILE_BYTES = 1 << 20;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A path as shown to the user: relative to baseDir with forward slashes, or absolute when outside it. */
function displayPath(abs, baseDir) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(baseDir, abs).split('\\').join('/');
    return rel === '' ? abs : rel;
}
function unreadable(file, entry, err) {
    const code = err.code;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} cannot be read${code === 'ENOENT' ? ': not found' : `: ${code ?? String(err)}`}`, {
        location: { file, entry },
        cause: err,
    });
}
function tooLarge(file, what, bytes, max, location) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: ${what} is ${(0,_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(bytes)}, over ${(0,_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(max)}, the largest document stac-ingest reads`, {
        location,
        hint: 'split it: one item per line in an .ndjson file, or the items as members of a FeatureCollection',
    });
}
/**
 * Read a JSON file and parse it, with syntax errors located at file:line:column (and bytes that are not UTF-8 at
 * file:line and byte offset).
 * `file` is the name used in errors. A file over the document size cap is an error, not a crash.
 */
async function readJsonFile(absPath, file, entry, maxBytes = _json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DOCUMENT_BYTES */ .bi) {
    let text;
    try {
        const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absPath)).size;
        if (size > maxBytes)
            throw tooLarge(file, 'the file', size, maxBytes, { file, entry });
        text = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absPath), { file, entry });
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw err;
        throw unreadable(file, entry, err);
    }
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonText */ .lk)(text);
    if (!parsed.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is not valid JSON: ${parsed.message}`, {
            location: { file, line: parsed.line, column: parsed.column, entry },
        });
    }
    return parsed.value;
}
/**
 * The files matched by globs (relative to baseDir), in pattern order, sorted within a pattern, each once; each is
 * checked with `check` (symlinks are followed by the glob, so the check sees where a match really leads). A pattern
 * matching nothing is an error naming the setting (`what`) and an example pattern.
 */
async function matchFiles(patterns, baseDir, entry, check, what = { setting: 'files', example: '`items/*.json` or `items/**/*.ndjson`' }) {
    const files = [];
    const seen = new Set();
    for (const [index, pattern] of patterns.entries()) {
        const matches = (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_8__/* .glob */ .TI)(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, expandDirectories: false })).sort();
        if (matches.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what.setting} pattern '${pattern}' matches no files`, {
                location: { entry },
                hint: `patterns are relative to the manifest directory, e.g. ${what.example}`,
            });
        }
        for (const m of matches) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(m);
            await check?.(abs, index);
            if (!seen.has(abs)) {
                seen.add(abs);
                files.push(abs);
            }
        }
    }
    return files;
}
/**
 * What a source read each time it is used remembers of its files from the first read: which files matched, and
 * each one's size, modification time and inode. A later read of a file that differs, or of a different set of
 * files, is refused: the documents validated would not be those written or published.
 */
class FilePasses {
    show;
    files;
    stamps = new Map();
    /** `show`: a path as messages name it. */
    constructor(show) {
        this.show = show;
    }
    /** The files this read matched: the first read's list, or an error naming what changed. */
    sameFiles(files, entry) {
        if (this.files === undefined) {
            this.files = [...files];
            return;
        }
        const added = files.find((f) => !this.files.includes(f));
        const gone = this.files.find((f) => !files.includes(f));
        const odd = added ?? gone;
        if (odd === undefined)
            return;
        throw this.changed(this.show(odd), entry, added !== undefined ? 'appeared after the first read' : 'is gone');
    }
    /** Before and after each read of a file: the same size, modification time and inode as at its first read. */
    async check(abs, entry) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs, { bigint: true }).catch(() => undefined);
        const stamp = st ? `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}` : 'missing';
        const first = this.stamps.get(abs);
        if (first === undefined)
            this.stamps.set(abs, stamp);
        else if (first !== stamp)
            throw this.changed(this.show(abs), entry, 'changed');
    }
    changed(file, entry, what) {
        return (0,_read_passes_js__WEBPACK_IMPORTED_MODULE_7__/* .changedBetweenReads */ .q)(file, entry, what);
    }
}
/** `files` read one after the other, each checked against `passes` before and after it is read. */
async function* passFiles(files, entry, passes, read) {
    passes?.sameFiles(files, entry);
    for (const abs of files) {
        await passes?.check(abs, entry);
        yield* read(abs);
        await passes?.check(abs, entry);
    }
}
/**
 * Items from files matched by globs (relative to baseDir): `.json`/`.geojson` hold one STAC object or a
 * FeatureCollection / ItemCollection (each feature becomes a doc at `/features/i`); `.ndjson`/`.jsonl` hold
 * one item per line. Files come in pattern order, sorted within a pattern, each file once.
 */
async function* itemFilesDocs(patterns, baseDir, entry, limits = {}, check, passes) {
    const files = await matchFiles(patterns, baseDir, entry, check);
    yield* passFiles(files, entry, passes, (abs) => itemFileDocs(abs, baseDir, entry, limits));
}
/** {@link itemFilesDocs} as units: NDJSON files in blocks of lines, parsed where they are checked. */
async function* itemFilesUnits(patterns, baseDir, entry, limits = {}, check, passes) {
    const files = await matchFiles(patterns, baseDir, entry, check);
    yield* passFiles(files, entry, passes, (abs) => itemFileUnits(abs, baseDir, entry, limits));
}
/** {@link itemFilesDocs}, collected. */
async function readItemFiles(patterns, baseDir, entry, limits = {}, check) {
    const docs = [];
    for await (const d of itemFilesDocs(patterns, baseDir, entry, limits, check))
        docs.push(d);
    return docs;
}
/**
 * The documents of one item file, chosen by its extension: an NDJSON file in blocks of lines (parsed
 * where they are checked, see units.ts), a JSON file parsed, one document at a time.
 */
async function* itemFileUnits(abs, baseDir, entry, limits = {}) {
    const file = displayPath(abs, baseDir);
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(abs).toLowerCase();
    if (ext === '.json' || ext === '.geojson')
        yield* jsonFileDocs(abs, file, entry, limits);
    else if (ext === '.ndjson' || ext === '.jsonl')
        yield* ndjsonUnits(abs, file, entry, limits);
    else
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: files sources take ${ITEM_FILE_EXTENSIONS.join(', ')} files, not '${ext || 'no extension'}'`, {
            location: { file, entry },
            hint: 'narrow the glob, e.g. `items/*.json` instead of `items/*`',
        });
}
/** {@link itemFileUnits}, parsed. */
async function* itemFileDocs(abs, baseDir, entry, limits = {}) {
    for await (const block of itemFileUnits(abs, baseDir, entry, limits))
        for (const unit of (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .unitsOf */ .$J)(block))
            yield (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .parseUnit */ .E8)(unit);
}
function notStacObject(file, value, entry) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} holds ` +
        `${Array.isArray(value) ? 'a JSON array' : `a JSON ${value === null ? 'null' : typeof value}`}, ` +
        `not a STAC object`, {
        location: { file, pointer: '', entry },
        hint: 'a .json file holds one STAC object or a FeatureCollection of items; use .ndjson for one item per line',
    });
}
function featureDoc(feature, i, file, abs, entry) {
    const pointer = `/features/${i}`;
    if (!isObject(feature))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: features[${i}] is not a JSON object`, {
            location: { file, pointer, entry },
        });
    return { doc: feature, origin: { file, absolutePath: abs, entry, pointer } };
}
async function* jsonFileDocs(abs, file, entry, limits) {
    let size;
    try {
        size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs)).size;
    }
    catch (err) {
        throw unreadable(file, entry, err);
    }
    if (size > (limits.wholeFileBytes ?? WHOLE_FILE_BYTES)) {
        yield* scannedJsonDocs(abs, file, entry, limits.maxDocumentBytes ?? _json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DOCUMENT_BYTES */ .bi);
        return;
    }
    const value = await readJsonFile(abs, file, entry, limits.maxDocumentBytes);
    if (!isObject(value))
        throw notStacObject(file, value, entry);
    if (value['type'] !== 'FeatureCollection') {
        const origin = { file, absolutePath: abs, entry };
        yield { doc: value, origin };
        return;
    }
    const features = value['features'];
    if (!Array.isArray(features)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is a FeatureCollection without a \`features\` list`, {
            location: { file, pointer: '/features', entry },
        });
    }
    for (let i = 0; i < features.length; i++)
        yield featureDoc(features[i], i, file, abs, entry);
}
/**
 * A JSON file too large to parse whole: a FeatureCollection yields its members one at a time (each
 * under the document cap); anything else must itself be under the cap. Reading `features` needs
 * `type` first; when `features` comes before `type` in the file, a second pass reads the members.
 */
async function* scannedJsonDocs(abs, file, entry, max) {
    const top = { root: undefined, type: undefined, features: undefined, streamed: false };
    yield* scanJsonFile(abs, file, entry, max, top, false);
    if (top.root === '[')
        throw notStacObject(file, [], entry);
    if (top.root === '{' && top.type === 'FeatureCollection') {
        if (top.features !== '[')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is a FeatureCollection without a \`features\` list`, {
                location: { file, pointer: '/features', entry },
            });
        if (!top.streamed)
            yield* scanJsonFile(abs, file, entry, max, top, true);
        return;
    }
    const value = await readJsonFile(abs, file, entry, max);
    if (!isObject(value))
        throw notStacObject(file, value, entry);
    yield { doc: value, origin: { file, absolutePath: abs, entry } };
}
/** Reads a file chunk by chunk (fresh buffers: the caller may keep them). */
async function* chunksOf(abs, file, entry) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(abs, 'r');
    }
    catch (err) {
        throw unreadable(file, entry, err);
    }
    try {
        for (;;) {
            const buf = Buffer.allocUnsafe(1 << 20);
            const { bytesRead } = await handle.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                return;
            yield buf.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
/** The chunks of a file still needed to cut out a value that started at some offset. */
class ChunkWindow {
    chunks = [];
    add(buf, offset, keepFrom) {
        this.chunks = this.chunks.filter((c) => c.offset + c.buf.length > keepFrom);
        this.chunks.push({ buf, offset });
    }
    slice(from, to) {
        const parts = this.chunks
            .filter((c) => c.offset < to && c.offset + c.buf.length > from)
            .map((c) => c.buf.subarray(Math.max(0, from - c.offset), Math.min(c.buf.length, to - c.offset)));
        return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    }
}
/**
 * One streaming pass over a JSON file: records its top level in `top` and yields the members of
 * `features` when `type` is already known to be FeatureCollection (or `featuresKnown`).
 */
async function* scanJsonFile(abs, file, entry, max, top, featuresKnown) {
    const ready = [];
    const window = new ChunkWindow();
    const open = { start: -1, line: 0, index: 0 };
    let typeStart = -1;
    const member = (index) => ({ file, line: open.line, pointer: `/features/${index}`, entry });
    const scanner = new _json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonScanner */ .VF({
        value(depth, offset) {
            const first = () => window.slice(offset, offset + 1).toString('latin1');
            const key = scanner.segments[0];
            if (depth === 0)
                top.root = first();
            else if (depth === 1 && key === 'type')
                typeStart = offset;
            else if (depth === 1 && key === 'features') {
                top.features = first();
                top.streamed = featuresKnown || top.type === 'FeatureCollection';
            }
            else if (depth === 2 && key === 'features' && top.streamed && top.features === '[') {
                Object.assign(open, { start: offset, line: scanner.line, index: scanner.segments[1] });
            }
        },
        end(depth, endOffset) {
            if (depth === 1 && typeStart >= 0) {
                if (endOffset - typeStart <= 1024)
                    top.type = JSON.parse(window.slice(typeStart, endOffset).toString('utf8'));
                typeStart = -1;
            }
            if (depth !== 2 || open.start < 0)
                return;
            if (endOffset - open.start > max)
                throw tooLarge(file, `features[${open.index}]`, endOffset - open.start, max, member(open.index));
            const place = { file, entry, line: open.line, offset: open.start };
            const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonText */ .lk)((0,_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(window.slice(open.start, endOffset), place));
            if (!parsed.ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is not valid JSON: ${parsed.message}`, {
                    location: { file, line: open.line + parsed.line - 1, entry },
                });
            ready.push(featureDoc(parsed.value, open.index, file, abs, entry));
            open.start = -1;
        },
    });
    let offset = 0;
    try {
        for await (const chunk of chunksOf(abs, file, entry)) {
            window.add(chunk, offset, Math.min(...[open.start, typeStart, offset].filter((o) => o >= 0)));
            const bom = offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
            scanner.feed(chunk, bom);
            offset += chunk.length;
            if (open.start >= 0 && offset - open.start > max)
                throw tooLarge(file, `features[${open.index}]`, offset - open.start, max, member(open.index));
            yield* ready.splice(0);
        }
        scanner.finish();
    }
    catch (err) {
        if (err instanceof _json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonScanError */ .iE)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is not valid JSON: ${err.message}`, {
                location: { file, line: err.line, entry },
            });
        throw err;
    }
}
async function* ndjsonUnits(abs, file, entry, limits) {
    try {
        const maxLineBytes = limits.maxDocumentBytes ?? _json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DOCUMENT_BYTES */ .bi;
        for await (const block of (0,_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .readLineBlocks */ .pM)(abs, file, { maxLineBytes }))
            yield { block, origin: { file, absolutePath: abs, entry } };
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw err;
        throw unreadable(file, entry, err);
    }
}
/** A JSON object that is no STAC document at all: neither `type` nor `stac_version`. */
const notStac = (doc) => !('type' in doc) && !('stac_version' in doc);
/**
 * The STAC documents under the given paths, one at a time: files as given, directories searched for
 * *.json, *.geojson, *.ndjson and *.jsonl (JSON files there that are not STAC, such as package.json,
 * are skipped and reported). A path or file that cannot be read is reported and the others are still
 * read, so one run reports every broken file.
 */
async function* stacPathsUnits(paths, baseDir, report) {
    for (const p of paths) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, p);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs).catch(() => undefined);
        if (!st) {
            report.error(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${p} does not exist (give STAC files or directories holding them)`));
            continue;
        }
        const files = st.isDirectory()
            ? (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_8__/* .glob */ .TI)('**/*.{json,geojson,ndjson,jsonl}', { cwd: abs, absolute: true, onlyFiles: true })).sort()
            : [abs];
        if (files.length === 0)
            report.error(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${p} holds no *.json, *.geojson, *.ndjson or *.jsonl files`));
        for (const file of files) {
            try {
                for await (const d of itemFileUnits(file, baseDir, '')) {
                    if (st.isDirectory() && d.doc !== undefined && d.origin.pointer === undefined && notStac(d.doc))
                        report.skipped(d.origin.file);
                    else
                        yield d;
                }
            }
            catch (err) {
                if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1))
                    throw err;
                report.error(err);
            }
        }
    }
}


/***/ }),

/***/ 249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ linesOf),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   pM: () => (/* binding */ readLineBlocks),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2204);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4460);
/* harmony import */ var _block_memory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1667);





const CHUNK_BYTES = 1 << 20;
/** The error for a line past the size cap, named by file and line (the file is never held in memory whole). */
function lineTooLong(file, line, maxLineBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: line ${line} is longer than ${formatBytes(maxLineBytes)}, the largest document stac-ingest reads`, {
        location: { file, line },
        hint: 'one line holds one document; split the file into one JSON object per line, or shrink the document',
    });
}
function formatBytes(n) {
    return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(0)} MiB` : `${n.toLocaleString('en-US')} bytes`;
}
/** Newlines in `bytes` from `from` to `to` (native scans, no decoding). */
function countLines(bytes, from, to) {
    let n = 0;
    for (let i = bytes.indexOf(10, from); i !== -1 && i < to; i = bytes.indexOf(10, i + 1))
        n++;
    return n;
}
/**
 * Streams a text file as blocks of whole lines (about 1 MiB each), checked to be UTF-8 but not decoded, without
 * holding the file. A line longer than `maxLineBytes` (default: the document size cap) is a ConfigurationError
 * naming `file` and the line, never an out-of-memory crash; bytes that are not UTF-8 one naming the line and
 * byte offset. The file is opened before the first block
 * is asked for, so a missing file rejects the first `next()`.
 */
async function* readLineBlocks(absPath, file, options = {}) {
    const max = options.maxLineBytes ?? _json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DOCUMENT_BYTES */ .bi;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(absPath, 'r');
    try {
        const { size } = await handle.stat();
        let carry = Buffer.alloc(0); // the start of a line that goes on in the next chunk
        let line = 1; // the number of carry's line
        let position = 0; // file offset of carry
        for (;;) {
            // one memory per block, after the carried start of its first line: the block alone views it (a validation
            // worker thread takes it over without a copy, see LineBlock, and gives it back for reuse)
            const buf = (0,_block_memory_js__WEBPACK_IMPORTED_MODULE_4__/* .blockMemory */ .nh)(carry.length + CHUNK_BYTES, CHUNK_BYTES);
            carry.copy(buf);
            const { bytesRead } = await handle.read(buf, carry.length, CHUNK_BYTES, null);
            const chunk = buf.subarray(0, carry.length + bytesRead);
            if (bytesRead === 0) {
                if (chunk.length > 0)
                    yield checkedBlock(chunk, file, line, position, size);
                return;
            }
            const last = chunk.lastIndexOf(10);
            if (last === -1) {
                if (chunk.length > max)
                    throw lineTooLong(file, line, max);
                carry = chunk;
                continue;
            }
            const block = chunk.subarray(0, last + 1);
            for (let start = 0, n = line; start < block.length; n++) {
                const end = block.indexOf(10, start);
                if (end - start > max)
                    throw lineTooLong(file, n, max);
                start = end + 1;
            }
            const next = { line: line + countLines(block, 0, block.length), position: position + block.length };
            const rest = Buffer.from(chunk.subarray(last + 1));
            yield checkedBlock(block, file, line, position, size);
            ({ line, position } = next);
            carry = rest;
            if (carry.length > max)
                throw lineTooLong(file, line, max);
        }
    }
    finally {
        await handle.close();
    }
}
function checkedBlock(bytes, file, firstLine, offset, fileBytes) {
    (0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .checkUtf8 */ .Iz)(bytes, { file, line: firstLine, offset });
    return { bytes, firstLine, offset, fileBytes };
}
/**
 * The lines of a block (checked to be UTF-8 by {@link readLineBlocks}), decoded one at a time as they are taken
 * (BOM on the file's first line and CR at line ends stripped): a line's text is garbage once its document is
 * checked, instead of a whole block's texts (~1 MiB) outliving the young generation's collections.
 */
function* linesOf(block) {
    const bytes = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength);
    let start = 0;
    for (let n = block.firstLine; start < bytes.length; n++) {
        let end = bytes.indexOf(10, start);
        if (end === -1)
            end = bytes.length;
        let text = bytes.toString('utf8', start, end);
        if (text.endsWith('\r'))
            text = text.slice(0, -1);
        yield { text: n === 1 ? (0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text) : text, line: n, offset: block.offset + start };
        start = end + 1;
    }
}
/** Streams a text file line by line (see {@link readLineBlocks}). */
async function* readLines(absPath, file, options = {}) {
    for await (const block of readLineBlocks(absPath, file, options))
        yield* linesOf(block);
}


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ changedBetweenReads),
/* harmony export */   x: () => (/* binding */ DocumentPasses)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * A source read each time it is used (counted, validated, then written or published) must read the same documents
 * every time: what is checked must be what is sent.
 */
/** The error for a source that changed between two of its reads: `what` happened to `file`. */
function changedBetweenReads(file, entry, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file} ${what} while stac-ingest was reading the source (it reads it up to three times: to count, to ` +
        'validate, to write or publish): the documents checked would not be those sent', {
        location: { file, entry },
        hint: 'run again once nothing writes to the source; what a run published is in its ledger',
    });
}
const DIGEST_BYTES = 16;
/**
 * What a source read lazily (a catalog walked over files, http(s) or S3) remembers of its first complete read: a
 * 16-byte digest of each document in the order read (16 MB for a million documents), not the documents. Each later
 * read compares every document with the one read at the same place before it is used.
 */
class DocumentPasses {
    entry;
    root;
    digests = Buffer.alloc(DIGEST_BYTES * 1024);
    count = 0;
    complete = false;
    /** `entry`: the source, as messages name it; `root`: what its documents are read from. */
    constructor(entry, root) {
        this.entry = entry;
        this.root = root;
    }
    /** One read of the source: the first records, the later ones compare. */
    begin() {
        let at = 0;
        if (!this.complete)
            this.count = 0;
        return {
            see: (bytes, file) => {
                const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest().subarray(0, DIGEST_BYTES);
                if (!this.complete)
                    return this.record(digest);
                const known = at < this.count ? this.digests.subarray(at * DIGEST_BYTES, (at + 1) * DIGEST_BYTES) : undefined;
                at++;
                if (known === undefined)
                    throw changedBetweenReads(file, this.entry, 'appeared after the first read');
                if (!known.equals(digest))
                    throw changedBetweenReads(file, this.entry, 'changed');
            },
            end: () => {
                if (!this.complete)
                    this.complete = true;
                else if (at < this.count)
                    throw changedBetweenReads(this.root, this.entry, `links ${this.count - at} document(s) fewer`);
            },
        };
    }
    record(digest) {
        if ((this.count + 1) * DIGEST_BYTES > this.digests.length) {
            const grown = Buffer.alloc(this.digests.length * 2);
            this.digests.copy(grown);
            this.digests = grown;
        }
        digest.copy(this.digests, this.count * DIGEST_BYTES);
        this.count++;
    }
}


/***/ }),

/***/ 9913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ unitsOf),
/* harmony export */   E8: () => (/* binding */ parseUnit),
/* harmony export */   sq: () => (/* binding */ eachUnit),
/* harmony export */   uv: () => (/* binding */ parseUnitQuickly)
/* harmony export */ });
/* unused harmony export lineError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8301);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4460);
/* harmony import */ var _with_collection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6645);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(249);





const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Why one line of an NDJSON file is not a document (the same words wherever the line is parsed). */
function lineError(origin, problem) {
    const { file, line, entry } = origin;
    const at = { file, ...(line !== undefined ? { line } : {}), ...(entry !== undefined ? { entry } : {}) };
    const where = line !== undefined ? `${file}: line ${line}` : file;
    if (problem.kind === 'not-object')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} is not a JSON object`, { location: { ...at, column: 1 } });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} is not valid JSON: ${problem.message}`, {
        location: { ...at, column: problem.column },
        hint: 'NDJSON holds one complete JSON object per line',
    });
}
/** The parsed document of a unit, with the source's collection applied; a ConfigurationError when it is not one. */
function parseUnit(unit) {
    if (unit.block !== undefined)
        throw new Error('a block of lines holds several documents: take unitsOf(it)');
    let doc = unit.doc;
    if (doc === undefined) {
        const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(unit.text ?? '');
        if (!parsed.ok)
            throw lineError(unit.origin, { kind: 'syntax', message: parsed.message, column: parsed.column });
        if (!isObject(parsed.value))
            throw lineError(unit.origin, { kind: 'not-object' });
        doc = parsed.value;
    }
    if (unit.collection !== undefined && doc['type'] === 'Feature')
        doc = (0,_with_collection_js__WEBPACK_IMPORTED_MODULE_3__/* .withCollection */ .h)(doc, unit.collection);
    return { doc, origin: unit.origin };
}
/**
 * {@link parseUnit} of a unit's text by `JSON.parse` alone (no number keeps its text, see parseJsonQuickly), for
 * checks that need none; undefined when the unit is no text of a JSON object (parseUnit then reads it, or says why).
 */
function parseUnitQuickly(unit) {
    if (unit.doc !== undefined || unit.text === undefined || unit.block !== undefined)
        return undefined;
    const value = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonQuickly */ .UW)(unit.text);
    if (!isObject(value))
        return undefined;
    return unit.collection !== undefined && value['type'] === 'Feature' ? (0,_with_collection_js__WEBPACK_IMPORTED_MODULE_3__/* .withCollection */ .h)(value, unit.collection) : value;
}
/** The documents of a unit, one at a time: a block's non-blank lines (each with its line), or the unit itself. */
function* unitsOf(unit) {
    if (unit.block === undefined) {
        yield unit;
        return;
    }
    const { block, ...rest } = unit;
    for (const { text, line } of (0,_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .linesOf */ .Dx)(block))
        if (text.trim() !== '')
            yield { ...rest, text, origin: { ...unit.origin, line } };
}
/** {@link unitsOf} over a stream of units. */
async function* eachUnit(units) {
    for await (const unit of units)
        yield* unitsOf(unit);
}


/***/ }),

/***/ 6645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ withCollection)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8301);

/**
 * Sets an item's `collection`. STAC requires a `rel: collection` link whenever `collection` is set, so one is
 * added (static-catalog convention, `../collection.json`) when the item has none; a STAC API replaces it with its own.
 */
function withCollection(doc, collection) {
    const links = Array.isArray(doc['links']) ? doc['links'] : [];
    const hasLink = links.some((l) => typeof l === 'object' && l !== null && l['rel'] === 'collection');
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .withMembers */ .gn)(doc, {
        collection,
        links: hasLink ? links : [...links, { rel: 'collection', href: '../collection.json', type: 'application/json' }],
    });
}


/***/ }),

/***/ 2204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Iz: () => (/* binding */ checkUtf8),
/* harmony export */   _6: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/** The smallest and largest second byte after each lead byte; the bytes after it are 0x80..0xBF. */
function secondByteRange(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return [0x80, 0xbf, 1];
    if (lead === 0xe0)
        return [0xa0, 0xbf, 2];
    if (lead === 0xed)
        return [0x80, 0x9f, 2];
    if (lead >= 0xe1 && lead <= 0xef)
        return [0x80, 0xbf, 2];
    if (lead === 0xf0)
        return [0x90, 0xbf, 3];
    if (lead >= 0xf1 && lead <= 0xf3)
        return [0x80, 0xbf, 3];
    if (lead === 0xf4)
        return [0x80, 0x8f, 3];
    return undefined;
}
/** The index of the first byte that starts an invalid UTF-8 sequence, or -1 when all of `bytes` is UTF-8. */
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        const range = secondByteRange(lead);
        if (range === undefined)
            return i;
        const [low, high, more] = range;
        const second = bytes[i + 1];
        if (second === undefined || second < low || second > high)
            return i;
        for (let k = 2; k <= more; k++) {
            const b = bytes[i + k];
            if (b === undefined || b < 0x80 || b > 0xbf)
                return i;
        }
        i += more + 1;
    }
    return -1;
}
const hex = (b) => `0x${b.toString(16).padStart(2, '0').toUpperCase()}`;
/** The error for bytes that are not UTF-8, at `at` (an index into `bytes`). */
function notUtf8(bytes, at, place) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let line = place.line ?? 1;
    for (let i = buf.indexOf(10); i !== -1 && i < at; i = buf.indexOf(10, i + 1))
        line++;
    const lineStart = at === 0 ? 0 : buf.lastIndexOf(10, at - 1) + 1;
    const offset = (place.offset ?? 0) + at;
    const shown = [...buf.subarray(at, at + 4)].map(hex).join(' ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${place.file}: line ${line} is not valid UTF-8 at byte offset ${offset} (byte ${at - lineStart + 1} of the ` +
        `line): ${shown} is no UTF-8 sequence`, {
        location: { file: place.file, line, ...(place.entry !== undefined ? { entry: place.entry } : {}) },
        hint: 'stac-ingest reads UTF-8 only and replaces nothing; ' +
            're-encode the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`',
    });
}
/** Throws a located ConfigurationError when `bytes` are not UTF-8. */
function checkUtf8(bytes, place) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return;
    throw notUtf8(bytes, Math.max(0, firstInvalidUtf8(bytes)), place);
}
/** `bytes` as text (a leading byte order mark dropped), refused with a located error when they are not UTF-8. */
function decodeUtf8(bytes, place) {
    checkUtf8(bytes, place);
    return stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}
/** `text` without a leading byte order mark. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}


/***/ })

};
