export const id = 614;
export const ids = [614,320];
export const modules = {

/***/ 6320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createStacApiClient: () => (/* binding */ createStacApiClient)
/* harmony export */ });
/* unused harmony exports StacApiError, redactUrl */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8301);
/* harmony import */ var _limit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7768);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9809);
/**
 * A small STAC API reader for verification and planning: batched reads by id
 * (`POST /search` with `ids` + `collections`, chunked, following `next` links in both the GET
 * and the POST/body/merge forms stac-fastapi-pgstac returns), a per-item
 * `GET /collections/{c}/items/{id}` fallback when item search is not available, paging through
 * `/collections/{c}/items`, retries of 429/5xx/connection errors with backoff + jitter that
 * honour `Retry-After`, and zod-checked responses. `fetch`, the clock and sleep are injected.
 * Headers (e.g. `Authorization`) are sent only to the API's own origin and never logged.
 */





/** The API answered something we cannot use (wrong status, not JSON, wrong shape), or never answered. */
class StacApiError extends Error {
    details;
    name = 'StacApiError';
    constructor(message, details, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.details = details;
    }
    get status() {
        return this.details.status;
    }
}
const Link = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    rel: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    href: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    method: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).optional(),
    merge: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())])).optional(),
});
const StacDoc = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional() });
const ItemDoc = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('Feature'), collection: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional() });
const ItemCollection = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ features: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(ItemDoc), links: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(Link).optional() });
const Conformance = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ conformsTo: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()) });
const ITEM_SEARCH_CLASS = /^https?:\/\/api\.stacspec\.org\/v1\.[^/]+\/item-search$/;
/** Statuses on which `/search` counts as "not implemented here". */
const SEARCH_UNAVAILABLE = new Set([404, 405, 501]);
/** The URL without credentials or query string, for messages. */
function redactUrl(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        const q = u.search ? '?…' : '';
        u.search = '';
        return u.href + q;
    }
    catch {
        return url;
    }
}
function chunk(xs, size) {
    const out = [];
    for (let i = 0; i < xs.length; i += size)
        out.push(xs.slice(i, i + size));
    return out;
}
function shapeError(spec, status, what, error) {
    const issue = error.issues[0];
    const where = issue ? `/${issue.path.join('/')}` : '';
    return new StacApiError(`${spec.method} ${redactUrl(spec.url)} answered ${status} with a body that is not ${what} (at ` +
        `${where || '/'}: ${issue?.message ?? 'invalid'})`, { method: spec.method, url: redactUrl(spec.url), status });
}
function settingsOf(options) {
    const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : options.baseUrl + '/';
    let origin;
    try {
        origin = new URL(baseUrl).origin;
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the STAC API URL ${JSON.stringify(options.baseUrl)} is not a valid URL`, {
            hint: 'give an absolute http(s) URL of the STAC API root, e.g. https://stac.maap-project.org/',
            cause: err,
        });
    }
    const headers = options.headers ?? {};
    for (const v of Object.values(headers)) {
        options.logger.setSecret(v);
        const token = /^\S+\s+(.+)$/.exec(v)?.[1];
        if (token)
            options.logger.setSecret(token);
    }
    return {
        fetch: options.fetch ?? ((input, init) => fetch(input, init)),
        sleep: options.signal ? (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .abortableSleep */ .Mf)(options.signal, options.sleep) : (options.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .realSleep */ .uk),
        now: options.now ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .realClock */ .dQ,
        logger: options.logger,
        maxAttempts: Math.max(1, options.maxAttempts ?? 6),
        maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
        timeoutMs: options.timeoutMs ?? 60_000,
        signal: options.signal,
        chunkSize: Math.max(1, options.searchChunkSize ?? 250),
        concurrency: Math.max(1, options.concurrency ?? 4),
        maxPages: options.maxPages ?? 100_000,
        pageLimit: options.pageLimit,
        backoff: { baseMs: 250, maxMs: 30_000, ...options.backoff },
        baseUrl,
        origin,
        headers,
    };
}
const enc = encodeURIComponent;
const GET_ONE_BY_ONE = 'reading items one by one with GET /collections/{c}/items/{id}';
function parse(schema, res, spec, what) {
    const out = schema.safeParse(res.json);
    if (!out.success)
        throw shapeError(spec, res.status, what, out.error);
    // the document as read, not zod's copy: its numbers keep their text (src/json.ts); the schemas transform nothing
    return res.json;
}
function nextRequest(prev, links) {
    const link = links?.find((l) => l.rel === 'next');
    if (!link)
        return undefined;
    const target = new URL(link.href, prev.url).href;
    const headers = {};
    for (const [k, v] of Object.entries(link.headers ?? {}))
        headers[k] = Array.isArray(v) ? v.join(', ') : v;
    if ((link.method ?? 'GET').toUpperCase() === 'POST') {
        const body = link.merge ? { ...(prev.body ?? {}), ...(link.body ?? {}) } : (link.body ?? prev.body ?? {});
        return { method: 'POST', url: target, body, headers: link.merge ? { ...prev.headers, ...headers } : headers };
    }
    return { method: 'GET', url: target, headers };
}
/** What a request's answer is, once it is not worth another try: a usable answer or an error. */
function answerOf(spec, status, text, contentType) {
    const details = { method: spec.method, url: redactUrl(spec.url), status };
    if (status === 401 || status === 403) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the STAC API refused the request: ${spec.method} ${redactUrl(spec.url)} answered ${status}`, {
            hint: 'check the STAC API auth header input (e.g. `Authorization: Bearer …`) and that it grants read access',
            cause: new StacApiError(text.slice(0, 300), details),
        });
    }
    if (status === 404 || SEARCH_UNAVAILABLE.has(status))
        return { status, url: spec.url, json: undefined };
    if (status < 200 || status >= 300) {
        throw new StacApiError(`${spec.method} ${redactUrl(spec.url)} answered ${status}: ${text.slice(0, 300)}`, details);
    }
    try {
        return { status, url: spec.url, json: (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(text) };
    }
    catch {
        throw new StacApiError(`${spec.method} ${redactUrl(spec.url)} answered ${status} with a body that is not JSON ` +
            `(${contentType ?? 'no content type'}): ${JSON.stringify(text.slice(0, 120))}`, details);
    }
}
function unexpectedStatus(spec, status) {
    const url = redactUrl(spec.url);
    return new StacApiError(`${spec.method} ${url} answered ${status}`, { method: spec.method, url, status });
}
class StacApi {
    baseUrl;
    s;
    counts = { requests: 0, retries: 0, byStatus: {} };
    crossOriginWarned = false;
    mode;
    searchUnavailable = false;
    constructor(options) {
        this.s = settingsOf(options);
        this.baseUrl = this.s.baseUrl;
    }
    url(path) {
        return new URL(path, this.s.baseUrl).href;
    }
    count(key) {
        this.counts.byStatus[key] = (this.counts.byStatus[key] ?? 0) + 1;
    }
    /** The headers of a request: the user's (auth) only to the API's own origin. */
    headersFor(spec) {
        const headers = { Accept: 'application/geo+json, application/json;q=0.9' };
        const target = new URL(spec.url).origin;
        if (target === this.s.origin)
            Object.assign(headers, this.s.headers);
        else if (Object.keys(this.s.headers).length > 0 && !this.crossOriginWarned) {
            this.crossOriginWarned = true;
            this.s.logger.warning(`the STAC API linked to another origin (${target}); the auth headers are not sent there`);
        }
        Object.assign(headers, spec.headers);
        if (spec.body !== undefined)
            headers['Content-Type'] = 'application/json';
        return headers;
    }
    /** One try: a 429/5xx or a dropped connection is a `TransientHttpError`. */
    async attempt(spec) {
        this.counts.requests++;
        let res;
        try {
            const init = {
                method: spec.method,
                headers: this.headersFor(spec),
                signal: this.s.signal
                    ? AbortSignal.any([this.s.signal, AbortSignal.timeout(this.s.timeoutMs)])
                    : AbortSignal.timeout(this.s.timeoutMs),
            };
            if (spec.body !== undefined)
                init.body = JSON.stringify(spec.body);
            res = await this.s.fetch(spec.url, init);
        }
        catch (err) {
            if (this.s.signal?.aborted)
                throw this.s.signal.reason;
            this.count('network');
            const why = err instanceof Error ? err.message : String(err);
            throw new _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .TransientHttpError */ .jt(`${spec.method} ${redactUrl(spec.url)} failed: ${why}`, undefined, undefined, {
                cause: err,
            });
        }
        this.count(String(res.status));
        const text = await res.text().catch(() => '');
        if (this.s.signal?.aborted)
            throw this.s.signal.reason;
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientStatus */ .Dm)(res.status)) {
            const retryAfter = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(res.headers.get('retry-after'), this.s.now());
            throw new _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .TransientHttpError */ .jt(`${spec.method} ${redactUrl(spec.url)} answered ${res.status}`, res.status, retryAfter);
        }
        return answerOf(spec, res.status, text, res.headers.get('content-type'));
    }
    async request(spec) {
        const { maxAttempts, logger } = this.s;
        try {
            return await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => this.attempt(spec), {
                maxAttempts,
                sleep: this.s.sleep,
                backoff: this.s.backoff,
                maxRetryAfterMs: this.s.maxRetryAfterMs,
                isRetryable: (err) => err instanceof _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .TransientHttpError */ .jt && !this.s.signal?.aborted,
                onRetry: (err, n, delay) => {
                    this.counts.retries++;
                    const asked = err.retryAfterMs;
                    const after = asked !== undefined ? ` (Retry-After ${asked} ms)` : '';
                    logger.debug(`${err.message}${after}; retry ${n}/${maxAttempts - 1} in ${Math.round(delay)} ms`);
                },
            });
        }
        catch (err) {
            if (!(err instanceof _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .TransientHttpError */ .jt))
                throw err;
            const details = {
                method: spec.method,
                url: redactUrl(spec.url),
            };
            if (err.status !== undefined)
                details.status = err.status;
            const message = `${err.message}; gave up after ${maxAttempts} attempts`;
            throw new StacApiError(message, details, { cause: err.cause ?? err });
        }
    }
    /** Every feature of a paged query, following `next` until there is none. */
    async *pages(first, onUnavailable) {
        let spec = first;
        let previousKey = '';
        for (let page = 0; spec !== undefined; page++) {
            const where = { method: spec.method, url: redactUrl(spec.url) };
            if (page >= this.s.maxPages)
                throw new StacApiError(`gave up after following ${this.s.maxPages} next links`, where);
            const key = `${spec.method} ${spec.url} ${JSON.stringify(spec.body ?? null)}`;
            if (key === previousKey) {
                const message = `the next link repeats the request it came from (${spec.method} ${where.url})`;
                throw new StacApiError(`${message}: paging would never end`, where);
            }
            previousKey = key;
            const res = await this.request(spec);
            if (res.status !== 200 && res.status !== 201 && res.status >= 300) {
                if (onUnavailable && page === 0) {
                    onUnavailable(res.status);
                    return;
                }
                if (res.status === 404 && page === 0)
                    return;
                throw unexpectedStatus(spec, res.status);
            }
            const body = parse(ItemCollection, res, spec, 'a FeatureCollection of STAC Items');
            yield body.features;
            spec = nextRequest(spec, body.links);
        }
    }
    async getJson(path, what) {
        const spec = { method: 'GET', url: this.url(path) };
        const res = await this.request(spec);
        if (res.status === 404)
            return undefined;
        if (res.status >= 300)
            throw unexpectedStatus(spec, res.status);
        return parse(StacDoc, res, spec, what);
    }
    getCollection(id) {
        return this.getJson(`collections/${enc(id)}`, 'a STAC Collection');
    }
    getItem(collection, id) {
        return this.getJson(`collections/${enc(collection)}/items/${enc(id)}`, 'a STAC Item');
    }
    async conformance() {
        const spec = { method: 'GET', url: this.url('conformance') };
        const res = await this.request(spec);
        if (res.status >= 300)
            return [];
        return parse(Conformance, res, spec, 'a conformance declaration').conformsTo;
    }
    searchMode() {
        this.mode ??= this.conformance().then((classes) => {
            if (classes.length > 0 && !classes.some((c) => ITEM_SEARCH_CLASS.test(c))) {
                this.s.logger.info(`the STAC API does not declare item search; ${GET_ONE_BY_ONE}`);
                return 'get';
            }
            return 'search';
        }, (err) => {
            this.mode = undefined;
            throw err;
        });
        return this.mode.then((m) => (this.searchUnavailable ? 'get' : m));
    }
    async getEach(collection, ids) {
        const found = [];
        for await (const { value } of (0,_limit_js__WEBPACK_IMPORTED_MODULE_4__/* .streamBounded */ .IY)(ids, this.s.concurrency, (id) => this.getItem(collection, id))) {
            if (value)
                found.push(value);
        }
        return found;
    }
    async searchChunk(collection, ids) {
        if (this.searchUnavailable)
            return this.getEach(collection, ids);
        const wanted = new Set(ids);
        const found = new Map();
        let unavailable;
        const limit = Math.min(this.s.pageLimit ?? ids.length, 10_000);
        const first = {
            method: 'POST',
            url: this.url('search'),
            body: { collections: [collection], ids, limit },
        };
        for await (const features of this.pages(first, (status) => (unavailable = status))) {
            for (const f of features) {
                const id = f.id;
                if (wanted.has(id) && (f.collection === undefined || f.collection === collection))
                    found.set(id, f);
            }
        }
        if (unavailable === undefined)
            return [...found.values()];
        if (!this.searchUnavailable)
            this.s.logger.info(`POST ${redactUrl(first.url)} answered ${unavailable}; ${GET_ONE_BY_ONE}`);
        this.searchUnavailable = true;
        return this.getEach(collection, ids);
    }
    async *searchByIds(collection, ids) {
        const unique = [...new Set(ids)];
        if (unique.length === 0)
            return;
        const how = await this.searchMode();
        const read = (c) => (how === 'get' ? this.getEach(collection, c) : this.searchChunk(collection, c));
        const chunks = chunk(unique, this.s.chunkSize);
        for await (const { value } of (0,_limit_js__WEBPACK_IMPORTED_MODULE_4__/* .streamBounded */ .IY)(chunks, how === 'get' ? 1 : this.s.concurrency, read))
            yield* value;
    }
    async *listItems(collection) {
        const limit = this.s.pageLimit ?? 1000;
        const first = { method: 'GET', url: this.url(`collections/${enc(collection)}/items?limit=${limit}`) };
        const seen = new Set();
        for await (const features of this.pages(first)) {
            for (const f of features) {
                const id = f.id;
                if (seen.has(id))
                    continue;
                seen.add(id);
                yield f;
            }
        }
    }
    stats() {
        return { requests: this.counts.requests, retries: this.counts.retries, byStatus: { ...this.counts.byStatus } };
    }
}
function createStacApiClient(options) {
    return new StacApi(options);
}


/***/ }),

/***/ 6614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONNECTION_RETRY: () => (/* binding */ CONNECTION_RETRY),
  createPgstacTarget: () => (/* binding */ createPgstacTarget)
});

// EXTERNAL MODULE: ./src/model/stac.ts
var stac = __webpack_require__(3802);
// EXTERNAL MODULE: ./src/model/keys.ts
var keys = __webpack_require__(517);
// EXTERNAL MODULE: ./src/model/expected.ts
var expected = __webpack_require__(1329);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/json.ts
var json = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/clients/pgstac-rows.ts

/** pgstac's "do not merge this key from the base item" marker. */
const DO_NOT_MERGE = '𒍟※';
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** JSON equality: objects regardless of key order, arrays in order, numbers by value. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
    if (isRecord(a)) {
        if (!isRecord(b))
            return false;
        const ka = Object.keys(a).filter((k) => a[k] !== undefined);
        const kb = Object.keys(b).filter((k) => b[k] !== undefined);
        return ka.length === kb.length && ka.every((k) => k in b && jsonEqual(a[k], b[k]));
    }
    return false;
}
function markMissing(base, item, out) {
    if (isRecord(base))
        for (const k of Object.keys(base))
            if (!Object.hasOwn(item, k))
                (0,json/* setMember */.Nk)(out, k, DO_NOT_MERGE);
    return out;
}
function strip(base, item) {
    const b = isRecord(base) ? base : undefined;
    const out = {};
    for (const [key, value] of Object.entries(item)) {
        if (value === undefined)
            continue;
        if (b === undefined || !Object.hasOwn(b, key)) {
            (0,json/* setMember */.Nk)(out, key, value);
            continue;
        }
        const bv = b[key];
        if (jsonEqual(bv, value))
            continue;
        if (Array.isArray(bv) && Array.isArray(value)) {
            const arr = bv.length !== value.length
                ? value
                : value.map((v, i) => (isRecord(bv[i]) && isRecord(v) ? markMissing(bv[i], v, strip(bv[i], v)) : v));
            (0,json/* setMember */.Nk)(out, key, arr);
            continue;
        }
        if (value === null || (Array.isArray(value) && value.length === 0))
            continue;
        (0,json/* setMember */.Nk)(out, key, isRecord(value) ? markMissing(bv, value, strip(bv, value)) : value);
    }
    return markMissing(b, item, out);
}
/** The item's difference from the collection's base item, as pgstac stores it. */
function dehydrate(baseItem, item) {
    return strip(baseItem, item);
}
/** Why an item cannot be stored in pgstac, or undefined. Checked before anything is sent. */
function itemRowProblem(item) {
    if (typeof item.id !== 'string' || item.id === '')
        return 'the item has no id';
    if (typeof item.collection !== 'string' || item.collection === '')
        return 'the item has no `collection` (pgstac stores items per collection)';
    if (!isRecord(item.geometry))
        return "the item has no geometry (pgstac's items.geometry is NOT NULL)";
    const p = isRecord(item.properties) ? item.properties : {};
    const hasRange = typeof p.start_datetime === 'string' && typeof p.end_datetime === 'string';
    if (!hasRange && typeof p.datetime !== 'string')
        return 'the item needs properties.datetime, or both start_datetime and end_datetime';
    return undefined;
}
/** The row for `item` (call `itemRowProblem` first). */
function itemRow(item, baseItem) {
    const p = (isRecord(item.properties) ? item.properties : {});
    const range = typeof p.start_datetime === 'string' && typeof p.end_datetime === 'string';
    const datetime = String(range ? p.start_datetime : p.datetime);
    const end = String(range ? p.end_datetime : p.datetime);
    const content = dehydrate(baseItem, item);
    delete content.id;
    delete content.collection;
    delete content.geometry;
    const priv = content.private ?? null;
    delete content.private;
    return {
        id: String(item.id),
        collection: String(item.collection),
        geometry: item.geometry,
        datetime,
        end_datetime: end,
        content,
        private: priv,
    };
}
const own = (o, k) => (Object.hasOwn(o, k) ? o[k] : undefined);
/** pgstac's `merge_jsonb(item, base)`: the stored difference merged back onto the base item. */
function merge(a, b) {
    if (a === DO_NOT_MERGE)
        return undefined;
    if (a === null || a === undefined)
        return b;
    if (isRecord(a) && isRecord(b)) {
        const out = {};
        for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
            const v = merge(own(a, k), own(b, k));
            if (v !== null && v !== undefined)
                (0,json/* setMember */.Nk)(out, k, v);
        }
        return out;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length)
        return a.map((x, i) => merge(x, b[i]));
    return a;
}
/**
 * The item as pgstac's `content_hydrate(items, collections)` returns it, computed from the stored
 * row (what stac-fastapi-pgstac does in Python by default): much faster than hydrating in SQL.
 */
function hydrate(row, baseItem) {
    const item = { id: row.id, geometry: row.geometry, collection: row.collection, type: 'Feature', ...row.content };
    return merge(item, baseItem);
}

;// CONCATENATED MODULE: ./src/clients/pgstac.ts
/**
 * A small pgstac client over a `pg` Pool: upserts through pgstac's own SQL functions
 * (`upsert_collection(jsonb)`, `upsert_items(jsonb)`, checked present in pgstac 0.7-0.9), one
 * transaction per call, and reads documents back hydrated (`content_hydrate(items, collections)`).
 *
 * The DSN's password is registered with the logger as a secret before anything else happens,
 * and the DSN itself is never printed: errors and logs name `user@host:port/db` only.
 * Both DSN forms are accepted: `postgresql://user:pass@host:port/db?sslmode=…` and libpq's
 * `host=… port=… dbname=… user=… password=…`.
 */




/** What the database answered to a write or a read (SQLSTATE kept for callers that sort errors). */
class PgstacError extends Error {
    sqlState;
    name = 'PgstacError';
    constructor(message, sqlState, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.sqlState = sqlState;
    }
    /** The data was refused (bad geometry, datetime, constraint, pgstac RAISE): other batches may still go. */
    get isDataError() {
        const s = this.sqlState ?? '';
        return s.startsWith('22') || s.startsWith('23') || s === 'P0001' || s === 'XX000';
    }
}
/**
 * The connection to PostgreSQL was lost or could not be made (the server restarting, a network cut): the
 * transaction did not commit, or its answer was lost; a write of idempotent upserts may be tried again.
 */
class PgstacConnectionError extends errors/* StageError */.Zu {
    constructor(message, options = {}) {
        super('pgstac', message, options);
    }
}
/** SQLSTATEs of a connection ended by the server: admin / crash shutdown, cannot connect now, class 08. */
const CONNECTION_LOST = /^(57P01|57P02|57P03|08...)$/;
const KEYWORDS = {
    host: 'host',
    hostaddr: 'host',
    port: 'port',
    dbname: 'database',
    user: 'user',
    password: 'password',
    sslmode: 'sslmode',
    application_name: 'application_name',
    connect_timeout: 'connectionTimeoutMillis',
};
function sslFromMode(mode) {
    if (mode === 'disable' || mode === 'allow' || mode === 'prefer')
        return false;
    if (mode === 'require')
        return { rejectUnauthorized: false };
    return true;
}
/** Reads a libpq keyword/value DSN (`host=h port=5432 password='a b'`). */
function parseKeywordDsn(dsn, location) {
    const config = {};
    const re = /\s*([A-Za-z_]+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|(\S*))/gy;
    let m;
    let end = 0;
    while ((m = re.exec(dsn)) !== null) {
        end = re.lastIndex;
        const key = m[1] ?? '';
        const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
        const target = KEYWORDS[key];
        if (target === undefined)
            continue;
        if (target === 'sslmode')
            config.ssl = sslFromMode(value);
        else if (target === 'port')
            config.port = Number(value);
        else if (target === 'connectionTimeoutMillis')
            config.connectionTimeoutMillis = Number(value) * 1000;
        else
            config[target] = value;
    }
    if (dsn.slice(end).trim() !== '') {
        throw new errors/* ConfigurationError */.j1('the pgstac DSN is neither a postgresql:// URL nor libpq keyword=value pairs', {
            ...(location ? { location } : {}),
            hint: 'use postgresql://user:password@host:5432/dbname',
        });
    }
    return config;
}
/**
 * The pool config and a printable label for a DSN. The password is returned separately so the
 * caller can register it as a secret; it never appears in `label`.
 */
function parseDsn(dsn, location) {
    const text = dsn.trim();
    if (/^postgres(ql)?:\/\//i.test(text)) {
        let url;
        try {
            url = new URL(text);
        }
        catch {
            throw new errors/* ConfigurationError */.j1('the pgstac DSN is not a valid postgresql:// URL', {
                ...(location ? { location } : {}),
                hint: 'use postgresql://user:password@host:5432/dbname (percent-encode special characters in the password)',
            });
        }
        const password = url.password === '' ? undefined : decodeURIComponent(url.password);
        const user = decodeURIComponent(url.username);
        const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || user || 'postgres';
        const label = `${user ? user + '@' : ''}${url.hostname || 'localhost'}:${url.port || '5432'}/${database}`;
        return { config: { connectionString: text }, label, password };
    }
    const config = parseKeywordDsn(text, location);
    const password = typeof config.password === 'string' && config.password !== '' ? config.password : undefined;
    const user = config.user ? config.user + '@' : '';
    const database = config.database ?? config.user ?? 'postgres';
    const label = `${user}${config.host ?? 'localhost'}:${config.port ?? 5432}/${database}`;
    return { config, label, password };
}
function sqlStateOf(err) {
    const code = err?.code;
    return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}
function messageOf(err) {
    if (err instanceof AggregateError && err.errors.length > 0)
        return err.errors.map(messageOf).join('; ');
    const e = err;
    let msg = typeof e?.message === 'string' && e.message !== '' ? e.message : String(err);
    if (typeof e?.detail === 'string' && e.detail !== '')
        msg += ` (${e.detail})`;
    return msg;
}
const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET']);
/** PostgreSQL type oids of json and jsonb. */
const JSON_OID = 114;
const JSONB_OID = 3802;
function createPool(config, options) {
    const pool = new esm/* default.Pool */.Ay.Pool({
        ...config,
        max: options.poolSize ?? 4,
        connectionTimeoutMillis: config.connectionTimeoutMillis ?? options.connectTimeoutMs ?? 15_000,
        application_name: 'stac-ingest',
        // pgstac's functions call each other unqualified (content_hydrate -> include_field)
        options: '-c search_path=pgstac,public',
        // json/jsonb read with their number text kept (see src/json.ts)
        types: {
            getTypeParser: ((oid, format) => oid === JSON_OID || oid === JSONB_OID ? json/* parseJson */.qF : esm/* default.types */.Ay.types.getTypeParser(oid, format)),
        },
    });
    // an idle client losing its connection must not crash the process
    pool.on('error', (err) => options.logger.debug(`pgstac pool: idle connection dropped: ${messageOf(err)}`));
    return pool;
}
/** Turns connection-level failures into clear errors; leaves SQL errors to the caller. */
function connectionError(err, label, location) {
    const located = location ? { location } : {};
    const code = err?.code;
    const state = sqlStateOf(err);
    if (typeof code === 'string' && CONNECT_CODES.has(code)) {
        return new PgstacConnectionError(`cannot connect to PostgreSQL at ${label} (${code})`, {
            cause: new Error(messageOf(err)),
        });
    }
    if (err instanceof AggregateError || /timeout expired|Connection terminated/i.test(messageOf(err))) {
        return new PgstacConnectionError(`cannot connect to PostgreSQL at ${label}: ${messageOf(err)}`);
    }
    if (state !== undefined && CONNECTION_LOST.test(state))
        return new PgstacConnectionError(`lost the connection to PostgreSQL at ${label}: ${messageOf(err)}`);
    if (state === '28P01' || state === '28000') {
        return new errors/* ConfigurationError */.j1(`PostgreSQL at ${label} refused the login: ${messageOf(err)}`, {
            ...located,
            hint: 'check the user and password in the DSN',
        });
    }
    if (state === '3D000') {
        return new errors/* ConfigurationError */.j1(`PostgreSQL at ${label}: ${messageOf(err)}`, {
            ...located,
            hint: 'check the database name in the DSN',
        });
    }
    return undefined;
}
/**
 * Writes items the way pgstac's staging tables do, inside the caller's transaction: the rows
 * (dehydrated against their collection's base_item) go to a temp table, the partitions they need
 * are made, rows that differ are replaced and identical ones left alone.
 */
async function writeItemRows(client, docs) {
    await client.query("SET LOCAL timezone = 'UTC'");
    const collections = [...new Set(docs.map((d) => String(d.collection)))];
    const bases = await client.query('SELECT id, base_item FROM pgstac.collections WHERE id = ANY($1::text[])', [collections]);
    const base = new Map(bases.rows.map((r) => [r.id, r.base_item]));
    const missing = collections.filter((c) => !base.has(c));
    if (missing.length > 0)
        throw new PgstacError(`collection(s) ${missing.join(', ')} not in pgstac.collections`, '23503');
    const rows = docs.map((d) => itemRow(d, base.get(String(d.collection))));
    await client.query('CREATE TEMP TABLE IF NOT EXISTS stac_ingest_rows (LIKE pgstac.items) ON COMMIT DELETE ROWS');
    await client.query(`INSERT INTO stac_ingest_rows (id, geometry, collection, datetime, end_datetime, content, private)
     SELECT r.id, ST_GeomFromGeoJSON(r.geometry::text), r.collection,
            r.datetime::timestamptz, r.end_datetime::timestamptz, r.content, r.private
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, geometry jsonb, collection text,
          datetime text, end_datetime text, content jsonb, private jsonb)`, [(0,json.stringifyJson)(rows)]);
    // the partitions (and their datetime constraints) the rows need, as pgstac's staging trigger does it
    await client.query(`SELECT pgstac.check_partition(collection, tstzrange(min(datetime), max(datetime), '[]'),
                                   tstzrange(min(end_datetime), max(end_datetime), '[]'))
     FROM (SELECT r.collection, r.datetime, r.end_datetime,
                  COALESCE(date_trunc(c.partition_trunc, r.datetime), '-infinity') AS part
           FROM stac_ingest_rows r JOIN pgstac.collections c ON c.id = r.collection) t
     GROUP BY collection, part`);
    // pgstac's upsert: replace rows that differ, leave identical ones alone
    await client.query('DELETE FROM pgstac.items i USING stac_ingest_rows s ' +
        'WHERE i.id = s.id AND i.collection = s.collection AND i IS DISTINCT FROM s');
    await client.query('INSERT INTO pgstac.items SELECT * FROM stac_ingest_rows ON CONFLICT DO NOTHING');
}
class PgstacDb {
    options;
    label;
    pool;
    closed = false;
    constructor(options) {
        this.options = options;
        const { config, label, password } = parseDsn(options.dsn, options.location);
        if (password !== undefined) {
            options.logger.setSecret(password);
            options.logger.setSecret(encodeURIComponent(password));
        }
        this.label = label;
        this.pool = createPool(config, options);
    }
    async withClient(fn) {
        if (this.closed)
            throw new errors/* StageError */.Zu('pgstac', 'the pgstac client is closed');
        let client;
        try {
            client = await this.pool.connect();
        }
        catch (err) {
            const message = `cannot connect to PostgreSQL at ${this.label}: ${messageOf(err)}`;
            throw connectionError(err, this.label, this.options.location) ?? new errors/* StageError */.Zu('pgstac', message);
        }
        // the server can end a checked-out connection between two queries (restart, admin shutdown): the client
        // emits that as an 'error' event, which would crash the process; the next query fails with it instead
        let lost;
        const onError = (err) => {
            lost = err;
            this.options.logger.debug(`pgstac: connection lost: ${messageOf(err)}`);
        };
        client.on('error', onError);
        try {
            return await fn(client);
        }
        finally {
            client.off('error', onError);
            client.release(lost);
        }
    }
    async transaction(what, fn) {
        await this.withClient(async (client) => {
            try {
                await client.query('BEGIN');
                await fn(client);
                await client.query('COMMIT');
            }
            catch (err) {
                await client.query('ROLLBACK').catch(() => undefined);
                const failed = new PgstacError(`${what}: ${messageOf(err)}`, sqlStateOf(err), { cause: err });
                throw connectionError(err, this.label, this.options.location) ?? failed;
            }
        });
    }
    async read(what, text, values) {
        return this.withClient(async (client) => {
            try {
                return (await client.query(text, values)).rows;
            }
            catch (err) {
                const state = sqlStateOf(err);
                if (state === '3F000' || state === '42P01' || state === '42883') {
                    throw new errors/* ConfigurationError */.j1(`PostgreSQL at ${this.label} has no pgstac schema (${messageOf(err)})`, {
                        ...(this.options.location ? { location: this.options.location } : {}),
                        hint: 'install pgstac into this database first (pypgstac migrate --dsn …), or point the DSN at ' +
                            'the database eoAPI uses',
                    });
                }
                const failed = new PgstacError(`${what}: ${messageOf(err)}`, state, { cause: err });
                throw connectionError(err, this.label, this.options.location) ?? failed;
            }
        });
    }
    async version() {
        const rows = await this.read('reading the pgstac version', 'SELECT pgstac.get_version() AS v', []);
        return rows[0]?.v ?? 'unknown';
    }
    async existingCollections(ids) {
        if (ids.length === 0)
            return new Set();
        const sql = 'SELECT id FROM pgstac.collections WHERE id = ANY($1::text[])';
        const rows = await this.read('reading collections', sql, [ids]);
        return new Set(rows.map((r) => r.id));
    }
    async upsertCollections(docs) {
        if (docs.length === 0)
            return;
        await this.transaction(`upserting ${docs.length} collection(s)`, async (client) => {
            for (const doc of docs)
                await client.query('SELECT pgstac.upsert_collection($1::jsonb)', [(0,json.stringifyJson)(doc)]);
        });
    }
    async upsertItems(docs) {
        if (docs.length === 0)
            return;
        await this.transaction(`upserting ${docs.length} item(s)`, (client) => writeItemRows(client, docs));
    }
    async upsertItemsWithFunction(docs) {
        if (docs.length === 0)
            return;
        await this.transaction(`upserting ${docs.length} item(s) with pgstac.upsert_items`, async (client) => {
            await client.query('SELECT pgstac.upsert_items($1::jsonb)', [(0,json.stringifyJson)(docs)]);
        });
    }
    async readCollections(ids) {
        if (ids.length === 0)
            return new Map();
        const sql = 'SELECT id, content FROM pgstac.collections WHERE id = ANY($1::text[])';
        const rows = await this.read('reading collections back', sql, [ids]);
        return new Map(rows.map((r) => [r.id, r.content]));
    }
    async readItems(collection, ids) {
        if (ids.length === 0)
            return new Map();
        const rows = await this.read('reading items back', `SELECT i.id, i.collection, ST_AsGeoJSON(i.geometry, 20)::jsonb AS geometry, i.content, c.base_item
       FROM pgstac.items i JOIN pgstac.collections c ON c.id = i.collection
       WHERE i.collection = $1 AND i.id = ANY($2::text[])`, [collection, ids]);
        return new Map(rows.map((r) => [r.id, hydrate(r, r.base_item)]));
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.pool.end();
    }
}
function createPgstacClient(options) {
    return new PgstacDb(options);
}

// EXTERNAL MODULE: ./src/clients/stac-api.ts
var stac_api = __webpack_require__(6320);
// EXTERNAL MODULE: ./src/targets/stac-api-catalog.ts
var stac_api_catalog = __webpack_require__(8792);
;// CONCATENATED MODULE: ./src/targets/pgstac.ts









/**
 * Writes of one transaction after a lost connection: tried again 2, 4, 8, 8 … s later, for as long as a
 * PostgreSQL restart may take on a loaded machine, and no more than `withinMs` after the first failure.
 */
const CONNECTION_RETRY = {
    maxAttempts: 100,
    withinMs: 60_000,
    backoff: { baseMs: 2000, factor: 2, maxMs: 8000, jitter: 'none' },
};
/** `write` (one transaction of upserts), tried again while its connection is lost (CONNECTION_RETRY). */
function retriedWrite(what, write, ctx) {
    return retried(what, write, ctx, ['writing', 'written']);
}
/**
 * `op`, tried again while its connection is lost (CONNECTION_RETRY): a write, or a read between the windows of a
 * streamed delivery (a restart may come between two windows' writes).
 */
async function retried(what, op, ctx, [doing, done]) {
    const { maxAttempts, withinMs, backoff } = CONNECTION_RETRY;
    let retries = 0;
    let firstFailure;
    try {
        return await (0,retry/* withRetry */.bD)(op, {
            maxAttempts,
            backoff,
            sleep: ctx.sleep,
            deadline: { now: ctx.now, withinMs },
            isRetryable: (err) => err instanceof PgstacConnectionError,
            onRetry: (err, n, delay) => {
                retries = n;
                firstFailure ??= ctx.now();
                ctx.logger.warning(`${what}: ${err.message}; ${doing} it again in ${delay / 1000} s ` +
                    `(retry ${n}; retries go on for up to ${withinMs / 1000} s)`);
            },
        });
    }
    catch (err) {
        if (!(err instanceof PgstacConnectionError) || firstFailure === undefined)
            throw err;
        const s = Math.round((ctx.now() - firstFailure) / 1000);
        throw new PgstacConnectionError(`${what} was not ${done}: PostgreSQL could not be reached again in ${s} s after the connection was lost ` +
            `(${retries + 1} tries; retries stop after ${withinMs / 1000} s); the last error: ${err.message}`, { cause: err });
    }
}
/** Ids per read-back query. */
const READ_CHUNK = 2000;
/** The database as a live catalog: collections and items read back by id. */
function databaseCatalog(db, absent, ctx) {
    const read = (what, op) => retried(what, op, ctx, ['reading', 'read']);
    return {
        name: `pgstac at ${db.label}`,
        copy: 'the stored copy',
        absent,
        async read(objects) {
            const found = new Map();
            const collections = objects.filter((o) => o.kind === 'collection');
            if (collections.length > 0) {
                const stored = await read('the collections', () => db.readCollections(collections.map((o) => o.id)));
                for (const o of collections) {
                    const doc = stored.get(o.id);
                    if (doc !== undefined)
                        found.set(o.key, doc);
                }
            }
            for (const [c, list] of (0,expected/* itemsByCollection */.u$)(objects)) {
                for (let i = 0; i < list.length; i += READ_CHUNK) {
                    const ids = list.slice(i, i + READ_CHUNK).map((o) => o.id);
                    const stored = await read(`the items of ${c}`, () => db.readItems(c, ids));
                    for (const [id, doc] of stored)
                        found.set((0,keys/* itemKey */.Dh)(c, id), doc);
                }
            }
            return found;
        },
    };
}
/**
 * Every item's collection must be in this run or already in the database: those of the items given, and of a
 * delivery in windows every item's (but those without a collection, or with an empty one, which are not sent).
 */
async function checkCollections(db, work, refused) {
    const items = work.items.filter((o) => !refused.has(o.key));
    const streamed = [...(work.streamed?.counts.keys() ?? [])].filter((c) => c !== keys/* NO_COLLECTION */.rs && c !== '');
    const wanted = [...new Set([...items.map((o) => o.collection), ...streamed])];
    const sent = new Set(work.collections.map((o) => o.id));
    const inDb = await db.existingCollections(wanted.filter((c) => !sent.has(c)));
    const absent = wanted.filter((c) => !sent.has(c) && !inDb.has(c));
    if (absent.length === 0)
        return;
    const first = items.find((o) => o.collection === absent[0])?.origin ?? work.streamed?.firsts.get(absent[0]);
    const several = absent.length > 1;
    throw new errors/* ConfigurationError */.j1(`collection${several ? 's' : ''} ${absent.map((c) => `'${c}'`).join(', ')} ${several ? 'are' : 'is'} ` +
        `neither in this run nor in pgstac at ${db.label}; nothing was written`, {
        ...(first ? { location: (0,stac/* originToLocation */.J)(first) } : {}),
        hint: 'add the collection to the manifest (collections:), or create it in the database first',
    });
}
/** The DSN of the target, from the environment; a secret from here on. */
function dsnOf(target, deps, location, logger) {
    const dsn = (deps.env ?? process.env)[target.dsn_env];
    if (dsn === undefined || dsn.trim() === '') {
        throw new errors/* ConfigurationError */.j1(`the pgstac target needs a DSN in the environment variable ${target.dsn_env}, which is not set`, {
            location: { ...location, pointer: '/dsn_env' },
            hint: `set ${target.dsn_env}=postgresql://user:password@host:5432/dbname ` + '(in the Action, map a secret to it)',
        });
    }
    logger.setSecret(dsn.trim());
    return dsn;
}
class PgstacDatabaseTarget {
    target;
    deps;
    type = 'pgstac';
    location;
    client;
    version = '';
    stats = { batches: 0, failedBatches: 0, writeMs: 0 };
    constructor(target, deps) {
        this.target = target;
        this.deps = deps;
        this.location = { entry: `pgstac target (environment variable ${target.dsn_env})` };
    }
    db() {
        if (!this.client)
            throw new Error('the pgstac target was not opened');
        return this.client;
    }
    async open(work, ctx) {
        const dsn = dsnOf(this.target, this.deps, this.location, ctx.logger);
        const db = (this.deps.createClient ?? createPgstacClient)({ dsn, logger: ctx.logger, location: this.location });
        this.client = db;
        this.version = await ctx.stage('connect', () => db.version());
        ctx.logger.info(`pgstac ${this.version} at ${db.label}`);
        const refused = this.refuses(work.items);
        if (work.mode === 'publish')
            await checkCollections(db, work, new Set(refused.map((r) => r.key)));
        return refused;
    }
    /** Items the items table cannot hold at all (no geometry…): not sent. */
    refuses(items) {
        return items.flatMap((o) => {
            const problem = itemRowProblem(o.doc);
            if (problem === undefined)
                return [];
            const { key, id, origin } = o;
            const collection = o.collection === '' ? null : o.collection;
            return [{ key, kind: 'item', collection, id, origin, state: 'failed', reason: `not sent: ${problem}` }];
        });
    }
    catalogs(mode, ctx) {
        const absent = mode === 'publish' ? 'not found in pgstac after the write' : 'not in pgstac';
        const catalogs = [databaseCatalog(this.db(), absent, ctx)];
        if (this.target.stac_api !== undefined && mode !== 'plan') {
            const api = (0,stac_api.createStacApiClient)({
                baseUrl: this.target.stac_api,
                logger: ctx.logger,
                sleep: ctx.sleep,
                now: ctx.now,
                ...(ctx.signal ? { signal: ctx.signal } : {}),
                ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
            });
            catalogs.push((0,stac_api_catalog/* stacApiCatalog */.t)(api, { absent: 'not found through the STAC API' }));
        }
        return catalogs;
    }
    async write(batch, ctx) {
        const started = ctx.now();
        const written = [
            ...(batch.collections.length > 0 ? await this.writeCollections(batch.collections, ctx) : []),
            ...(batch.items.length > 0 ? await this.writeItems(batch.items, ctx) : []),
        ];
        this.stats.writeMs += ctx.now() - started;
        return written;
    }
    describe() {
        return `pgstac ${this.version} at ${this.db().label}`;
    }
    details() {
        const { version, target, stats } = this;
        const pgstac = { version, database: this.db().label, batchSize: target.batch_size, ...stats };
        return { pgstac: { ...pgstac, stacApi: target.stac_api ?? null } };
    }
    async close() {
        try {
            await this.client?.close();
        }
        catch (err) {
            throw new errors/* StageError */.Zu('pgstac', `closing the connection pool failed: ${(0,errors/* describeError */.Uc)(err)}`, { cause: err });
        }
    }
    async writeCollections(collections, ctx) {
        try {
            await retriedWrite('the collections', () => this.db().upsertCollections(collections.map((o) => o.doc)), ctx);
        }
        catch (err) {
            if (err instanceof PgstacError)
                throw new errors/* StageError */.Zu('pgstac', 'the collections were not written (rolled back)', { cause: err });
            throw err;
        }
        ctx.logger.info(`upserted ${collections.length} collection(s)`);
        return collections.map((o) => ({ key: o.key, state: 'written' }));
    }
    /** Upserts items grouped by collection, in batches of batch_size, one transaction each. */
    async writeItems(items, ctx) {
        const size = this.target.batch_size;
        const ordered = [...items].sort((a, b) => a.collection.localeCompare(b.collection));
        const batches = [];
        for (let i = 0; i < ordered.length; i += size)
            batches.push(ordered.slice(i, i + size));
        const written = [];
        for (const [n, batch] of batches.entries()) {
            const label = `batch ${n + 1}/${batches.length}`;
            try {
                await retriedWrite(label, () => this.db().upsertItems(batch.map((o) => o.doc)), ctx);
                for (const o of batch)
                    written.push({ key: o.key, state: 'written', ref: label });
            }
            catch (err) {
                if (!(err instanceof PgstacError && err.isDataError))
                    throw err instanceof PgstacError ? new errors/* StageError */.Zu('pgstac', `${label} failed`, { cause: err }) : err;
                this.stats.failedBatches++;
                ctx.logger.error(`${label} (${batch.length} item(s), ${batch[0]?.key} …) was refused and rolled back: ${err.message}`, (0,stac/* originToLocation */.J)(batch[0].origin));
                const reason = `${label} rolled back: ${err.message}`;
                for (const o of batch)
                    written.push({ key: o.key, state: 'failed', ref: label, reason });
            }
        }
        this.stats.batches += batches.length;
        const refused = this.stats.failedBatches ? ` (${this.stats.failedBatches} refused)` : '';
        ctx.logger.info(`upserted ${ordered.length} item(s) in ${batches.length} batch(es) of up to ${size}${refused}`);
        return written;
    }
}
function createPgstacTarget(target, deps) {
    return new PgstacDatabaseTarget(target, deps);
}


/***/ }),

/***/ 8792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ stacApiCatalog)
/* harmony export */ });
/* harmony import */ var _model_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(517);
/* harmony import */ var _model_expected_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1329);


function stacApiCatalog(api, options = {}) {
    const concurrency = Math.max(1, options.concurrency ?? 4);
    return {
        name: 'the STAC API',
        copy: "the STAC API's copy",
        ...(options.absent !== undefined ? { absent: options.absent } : {}),
        linkBase: api.baseUrl,
        async read(objects) {
            const found = new Map();
            const collections = objects.filter((e) => e.kind === 'collection');
            for (let i = 0; i < collections.length; i += concurrency) {
                const batch = collections.slice(i, i + concurrency);
                const docs = await Promise.all(batch.map((e) => api.getCollection(e.id)));
                batch.forEach((e, j) => {
                    const doc = docs[j];
                    if (doc !== undefined)
                        found.set(e.key, doc);
                });
            }
            for (const [collection, items] of (0,_model_expected_js__WEBPACK_IMPORTED_MODULE_0__/* .itemsByCollection */ .u$)(objects)) {
                const ids = items.map((e) => e.id);
                for await (const doc of api.searchByIds(collection, ids))
                    found.set((0,_model_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .itemKey */ .Dh)(collection, String(doc.id)), doc);
            }
            return found;
        },
        listItems: (collection) => api.listItems(collection),
        requests: () => api.stats().requests,
    };
}


/***/ })

};
