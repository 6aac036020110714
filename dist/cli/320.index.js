export const id = 320;
export const ids = [320];
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


/***/ })

};
