export const id = 974;
export const ids = [974,320];
export const modules = {

/***/ 6320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createStacApiClient: () => (/* binding */ createStacApiClient)
/* harmony export */ });
/* unused harmony exports StacApiError, redactUrl */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8301);
/* harmony import */ var _limit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57768);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49809);
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

/***/ 38974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createIngestorTarget: () => (/* binding */ createIngestorTarget),
  preflight: () => (/* binding */ preflight)
});

// EXTERNAL MODULE: ./src/model/stac.ts
var stac = __webpack_require__(23802);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/limit.ts
var limit = __webpack_require__(57768);
// EXTERNAL MODULE: ./src/model/keys.ts
var keys = __webpack_require__(50517);
// EXTERNAL MODULE: ./src/model/key-set.ts
var key_set = __webpack_require__(91463);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(49809);
;// CONCATENATED MODULE: ./src/clients/cognito.ts
/**
 * Bearer tokens for the legacy ingestor API: a fixed token (from an environment variable the
 * Action maps a secret input to), or the OAuth2 client-credentials exchange MAAP's own test
 * client uses against Cognito (protocol §4.2): `POST {domain}/oauth2/token` with
 * `grant_type=client_credentials` (+ `scope`), HTTP Basic `client_id:client_secret`.
 *
 * Secrets are registered with the logger before any request is made, and every token received
 * is registered before it is returned. Tokens are cached until a minute before they expire;
 * `refresh()` forces a new one (after a 401/403 on a token that may have expired). A 429, 5xx or
 * dropped connection from the token endpoint is retried with backoff, honouring `Retry-After`.
 */



function staticTokenProvider(token, logger) {
    const value = token.trim().replace(/^bearer\s+/i, '');
    logger.setSecret(value);
    return { kind: 'static', token: async () => value, refresh: async () => value };
}
const TokenResponse = schemas/* looseObject */._H3({
    access_token: schemas/* string */.YjP().min(1),
    token_type: schemas/* string */.YjP().optional(),
    expires_in: schemas/* number */.aig().positive().optional(),
});
const OAuthError = schemas/* looseObject */._H3({ error: schemas/* string */.YjP(), error_description: schemas/* string */.YjP().optional() });
/** Renew this long before the token's expiry. */
const EARLY_MS = 60_000;
/** The OAuth error of an answer (`invalid_client: …`), or its HTTP status. */
function why(status, json) {
    const e = OAuthError.safeParse(json);
    if (!e.success)
        return `HTTP ${status}`;
    return `${e.data.error}${e.data.error_description ? `: ${e.data.error_description}` : ''}`;
}
function tokenUrl(domain) {
    return domain.replace(/\/+$/, '') + '/oauth2/token';
}
/** A refused exchange as what to fix (400/401/403: the client credentials or scope), or a stage error. */
function exchangeFailure(url, res, location) {
    if (res.status !== 400 && res.status !== 401 && res.status !== 403)
        return new src_errors/* StageError */.Zu('auth', `the token endpoint ${url} answered ${why(res.status, res.json)}`);
    const e = OAuthError.safeParse(res.json);
    const hint = e.success && e.data.error === 'invalid_scope'
        ? 'check `cognito.scope`: the app client must be allowed that scope'
        : 'check `cognito.client_id` and the client secret (an app client with the client-credentials flow enabled)';
    return new src_errors/* ConfigurationError */.j1(`the token endpoint ${url} refused the client credentials (${why(res.status, res.json)})`, {
        ...(location ? { location } : {}),
        hint,
    });
}
/** The OAuth2 client-credentials exchange, cached until shortly before expiry; one exchange at a time. */
class CognitoTokens {
    options;
    kind = 'cognito';
    basic;
    url;
    fetch;
    now;
    cached;
    inflight;
    constructor(options) {
        this.options = options;
        options.logger.setSecret(options.clientSecret);
        this.basic = Buffer.from(`${options.clientId}:${options.clientSecret}`, 'utf8').toString('base64');
        options.logger.setSecret(this.basic);
        this.url = tokenUrl(options.domain);
        this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
        this.now = options.now ?? retry/* realClock */.dQ;
    }
    /** One POST to the token endpoint: its status and JSON body (`undefined` when not JSON). */
    async post() {
        const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.options.clientId });
        if (this.options.scope !== undefined)
            body.set('scope', this.options.scope);
        let res;
        try {
            res = await this.fetch(this.url, {
                method: 'POST',
                headers: {
                    Authorization: `Basic ${this.basic}`,
                    'Content-Type': 'application/x-www-form-urlencoded',
                    Accept: 'application/json',
                },
                body: body.toString(),
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
            });
        }
        catch (err) {
            const reason = err instanceof Error ? err.message : String(err);
            const message = `cannot reach the token endpoint ${this.url} (${reason})`;
            throw new retry/* TransientHttpError */.jt(message, undefined, undefined, { cause: err });
        }
        const text = await res.text();
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            json = undefined;
        }
        if ((0,retry/* isTransientStatus */.Dm)(res.status)) {
            const retryAfter = (0,retry/* parseRetryAfter */.mu)(res.headers.get('retry-after'), this.now());
            const message = `the token endpoint ${this.url} answered ${why(res.status, json)}`;
            throw new retry/* TransientHttpError */.jt(message, res.status, retryAfter);
        }
        return { status: res.status, json };
    }
    async postWithRetry() {
        const maxAttempts = this.options.maxAttempts ?? 4;
        const { logger } = this.options;
        try {
            return await (0,retry/* withRetry */.bD)(() => this.post(), {
                maxAttempts,
                sleep: this.options.sleep ?? retry/* realSleep */.uk,
                backoff: { baseMs: 500, maxMs: 10_000 },
                isRetryable: (err) => err instanceof retry/* TransientHttpError */.jt,
                onRetry: (err, _n, delay) => logger.debug(`${err.message}; retrying in ${Math.round(delay)} ms`),
            });
        }
        catch (err) {
            if (!(err instanceof retry/* TransientHttpError */.jt))
                throw err;
            const message = `${err.message} (gave up after ${maxAttempts} attempts)`;
            throw new src_errors/* StageError */.Zu('auth', message, { cause: err.cause ?? err });
        }
    }
    async exchange() {
        const res = await this.postWithRetry();
        if (res.status < 200 || res.status >= 300)
            throw exchangeFailure(this.url, res, this.options.location);
        const parsed = TokenResponse.safeParse(res.json);
        if (!parsed.success)
            throw new src_errors/* StageError */.Zu('auth', `the token endpoint ${this.url} answered 200 without an access_token`);
        const { logger } = this.options;
        logger.setSecret(parsed.data.access_token);
        const lifetimeMs = (parsed.data.expires_in ?? 3600) * 1000;
        const expiresAt = this.now() + Math.max(lifetimeMs - EARLY_MS, lifetimeMs / 2);
        this.cached = { token: parsed.data.access_token, expiresAt };
        logger.debug(`got a client-credentials token from ${this.url} (valid ${Math.round(lifetimeMs / 1000)} s)`);
        return parsed.data.access_token;
    }
    shared() {
        this.inflight ??= this.exchange().finally(() => {
            this.inflight = undefined;
        });
        return this.inflight;
    }
    async token() {
        if (this.cached !== undefined && this.now() < this.cached.expiresAt)
            return this.cached.token;
        return this.shared();
    }
    async refresh() {
        this.cached = undefined;
        return this.shared();
    }
}
function cognitoTokenProvider(options) {
    return new CognitoTokens(options);
}

// EXTERNAL MODULE: ./src/json.ts
var src_json = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/clients/ingestor-api.ts
/**
 * The legacy synchronous STAC Ingestor API of eoapi-cdk (protocol §4): `POST /collections`,
 * `POST /ingestions`, `GET /ingestions/{id}`, with a bearer token from a `TokenProvider`.
 *
 * - 401/403: the token is refused. A renewable (Cognito) token is renewed once and the request
 *   repeated; after that it is a `ConfigurationError` saying what to fix.
 * - 400/422: the document is refused; `IngestorRejection` carries FastAPI's `detail` (for 422 the
 *   list of `{loc, msg}` is turned into `/json/pointer: message` lines).
 * - 429, 5xx and dropped connections are retried with backoff, honouring `Retry-After` (re-posting
 *   an item overwrites its ingestion record, so a retried POST is harmless).
 * The token is only ever sent to the API's own origin and never logged.
 */




const INGESTION_STATUSES = ['queued', 'started', 'failed', 'succeeded', 'cancelled'];
const ingestionSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP(),
    status: schemas/* enum */.k5n(INGESTION_STATUSES),
    message: schemas/* string */.YjP().nullable().optional(),
    created_by: schemas/* string */.YjP().optional(),
    created_at: schemas/* string */.YjP().optional(),
    updated_at: schemas/* string */.YjP().optional(),
    item: schemas/* unknown */.L5J().optional(),
});
/** The API refused a document (400 or 422). */
class IngestorRejection extends Error {
    status;
    problems;
    name = 'IngestorRejection';
    constructor(status, message, problems) {
        super(message);
        this.status = status;
        this.problems = problems;
    }
}
const ValidationDetail = schemas/* array */.YOg(schemas/* looseObject */._H3({ loc: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])), msg: schemas/* string */.YjP() }));
function escapeToken(t) {
    return String(t).replace(/~/g, '~0').replace(/\//g, '~1');
}
/** FastAPI's `detail` as problems: `loc` `["body","assets","data","href"]` -> `/assets/data/href`. */
function validationProblems(detail) {
    const parsed = ValidationDetail.safeParse(detail);
    if (!parsed.success)
        return [];
    return parsed.data.map((d) => {
        const loc = d.loc[0] === 'body' ? d.loc.slice(1) : d.loc;
        return { pointer: loc.length === 0 ? '' : '/' + loc.map(escapeToken).join('/'), message: d.msg };
    });
}
/** `/collection: Value error, …; /item_assets: Field required`, or the plain `detail` string. */
function describeDetail(detail) {
    const problems = validationProblems(detail);
    if (problems.length > 0)
        return problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ');
    if (typeof detail === 'string')
        return detail;
    if (Array.isArray(detail) && detail.every((d) => typeof d === 'string'))
        return detail.join('; ');
    return detail === undefined ? '' : JSON.stringify(detail).slice(0, 500);
}
/** FastAPI's `detail` field of an answer, or (unless `orWhole` is false) the whole answer when it has none. */
function detailOf(json, orWhole = true) {
    const detail = json?.detail;
    return detail ?? (orWhole ? json : undefined);
}
function rejection(what, answer) {
    const detail = detailOf(answer.json);
    return new IngestorRejection(answer.status, `${what} refused (${answer.status}): ${describeDetail(detail)}`, validationProblems(detail));
}
function unexpected(what, answer) {
    return new src_errors/* StageError */.Zu('ingestor', `${what}: unexpected answer ${answer.status}: ${describeDetail(detailOf(answer.json))}`);
}
function ingestionOf(what, answer) {
    const parsed = ingestionSchema.safeParse(answer.json);
    if (parsed.success)
        return parsed.data;
    const why = parsed.error.issues[0]?.message ?? 'bad shape';
    throw new src_errors/* StageError */.Zu('ingestor', `${what}: the answer is not an Ingestion (${why})`);
}
/** A 401/403 that a renewed token did not cure, as what to fix; undefined for other answers. */
function refusal(base, request, answer, location) {
    const located = location ? { location } : {};
    if (answer.status === 401) {
        return new src_errors/* ConfigurationError */.j1(`the ingestor API at ${base} answered 401 (not authenticated) to ${request}`, {
            ...located,
            hint: 'give it a bearer token: set the environment variable named by `token_env` ' +
                '(the Action maps its token input to it), or configure `cognito`',
        });
    }
    if (answer.status === 403) {
        const detail = describeDetail(detailOf(answer.json, false));
        return new src_errors/* ConfigurationError */.j1(`the ingestor API at ${base} refused the token (403${detail ? `: ${detail}` : ''}) for ${request}`, {
            ...located,
            hint: 'the token is invalid or expired, or was issued for another user pool; ' +
                'get a new one (or use `cognito` so it is renewed)',
        });
    }
    return undefined;
}
class IngestorApi {
    options;
    baseUrl;
    fetch;
    now;
    constructor(options) {
        this.options = options;
        this.baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : options.baseUrl + '/';
        this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
        this.now = options.now ?? retry/* realClock */.dQ;
    }
    /** One try: a 429/5xx or a dropped connection is a `TransientHttpError`. */
    async once(method, path, body, token) {
        const url = new URL(path, this.baseUrl).href;
        let res;
        try {
            res = await this.fetch(url, {
                method,
                headers: {
                    Authorization: `Bearer ${token}`,
                    Accept: 'application/json',
                    ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
                },
                ...(body !== undefined ? { body: (0,src_json/* stringifyJson */.sd)(body) } : {}),
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
            });
        }
        catch (err) {
            const why = err instanceof Error ? err.message : String(err);
            throw new retry/* TransientHttpError */.jt(`${method} ${url}: ${why}`, undefined, undefined, { cause: err });
        }
        const text = await res.text();
        let json;
        try {
            json = text === '' ? undefined : (0,src_json/* parseJson */.qF)(text);
        }
        catch {
            json = text.slice(0, 500);
        }
        if ((0,retry/* isTransientStatus */.Dm)(res.status)) {
            const retryAfter = (0,retry/* parseRetryAfter */.mu)(res.headers.get('retry-after'), this.now());
            const message = `${method} ${url} answered ${res.status}: ${describeDetail(detailOf(json))}`;
            throw new retry/* TransientHttpError */.jt(message, res.status, retryAfter);
        }
        return { status: res.status, json };
    }
    /** One request, repeated on 429/5xx/dropped connections; a `StageError` once the attempts are spent. */
    async send(method, path, body) {
        const { tokens, logger } = this.options;
        const maxAttempts = this.options.maxAttempts ?? 5;
        try {
            return await (0,retry/* withRetry */.bD)(async () => this.once(method, path, body, await tokens.token()), {
                maxAttempts,
                sleep: this.options.sleep ?? retry/* realSleep */.uk,
                backoff: { baseMs: 500, maxMs: 15_000, ...this.options.backoff },
                isRetryable: (err) => err instanceof retry/* TransientHttpError */.jt,
                onRetry: (err, _n, delay) => logger.debug(`${err.message}; retrying in ${Math.round(delay)} ms`),
            });
        }
        catch (err) {
            if (!(err instanceof retry/* TransientHttpError */.jt))
                throw err;
            const message = `${err.message} (gave up after ${maxAttempts} attempts)`;
            throw new src_errors/* StageError */.Zu('ingestor', message, { cause: err.cause ?? err });
        }
    }
    /** `send`, renewing a refused Cognito token once; 401/403 after that say what to fix. */
    async call(method, path, body) {
        let answer = await this.send(method, path, body);
        if ((answer.status === 401 || answer.status === 403) && this.options.tokens.kind === 'cognito') {
            await this.options.tokens.refresh();
            answer = await this.send(method, path, body);
        }
        const refused = refusal(this.baseUrl, `${method} /${path}`, answer, this.options.location);
        if (refused)
            throw refused;
        return answer;
    }
    async postCollection(collection) {
        const what = `POST /collections (${String(collection['id'])})`;
        const answer = await this.call('POST', 'collections', collection);
        if (answer.status === 200 || answer.status === 201)
            return Array.isArray(answer.json) ? answer.json.map(String).join('; ') : 'published';
        if (answer.status === 400 || answer.status === 422)
            throw rejection(what, answer);
        throw unexpected(what, answer);
    }
    async postIngestion(item) {
        const what = `POST /ingestions (${String(item['collection'])}/${String(item['id'])})`;
        const answer = await this.call('POST', 'ingestions', item);
        if (answer.status === 400 || answer.status === 422)
            throw rejection(what, answer);
        if (answer.status !== 200 && answer.status !== 201)
            throw unexpected(what, answer);
        return ingestionOf(what, answer);
    }
    async getIngestion(id) {
        const what = `GET /ingestions/${id}`;
        const answer = await this.call('GET', `ingestions/${encodeURIComponent(id)}`);
        if (answer.status === 404)
            return undefined;
        if (answer.status !== 200)
            throw unexpected(what, answer);
        return ingestionOf(what, answer);
    }
}
function createIngestorApiClient(options) {
    return new IngestorApi(options);
}

// EXTERNAL MODULE: ./src/clients/stac-api.ts
var stac_api = __webpack_require__(6320);
// EXTERNAL MODULE: ./src/targets/stac-api-catalog.ts
var stac_api_catalog = __webpack_require__(8792);
;// CONCATENATED MODULE: ./src/targets/ingestor.ts









/** The location of a refused document: its origin, pointing at the first field FastAPI named. */
function rejectionOrigin(origin, err) {
    const first = err.problems[0];
    return first && first.pointer !== '' ? { ...origin, pointer: (origin.pointer ?? '') + first.pointer } : origin;
}
/** A refused POST as a failed write; anything else is not the document's fault and ends the run. */
function refused(o, err) {
    if (!(err instanceof IngestorRejection))
        throw err;
    return { key: o.key, state: 'failed', reason: err.message, origin: rejectionOrigin(o.origin, err) };
}
/** Where an ingestion stands, once it stopped being queued or started. */
function settledIngestion(key, ing) {
    if (ing.status === 'succeeded')
        return { key, state: 'verified' };
    if (ing.status === 'failed')
        return { key, state: 'failed', reason: `ingestion failed: ${ing.message ?? '(no message)'}` };
    if (ing.status === 'cancelled')
        return { key, state: 'failed', reason: 'the ingestion was cancelled' };
    return undefined;
}
const fileAndLine = (o) => `${o.file}${o.line !== undefined ? `:${o.line}` : ''}`;
/** Collections must have an item_assets object (the API answers 422 without it). */
function collectionProblems(collections) {
    return collections.flatMap((d) => {
        const ia = d.doc['item_assets'];
        if (typeof ia === 'object' && ia !== null && !Array.isArray(ia))
            return [];
        return [
            new src_errors/* ConfigurationError */.j1(`collection '${String(d.doc['id'])}' has no item_assets object, which the ingestor API requires ` +
                '(it answers 422 without it)', {
                location: (0,stac/* originToLocation */.J)(d.origin, ia === undefined ? '' : '/item_assets'),
                hint: 'add "item_assets": {} to the collection, or describe the assets its items carry',
            }),
        ];
    });
}
/**
 * Items must name their collection, and an item id must be in one collection only (the API keys ingestions by
 * item id alone). The ids seen are kept compactly (src/model/key-set.ts), with the first collection of each.
 */
class ItemChecks {
    errors = [];
    ids = new key_set/* SpilledKeySet */.L();
    check(d) {
        const c = d.doc['collection'];
        if (typeof c !== 'string' || c === '') {
            this.errors.push(new src_errors/* ConfigurationError */.j1(`item '${String(d.doc['id'])}' has no collection, which the ingestor API requires`, {
                location: (0,stac/* originToLocation */.J)(d.origin, '/collection'),
                hint: 'set "collection" on the item (or `collection:` on its manifest source)',
            }));
            return;
        }
        const id = String(d.doc['id']);
        const earlier = this.ids.addOrGet(id, JSON.stringify([c, fileAndLine(d.origin)]));
        if (earlier === undefined)
            return;
        const [first, at] = JSON.parse(earlier);
        if (first === c)
            return;
        this.errors.push(new src_errors/* ConfigurationError */.j1(`item id '${id}' is in collections '${first}' and '${c}'; the ingestor API ` +
            "keys ingestions by item id alone, so one would overwrite the other's record", {
            location: (0,stac/* originToLocation */.J)(d.origin, '/id'),
            hint: `publish one of them in a separate run (the first is at ${at})`,
        }));
    }
    close() {
        this.ids.close();
    }
}
function throwAll(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new src_errors/* ConfigurationErrors */.yb(errors);
}
function preflight(input) {
    const items = new ItemChecks();
    try {
        for (const d of input.items)
            items.check(d);
    }
    finally {
        items.close();
    }
    throwAll([...collectionProblems(input.collections), ...items.errors]);
}
/**
 * {@link preflight} of a delivery in windows, before its first window is sent: every item is read once more
 * when they are not all of one collection (else their counts say all there is to check).
 */
async function preflightStreamed(collections, streamed) {
    const errors = collectionProblems(collections);
    const [only] = streamed.counts.keys();
    if (streamed.counts.size > 1 || only === keys/* NO_COLLECTION */.rs || only === '') {
        const items = new ItemChecks();
        try {
            for await (const d of streamed.items())
                items.check(d);
        }
        finally {
            items.close();
        }
        errors.push(...items.errors);
    }
    throwAll(errors);
}
function tokenProvider(target, env, logger, fetchImpl, now, location) {
    if (target.cognito !== undefined) {
        const secret = env[target.cognito.client_secret_env];
        if (secret === undefined || secret === '') {
            throw new src_errors/* ConfigurationError */.j1("the ingestor target's cognito exchange needs the client secret in the environment variable " +
                `${target.cognito.client_secret_env}, which is not set`, {
                location: { ...location, pointer: '/cognito/client_secret_env' },
                hint: `set ${target.cognito.client_secret_env} (in the Action, map a secret to it)`,
            });
        }
        return cognitoTokenProvider({
            domain: target.cognito.domain,
            clientId: target.cognito.client_id,
            clientSecret: secret,
            logger,
            now,
            location: { ...location, pointer: '/cognito' },
            ...(target.cognito.scope !== undefined ? { scope: target.cognito.scope } : {}),
            ...(fetchImpl ? { fetch: fetchImpl } : {}),
        });
    }
    const token = env[target.token_env];
    if (token === undefined || token.trim() === '') {
        throw new src_errors/* ConfigurationError */.j1(`the ingestor target needs a bearer token in the environment variable ${target.token_env}, which is not set`, {
            location: { ...location, pointer: '/token_env' },
            hint: `set ${target.token_env} (the Action maps its ingestor-token input to it), ` +
                'or configure `cognito` to get one with client credentials',
        });
    }
    return staticTokenProvider(token, logger);
}
class IngestorApiTarget {
    target;
    deps;
    type = 'ingestor';
    skipsUnchanged = true;
    wait;
    location;
    concurrency;
    tokens;
    api;
    /** The ingestions still awaited, by key (a settled one is dropped: a delivery in windows settles each). */
    ingestions = new Map();
    /** Every ingestion's id by key, for the report (handed out as it is: no copy per window). */
    ids = {};
    constructor(target, deps) {
        this.target = target;
        this.deps = deps;
        this.location = { entry: `ingestor target ${target.url}` };
        this.concurrency = Math.max(1, deps.concurrency ?? 4);
        const pollMs = target.poll_seconds * 1000;
        const timeoutMs = target.timeout_minutes * 60_000;
        this.wait = { timeoutMs, pollIntervalMs: pollMs, maxPollIntervalMs: pollMs * 4, landing: 'target' };
    }
    client() {
        if (!this.api)
            throw new Error('the ingestor target was not opened for publishing');
        return this.api;
    }
    async open(work, ctx) {
        if (work.mode === 'verify')
            return [];
        if (work.streamed)
            await preflightStreamed(work.collections, work.streamed);
        else
            preflight(work);
        if (work.mode === 'plan')
            return [];
        // secrets first: nothing below may print them
        const { target, deps, location } = this;
        const tokens = tokenProvider(target, deps.env ?? process.env, ctx.logger, deps.fetch, ctx.now, location);
        this.tokens = tokens;
        this.api = createIngestorApiClient({
            baseUrl: target.url,
            tokens,
            logger: ctx.logger,
            sleep: ctx.sleep,
            now: ctx.now,
            location,
            ...(deps.fetch ? { fetch: deps.fetch } : {}),
        });
        await ctx.stage('authenticate', () => tokens.token());
        return [];
    }
    catalogs(mode, ctx) {
        const stacApi = this.target.stac_api;
        if (stacApi === undefined) {
            if (mode === 'publish')
                return [];
            throw new src_errors/* ConfigurationError */.j1(`the ingestor target needs \`stac_api\` to ${mode} against the live catalog`, {
                location: { ...this.location, pointer: '/stac_api' },
                hint: 'add stac_api: <the STAC API root that serves this catalog> to the target',
            });
        }
        const { logger, sleep, now } = ctx;
        const fetch = this.deps.fetch ? { fetch: this.deps.fetch } : {};
        const signal = ctx.signal ? { signal: ctx.signal } : {};
        const api = (0,stac_api.createStacApiClient)({ baseUrl: stacApi, logger, sleep, now, ...fetch, ...signal });
        return [(0,stac_api_catalog/* stacApiCatalog */.t)(api, { absent: 'not found through the STAC API' })];
    }
    async write(batch, ctx) {
        const api = this.client();
        const collections = await (0,limit/* mapBounded */.yJ)(batch.collections, this.concurrency, async (o) => {
            try {
                ctx.logger.debug(`${o.key}: ${await api.postCollection(o.doc)}`);
                return { key: o.key, state: 'verified' };
            }
            catch (err) {
                return refused(o, err);
            }
        });
        const items = await (0,limit/* mapBounded */.yJ)(batch.items, this.concurrency, async (o) => {
            try {
                const ing = await api.postIngestion(o.doc);
                // kept for the report after the answer is dropped: not a slice of its text
                const id = (0,keys/* detached */.ht)(ing.id);
                this.ingestions.set(o.key, { id, status: ing.status, message: ing.message ?? null });
                this.ids[o.key] = id;
                return { key: o.key, state: 'published', ref: id };
            }
            catch (err) {
                return refused(o, err);
            }
        });
        const count = (list, state) => list.filter((w) => w.state === state).length;
        if (collections.length > 0)
            ctx.logger.info(`POST /collections: ${count(collections, 'verified')} of ${collections.length} accepted`);
        if (items.length > 0)
            ctx.logger.info(`POST /ingestions: ${count(items, 'published')} of ${items.length} item(s) queued`);
        return [...collections, ...items];
    }
    /** The ingestions' status: succeeded, failed or cancelled settle an item; a record gone (404) is missing. */
    watch() {
        const poll = async (key) => {
            const ing = this.ingestions.get(key);
            if (ing === undefined)
                return undefined;
            const now = await this.client().getIngestion(ing.id);
            if (now === undefined) {
                this.ingestions.delete(key);
                return { key, state: 'missing', reason: `the ingestion record ${ing.id} is gone (404)` };
            }
            Object.assign(ing, { status: now.status, message: now.message ?? null });
            const settled = settledIngestion(key, ing);
            if (settled !== undefined)
                this.ingestions.delete(key);
            return settled;
        };
        return {
            poll: async (pending) => (await (0,limit/* mapBounded */.yJ)(pending, this.concurrency * 2, poll)).filter((s) => s !== undefined),
            timeoutReason: (key) => `the ingestion was still ${this.ingestions.get(key)?.status ?? 'queued'} after ` +
                `${this.target.timeout_minutes} min (timeout_minutes)`,
        };
    }
    describe() {
        return `the ingestor API at ${this.target.url}`;
    }
    details() {
        const auth = this.tokens ? { auth: this.tokens.kind } : {};
        const url = this.api?.baseUrl ?? this.target.url;
        return { ingestor: { url, ...auth, ingestions: this.ids, stacApi: this.target.stac_api ?? null } };
    }
}
function createIngestorTarget(target, deps) {
    return new IngestorApiTarget(target, deps);
}


/***/ }),

/***/ 8792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ stacApiCatalog)
/* harmony export */ });
/* harmony import */ var _model_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50517);
/* harmony import */ var _model_expected_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41329);


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
