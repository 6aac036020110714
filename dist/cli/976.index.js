export const id = 976;
export const ids = [976,320];
export const modules = {

/***/ 5705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ createAwsClients),
/* harmony export */   K$: () => (/* binding */ awsConfigurationError)
/* harmony export */ });
/* unused harmony exports createSnsClient, createSqsClient, createCloudFormationClient, CREDENTIALS_HINT */
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3805);
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8797);
/* harmony import */ var _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8868);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9809);





/**
 * The SDK's HTTP handler waits forever by default (no connection or request timeout; an exceeded `requestTimeout`
 * is only a warning unless `throwOnRequestTimeout`): a black-holed endpoint would hang the run until the job's own
 * timeout. A call that times out is one without an answer, which the publisher and the retries already handle.
 */
function commonConfig(options) {
    const config = {
        maxAttempts: options.sdkMaxAttempts ?? 1,
        requestHandler: {
            connectionTimeout: 10_000,
            requestTimeout: options.requestTimeoutMs ?? 120_000,
            throwOnRequestTimeout: true,
        },
    };
    if (options.region !== undefined)
        config.region = options.region;
    if (options.endpoint !== undefined)
        config.endpoint = options.endpoint;
    if (options.credentials !== undefined)
        config.credentials = options.credentials;
    return config;
}
function createSnsClient(options = {}) {
    return new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_2__/* .SNSClient */ .kye(commonConfig(options));
}
/**
 * Queue URLs come from the manifest: with `useQueueUrlAsEndpoint` (the SDK's default) a request for a queue URL on
 * another host was sent there, signed, with the session token in it. Requests go to the configured endpoint or
 * AWS's regional one; the URL only names the queue.
 */
function createSqsClient(options = {}) {
    return new _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_3__/* .SQSClient */ .hW({ ...commonConfig(options), useQueueUrlAsEndpoint: false });
}
function createCloudFormationClient(options = {}) {
    return new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__/* .CloudFormationClient */ .m1N(commonConfig({ ...options, sdkMaxAttempts: options.sdkMaxAttempts ?? 3 }));
}
function createAwsClients(options = {}) {
    const sns = createSnsClient(options);
    const sqs = createSqsClient(options);
    const cfn = createCloudFormationClient(options);
    return {
        sns,
        sqs,
        cfn,
        destroy() {
            sns.destroy();
            sqs.destroy();
            cfn.destroy();
        },
    };
}
const CREDENTIALS_HINT = 'in a GitHub workflow, add aws-actions/configure-aws-credentials with an OIDC role ' +
    '(role-to-assume) before this step; ' +
    'locally, set AWS_PROFILE (after `aws sso login`) or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY';
const NOT_FOUND_CODES = new Set([
    'NotFound',
    'NotFoundException',
    'QueueDoesNotExist',
    'AWS.SimpleQueueService.NonExistentQueue',
]);
const ACCESS_CODES = new Set([
    'AuthorizationError',
    'AuthorizationErrorException',
    'AccessDenied',
    'AccessDeniedException',
    'KMSAccessDenied',
    'KMSAccessDeniedException',
]);
const BAD_CREDENTIAL_CODES = new Set([
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'ExpiredToken',
    'ExpiredTokenException',
    'SignatureDoesNotMatch',
    'InvalidSignatureException',
    'IncompleteSignature',
]);
/**
 * Turns the AWS errors that are the user's to fix (no credentials, no region, a topic or
 * queue that does not exist, a missing permission) into a ConfigurationError that says what
 * to do. Returns undefined for anything else. Never includes credential values.
 */
function awsConfigurationError(err, context) {
    const code = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(err);
    const message = err instanceof Error ? err.message : String(err);
    const base = context.location === undefined ? {} : { location: context.location };
    if (code === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`no AWS credentials for ${context.action} on ${context.resource}`, {
            ...base,
            hint: CREDENTIALS_HINT,
            cause: err,
        });
    }
    if (/region is missing/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`no AWS region for ${context.action} on ${context.resource}`, {
            ...base,
            hint: 'set `region` in the manifest target, or AWS_REGION ' +
                '(aws-actions/configure-aws-credentials sets it from `aws-region`)',
            cause: err,
        });
    }
    if (code !== undefined && NOT_FOUND_CODES.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${context.resource} does not exist (${code} from ${context.action})`, {
            ...base,
            hint: 'check the ARN/URL in the manifest target, the region, and the account of the ' +
                'credentials; or resolve it from the stack exports with `stack:`',
            cause: err,
        });
    }
    if (code === 'InvalidParameter' && /TopicArn|QueueUrl/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${context.resource} is not a valid ${/QueueUrl/i.test(message) ? 'queue URL' : 'topic ARN'} ` +
            `for ${context.action}: ${message}`, {
            ...base,
            hint: 'check the ARN/URL in the manifest target (and that it is in the same region as the client)',
            cause: err,
        });
    }
    if (code !== undefined && ACCESS_CODES.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`not allowed to call ${context.action} on ${context.resource} (${code})`, {
            ...base,
            hint: `grant the role ${context.action} on that resource (see the README's IAM section)`,
            cause: err,
        });
    }
    if (code !== undefined && BAD_CREDENTIAL_CODES.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the AWS credentials were rejected for ${context.action} on ${context.resource} (${code})`, {
            ...base,
            hint: `they are invalid or expired; ${CREDENTIALS_HINT}`,
            cause: err,
        });
    }
    return undefined;
}


/***/ }),

/***/ 8477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ directPublishBatchSender),
/* harmony export */   jK: () => (/* binding */ sdkPublishBatchSender)
/* harmony export */ });
/* unused harmony exports SnsServiceError, parsePublishBatchResponse, publishBatchBody */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8797);
/* harmony import */ var _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5118);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8879);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2311);






function sdkPublishBatchSender(sns) {
    return {
        async publishBatch(topicArn, entries) {
            const out = await sns.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_2__/* .PublishBatchCommand */ .Hhu({ TopicArn: topicArn, PublishBatchRequestEntries: entries }));
            return { Successful: out.Successful ?? [], Failed: out.Failed ?? [] };
        },
    };
}
/** An SNS error answer, shaped like the SDK's service exceptions (name/Code, $metadata, $fault) for the retry rules. */
class SnsServiceError extends Error {
    Code;
    $metadata;
    $fault;
    constructor(code, message, status, type) {
        super(message);
        this.name = code;
        this.Code = code;
        this.$metadata = { httpStatusCode: status };
        this.$fault = type === 'Sender' || (status >= 400 && status < 500) ? 'client' : 'server';
    }
}
/** SNS answers in the Query protocol's XML; `member` elements are always read as lists, values as text. */
const xmlParser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A({
    isArray: (name) => name === 'member',
    parseTagValue: false,
    ignoreAttributes: true,
    processEntities: true,
    htmlEntities: true,
});
const text = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional();
const memberList = (member) => zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ member: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(member) }), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz('')]).optional();
const PublishBatchAnswer = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    PublishBatchResponse: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        PublishBatchResult: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
            Successful: memberList(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ Id: text, MessageId: text })),
            Failed: memberList(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ Id: text, Code: text, Message: text, SenderFault: text })),
        }),
    }),
});
const ErrorAnswer = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    ErrorResponse: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ Error: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ Type: text, Code: text, Message: text }) }),
});
const membersOf = (list) => (list ? list.member : []);
/** Parses a PublishBatch answer; throws when it is not one. */
function parsePublishBatchResponse(xml) {
    const parsed = PublishBatchAnswer.safeParse(xmlParser.parse(xml));
    if (!parsed.success) {
        const why = parsed.error.issues[0]?.message ?? 'unexpected shape';
        throw new Error(`SNS answered PublishBatch with XML that is not a PublishBatchResponse (${why})`);
    }
    const result = parsed.data.PublishBatchResponse.PublishBatchResult;
    return {
        Successful: membersOf(result.Successful),
        Failed: membersOf(result.Failed).map((f) => ({ ...f, SenderFault: f.SenderFault === 'true' })),
    };
}
/** An error answer (`<ErrorResponse><Error>…`) as an exception the retry rules understand. */
function errorFromAnswer(status, body) {
    let error = {};
    try {
        const parsed = ErrorAnswer.safeParse(xmlParser.parse(body));
        if (parsed.success)
            error = parsed.data.ErrorResponse.Error;
    }
    catch {
        // not XML (e.g. a proxy's plain-text 503): the status says enough
    }
    const code = error.Code ?? (status === 429 ? 'Throttling' : `Http${status}`);
    return new SnsServiceError(code, error.Message ?? `SNS answered HTTP ${status}`, status, error.Type);
}
/** The form body of a PublishBatch request (the Query protocol, as the SDK sends it). */
function publishBatchBody(topicArn, entries) {
    const parts = ['Action=PublishBatch', 'Version=2010-03-31', `TopicArn=${encodeURIComponent(topicArn)}`];
    entries.forEach((e, i) => {
        const n = i + 1;
        parts.push(`PublishBatchRequestEntries.member.${n}.Id=${encodeURIComponent(e.Id)}`, `PublishBatchRequestEntries.member.${n}.Message=${encodeURIComponent(e.Message)}`);
    });
    return parts.join('&');
}
/**
 * The SNS client's region, endpoint and credentials: a custom `endpoint` (e.g. a local moto), or
 * the SDK's endpoint rules for the region (FIPS and dual-stack settings included); the credentials
 * provider is the client's (env, OIDC web identity, profiles, …), so they are renewed as it renews them.
 */
async function resolveTarget(sns) {
    const { config } = sns;
    const region = await config.region();
    let url;
    if (config.endpoint !== undefined) {
        const e = await config.endpoint();
        url = new URL(`${e.protocol}//${e.hostname}${e.port ? `:${e.port}` : ''}${e.path || '/'}`);
    }
    else {
        const fips = await config.useFipsEndpoint();
        const dualStack = await config.useDualstackEndpoint();
        url = new URL(config.endpointProvider({ Region: region, UseFIPS: fips, UseDualStack: dualStack }).url.href);
    }
    const signer = new _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_5__.SignatureV4({ credentials: config.credentials, region, service: 'sns', sha256: config.sha256 });
    return { url, signer };
}
/** POSTs `body` with `headers` through a kept-alive agent; a timeout is a retryable `TimeoutError`. */
function post(url, headers, body, agent, timeoutMs) {
    return new Promise((resolve, reject) => {
        const send = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        const req = send(url, { method: 'POST', headers, agent }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.setTimeout(timeoutMs, () => {
            const err = Object.assign(new Error(`PublishBatch timed out after ${timeoutMs} ms`), { name: 'TimeoutError' });
            req.destroy(err);
        });
        req.on('error', reject);
        req.end(body);
    });
}
/**
 * PublishBatch over a kept-alive connection pool, signed with SigV4 by the SDK's signer, with the
 * SNS client's credentials, region and endpoint; the answer is read with a real XML parser.
 */
function directPublishBatchSender(sns, options = {}) {
    const agents = {
        'http:': new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
        'https:': new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
    };
    const timeoutMs = options.timeoutMs ?? 30_000;
    let target;
    return {
        async publishBatch(topicArn, entries) {
            target ??= resolveTarget(sns).catch((err) => {
                target = undefined;
                throw err;
            });
            const { url, signer } = await target;
            const body = publishBatchBody(topicArn, entries);
            const headers = {
                host: url.host,
                'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
                'content-length': String(Buffer.byteLength(body)),
            };
            const request = { method: 'POST', protocol: url.protocol, hostname: url.hostname, path: url.pathname, headers };
            const signed = await signer.sign({
                ...request,
                ...(url.port ? { port: Number(url.port) } : {}),
                query: {},
                body,
            });
            const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
            const answer = await post(url, signed.headers, body, agent, timeoutMs);
            if (answer.status !== 200)
                throw errorFromAnswer(answer.status, answer.body);
            return parsePublishBatchResponse(answer.body);
        },
        destroy() {
            agents['http:'].destroy();
            agents['https:'].destroy();
        },
    };
}


/***/ }),

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

/***/ 1007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cz: () => (/* binding */ resolveTargetEndpoints)
/* harmony export */ });
/* unused harmony exports exportNameCandidates, listAllExports */
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _clients_aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5705);



const MANIFEST_FIELD = {
    loaderTopicArn: 'loader_topic_arn',
    loaderQueueUrl: 'loader_queue_url',
    loaderDlqUrl: 'loader_dlq_url',
    generatorTopicArn: 'generator_topic_arn',
    generatorQueueUrl: 'generator_queue_url',
    generatorDlqUrl: 'generator_dlq_url',
};
/**
 * Export names per field, newest first (protocol.md §0 "Discovery"):
 * eoapi-cdk >= v8.3.1 (loader) / v8.3.2 (generator) prefix `{StackName}-`; v8.3.0 used
 * `stac-loader-*` and v8.2.x `stac-item-loader-*` with no prefix; the generator had no prefix before v8.3.2.
 */
function exportNameCandidates(stack) {
    const loader = (suffix) => [
        { name: `${stack}-stac-loader-${suffix}`, legacy: false },
        { name: `stac-loader-${suffix}`, legacy: true },
        { name: `stac-item-loader-${suffix}`, legacy: true },
    ];
    const generator = (suffix) => [
        { name: `${stack}-stactools-item-generator-${suffix}`, legacy: false },
        { name: `stactools-item-generator-${suffix}`, legacy: true },
    ];
    return {
        loaderTopicArn: loader('topic-arn'),
        loaderQueueUrl: loader('queue-url'),
        loaderDlqUrl: loader('deadletter-queue-url'),
        generatorTopicArn: generator('topic-arn'),
        generatorQueueUrl: generator('queue-url'),
        generatorDlqUrl: generator('deadletter-queue-url'),
    };
}
/** Every export of the account and region (ListExports, following NextToken). */
async function listAllExports(cfn) {
    const out = [];
    let token;
    do {
        const page = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__/* .ListExportsCommand */ .xKf(token === undefined ? {} : { NextToken: token }));
        out.push(...(page.Exports ?? []));
        token = page.NextToken;
    } while (token !== undefined && token !== '');
    return out;
}
/** `arn:aws:cloudformation:region:acct:stack/<name>/<uuid>` -> `<name>` */
function stackNameOf(exportingStackId) {
    return exportingStackId === undefined ? undefined : /:stack\/([^/]+)\//.exec(exportingStackId)?.[1];
}
/**
 * Explicit ARNs/URLs in the manifest win; the rest are looked up in the CloudFormation exports
 * of `target.stack` (current export names first, then the pre-v8.3.1 unprefixed ones, which
 * are accepted only when exported by that stack).
 */
async function resolveTargetEndpoints(target, deps, options = {}) {
    const result = { sources: {} };
    const fields = Object.keys(MANIFEST_FIELD);
    for (const f of fields) {
        const v = target[MANIFEST_FIELD[f]];
        if (typeof v === 'string') {
            result[f] = v;
            result.sources[f] = 'manifest';
        }
    }
    const required = options.require ?? [];
    const unresolved = fields.filter((f) => result[f] === undefined);
    const location = options.location;
    const locOpt = location === undefined ? {} : { location };
    if (unresolved.length === 0)
        return result;
    if (target.stack === undefined) {
        const missing = required.filter((f) => result[f] === undefined);
        if (missing.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the target does not say where to publish: missing ${missing.map((f) => MANIFEST_FIELD[f]).join(', ')}`, {
                ...locOpt,
                hint: 'set `stack:` (e.g. MAAP-STAC-prod-pgSTAC) to resolve them from its CloudFormation exports, ' +
                    'or give the ARNs/URLs explicitly',
            });
        }
        return result;
    }
    const stack = target.stack;
    let exports;
    try {
        exports = await listAllExports(deps.cfn);
    }
    catch (err) {
        throw ((0,_clients_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .awsConfigurationError */ .K$)(err, {
            action: 'cloudformation:ListExports',
            resource: `the exports of stack ${stack}`,
            ...locOpt,
        }) ?? err);
    }
    const byName = new Map(exports.filter((e) => e.Name !== undefined).map((e) => [e.Name, e]));
    const candidates = exportNameCandidates(stack);
    for (const f of unresolved) {
        for (const c of candidates[f]) {
            const e = byName.get(c.name);
            if (e?.Value === undefined)
                continue;
            if (c.legacy && stackNameOf(e.ExportingStackId) !== stack)
                continue;
            result[f] = e.Value;
            result.sources[f] = `export ${c.name}`;
            break;
        }
    }
    const missing = required.filter((f) => result[f] === undefined);
    if (missing.length > 0) {
        const tried = missing.map((f) => `${MANIFEST_FIELD[f]} (tried exports ${candidates[f].map((c) => c.name).join(', ')})`);
        const stackExports = exports.filter((e) => stackNameOf(e.ExportingStackId) === stack).map((e) => e.Name);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`stack ${stack} does not export ${tried.join('; ')}`, {
            ...locOpt,
            hint: stackExports.length === 0
                ? `no exports of a stack named ${stack} were found in this account/region: ` +
                    'check the stack name, the region, and the account of the credentials'
                : `it exports: ${stackExports.join(', ')}. ` +
                    'Give the missing values explicitly in the target, or deploy the construct that provides them',
        });
    }
    return result;
}


/***/ }),

/***/ 516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ peekDeadLetterQueue),
/* harmony export */   QF: () => (/* binding */ matchDeadLetter),
/* harmony export */   XE: () => (/* binding */ deadLetterReason),
/* harmony export */   kw: () => (/* binding */ releaseMessages)
/* harmony export */ });
/* unused harmony export parseEnvelope */
/* harmony import */ var _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8868);
/* harmony import */ var _clients_aws_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5705);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9809);
/* harmony import */ var _model_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(517);




function parseEnvelope(body) {
    let v;
    try {
        v = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (typeof v !== 'object' || v === null)
        return undefined;
    const o = v;
    if (typeof o.MessageId !== 'string' || typeof o.Message !== 'string')
        return undefined;
    const env = { MessageId: o.MessageId, Message: o.Message };
    if (typeof o.TopicArn === 'string')
        env.TopicArn = o.TopicArn;
    if (typeof o.Timestamp === 'string')
        env.Timestamp = o.Timestamp;
    return env;
}
/**
 * Reads every message of a dead-letter queue without deleting it: ReceiveMessage with a short
 * visibility timeout, until a receive comes back empty or only with messages already seen.
 */
async function peekDeadLetterQueue(sqs, queueUrl, options) {
    const seen = new Map();
    const max = options.maxMessages ?? 10_000;
    while (seen.size < max) {
        let messages;
        try {
            const out = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(() => sqs.send(new _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_2__/* .ReceiveMessageCommand */ .ON({
                QueueUrl: queueUrl,
                MaxNumberOfMessages: 10,
                VisibilityTimeout: options.visibilityTimeoutSeconds ?? 10,
                WaitTimeSeconds: options.waitTimeSeconds ?? 1,
                MessageSystemAttributeNames: ['SentTimestamp'],
            })), { maxAttempts: 4, sleep: options.sleep });
            messages = out.Messages ?? [];
        }
        catch (err) {
            throw (0,_clients_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .awsConfigurationError */ .K$)(err, { action: 'sqs:ReceiveMessage', resource: queueUrl }) ?? err;
        }
        let fresh = 0;
        for (const m of messages) {
            if (m.MessageId === undefined || m.ReceiptHandle === undefined || seen.has(m.MessageId))
                continue;
            fresh++;
            const body = m.Body ?? '';
            const msg = { sqsMessageId: m.MessageId, receiptHandle: m.ReceiptHandle, body };
            const env = parseEnvelope(body);
            if (env !== undefined)
                msg.envelope = env;
            const st = Number(m.Attributes?.SentTimestamp);
            if (Number.isFinite(st) && st > 0)
                msg.sentTimestamp = st;
            seen.set(m.MessageId, msg);
        }
        if (fresh === 0)
            break;
    }
    const all = [...seen.values()];
    if (options.release !== false)
        await releaseMessages(sqs, queueUrl, all);
    return all;
}
/** Best effort: makes received messages visible again at once. Returns how many were released. */
async function releaseMessages(sqs, queueUrl, messages) {
    let released = 0;
    for (let i = 0; i < messages.length; i += 10) {
        const chunk = messages.slice(i, i + 10);
        try {
            const out = await sqs.send(new _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_2__/* .ChangeMessageVisibilityBatchCommand */ .Zi({
                QueueUrl: queueUrl,
                Entries: chunk.map((m, j) => ({ Id: String(j), ReceiptHandle: m.receiptHandle, VisibilityTimeout: 0 })),
            }));
            released += out.Successful?.length ?? 0;
        }
        catch {
            return released; // no permission or a transient error: the visibility timeout releases them
        }
    }
    return released;
}
function matchDeadLetter(msg, queue, ctx) {
    const env = msg.envelope;
    if (env === undefined)
        return undefined;
    const rec = ctx.ledger.byMessageId(env.MessageId);
    if (rec !== undefined)
        return { key: rec.key, origin: rec.origin, topicArn: rec.topicArn, matchedBy: 'message-id' };
    if (queue !== 'loader' || ctx.expectedByIdOnly.size === 0)
        return undefined;
    if (msg.sentTimestamp !== undefined && msg.sentTimestamp < ctx.notBefore)
        return undefined;
    let doc;
    try {
        doc = JSON.parse(env.Message);
    }
    catch {
        return undefined;
    }
    if (typeof doc !== 'object' || doc === null)
        return undefined;
    const key = (0,_model_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .keyOfDocument */ .KO)(doc);
    if (key === undefined || !ctx.expectedByIdOnly.has(key))
        return undefined;
    const m = { key, matchedBy: 'object-id' };
    if (env.TopicArn !== undefined)
        m.topicArn = env.TopicArn;
    return m;
}
/**
 * What can be said about why a message was dead-lettered: the DLQs themselves carry no reason.
 * `maxReceiveCount` is the source queue's redrive policy (eoapi-cdk: 2 for the loader since
 * v11.1.1, 5 for the generator). The DLQ's own ApproximateReceiveCount is not used: peeking counts too.
 */
function deadLetterReason(msg, queue, maxReceiveCount) {
    const receives = maxReceiveCount !== undefined ? `${maxReceiveCount} receives` : 'its maximum receives';
    const env = msg.envelope;
    if (env === undefined)
        return 'the stored body is not an SNS envelope with MessageId and Message';
    let doc;
    try {
        doc = JSON.parse(env.Message);
    }
    catch {
        const handler = queue === 'loader' ? 'StacLoader' : 'StactoolsItemGenerator';
        return `the message is not valid JSON, so the ${handler} could not parse it`;
    }
    const o = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : undefined;
    if (queue === 'loader') {
        if (env.Message.includes('aws:s3'))
            return "the message contains 'aws:s3', so the StacLoader took it for an S3 event notification and failed it";
        if (env.Timestamp === undefined)
            return 'the SNS envelope has no Timestamp, which the StacLoader (eoapi-cdk >= 11.1.1) requires';
        if (o === undefined)
            return 'the message is not a JSON object';
        if (typeof o.type !== 'string')
            return 'the document has no `type`, so the StacLoader cannot dispatch it';
        if (o.type === 'Feature' && typeof o.collection !== 'string')
            return 'the item has no `collection`';
        if (o.type !== 'Feature' && o.type !== 'Collection')
            return `type '${o.type}' is not accepted by the StacLoader (only Feature and Collection)`;
        return (`rejected by the StacLoader after ${receives} (the loader's dead-letter queue keeps no reason): ` +
            (o.type === 'Feature'
                ? 'most likely its collection does not exist in the catalog, it fails stac-pydantic validation, ' +
                    'or the database load of its batch failed'
                : 'most likely it fails stac-pydantic validation or the database load failed') +
            '; see the StacLoader function logs');
    }
    if (o === undefined)
        return 'the ItemRequest is not a JSON object';
    const missing = ['package_name', 'group_name', 'create_item_args'].filter((k) => !(k in o));
    if (missing.length > 0)
        return `the ItemRequest lacks ${missing.join(', ')}`;
    if (typeof o.package_name === 'string' && o.package_name === '')
        return 'the ItemRequest has an empty package_name';
    const how = maxReceiveCount === undefined ? 'repeatedly' : `after ${receives}`;
    return (`the StactoolsItemGenerator failed it ${how} (the generator's dead-letter queue keeps no reason): ` +
        'the package could not be installed, create-item failed, or the item failed validation; ' +
        'see the generator function logs');
}


/***/ }),

/***/ 189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EN: () => (/* binding */ LEDGER_DIR),
  z0: () => (/* binding */ RunLedger),
  F$: () => (/* binding */ newRunId)
});

// UNUSED EXPORTS: ledgerPath

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/targets/maap/journal.ts


/**
 * An append-only JSON-lines file whose lines are on disk (fsync) when `flush` resolves.
 * Callers append lines synchronously and await `flush` before acting on them; concurrent
 * flushes share one write and one fsync (group commit). A process killed at any instant leaves
 * every flushed line intact; only the line being written can be cut short (readers drop a torn
 * last line).
 */
class Journal {
    path;
    file;
    pending = [];
    writing;
    constructor(path, file) {
        this.path = path;
        this.file = file;
    }
    /** Opens `path` for appending; a new (or empty) file gets `header` as its first line, flushed. */
    static async open(path, header) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const file = await (0,promises_.open)(path, 'a');
        const journal = new Journal(path, file);
        if ((await file.stat()).size === 0)
            journal.append(header);
        await journal.flush();
        return journal;
    }
    append(value) {
        this.pending.push(JSON.stringify(value) + '\n');
    }
    /** Resolves once every line appended so far is written and synced; rejects when the disk refuses. */
    async flush() {
        while (this.pending.length > 0 || this.writing !== undefined) {
            if (this.writing !== undefined) {
                await this.writing;
                continue;
            }
            const chunk = this.pending.join('');
            this.pending = [];
            this.writing = this.write(chunk).finally(() => (this.writing = undefined));
            await this.writing;
        }
    }
    async write(chunk) {
        await this.file.appendFile(chunk, 'utf8');
        await this.file.datasync();
    }
    async close() {
        try {
            await this.flush();
        }
        finally {
            await this.file.close();
        }
    }
}

// EXTERNAL MODULE: ./src/model/keys.ts
var keys = __webpack_require__(517);
// EXTERNAL MODULE: ./src/model/uuid.ts
var uuid = __webpack_require__(1594);
// EXTERNAL MODULE: ./src/model/names.ts
var names = __webpack_require__(3982);
;// CONCATENATED MODULE: ./src/targets/maap/ledger-table.ts



const STATUSES = ['published', 'unknown', 'failed'];
const HAS_MESSAGE_ID = 1 << 2;
const ORIGIN_FIELDS = ['file', 'entry', 'sourceId'];
/** Numbers per record in `fields`. */
const FIELDS = 6;
/**
 * The run ledger's records, compactly (issue 12: as objects, with their key, origin, topic and MessageId strings,
 * they took about 540 bytes per record, and a million-item run would not fit): per record its key, a few numbers
 * in typed arrays, its MessageId as 16 bytes and its publish time as a number; topics, files, source ids and entries
 * are kept once (an entry that ends in a number, as an ItemRequest's `sources[0] (src) row 12`: the text before it
 * once, and the number). What does not fit (errors, earlier MessageIds, a JSON pointer) is kept as given beside
 * them. Records are found by topic and key, and by any MessageId they were published with; read back as
 * LedgerRecord objects.
 */
class LedgerTable {
    names = new names/* Names */.f();
    /** Per topic (its name number), the row of each key. */
    rows = new Map();
    keys = [];
    /** topic, file, entry, sourceId (name numbers, -1: none), line, the number the entry ends in (-1: none). */
    fields = new Int32Array(FIELDS * 1024);
    /** status (bits 0-1), has a 16-byte MessageId. */
    flags = new Uint8Array(1024);
    attempts = new Uint32Array(1024);
    /** 1 + redrives; 0: none said. */
    redrives = new Uint16Array(1024);
    /** Milliseconds since the epoch; NaN: none. */
    publishedAt = new Float64Array(1024);
    messageIds = Buffer.alloc(16 * 1024);
    /** Row + 1 by the first 4 bytes of a 16-byte MessageId (open addressing, at most half full); 0: empty. */
    messageSlots = new Uint32Array(2048);
    slotsUsed = 0;
    /** Rows of MessageIds that are not in `messageSlots` (earlier ones, and any that is not a UUID). */
    otherMessages = new Map();
    extras = new Map();
    unknown = new Set();
    statusCounts = [0, 0, 0];
    get size() {
        return this.keys.length;
    }
    /** Adds the record of (topic, key), or replaces it in place. */
    set(r) {
        const topic = this.names.numberOf(r.topicArn);
        let byKey = this.rows.get(topic);
        if (byKey === undefined)
            this.rows.set(topic, (byKey = new Map()));
        let row = byKey.get(r.key);
        if (row === undefined) {
            row = this.keys.length;
            if (row === this.flags.length)
                this.grow();
            const key = (0,keys/* detached */.ht)(r.key);
            this.keys.push(key);
            byKey.set(key, row);
        }
        else {
            this.statusCounts[this.flags[row] & 3]--;
            this.unknown.delete(row);
        }
        this.fill(row, topic, r);
    }
    /** The row of (topic, key). */
    rowOf(topicArn, key) {
        const topic = this.names.find(topicArn);
        return topic === undefined ? undefined : this.rows.get(topic)?.get(key);
    }
    /** The first row (in the order added) of `key` in any topic. */
    firstRowOf(key) {
        let first;
        for (const byKey of this.rows.values()) {
            const row = byKey.get(key);
            if (row !== undefined && (first === undefined || row < first))
                first = row;
        }
        return first;
    }
    /** The row published with this MessageId (the latest or an earlier one). */
    rowOfMessage(messageId) {
        const probe = Buffer.alloc(16);
        if (!(0,uuid/* packUuid */.n)(messageId, probe, 0))
            return this.otherMessages.get(messageId);
        const mask = this.messageSlots.length - 1;
        for (let slot = probe.readUInt32LE(0) & mask; this.messageSlots[slot] !== 0; slot = (slot + 1) & mask) {
            const row = this.messageSlots[slot] - 1;
            const own = this.flags[row] & HAS_MESSAGE_ID;
            if (own && this.messageIds.compare(probe, 0, 16, 16 * row, 16 * row + 16) === 0)
                return row;
        }
        return this.otherMessages.get(messageId);
    }
    /** The record of a row, as a new object. */
    at(row) {
        const f = (i) => this.fields[FIELDS * row + i];
        const extra = this.extras.get(row);
        const r = {
            key: this.keys[row],
            origin: extra?.origin ?? this.originAt(row, extra?.pointer),
            topicArn: this.names.at(f(0)),
            status: STATUSES[this.flags[row] & 3],
            attempts: this.attempts[row],
        };
        if (this.flags[row] & HAS_MESSAGE_ID)
            r.messageId = (0,uuid/* uuidAt */.$)(this.messageIds, 16 * row);
        else if (extra?.messageId !== undefined)
            r.messageId = extra.messageId;
        if (extra?.previousMessageIds !== undefined)
            r.previousMessageIds = extra.previousMessageIds;
        if (extra?.error !== undefined)
            r.error = extra.error;
        const at = this.publishedAt[row];
        if (!Number.isNaN(at))
            r.publishedAt = new Date(at).toISOString();
        else if (extra?.publishedAt !== undefined)
            r.publishedAt = extra.publishedAt;
        if (this.redrives[row] > 0)
            r.redrives = this.redrives[row] - 1;
        return r;
    }
    /** Rows whose status is `unknown`, in the order added. */
    unknownRows() {
        return [...this.unknown].sort((a, b) => a - b);
    }
    count(status) {
        return this.statusCounts[STATUSES.indexOf(status)];
    }
    fill(row, topic, r) {
        const extra = {};
        const { file, entry, sourceId, line, pointer, ...more } = r.origin;
        if (Object.keys(more).length > 0 || (line !== undefined && line < 0))
            extra.origin = r.origin;
        else if (pointer !== undefined)
            extra.pointer = pointer;
        const [entryText, entryNumber] = entry === undefined ? [undefined, -1] : ((0,names/* numbered */.j)(entry) ?? [entry, -1]);
        const named = { file, entry: entryText, sourceId };
        this.fields[FIELDS * row] = topic;
        ORIGIN_FIELDS.forEach((k, i) => (this.fields[FIELDS * row + 1 + i] = named[k] === undefined ? -1 : this.names.numberOf(named[k])));
        this.fields[FIELDS * row + 4] = line ?? -1;
        this.fields[FIELDS * row + 5] = entryNumber;
        const status = STATUSES.indexOf(r.status);
        this.statusCounts[status]++;
        if (r.status === 'unknown')
            this.unknown.add(row);
        this.flags[row] = status;
        if (r.messageId !== undefined && (0,uuid/* packUuid */.n)(r.messageId, this.messageIds, 16 * row)) {
            this.flags[row] = status | HAS_MESSAGE_ID;
            this.indexMessage(row);
        }
        else if (r.messageId !== undefined) {
            extra.messageId = r.messageId;
            this.otherMessages.set(r.messageId, row);
        }
        for (const m of r.previousMessageIds ?? [])
            this.otherMessages.set(m, row);
        if (r.previousMessageIds !== undefined)
            extra.previousMessageIds = r.previousMessageIds;
        if (r.error !== undefined)
            extra.error = r.error;
        this.attempts[row] = r.attempts;
        this.redrives[row] = r.redrives === undefined ? 0 : r.redrives + 1;
        const at = r.publishedAt === undefined ? NaN : Date.parse(r.publishedAt);
        const exact = !Number.isNaN(at) && new Date(at).toISOString() === r.publishedAt;
        this.publishedAt[row] = exact ? at : NaN;
        if (r.publishedAt !== undefined && !exact)
            extra.publishedAt = r.publishedAt;
        if (Object.keys(extra).length > 0)
            this.extras.set(row, extra);
        else
            this.extras.delete(row);
    }
    originAt(row, pointer) {
        const f = (i) => this.fields[FIELDS * row + i];
        const origin = { file: f(1) < 0 ? '' : this.names.at(f(1)) };
        if (f(4) >= 0)
            origin.line = f(4);
        if (pointer !== undefined)
            origin.pointer = pointer;
        if (f(2) >= 0)
            origin.entry = f(5) >= 0 ? this.names.at(f(2)) + f(5) : this.names.at(f(2));
        if (f(3) >= 0)
            origin.sourceId = this.names.at(f(3));
        return origin;
    }
    /** Puts the row's MessageId in `messageSlots` (a slot left by its earlier MessageId stays: it no longer matches). */
    indexMessage(row) {
        if (2 * (this.slotsUsed + 1) > this.messageSlots.length)
            this.growSlots();
        const mask = this.messageSlots.length - 1;
        let slot = this.messageIds.readUInt32LE(16 * row) & mask;
        while (this.messageSlots[slot] !== 0 && this.messageSlots[slot] !== row + 1)
            slot = (slot + 1) & mask;
        if (this.messageSlots[slot] === 0)
            this.slotsUsed++;
        this.messageSlots[slot] = row + 1;
    }
    grow() {
        const n = this.flags.length * 2;
        const wider = (a, b) => {
            b.set(a);
            return b;
        };
        this.fields = wider(this.fields, new Int32Array(FIELDS * n));
        this.flags = wider(this.flags, new Uint8Array(n));
        this.attempts = wider(this.attempts, new Uint32Array(n));
        this.redrives = wider(this.redrives, new Uint16Array(n));
        this.publishedAt = wider(this.publishedAt, new Float64Array(n));
        const ids = Buffer.alloc(16 * n);
        this.messageIds.copy(ids);
        this.messageIds = ids;
    }
    growSlots() {
        this.messageSlots = new Uint32Array(this.messageSlots.length * 2);
        this.slotsUsed = 0;
        for (let row = 0; row < this.size; row++)
            if (this.flags[row] & HAS_MESSAGE_ID)
                this.indexMessage(row);
    }
}

;// CONCATENATED MODULE: ./src/targets/maap/ledger.ts







const originSchema = schemas/* object */.Ikc({
    file: schemas/* string */.YjP(),
    line: schemas/* number */.aig().int().optional(),
    pointer: schemas/* string */.YjP().optional(),
    entry: schemas/* string */.YjP().optional(),
    sourceId: schemas/* string */.YjP().optional(),
});
const recordSchema = schemas/* object */.Ikc({
    key: schemas/* string */.YjP().min(1),
    origin: originSchema,
    topicArn: schemas/* string */.YjP().min(1),
    messageId: schemas/* string */.YjP().min(1).optional(),
    previousMessageIds: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    status: schemas/* enum */.k5n(['published', 'unknown', 'failed']),
    error: schemas/* object */.Ikc({ code: schemas/* string */.YjP(), message: schemas/* string */.YjP(), senderFault: schemas/* boolean */.zMY().optional() }).optional(),
    attempts: schemas/* number */.aig().int().nonnegative(),
    publishedAt: schemas/* string */.YjP().optional(),
    redrives: schemas/* number */.aig().int().nonnegative().optional(),
});
const headerSchema = schemas/* object */.Ikc({
    ledger: schemas/* literal */.euz('stac-ingest'),
    version: schemas/* literal */.euz(2),
    runId: schemas/* string */.YjP().min(1),
    createdAt: schemas/* string */.YjP().min(1),
});
const lineSchema = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({ record: recordSchema }),
    schemas/* strictObject */.rej({ sending: schemas/* strictObject */.rej({ topicArn: schemas/* string */.YjP().min(1), keys: schemas/* array */.YOg(schemas/* string */.YjP().min(1)) }) }),
    schemas/* strictObject */.rej({ closed: schemas/* string */.YjP().min(1) }),
]);
/** A run id that sorts by time: `20260807T101502Z-3fa9c1`. */
function newRunId(now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
}
function ledgerPath(dir, runId) {
    return (0,external_node_path_.join)(dir, `ledger-${runId}.jsonl`);
}
/** Default directory for run ledgers, relative to the working directory. */
const LEDGER_DIR = '.stac-ingest';
/**
 * Every message this run published: SNS MessageId against entry key and origin. Later steps
 * (wait, verify, redrive, report) read it. It is a write-ahead journal,
 * `.stac-ingest/ledger-<runId>.jsonl` (./journal.ts): a header line, then
 * `{"sending": {topicArn, keys}}` before each PublishBatch call and `{"record": ...}` for each
 * outcome, on disk before the publisher moves on; `{"closed": time}` when a publish stage ends.
 * A run killed at any instant leaves every acknowledged MessageId in it; the keys of calls whose
 * answer never arrived are `inDoubt()` (SNS may or may not have accepted them).
 */
class RunLedger {
    runId;
    createdAt;
    /** Every entry's latest record, kept compactly. */
    table = new LedgerTable();
    doubt = new Map();
    journal;
    /** Read from a file whose last publish stage did not end (killed, or still running). */
    interrupted = false;
    constructor(runId, createdAt = new Date().toISOString()) {
        this.runId = runId;
        this.createdAt = createdAt;
    }
    static entryKey(key, topicArn) {
        return `${topicArn}\u0000${key}`;
    }
    /** Starts (or continues) writing this ledger to `<dir>/ledger-<runId>.jsonl`; returns its path. */
    async journalTo(dir = LEDGER_DIR) {
        const path = ledgerPath(dir, this.runId);
        if (this.journal?.path === path)
            return path;
        await this.journal?.close();
        this.journal = await Journal.open(path, {
            ledger: 'stac-ingest',
            version: 2,
            runId: this.runId,
            createdAt: this.createdAt,
        });
        return path;
    }
    /** Notes that a PublishBatch of `keys` is about to be sent (durable after `flush`). */
    sending(topicArn, keys) {
        for (const k of keys)
            this.doubt.set(RunLedger.entryKey(k, topicArn), k);
        this.journal?.append({ sending: { topicArn, keys } });
    }
    /** Adds or updates the record of (key, topicArn); a replaced MessageId moves to previousMessageIds. */
    record(next) {
        this.apply(next);
        this.journal?.append({ record: next });
    }
    apply(next) {
        this.doubt.delete(RunLedger.entryKey(next.key, next.topicArn));
        const row = this.table.rowOf(next.topicArn, next.key);
        const prev = row === undefined ? undefined : this.table.at(row);
        const merged = { ...next };
        if (prev !== undefined) {
            const previous = [...(prev.previousMessageIds ?? []), ...(next.previousMessageIds ?? [])];
            if (prev.messageId !== undefined && prev.messageId !== next.messageId)
                previous.push(prev.messageId);
            const unique = [...new Set(previous)].filter((m) => m !== next.messageId);
            if (unique.length > 0)
                merged.previousMessageIds = unique;
            const redrives = next.redrives ?? prev.redrives;
            if (redrives !== undefined)
                merged.redrives = redrives;
        }
        this.table.set(merged);
    }
    /** Everything recorded so far is on disk when this resolves (a no-op without a journal). */
    async flush() {
        await this.journal?.flush();
    }
    /** Marks the end of a publish stage, flushes and closes the file (`journalTo` opens it again). */
    async close() {
        if (this.journal === undefined)
            return;
        const journal = this.journal;
        this.journal = undefined;
        journal.append({ closed: new Date().toISOString() });
        await journal.close();
    }
    /** The record of `key` in `topicArn` (without a topic: the first recorded of `key` in any topic), as a new object. */
    get(key, topicArn) {
        const row = topicArn !== undefined ? this.table.rowOf(topicArn, key) : this.table.firstRowOf(key);
        return row === undefined ? undefined : this.table.at(row);
    }
    /** The record that published this SNS MessageId (current or earlier publish). */
    byMessageId(messageId) {
        const row = this.table.rowOfMessage(messageId);
        return row === undefined ? undefined : this.table.at(row);
    }
    records() {
        return Array.from({ length: this.table.size }, (_, row) => this.table.at(row));
    }
    /**
     * Keys SNS may or may not have accepted: sent in a PublishBatch whose answer was never recorded (the run
     * was killed meanwhile), or recorded `unknown` (the call got no answer).
     */
    inDoubt() {
        const unknown = this.table.unknownRows().map((row) => this.table.at(row).key);
        return [...new Set([...this.doubt.values(), ...unknown])];
    }
    get size() {
        return this.table.size;
    }
    counts() {
        const counts = { published: this.table.count('published'), failed: this.table.count('failed') };
        const unknown = this.table.count('unknown');
        return unknown > 0 ? { ...counts, unknown } : counts;
    }
    /** Reads a ledger file; a torn last line (the process was killed while writing it) is dropped. */
    static async read(file) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`cannot read the run ledger ${file}`, {
                location: { file },
                hint: 'check the path / run id',
                cause: err,
            });
        }
        const lines = text.split('\n');
        if (lines.at(-1) === '')
            lines.pop();
        const [first, ...rest] = lines.map((l, i) => parseLine(l, file, i + 1, i === lines.length - 1));
        const header = validated(headerSchema, first, file, 1);
        const ledger = new RunLedger(header.runId, header.createdAt);
        rest.forEach((value, i) => {
            if (value === TORN)
                return void (ledger.interrupted = true);
            const line = validated(lineSchema, value, file, i + 2);
            if ('record' in line)
                ledger.apply(stripUndefined(line.record));
            else if ('sending' in line)
                for (const k of line.sending.keys)
                    ledger.doubt.set(RunLedger.entryKey(k, line.sending.topicArn), k);
            ledger.interrupted = !('closed' in line);
        });
        return ledger;
    }
}
const TORN = Symbol('torn line');
function parseLine(text, file, line, last) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        if (last && line > 1)
            return TORN;
        throw new errors/* ConfigurationError */.j1(`line ${line} of the run ledger is not valid JSON: ${err.message}`, {
            location: { file, line },
            cause: err,
        });
    }
}
function validated(schema, value, file, line) {
    const parsed = schema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new errors/* ConfigurationError */.j1(`not a stac-ingest run ledger: ${issue?.message ?? 'invalid'}`, {
        location: { file, line, pointer: issue ? '/' + issue.path.map(String).join('/') : '' },
        hint: 'pass the ledger-<runId>.jsonl that a publish run wrote under .stac-ingest/',
    });
}
/** zod keeps absent optional keys absent, but exactOptionalPropertyTypes wants no explicit undefined anywhere. */
function stripUndefined(value) {
    if (Array.isArray(value))
        return value.map(stripUndefined);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            if (v !== undefined)
                out[k] = stripUndefined(v);
        return out;
    }
    return value;
}


/***/ }),

/***/ 7208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ createPipelineWatch)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8868);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _clients_aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5705);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9809);
/* harmony import */ var _dead_letters_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(516);
/**
 * What the MAAP pipeline itself tells about published objects: its dead-letter queues. Each poll
 * reads the depth of the loader and generator queues and their DLQs (for the log) and, when a DLQ
 * changed, peeks at it (never deleting) for this run's messages: matched by the SNS MessageId in
 * the run ledger, or, for items the generator makes, by collection and item id. An empty queue
 * proves nothing (the queues are shared with other publishers); landing is seen in the catalog.
 */





const num = (v) => {
    const n = Number(v);
    return Number.isFinite(n) ? n : 0;
};
const ATTRIBUTES = [
    'ApproximateNumberOfMessages',
    'ApproximateNumberOfMessagesNotVisible',
    'ApproximateNumberOfMessagesDelayed',
    'RedrivePolicy',
];
async function readQueue(sqs, url, sleep) {
    try {
        const command = new _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_4__/* .GetQueueAttributesCommand */ .Ko({ QueueUrl: url, AttributeNames: [...ATTRIBUTES] });
        const out = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => sqs.send(command), { maxAttempts: 4, sleep });
        const a = out.Attributes ?? {};
        const attrs = {
            visible: num(a.ApproximateNumberOfMessages),
            inFlight: num(a.ApproximateNumberOfMessagesNotVisible),
            delayed: num(a.ApproximateNumberOfMessagesDelayed),
        };
        const max = maxReceiveCountOf(a.RedrivePolicy);
        if (max !== undefined)
            attrs.maxReceiveCount = max;
        return attrs;
    }
    catch (err) {
        const config = (0,_clients_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .awsConfigurationError */ .K$)(err, { action: 'sqs:GetQueueAttributes', resource: url });
        if (config !== undefined)
            throw config;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StageError */ .Zu('wait', `cannot read the attributes of queue ${url}`, { cause: err });
    }
}
function maxReceiveCountOf(policy) {
    if (policy === undefined)
        return undefined;
    try {
        const n = Number(JSON.parse(policy).maxReceiveCount);
        return Number.isInteger(n) && n > 0 ? n : undefined;
    }
    catch {
        return undefined;
    }
}
/** eoapi-cdk's values, used when the source queue's RedrivePolicy cannot be read. */
const DEFAULT_MAX_RECEIVES = { loader: 2, generator: 5 };
const peekOptions = (o, sleep) => ({
    sleep,
    ...(o.peekVisibilitySeconds !== undefined ? { visibilityTimeoutSeconds: o.peekVisibilitySeconds } : {}),
    ...(o.peekWaitSeconds !== undefined ? { waitTimeSeconds: o.peekWaitSeconds } : {}),
});
class QueueWatch {
    input;
    deps;
    options;
    sleep;
    awaited;
    byRequest = new Map();
    /** Awaited objects without a MessageId in the ledger (items the generator makes, in-doubt entries): by id. */
    expectedByIdOnly;
    notBefore;
    dead = new Map();
    foreign = new Set();
    lastScannedTotal = new Map();
    maxReceives = new Map();
    reported = new Set();
    snapshots = [];
    first = true;
    constructor(input, deps, options) {
        this.input = input;
        this.deps = deps;
        this.options = options;
        const { ledger } = input;
        this.sleep = deps.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .realSleep */ .uk;
        this.awaited = new Map(input.awaited.map((a) => [a.key, a]));
        for (const a of input.awaited)
            if (a.requestKey !== undefined)
                this.byRequest.set(a.requestKey, [...(this.byRequest.get(a.requestKey) ?? []), a]);
        // no MessageId to match by: items the generator makes, and entries sent only in calls that got no answer
        const byIdOnly = (key) => [undefined, 'unknown'].includes(ledger.get(key)?.status);
        this.expectedByIdOnly = new Set(input.awaited.filter((a) => byIdOnly(a.key)).map((a) => a.key));
        this.notBefore = Date.parse(ledger.createdAt) - 60_000;
    }
    async poll(pendingKeys) {
        const pending = new Set(pendingKeys);
        await this.readQueues();
        for (const s of this.snapshots) {
            if (s.role !== 'dlq')
                continue;
            const total = s.visible + s.inFlight + s.delayed;
            // peeking hides messages for a moment but does not change the total
            if (total > 0 && this.lastScannedTotal.get(s.url) !== total) {
                await this.scanDlq(s.queue, s.url, pending);
                this.lastScannedTotal.set(s.url, total);
            }
        }
        const settled = this.first ? this.notPublished() : [];
        this.first = false;
        for (const dl of this.dead.values()) {
            if (this.reported.has(dl.key))
                continue;
            settled.push({
                key: dl.key,
                state: 'dead-lettered',
                reason: dl.reason,
                ...(dl.origin ? { origin: dl.origin } : {}),
            });
        }
        for (const s of settled)
            this.reported.add(s.key);
        return settled;
    }
    timeoutReason() {
        const minutes = this.options.waitMinutes;
        return minutes !== undefined ? `not in the STAC API after ${minutes} min` : 'not in the STAC API';
    }
    describe() {
        const depth = (s) => `${s.queue}${s.role === 'dlq' ? ' DLQ' : ''} ${s.visible}/${s.inFlight}/${s.delayed}`;
        return `queues (visible/in flight/delayed): ${this.snapshots.map(depth).join(', ')}`;
    }
    details() {
        return { foreignDeadLetters: this.foreign.size };
    }
    deadLetters() {
        return [...this.dead.values()];
    }
    foreignDeadLetters() {
        return this.foreign.size;
    }
    queues() {
        return this.snapshots;
    }
    /** Awaited objects whose own publish, or whose ItemRequest's, failed: they will not come. */
    notPublished() {
        const { ledger } = this.input;
        return this.input.awaited.flatMap((a) => {
            const own = ledger.get(a.key);
            const request = a.requestKey !== undefined ? ledger.get(a.requestKey) : undefined;
            const failed = own?.status === 'failed' || request?.status === 'failed';
            const unsent = a.requestKey !== undefined && request === undefined && own === undefined;
            return failed || unsent ? [{ key: a.key, state: 'failed', reason: 'not published' }] : [];
        });
    }
    async readQueues() {
        this.snapshots = [];
        for (const queue of ['generator', 'loader']) {
            const urls = this.input.queues[queue];
            if (urls === undefined)
                continue;
            for (const role of ['queue', 'dlq']) {
                const url = role === 'queue' ? urls.queueUrl : urls.dlqUrl;
                if (url === undefined)
                    continue;
                const { maxReceiveCount, ...counts } = await readQueue(this.deps.sqs, url, this.sleep);
                if (role === 'queue' && maxReceiveCount !== undefined)
                    this.maxReceives.set(queue, maxReceiveCount);
                this.snapshots.push({ queue, role, url, ...counts });
            }
        }
    }
    async scanDlq(queue, dlqUrl, pending) {
        const messages = await (0,_dead_letters_js__WEBPACK_IMPORTED_MODULE_3__/* .peekDeadLetterQueue */ .Jn)(this.deps.sqs, dlqUrl, peekOptions(this.options, this.sleep));
        const { ledger } = this.input;
        for (const msg of messages) {
            const match = (0,_dead_letters_js__WEBPACK_IMPORTED_MODULE_3__/* .matchDeadLetter */ .QF)(msg, queue, {
                ledger,
                expectedByIdOnly: this.expectedByIdOnly,
                notBefore: this.notBefore,
            });
            if (match === undefined) {
                this.foreign.add(msg.sqsMessageId);
                continue;
            }
            this.foreign.delete(msg.sqsMessageId);
            const reason = (0,_dead_letters_js__WEBPACK_IMPORTED_MODULE_3__/* .deadLetterReason */ .XE)(msg, queue, this.maxReceives.get(queue) ?? DEFAULT_MAX_RECEIVES[queue]);
            const { sqsMessageId } = msg;
            const dl = { key: match.key, queue, dlqUrl, sqsMessageId, matchedBy: match.matchedBy, reason };
            const origin = match.origin ?? this.awaited.get(match.key)?.origin;
            if (origin !== undefined)
                dl.origin = origin;
            if (msg.envelope !== undefined)
                dl.snsMessageId = msg.envelope.MessageId;
            if (msg.sentTimestamp !== undefined)
                dl.sentAt = new Date(msg.sentTimestamp).toISOString();
            this.addDeadLetter(dl, pending);
        }
    }
    /**
     * A dead letter of ours: for an awaited object still pending, or one not awaited itself (an
     * ItemRequest), and for the items it makes.
     */
    addDeadLetter(dl, pending) {
        if (pending.has(dl.key) || (!this.awaited.has(dl.key) && !this.dead.has(dl.key)))
            this.dead.set(dl.key, dl);
        for (const child of this.byRequest.get(dl.key) ?? []) {
            if (!pending.has(child.key))
                continue;
            const reason = `its ItemRequest ${dl.key} was dead-lettered: ${dl.reason}`;
            const c = { ...dl, key: child.key, matchedBy: 'request', reason };
            if (child.origin !== undefined)
                c.origin = child.origin;
            else
                delete c.origin;
            this.dead.set(child.key, c);
        }
    }
}
/** The watch over the MAAP queues for `input.awaited`, published under `input.ledger`. */
function createPipelineWatch(input, deps, options = {}) {
    return new QueueWatch(input, deps, options);
}


/***/ }),

/***/ 891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sq: () => (/* binding */ publishDocuments)
});

// UNUSED EXPORTS: DEFAULT_CONCURRENCY, DEFAULT_MAX_ATTEMPTS

// EXTERNAL MODULE: ./src/clients/sns-publish-batch.ts
var sns_publish_batch = __webpack_require__(8477);
// EXTERNAL MODULE: ./src/model/stac.ts
var stac = __webpack_require__(3802);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/clients/aws.ts
var aws = __webpack_require__(5705);
// EXTERNAL MODULE: ./src/limit.ts
var src_limit = __webpack_require__(7768);
// EXTERNAL MODULE: ./src/retry.ts
var src_retry = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/targets/maap/envelope-size.ts
/**
 * SNS size limits. A message, and the sum of all messages of one PublishBatch request,
 * may hold at most 256 KiB (262,144 bytes) of payload: the message bodies plus any
 * message attributes (we send none). Entry Ids do not count.
 */
const MAX_SNS_PAYLOAD_BYTES = 262_144;
/** Entries per PublishBatch request. */
const MAX_BATCH_ENTRIES = 10;
/** The payload bytes a message counts for (UTF-8). */
function messageBytes(message) {
    return Buffer.byteLength(message, 'utf8');
}
/** Why a message cannot be sent as is, or undefined when it can. */
function messageProblem(message, bytes = messageBytes(message)) {
    if (bytes > MAX_SNS_PAYLOAD_BYTES) {
        return {
            code: 'MessageTooLarge',
            message: `message is ${bytes} bytes; SNS accepts at most ${MAX_SNS_PAYLOAD_BYTES} bytes (256 KiB) per message. ` +
                'Validation should have caught this: split large assets/properties out of the document',
        };
    }
    if (bytes === 0)
        return { code: 'EmptyMessage', message: 'message is empty' };
    if (message.includes('aws:s3')) {
        return {
            code: 'ContainsAwsS3',
            message: "message contains the text 'aws:s3', so the StacLoader would treat it as an S3 event notification " +
                'and fail it; remove that text from the document',
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/targets/maap/batcher.ts

/**
 * Groups entries into PublishBatch-sized batches (at most 10 entries and 256 KiB of payload),
 * pulling from the source only as batches are taken: at most one batch is held here.
 */
async function* batchEntries(source, options) {
    const maxEntries = options.maxEntries ?? MAX_BATCH_ENTRIES;
    const maxBytes = options.maxBytes ?? MAX_SNS_PAYLOAD_BYTES;
    let current = { entries: [], bytes: 0 };
    for await (const entry of source) {
        const bytes = messageBytes(entry.message);
        const problem = messageProblem(entry.message, bytes);
        if (problem !== undefined) {
            options.onRejected(entry, problem);
            continue;
        }
        if (current.entries.length > 0 && (current.entries.length >= maxEntries || current.bytes + bytes > maxBytes)) {
            yield current;
            current = { entries: [], bytes: 0 };
        }
        current.entries.push({ entry, bytes });
        current.bytes += bytes;
    }
    if (current.entries.length > 0)
        yield current;
}

;// CONCATENATED MODULE: ./src/targets/maap/publisher.ts







/** `items` until `signal` aborts; then its reason is thrown where the next one was asked for. */
async function* untilAborted(items, signal) {
    for await (const item of items) {
        signal?.throwIfAborted();
        yield item;
    }
}
const DEFAULT_CONCURRENCY = 32;
const DEFAULT_MAX_ATTEMPTS = 6;
const MAX_LOGGED_FAILURES = 20;
/**
 * Calls without an answer an entry may take part in: after one it is sent again (unless the catalog shows it
 * landed), after two it is not, so SNS never holds more than one extra copy of it.
 */
const MAX_UNANSWERED = 2;
/** What a call's end says about the load on SNS. */
function signalOf(err) {
    if ((0,src_retry/* isThrottlingError */.Qb)(err) || ((0,src_retry/* httpStatusOf */.s_)(err) ?? 0) >= 500)
        return 'throttled';
    return (0,src_retry/* isOutcomeUnknown */.B1)(err) ? 'timeout' : 'other';
}
/** An error that must stop the whole publish (the topic does not exist, no credentials, ...). */
class FatalPublishError extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
/** One topic's publish: the result so far, and how an entry that made it or not is recorded. */
class TopicPublish {
    deps;
    options;
    limit;
    result;
    sleep;
    now;
    maxAttempts;
    backoff;
    bucket;
    sender;
    inFlight = 0;
    constructor(deps, options, limit) {
        this.deps = deps;
        this.options = options;
        this.limit = limit;
        this.sleep = deps.sleep ?? src_retry/* realSleep */.uk;
        this.now = deps.now ?? src_retry/* realClock */.dQ;
        this.maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS));
        this.backoff = { baseMs: 200, maxMs: 20_000, ...options.backoff };
        if (deps.random !== undefined && this.backoff.random === undefined)
            this.backoff.random = deps.random;
        const rate = options.maxMessagesPerSecond;
        this.bucket = rate !== undefined ? new src_retry/* TokenBucket */.qc(rate, this.now, this.sleep, Math.max(10, rate)) : undefined;
        this.sender = deps.sender ?? (0,sns_publish_batch/* sdkPublishBatchSender */.jK)(deps.sns);
        const stats = typeof limit === 'number' ? fixedStats(limit) : limit.report();
        this.result = {
            topicArn: options.topicArn,
            published: 0,
            failed: 0,
            unknown: 0,
            reconciled: 0,
            unanswered: 0,
            rejected: 0,
            calls: 0,
            throttledOrServerErrors: 0,
            entryRetries: 0,
            durationMs: 0,
            failures: [],
            concurrency: { ...stats, adaptive: typeof limit !== 'number', peakInFlight: 0 },
        };
    }
    /** Records an entry that did not make it; one that took part in a call without answer is `unknown` instead. */
    fail(p, error, kind) {
        const { result } = this;
        const { topicArn } = this.options;
        const { key, origin } = p.entry;
        if ((p.unanswered ?? 0) > 0) {
            result.unknown++;
            this.deps.ledger?.record({ key, origin, topicArn, status: 'unknown', error, attempts: p.attempts });
            return;
        }
        if (kind === 'failed')
            result.failed++;
        else
            result.rejected++;
        const failure = { key, origin, code: error.code, message: error.message, attempts: p.attempts };
        if (error.senderFault !== undefined)
            failure.senderFault = error.senderFault;
        result.failures.push(failure);
        this.deps.ledger?.record({ key, origin, topicArn, status: 'failed', error, attempts: p.attempts });
        // every failure is in the result and the ledger; the log names the first few
        if (result.failures.length <= MAX_LOGGED_FAILURES)
            this.deps.logger.error(`${key} was not published to ${topicArn}: ${error.code}: ${error.message}`, (0,stac/* originToLocation */.J)(origin));
    }
    /** SNS accepted it (`messageId`), or the catalog showed it landed after a call that got no answer. */
    succeed(p, messageId) {
        this.result.published++;
        const { key, origin } = p.entry;
        const publishedAt = new Date(this.now()).toISOString();
        const { topicArn } = this.options;
        const rec = { key, origin, topicArn, status: 'published', attempts: p.attempts, publishedAt };
        this.deps.ledger?.record(messageId === undefined ? rec : { ...rec, messageId });
    }
    /** Sends a batch until every entry made it, failed for good, or is in doubt. */
    async sendBatch(batch) {
        let pending = batch.entries.map((e) => ({ ...e, attempts: 0, unanswered: 0 }));
        for (let attempt = 1; pending.length > 0; attempt++) {
            const out = await this.call(pending);
            if ('error' in out) {
                pending = await this.callFailed(out.error, pending, attempt);
                continue;
            }
            const retry = this.answered(out, pending);
            if (retry.length === 0 || attempt >= this.maxAttempts) {
                for (const p of retry)
                    this.fail(p, p.lastError ?? { code: 'Unknown', message: 'failed' }, 'failed');
                return await this.durable();
            }
            await this.durable();
            this.result.entryRetries += retry.length;
            const delay = (0,src_retry/* backoffDelay */.EY)(attempt, this.backoff);
            this.deps.logger.debug(`${retry.length} of ${pending.length} entries failed in a PublishBatch to ${this.options.topicArn} ` +
                `(${retry[0]?.lastError?.code ?? ''}); retrying in ${Math.round(delay)} ms`);
            await this.sleep(delay);
            pending = retry;
        }
    }
    /** One PublishBatch call, its intent on disk first; its latency and outcome go to the adaptive limit. */
    async call(pending) {
        if (this.bucket !== undefined)
            await this.bucket.take(pending.length);
        for (const p of pending)
            p.attempts++;
        this.result.calls++;
        const messages = pending.map((p, i) => ({ Id: String(i), Message: p.entry.message }));
        this.deps.ledger?.sending?.(this.options.topicArn, pending.map((p) => p.entry.key));
        await this.durable();
        const limit = typeof this.limit === 'number' ? undefined : this.limit;
        const ticket = limit?.start() ?? 0;
        const started = this.now();
        const peak = this.result.concurrency;
        peak.peakInFlight = Math.max(peak.peakInFlight, ++this.inFlight);
        try {
            const out = await this.sender.publishBatch(this.options.topicArn, messages);
            const throttled = out.Failed.some((f) => (0,src_retry/* isThrottlingError */.Qb)({ Code: f.Code }));
            limit?.done(ticket, this.now() - started, throttled ? 'throttled' : 'answered');
            return out;
        }
        catch (error) {
            limit?.done(ticket, this.now() - started, signalOf(error));
            return { error };
        }
        finally {
            this.inFlight--;
        }
    }
    /** Write-ahead: the intent is on disk before a call, its outcome before the worker moves on. */
    async durable() {
        try {
            await this.deps.ledger?.flush?.();
        }
        catch (err) {
            throw new FatalPublishError(new errors/* StageError */.Zu('publish', 'cannot write the run ledger', { cause: err }));
        }
    }
    /** A whole PublishBatch call failed: returns what to send again (after backing off); throws when nothing can go. */
    async callFailed(err, pending, attempt) {
        const { topicArn, topicLocation } = this.options;
        const configError = (0,aws/* awsConfigurationError */.K$)(err, {
            action: 'sns:PublishBatch',
            resource: topicArn,
            ...(topicLocation ? { location: topicLocation } : {}),
        });
        const code = (0,src_retry/* errorCode */.CA)(err) ?? 'Error';
        const message = err instanceof Error ? err.message : String(err);
        if (configError !== undefined) {
            for (const p of pending)
                this.fail(p, { code, message: configError.message }, 'failed');
            await this.durable();
            throw new FatalPublishError(configError);
        }
        if ((0,src_retry/* isOutcomeUnknown */.B1)(err))
            return this.unanswered({ code, message }, pending, attempt);
        if (!(0,src_retry/* isRetryableError */.$d)(err) || attempt >= this.maxAttempts) {
            for (const p of pending)
                this.fail(p, { code, message }, 'failed');
            await this.durable();
            return [];
        }
        this.result.throttledOrServerErrors++;
        const delay = (0,src_retry/* backoffDelay */.EY)(attempt, this.backoff);
        this.deps.logger.debug(`PublishBatch to ${topicArn} ${(0,src_retry/* isThrottlingError */.Qb)(err) ? 'throttled' : 'failed'} (${code}); ` +
            `retrying ${pending.length} entries in ${Math.round(delay)} ms`);
        await this.sleep(delay);
        return pending;
    }
    /**
     * A call that got no answer: SNS may have accepted its entries or not. They are `unknown` in the ledger;
     * after backing off, those the catalog holds as sent count as published, the rest are sent again unless
     * they already took part in MAX_UNANSWERED such calls (then they stay unknown: the wait will tell).
     */
    async unanswered(error, pending, attempt) {
        const { topicArn } = this.options;
        this.result.unanswered++;
        for (const p of pending) {
            p.unanswered++;
            p.lastError = error;
            const { key, origin } = p.entry;
            this.deps.ledger?.record({ key, origin, topicArn, status: 'unknown', error, attempts: p.attempts });
        }
        await this.durable();
        await this.sleep((0,src_retry/* backoffDelay */.EY)(attempt, this.backoff));
        const landed = await this.landed(pending);
        const again = [];
        for (const p of pending) {
            if (landed.has(p.entry.key)) {
                this.result.reconciled++;
                this.succeed(p, undefined);
            }
            else if (p.unanswered < MAX_UNANSWERED && attempt < this.maxAttempts)
                again.push(p);
            else
                this.result.unknown++;
        }
        await this.durable();
        this.deps.logger.debug(`PublishBatch to ${topicArn} got no answer (${error.code}); of its ${pending.length} entries ` +
            `${landed.size} are in the catalog, ${again.length} go again`);
        return again;
    }
    /** The keys of `pending` the catalog holds as sent; nothing when it cannot tell. */
    async landed(pending) {
        if (this.deps.landed === undefined)
            return new Set();
        try {
            return await this.deps.landed(pending.map((p) => p.entry.key));
        }
        catch (err) {
            this.deps.logger.debug(`could not ask the catalog about unanswered entries: ${err.message}`);
            return new Set();
        }
    }
    /** Records what SNS accepted and what failed for good; returns the entries to send again. */
    answered(out, pending) {
        const answered = new Set();
        for (const s of out.Successful ?? []) {
            const i = Number(s.Id);
            const p = pending[i];
            if (p === undefined || s.MessageId === undefined || answered.has(i))
                continue;
            answered.add(i);
            this.succeed(p, s.MessageId);
        }
        const retry = [];
        for (const f of out.Failed ?? []) {
            const i = Number(f.Id);
            const p = pending[i];
            if (p === undefined || answered.has(i))
                continue;
            answered.add(i);
            const error = {
                code: f.Code ?? 'Unknown',
                message: f.Message ?? '(no message)',
                senderFault: f.SenderFault === true,
            };
            if (f.SenderFault === true)
                this.fail(p, error, 'failed');
            else
                retry.push(Object.assign(p, { lastError: error }));
        }
        pending.forEach((p, i) => {
            if (answered.has(i))
                return;
            p.lastError = {
                code: 'NoResult',
                message: 'PublishBatch reported this entry neither as successful nor as failed',
            };
            retry.push(p);
        });
        return retry;
    }
}
function fixedStats(concurrency) {
    const c = concurrency;
    return { configured: c, lowest: c, highest: c, final: c, decreases: 0, increases: 0, baselineMs: undefined };
}
/**
 * Publishes entries to one SNS topic with PublishBatch: batches of at most 10 entries and
 * 256 KiB, up to `concurrency` calls in flight (fewer while SNS throttles, times out or slows down,
 * src/limit.ts AdaptiveLimit), pulling from `docs` only as capacity frees (so a
 * generator is never read ahead by more than the in-flight batches). Entries a batch reports
 * in `Failed` are resent with backoff unless SNS says the sender is at fault; a throttled or
 * 5xx call is resent whole. A call that gets no answer (a timeout) may have been accepted: its
 * entries are `unknown`, those `deps.landed` finds in the catalog are not resent, the others go
 * once more at most (never more than one extra copy). Every outcome goes to `deps.ledger`.
 *
 * Throws a ConfigurationError when the topic does not exist, the credentials are missing or
 * rejected, or publishing is not allowed; entries of in-flight batches are recorded as failed first.
 */
async function publishDocuments(docs, deps, options) {
    const now = deps.now ?? src_retry/* realClock */.dQ;
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
    const { topicArn } = options;
    const started = now();
    const limit = options.adaptive === false ? concurrency : new src_limit/* AdaptiveLimit */.ws({ max: concurrency });
    const publish = new TopicPublish(deps, options, limit);
    const { result } = publish;
    const batches = batchEntries(docs, {
        onRejected: (entry, problem) => publish.fail({ entry, attempts: 0 }, problem, 'rejected'),
    });
    let fatal;
    try {
        await (0,src_limit/* mapBounded */.yJ)(untilAborted(batches, deps.signal), limit, (batch) => publish.sendBatch(batch));
    }
    catch (err) {
        fatal = err;
    }
    finally {
        result.durationMs = now() - started;
        if (typeof limit !== 'number')
            Object.assign(result.concurrency, limit.report());
    }
    if (result.failures.length > MAX_LOGGED_FAILURES)
        deps.logger.error(`${result.failures.length - MAX_LOGGED_FAILURES} more entries were not published to ${topicArn} ` +
            '(all are listed in the run ledger)');
    if (fatal !== undefined)
        throw fatal instanceof FatalPublishError ? fatal.error : fatal;
    if (result.throttledOrServerErrors > 0)
        deps.logger.warning(`${result.throttledOrServerErrors} PublishBatch call(s) to ${topicArn} were throttled or hit a server error ` +
            'and were retried');
    logSlowdown(result, deps.logger);
    return result;
}
/** Says when calls went unanswered or the calls in flight had to come down. */
function logSlowdown(result, logger) {
    const { concurrency: c, topicArn } = result;
    if (result.unanswered > 0)
        logger.warning(`${result.unanswered} PublishBatch call(s) to ${topicArn} got no answer: ${result.reconciled} of their ` +
            `entries were then found in the catalog, ${result.unknown} are in doubt (SNS may hold them or not); ` +
            'none was sent more than twice');
    if (c.adaptive && c.decreases > 0)
        logger.info(`calls in flight to ${topicArn}: ${c.configured} at most, came down to ${c.lowest} ` +
            `(${c.decreases} time(s): throttled, timed out or slow), ended at ${c.final}`);
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
