export const id = 692;
export const ids = [692];
export const modules = {

/***/ 4583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ BodyTooLargeError),
/* harmony export */   DH: () => (/* binding */ RequestTimeoutError),
/* harmony export */   lx: () => (/* binding */ httpGet),
/* harmony export */   yG: () => (/* binding */ checkedLookup)
/* harmony export */ });
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(610);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_3__);




class BodyTooLargeError extends Error {
    maxBytes;
    name = 'BodyTooLargeError';
    constructor(maxBytes) {
        super(`the response is larger than ${maxBytes} bytes`);
        this.maxBytes = maxBytes;
    }
}
class RequestTimeoutError extends Error {
    timeoutMs;
    name = 'RequestTimeoutError';
    constructor(timeoutMs) {
        super(`no complete response within ${timeoutMs / 1000} s`);
        this.timeoutMs = timeoutMs;
    }
}
/** A `lookup` for http.request (and net.connect) that refuses when any address of the host is refused. */
function checkedLookup(check, refused) {
    return (hostname, opts, callback) => {
        (0,node_dns__WEBPACK_IMPORTED_MODULE_0__.lookup)(hostname, { all: true, family: opts.family ?? 0 }, (err, addresses) => {
            if (err)
                return callback(err, '');
            for (const a of addresses) {
                const refusal = check(hostname, a.address);
                if (refusal) {
                    refused(refusal);
                    return callback(refusal, '');
                }
            }
            const first = addresses[0];
            if (opts.all)
                callback(null, addresses);
            else
                callback(null, first?.address ?? '', first?.family ?? 4);
        });
    };
}
function readBody(res, maxBytes, fail, done) {
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes)
        return fail(new BodyTooLargeError(maxBytes));
    const chunks = [];
    let size = 0;
    res.on('data', (chunk) => {
        size += chunk.length;
        if (size > maxBytes)
            fail(new BodyTooLargeError(maxBytes));
        else
            chunks.push(chunk);
    });
    res.on('end', () => done(Buffer.concat(chunks, size)));
    res.on('error', fail);
}
function httpGet(url, options) {
    return new Promise((resolve, reject) => {
        const literal = url.hostname.replace(/^\[|\]$/g, '');
        const early = (0,node_net__WEBPACK_IMPORTED_MODULE_3__.isIP)(literal) ? options.checkAddress(literal, literal) : undefined;
        if (early)
            return reject(early);
        let settled = false;
        let refusal;
        const finish = (fn) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            fn();
        };
        const fail = (err) => finish(() => {
            req.destroy();
            reject(refusal ?? err);
        });
        const onAbort = () => fail(options.signal?.reason instanceof Error ? options.signal.reason : new Error('aborted'));
        const get = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_2___default().get) : (node_http__WEBPACK_IMPORTED_MODULE_1___default().get);
        const req = get(url, {
            headers: options.headers ?? {},
            lookup: checkedLookup(options.checkAddress, (e) => (refusal = e)),
            agent: false,
        }, (res) => {
            const status = res.statusCode ?? 0;
            const head = { status, statusText: res.statusMessage ?? '' };
            if (status < 200 || status > 299) {
                const location = res.headers.location;
                finish(() => resolve({ ...head, ...(location ? { location } : {}), body: Buffer.alloc(0) }));
                res.destroy();
                return;
            }
            readBody(res, options.maxBytes, fail, (body) => finish(() => resolve({ ...head, body })));
        });
        const timer = setTimeout(() => fail(new RequestTimeoutError(options.timeoutMs)), options.timeoutMs);
        req.on('error', fail);
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ diffValues),
/* harmony export */   Py: () => (/* binding */ compareWithCatalog),
/* harmony export */   _C: () => (/* binding */ copyHash),
/* harmony export */   g7: () => (/* binding */ describeDifferences),
/* harmony export */   tN: () => (/* binding */ differsAt)
/* harmony export */ });
/* unused harmony exports escapePointerToken, jsonEqual, compareStac, contentHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9456);
/* harmony import */ var _py_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1320);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8301);
/**
 * Content comparison of STAC documents on their normalised forms (see normalize.ts), with the
 * differing places as JSON pointers, and a content hash for cheap change detection. Numbers compare
 * by value with integers exact (an int and a float of the same value are equal).
 */




function escapePointerToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v) => typeof v === 'number' || typeof v === 'bigint';
function sameScalar(a, b) {
    if (isNumber(a) && isNumber(b))
        return (0,_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .sameNumber */ .SR)(a, b) || (Number.isNaN(a) && Number.isNaN(b));
    return a === b;
}
/** A difference as plain JSON (an exact integer keeps its digits when written, see src/json.ts). */
function difference(path, expected, actual) {
    return (0,_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .fromPy */ .cw)({ path, expected, actual });
}
function diffInto(expected, actual, path, out, max) {
    if (out.length > max)
        return false;
    if (Array.isArray(expected) && Array.isArray(actual)) {
        const n = Math.max(expected.length, actual.length);
        for (let i = 0; i < n; i++) {
            if (!diffInto(expected[i], actual[i], `${path}/${i}`, out, max))
                return false;
        }
        return true;
    }
    if (isRecord(expected) && isRecord(actual)) {
        const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
        for (const k of [...keys].sort()) {
            if (!diffInto(expected[k], actual[k], `${path}/${escapePointerToken(k)}`, out, max))
                return false;
        }
        return true;
    }
    if (!sameScalar(expected, actual))
        out.push(difference(path, expected, actual));
    return out.length <= max;
}
/** Deep equality of JSON values (numbers numerically, key order ignored); the fast path before a diff. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!jsonEqual(a[i], b[i]))
                return false;
        return true;
    }
    if (isRecord(a)) {
        if (!isRecord(b))
            return false;
        let n = 0;
        for (const k in a) {
            if (a[k] === undefined)
                continue;
            n++;
            if (!jsonEqual(a[k], b[k]))
                return false;
        }
        for (const k in b)
            if (b[k] !== undefined)
                n--;
        return n === 0;
    }
    return sameScalar(a, b);
}
/** Differences between two already-normalised values. */
function diffValues(expected, actual, maxDifferences = 50) {
    if (jsonEqual(expected, actual))
        return { equal: true, differences: [], truncated: false };
    const out = [];
    diffInto(expected, actual, '', out, maxDifferences);
    const truncated = out.length > maxDifferences;
    if (truncated)
        out.length = maxDifferences;
    return { equal: out.length === 0, differences: out, truncated };
}
/**
 * Compares what we sent (`expected`) with what the API returned (`actual`) by content:
 * both are normalised the same way first, so a correctly loaded object is `equal`.
 */
function compareStac(expected, actual, options = {}) {
    const { maxDifferences, actualLinkBase, itemAssetsOf, ...norm } = options;
    const itemAssets = expected.type === 'Feature' && typeof expected.collection === 'string'
        ? itemAssetsOf?.(expected.collection)
        : undefined;
    if (itemAssets !== undefined)
        norm.itemAssets = itemAssets;
    const actualNorm = { ...norm };
    const base = actualLinkBase ?? norm.linkBase;
    if (base !== undefined)
        actualNorm.linkBase = base;
    return diffValues((0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizedPy */ .h7)(expected, norm), (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizedPy */ .h7)(actual, actualNorm), maxDifferences ?? 50);
}
/** sha256 (hex) of the canonical JSON of the normalised document: stable across key order and 2 vs 2.0. */
function contentHash(doc, options = {}) {
    return createHash('sha256')
        .update(canonicalJson(normalizedPy(doc, options)))
        .digest('hex');
}
/**
 * The one comparison with a catalog: what was sent (`undefined`: only presence is known, e.g. an
 * item generated remotely) against the catalog's copy (`undefined`: not there). The plan's
 * new / changed / unchanged and the verifier's missing / stale / verified are both read from it.
 */
function compareWithCatalog(sent, stored, options = {}) {
    if (stored === undefined)
        return { outcome: 'absent', differences: [], truncated: false, contentCompared: false };
    if (sent === undefined)
        return { outcome: 'equal', differences: [], truncated: false, contentCompared: false };
    const cmp = compareStac(sent, stored, options);
    return {
        outcome: cmp.equal ? 'equal' : 'different',
        differences: cmp.differences,
        truncated: cmp.truncated,
        contentCompared: true,
    };
}
/** Why a copy is not the one sent: `the STAC API's copy differs at /a, /b`. */
function differsAt(copy, differences, truncated = false) {
    return `${copy} differs at ${describeDifferences(differences, truncated)}`;
}
/** A fingerprint of a catalog's copy as it was read: tells whether the catalog changed it since. */
function copyHash(doc) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_json_js__WEBPACK_IMPORTED_MODULE_3__.stringifyJson)(doc)).digest('hex');
}
/** The differing places for people: the first five JSON pointers, `…` when there are more. */
function describeDifferences(differences, truncated = false) {
    const paths = differences.slice(0, 5).map((d) => d.path || '/');
    return `${paths.join(', ')}${differences.length > 5 || truncated ? ', …' : ''}`;
}


/***/ }),

/***/ 1463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ SpilledKeySet)
/* harmony export */ });
/* unused harmony export keyHash */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(833);



/** A 32-bit hash of a string (FNV-1a over its UTF-16 units, then a final mix so that every bit counts). */
function keyHash(key) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++)
        h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
const BUFFER_BYTES = 1 << 20;
const FIRST_MEMBERS = 1 << 15;
/**
 * An exact set of strings that keeps 20 bytes or less per member in memory: per member its 32-bit hash and the
 * offset of its record in a temporary file (the member with a payload, read back only when two hashes agree), and
 * a table of member numbers by hash. A million members take 20 MB, whatever their length.
 */
class SpilledKeySet {
    /** 1 + the number of the member in the slot of its hash (open addressing, at most half full); 0: empty. */
    slots = new Uint32Array(FIRST_MEMBERS * 2);
    hashes = new Uint32Array(FIRST_MEMBERS);
    offsets = new Float64Array(FIRST_MEMBERS);
    count = 0;
    dir;
    fd;
    /** Bytes in the file; records after them wait in `buffer` (its first `buffered` bytes). */
    written = 0;
    buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
    buffered = 0;
    /**
     * Adds `key` (with `payload`, kept for whoever adds the same key later) and returns undefined;
     * when the key is already in the set, returns the payload it was first added with.
     */
    addOrGet(key, payload) {
        const { hash, slot, payload: earlier } = this.find(key);
        if (earlier !== undefined)
            return earlier;
        if (this.count === this.hashes.length)
            this.growMembers();
        this.hashes[this.count] = hash;
        // one JSON array per line (JSON text holds no raw line break)
        this.offsets[this.count] = this.append(`${JSON.stringify([key, payload])}\n`);
        this.slots[slot] = ++this.count;
        if (this.count * 2 > this.slots.length)
            this.growSlots();
        return undefined;
    }
    /** Whether `key` is in the set. */
    has(key) {
        return this.find(key).payload !== undefined;
    }
    /** The payload `key` was added with (undefined: not in the set), else its hash and the free slot it would take. */
    find(key) {
        const hash = keyHash(key);
        const mask = this.slots.length - 1;
        let slot = hash & mask;
        for (let m = this.slots[slot]; m !== 0; slot = (slot + 1) & mask, m = this.slots[slot]) {
            if (this.hashes[m - 1] !== hash)
                continue;
            const [known, payload] = JSON.parse(this.read(this.offsets[m - 1]));
            if (known === key)
                return { hash, slot, payload };
        }
        return { hash, slot };
    }
    /** Removes the temporary file. */
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        if (this.dir !== undefined)
            _cancel_js__WEBPACK_IMPORTED_MODULE_2__/* .leftovers */ .To.removeDirSync(this.dir);
        this.fd = undefined;
        this.dir = undefined;
    }
    /** Appends a record; returns its offset in the file. */
    append(record) {
        const offset = this.written + this.buffered;
        const bytes = Buffer.byteLength(record);
        if (this.buffered + bytes > BUFFER_BYTES)
            this.flush();
        if (bytes > BUFFER_BYTES) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.file(), record, this.written);
            this.written += bytes;
        }
        else
            this.buffered += this.buffer.write(record, this.buffered);
        return offset;
    }
    file() {
        if (this.fd === undefined) {
            const dir = (this.dir = _cancel_js__WEBPACK_IMPORTED_MODULE_2__/* .leftovers */ .To.tempDirSync('stac-ingest-keys-'));
            this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'keys'), 'w+');
        }
        return this.fd;
    }
    flush() {
        if (this.buffered === 0)
            return;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.file(), this.buffer, 0, this.buffered, this.written);
        this.written += this.buffered;
        this.buffered = 0;
    }
    /** The record at `offset`, up to its newline. */
    read(offset) {
        this.flush();
        const parts = [];
        for (let pos = offset;;) {
            const buf = Buffer.alloc(4096);
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.file(), buf, 0, buf.length, pos);
            const nl = buf.subarray(0, n).indexOf(10);
            if (nl !== -1 || n === 0) {
                parts.push(buf.subarray(0, nl === -1 ? n : nl));
                return Buffer.concat(parts).toString('utf8');
            }
            parts.push(buf.subarray(0, n));
            pos += n;
        }
    }
    growMembers() {
        const hashes = new Uint32Array(this.hashes.length * 2);
        const offsets = new Float64Array(this.offsets.length * 2);
        hashes.set(this.hashes);
        offsets.set(this.offsets);
        this.hashes = hashes;
        this.offsets = offsets;
    }
    growSlots() {
        const slots = new Uint32Array(this.slots.length * 2);
        const mask = slots.length - 1;
        for (let m = 1; m <= this.count; m++) {
            let slot = this.hashes[m - 1] & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = m;
        }
        this.slots = slots;
    }
}


/***/ }),

/***/ 8051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseS3Url)
/* harmony export */ });
/**
 * `s3://bucket/key/parts` -> bucket and key (the key is not URL-decoded, as the DPS generator does not decode it).
 * Pure string parsing, apart from src/clients/s3.ts so that its users do not load the AWS SDK.
 */
function parseS3Url(url) {
    const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(url);
    if (!m)
        return undefined;
    return { bucket: m[1], key: m[2] };
}


/***/ }),

/***/ 9363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H$: () => (/* binding */ guardedHttpGet),
/* harmony export */   O2: () => (/* binding */ readJsonLocation),
/* harmony export */   f1: () => (/* binding */ readFailure),
/* harmony export */   fR: () => (/* binding */ checkS3),
/* harmony export */   go: () => (/* binding */ openReads),
/* harmony export */   kT: () => (/* binding */ countRead),
/* harmony export */   mb: () => (/* binding */ readLocation)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _clients_http_get_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4583);
/* harmony import */ var _model_s3_url_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8051);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3214);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2204);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4460);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(850);










const MAX_REDIRECTS = 5;
function s3Folder(loc) {
    const parsed = (0,_model_s3_url_js__WEBPACK_IMPORTED_MODULE_9__/* .parseS3Url */ .F)(loc);
    return parsed === undefined
        ? undefined
        : `${parsed.bucket}/${node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(parsed.key)}/`.replace(/\/\.\/$/, '/');
}
/**
 * The reads of one source: `declared` are the locations its manifest entry names (its catalog, met.json, collection,
 * metadata files); their hosts and S3 folders are what it may read, with `s3Prefixes` (`bucket/prefix/`) besides.
 */
function openReads(deps, declared, s3Prefixes = []) {
    const hosts = [];
    const prefixes = [...s3Prefixes];
    for (const loc of declared) {
        const kind = (0,_locations_js__WEBPACK_IMPORTED_MODULE_8__/* .locationKind */ .QD)(loc);
        if (kind === 'http')
            hosts.push(new URL(loc).hostname.toLowerCase());
        else if (kind === 's3')
            prefixes.push(s3Folder(loc) ?? '');
    }
    return {
        ...(deps.s3 ? { s3: deps.s3 } : {}),
        ...(deps.guard ? { guard: deps.guard } : {}),
        policy: deps.fetchPolicy ?? _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_FETCH_POLICY */ .U3,
        hosts,
        s3Prefixes: prefixes.filter((p) => p !== ''),
        counts: { catalogs: 0, items: 0 },
    };
}
/** Counts one more catalog or item of the source; refuses past the cap. */
function countRead(reads, what) {
    const max = what === 'catalogs' ? reads.policy.maxCatalogs : reads.policy.maxItems;
    reads.counts[what] += 1;
    if (reads.counts[what] <= max)
        return;
    const setting = what === 'catalogs' ? 'maxCatalogs' : 'maxItems';
    throw new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ(`more than ${max} ${what === 'catalogs' ? 'catalogs and collections' : 'items'} in one source`, setting === 'maxCatalogs' ? 'max-catalogs' : 'max-items', `${(0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchSettingName */ .sw)(setting)} raises the cap`);
}
async function readLocal(loc, from, reads) {
    if (from !== undefined && (0,_locations_js__WEBPACK_IMPORTED_MODULE_8__/* .locationKind */ .QD)(from) !== 'local')
        throw new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ(`${from} is a remote document; it may not link to the local file ${loc}`, 'scheme', 'remote catalogs link to http(s):// and s3:// documents only; nothing allows local files');
    const refused = reads.guard ? await reads.guard(loc) : undefined;
    if (refused !== undefined)
        throw new _locations_js__WEBPACK_IMPORTED_MODULE_8__/* .LocationReadError */ .c5(refused, false);
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(loc);
    }
    catch (err) {
        const code = err.code;
        throw new _locations_js__WEBPACK_IMPORTED_MODULE_8__/* .LocationReadError */ .c5(code === 'ENOENT' ? 'no such file' : (code ?? String(err)), code === 'ENOENT', {
            cause: err,
        });
    }
}
function checkHost(url, reads) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ(`${url.href} is not http(s)`, 'scheme', 'redirects may lead to http(s):// only');
    const host = url.hostname;
    if (reads.hosts.includes(host.toLowerCase()) || (0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .hostMatches */ ._y)(host, reads.policy.hosts))
        return;
    throw new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ(`${host} is not a host this source names (${reads.hosts.join(', ') || 'none'})`, 'host', `${(0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchSettingName */ .sw)('fetchHosts')} lists more hosts sources may read from ` +
        `(now: ${reads.policy.hosts.join(', ') || 'none'})`);
}
function deadlineOf(reads) {
    if (reads.deadline === undefined) {
        reads.deadline = AbortSignal.timeout(reads.policy.totalTimeoutMs);
        // every read in flight (16 at a time in a catalog walk) listens on it, and stops listening when it ends
        (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, reads.deadline);
    }
    return reads.deadline;
}
/** Caps and timeouts reached as refusals naming the setting that raises them. */
function limitRefusal(err, reads) {
    const p = reads.policy;
    if (err instanceof _clients_http_get_js__WEBPACK_IMPORTED_MODULE_3__/* .BodyTooLargeError */ .Au)
        return new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ(`the document is larger than the cap of ${p.maxDocumentBytes} bytes`, 'max-document-bytes', `${(0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchSettingName */ .sw)('maxDocumentBytes')} raises the cap`);
    if (err instanceof _clients_http_get_js__WEBPACK_IMPORTED_MODULE_3__/* .RequestTimeoutError */ .DH)
        return new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ(`no complete answer within the per-request timeout of ${p.requestTimeoutMs / 1000} s`, 'request-timeout', `${(0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchSettingName */ .sw)('requestTimeoutSeconds')} sets it (seconds)`);
    if (reads.deadline?.aborted)
        return new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ(`the source's reads took longer than the total timeout of ${p.totalTimeoutMs / 1000} s`, 'total-timeout', `${(0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchSettingName */ .sw)('totalTimeoutSeconds')} sets it (seconds)`);
    return err;
}
/** One http(s) document, redirects followed by hand and each hop checked like the first request. */
async function guardedHttpGet(loc, policy, allowHost, extra = {}) {
    let url = new URL(loc);
    for (let hop = 0;; hop++) {
        allowHost(url);
        const res = await (0,_clients_http_get_js__WEBPACK_IMPORTED_MODULE_3__/* .httpGet */ .lx)(url, {
            maxBytes: policy.maxDocumentBytes,
            timeoutMs: policy.requestTimeoutMs,
            ...extra,
            checkAddress: (host, address) => (0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .addressRefusal */ .V4)(host, address, policy.allowAddresses),
        });
        if (res.status >= 200 && res.status <= 299)
            return res.body;
        if (res.location === undefined || res.status < 300 || res.status > 399)
            throw new _locations_js__WEBPACK_IMPORTED_MODULE_8__/* .LocationReadError */ .c5(`HTTP ${res.status} ${res.statusText}`.trim(), res.status === 404 || res.status === 410);
        if (hop >= MAX_REDIRECTS)
            throw new _locations_js__WEBPACK_IMPORTED_MODULE_8__/* .LocationReadError */ .c5(`more than ${MAX_REDIRECTS} redirects`, false);
        url = new URL(res.location, url);
    }
}
async function readHttp(loc, reads) {
    const signal = deadlineOf(reads);
    try {
        return await guardedHttpGet(loc, reads.policy, (url) => checkHost(url, reads), { signal });
    }
    catch (err) {
        const refused = limitRefusal(err, reads);
        if (refused instanceof _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ || refused instanceof _locations_js__WEBPACK_IMPORTED_MODULE_8__/* .LocationReadError */ .c5)
            throw refused;
        const message = refused instanceof Error ? refused.message : String(refused);
        throw new _locations_js__WEBPACK_IMPORTED_MODULE_8__/* .LocationReadError */ .c5(`request failed: ${message}`, false, { cause: err });
    }
}
function checkS3(bucket, key, reads) {
    const at = `${bucket}/${key}`;
    if (reads.s3Prefixes.some((p) => at.startsWith(p)) || (0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .hostMatches */ ._y)(`s3://${at}`, reads.policy.hosts))
        return;
    throw new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ(`s3://${at} is outside the S3 folders this source names ` +
        `(${reads.s3Prefixes.map((p) => `s3://${p}`).join(', ') || 'none'})`, 's3-scope', `${(0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchSettingName */ .sw)('fetchHosts')} may list more (e.g. \`s3://bucket/prefix/**\`)`);
}
async function readS3(loc, reads) {
    const parsed = (0,_model_s3_url_js__WEBPACK_IMPORTED_MODULE_9__/* .parseS3Url */ .F)(loc);
    if (parsed === undefined || parsed.key === '')
        throw new _locations_js__WEBPACK_IMPORTED_MODULE_8__/* .LocationReadError */ .c5(`'${loc}' is not an s3://bucket/key URL`, false);
    checkS3(parsed.bucket, parsed.key, reads);
    if (reads.s3 === undefined)
        throw new _locations_js__WEBPACK_IMPORTED_MODULE_8__/* .LocationReadError */ .c5('no S3 client was configured to read s3:// locations', false);
    try {
        return await reads.s3.get(parsed.bucket, parsed.key, {
            maxBytes: reads.policy.maxDocumentBytes,
            signal: deadlineOf(reads),
        });
    }
    catch (err) {
        const refused = limitRefusal(err, reads);
        if (refused instanceof _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ)
            throw refused;
        const name = err.name ?? '';
        throw new _locations_js__WEBPACK_IMPORTED_MODULE_8__/* .LocationReadError */ .c5(`${name || 'S3 error'}: ${err instanceof Error ? err.message : String(err)}`, name === 'NoSuchKey' || name === 'NotFound', { cause: err });
    }
}
/**
 * The document at `loc`, reached from the document at `from` (a link) or named by the manifest (no `from`).
 * Throws LocationReadError when it cannot be read, FetchRefusedError when the policy refuses it.
 */
async function readLocation(loc, reads, from) {
    const kind = (0,_locations_js__WEBPACK_IMPORTED_MODULE_8__/* .locationKind */ .QD)(loc);
    if (kind === 'local')
        return readLocal(loc, from, reads);
    if (kind === 'http')
        return readHttp(loc, reads);
    return readS3(loc, reads);
}
/** A read that failed or was refused, as a ConfigurationError at `location`, saying `what` was being read. */
function readFailure(err, what, location, hint) {
    if (err instanceof _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${what} refused (${err.rule}): ${err.message}`, {
            location,
            hint: err.hint,
            cause: err,
        });
    if (err instanceof _locations_js__WEBPACK_IMPORTED_MODULE_8__/* .LocationReadError */ .c5)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${what} cannot be read: ${err.message}`, {
            location,
            ...(hint !== undefined ? { hint } : {}),
            cause: err,
        });
    return err;
}
/**
 * Reads and parses the JSON at a location the manifest names. Unreadable or refused is a ConfigurationError naming
 * `what` and the file; invalid JSON one naming the line and column.
 */
async function readJsonLocation(loc, baseDir, entry, reads, what, hint) {
    const file = (0,_locations_js__WEBPACK_IMPORTED_MODULE_8__/* .displayLocation */ .S5)(loc, baseDir);
    let text;
    try {
        text = (0,_utf8_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeUtf8 */ ._6)(await readLocation(loc, reads), { file, entry });
    }
    catch (err) {
        throw readFailure(err, `${what} ${file}`, { file, entry }, hint);
    }
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_7__/* .parseJsonText */ .lk)(text);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is not valid JSON: ${parsed.message}`, {
            location: { file, line: parsed.line, column: parsed.column, entry },
        });
    return { value: parsed.value, file, text };
}


/***/ }),

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ listLocalFiles),
/* harmony export */   QD: () => (/* binding */ locationKind),
/* harmony export */   S5: () => (/* binding */ displayLocation),
/* harmony export */   _T: () => (/* binding */ resolveHref),
/* harmony export */   c5: () => (/* binding */ LocationReadError),
/* harmony export */   nc: () => (/* binding */ toLocation),
/* harmony export */   v: () => (/* binding */ UnsupportedLocationError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_s3_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8051);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6109);





const SCHEME_RE = /^([a-z][a-z0-9+.-]*):\/\//i;
function locationKind(loc) {
    const scheme = SCHEME_RE.exec(loc)?.[1]?.toLowerCase();
    if (scheme === undefined || scheme === 'file')
        return 'local';
    if (scheme === 'http' || scheme === 'https')
        return 'http';
    if (scheme === 's3')
        return 's3';
    throw new UnsupportedLocationError(loc);
}
class UnsupportedLocationError extends Error {
    location;
    name = 'UnsupportedLocationError';
    constructor(location) {
        super(`'${location}' uses a scheme we cannot read (supported: paths, file://, http(s)://, s3://)`);
        this.location = location;
    }
}
/** A location could not be read; `notFound` tells a missing document from other failures. */
class LocationReadError extends Error {
    notFound;
    name = 'LocationReadError';
    constructor(message, notFound, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.notFound = notFound;
    }
}
/** A manifest value (path relative to `baseDir`, file://, http(s)://, s3://) as a Location. */
function toLocation(value, baseDir) {
    if (value.toLowerCase().startsWith('file://'))
        return (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(value);
    return SCHEME_RE.test(value) ? value : node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(baseDir, value);
}
/** `href` as found in the document at `base`, made absolute (fragments dropped). */
function resolveHref(href, base) {
    const clean = href.split('#')[0] ?? '';
    if (SCHEME_RE.test(clean))
        return clean.toLowerCase().startsWith('file://') ? (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(clean) : clean;
    const kind = locationKind(base);
    if (kind === 'local')
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(base), clean);
    if (kind === 's3') {
        const { bucket, key } = (0,_model_s3_url_js__WEBPACK_IMPORTED_MODULE_4__/* .parseS3Url */ .F)(base) ?? { bucket: '', key: '' };
        const joined = clean.startsWith('/') ? clean.slice(1) : node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(key), clean);
        return `s3://${bucket}/${node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(joined).replace(/^(\.\.\/)+/, '')}`;
    }
    return new URL(clean, base).href;
}
/** How a location is named in findings: local paths relative to `baseDir`, URLs as they are. */
function displayLocation(loc, baseDir) {
    return locationKind(loc) === 'local' ? (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(loc, baseDir) : loc;
}
/** Every file under a local directory, as paths relative to it with `/`, sorted (like an S3 listing). */
async function listLocalFiles(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(e.parentPath, e.name)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}


/***/ }),

/***/ 4683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ describeMigrations),
/* harmony export */   Hm: () => (/* binding */ migrateDocument),
/* harmony export */   ww: () => (/* binding */ isPre1Stac)
/* harmony export */ });
/* harmony import */ var _radiantearth_stac_migrate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1968);
/* harmony import */ var _radiantearth_stac_migrate__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_radiantearth_stac_migrate__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6832);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8301);



const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-(.+))?$/;
/** STAC before 1.0.0 (0.x, 1.0.0-beta, 1.0.0-rc): what the 1.x schemas and the loader do not take. */
function isPre1Stac(version) {
    if (typeof version !== 'string')
        return false;
    const m = VERSION.exec(version);
    if (!m)
        return false;
    return m[1] === '0' || (m[1] === '1' && m[2] === '0' && m[3] === '0' && m[4] !== undefined);
}
/**
 * Upgrades an older STAC document with @radiantearth/stac-migrate (the STAC community's migration
 * library) and says what changed; a document already at 1.0.0 or later is returned as it is.
 */
function migrateDocument(doc) {
    const from = doc['stac_version'];
    if (!isPre1Stac(from))
        return { doc };
    // cloneJson, not structuredClone: numbers keep the text they were written with (src/json.ts)
    const upgraded = _radiantearth_stac_migrate__WEBPACK_IMPORTED_MODULE_0___default().stac((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneJson */ .Y7)(doc), true);
    const changed = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .diffValues */ .In)(doc, upgraded, 20).differences.map((d) => d.path);
    return { doc: upgraded, migration: { from, to: String(upgraded['stac_version']), changed } };
}
/** One plan line for a source's migrations: versions, count, and the first changed places. */
function describeMigrations(label, migrations) {
    if (migrations.length === 0)
        return undefined;
    const versions = [...new Set(migrations.map((m) => `${m.from} -> ${m.to}`))].join(', ');
    const places = [...new Set(migrations.flatMap((m) => m.changed))].map((path) => ({
        path,
        expected: undefined,
        actual: undefined,
    }));
    return (`${label}: migrated ${migrations.length} document(s) with stac-migrate (${versions}); ` +
        `${(0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .describeDifferences */ .g7)(places)}`);
}


/***/ }),

/***/ 7798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OE: () => (/* binding */ YOUNG_GENERATION_MB),
/* harmony export */   eX: () => (/* binding */ RUN_YOUNG_GENERATION_MB),
/* harmony export */   i: () => (/* binding */ capYoungGenerations)
/* harmony export */ });
/* unused harmony export MAIN_YOUNG_GENERATION_MB */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

/** The young generation (both semi-spaces) of each validation worker thread, in MB. */
const YOUNG_GENERATION_MB = 32;
/** The main thread's, once large inputs are validated (it reads, hands out and tallies; workers parse and check). */
const MAIN_YOUNG_GENERATION_MB = 16;
/**
 * The main thread's in a run reading a streamed source: it parses every document there (counting) and writes or
 * sends them; at 16 MB, a run of 1M items to a directory took 212 CPU-s instead of 166.
 */
const RUN_YOUNG_GENERATION_MB = 32;
const POLL_MS = 10;
let capping = false;
/**
 * Holds the young generations of this process's threads at their sizes above (the main thread's: `mainMb`).
 * V8 doubles a thread's young generation each time what survived its collections since the last growth adds up
 * to its size, so any long run grows the main thread's to the maximum V8 derives from the machine's memory
 * (128 MB on 24 GB, Node 24), all of it touched, and never shrinks it while busy: a third of the peak RSS of
 * validating 1M NDJSON items. That maximum is fixed when a thread starts (`--max-semi-space-size`, which neither
 * the Action's `node24` nor a user's `node` passes); the growth factor is read at each growth, so growth stops
 * (`--semi-space-growth-factor=1`, for every thread) once the main thread's next growth would pass its size
 * (looked at every POLL_MS: one more doubling between two looks stays possible). Worker threads started from
 * the first call on begin at their size (`--min-semi-space-size`; their `resourceLimits` cap it). V8 flags are
 * the process's, so the first call decides and it stays; a no-op where V8 names its spaces otherwise.
 */
function capYoungGenerations(mainMb = MAIN_YOUNG_GENERATION_MB) {
    if (capping)
        return;
    capping = true;
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)(`--min-semi-space-size=${YOUNG_GENERATION_MB / 2}`);
    const timer = setInterval(() => {
        const young = (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapSpaceStatistics)().find((s) => s.space_name === 'new_space');
        if (young !== undefined && young.space_size * 2 <= mainMb << 20)
            return;
        if (young !== undefined)
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
        clearInterval(timer);
    }, POLL_MS);
    timer.unref();
}


/***/ })

};
